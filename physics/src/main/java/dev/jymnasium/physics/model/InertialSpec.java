package dev.jymnasium.physics.model;

import dev.jymnasium.physics.Checks;
import dev.jymnasium.physics.Pose;
import org.joml.Vector3d;
import org.joml.Vector3dc;

/**
 * Explicit mass properties of a link (instead of computing them from geom densities).
 *
 * @param massKg mass, > 0
 * @param diagonalInertiaKgM2 principal moments (kg·m², each > 0) about the centre of mass, in the
 *     inertial frame
 * @param frame centre of mass and principal axes relative to the link frame
 */
public record InertialSpec(double massKg, Vector3dc diagonalInertiaKgM2, Pose frame) {

  public InertialSpec {
    Checks.positive("inertial massKg", massKg);
    Checks.finite("diagonalInertiaKgM2", diagonalInertiaKgM2);
    Checks.positive("inertia xx", diagonalInertiaKgM2.x());
    Checks.positive("inertia yy", diagonalInertiaKgM2.y());
    Checks.positive("inertia zz", diagonalInertiaKgM2.z());
    diagonalInertiaKgM2 = new Vector3d(diagonalInertiaKgM2);
    if (frame == null) {
      throw new IllegalArgumentException("inertial frame must not be null (use Pose.IDENTITY)");
    }
  }

  /**
   * Mass and principal moments with the centre of mass at {@code comOffsetM} (link frame) and axes
   * along the link's.
   */
  public static InertialSpec of(
      double massKg, double ixx, double iyy, double izz, Vector3dc comOffsetM) {
    return new InertialSpec(
        massKg,
        new Vector3d(ixx, iyy, izz),
        Pose.at(comOffsetM.x(), comOffsetM.y(), comOffsetM.z()));
  }
}
