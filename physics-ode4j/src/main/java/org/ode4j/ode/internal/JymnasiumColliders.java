package org.ode4j.ode.internal;

import static org.ode4j.ode.DGeom.dBoxClass;
import static org.ode4j.ode.DGeom.dCylinderClass;

/**
 * Jymnasium's choice of ODE4J colliders. ODE4J 0.5.3 collides cylinders with boxes through libccd,
 * which returns one contact point per pair: a flat cylinder on a box face then stands on one point
 * of its rim, tilts about it under a load and sinks into the box. ODE's own cylinder–box collider
 * (package-private {@link CollideCylinderBox}, the one ODE uses when built without libccd) clips
 * the cylinder's face against the box and returns up to 8 points with their own depths.
 */
public final class JymnasiumColliders {
  private JymnasiumColliders() {}

  /** Collides cylinders with boxes by ODE's clipping collider; JVM-wide, as all ODE colliders. */
  public static void useClippingCylinderBox() {
    DxGeom.dSetColliderOverride(dCylinderClass, dBoxClass, new CollideCylinderBox());
  }
}
