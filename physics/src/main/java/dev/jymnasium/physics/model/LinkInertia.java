package dev.jymnasium.physics.model;

import dev.jymnasium.physics.Pose;
import org.joml.Vector3d;
import org.joml.Vector3dc;

/**
 * A link's own mass properties in its link frame, as MuJoCo compiles them ({@code body_mass},
 * {@code body_ipos}, {@code body_iquat}, {@code body_inertia}): the explicit inertial, else the sum
 * of its geoms' density masses ({@code inertiafromgeom}).
 *
 * @param massKg mass (kg; 0 for a massless link)
 * @param principalFrame centre of mass and principal axes in the link frame
 * @param principalMomentsKgM2 moments about the principal axes (kg·m²)
 */
public record LinkInertia(double massKg, Pose principalFrame, Vector3dc principalMomentsKgM2) {

  /** The mass properties of {@code link}. */
  public static LinkInertia of(LinkSpec link) {
    InertiaTensors inertia = ModelBuilder.linkInertia(link);
    if (inertia.massKg() == 0) {
      return new LinkInertia(0, Pose.IDENTITY, new Vector3d());
    }
    Vector3d moments = new Vector3d();
    Pose principal = inertia.principalFrame(moments, 0);
    return new LinkInertia(inertia.massKg(), principal, moments);
  }
}
