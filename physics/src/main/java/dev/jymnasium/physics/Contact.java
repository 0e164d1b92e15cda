package dev.jymnasium.physics;

import org.joml.Vector3d;

/**
 * One contact point of the last sub-step, filled by {@link PhysicsWorld#contact(int, Contact)}.
 * Mutable and reusable, so reading contacts allocates nothing.
 */
public final class Contact {
  /** First body of the pair. */
  public Body bodyA;

  /** Second body of the pair. */
  public Body bodyB;

  /**
   * Which child of body A's compound shape touched (its index among the children), where the world
   * {@link PhysicsWorld#reportsContactParts() reports parts}; 0 for other shapes and elsewhere.
   */
  public int partA;

  /** As {@link #partA}, for body B. */
  public int partB;

  /** Contact point (m, world frame). */
  public final Vector3d positionM = new Vector3d();

  /** Unit normal pointing from body B towards body A. */
  public final Vector3d normal = new Vector3d();

  /** Penetration depth (m, >= 0 when touching). */
  public double depthM;

  /** Normal impulse the solver applied in the last sub-step (N·s, >= 0). */
  public double normalImpulseNs;

  /** Normal force: impulse divided by the sub-step (N). */
  public double normalForceN;

  @Override
  public String toString() {
    return "Contact["
        + (bodyA == null ? "?" : bodyA.name())
        + "/"
        + (bodyB == null ? "?" : bodyB.name())
        + " at "
        + positionM
        + " n="
        + normal
        + " depth="
        + depthM
        + " force="
        + normalForceN
        + "]";
  }
}
