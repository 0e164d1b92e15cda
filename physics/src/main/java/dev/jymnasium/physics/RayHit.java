package dev.jymnasium.physics;

import org.joml.Vector3d;

/** The closest hit of a ray cast, filled by {@link PhysicsWorld#raycast}; mutable and reusable. */
public final class RayHit {
  /** The body hit. */
  public Body body;

  /** Hit point (m, world frame). */
  public final Vector3d positionM = new Vector3d();

  /** Surface normal at the hit, unit length. */
  public final Vector3d normal = new Vector3d();

  /** Fraction of the ray's length travelled to the hit, in [0, 1]. */
  public double fraction;

  @Override
  public String toString() {
    return "RayHit["
        + (body == null ? "?" : body.name())
        + " at "
        + positionM
        + " fraction="
        + fraction
        + "]";
  }
}
