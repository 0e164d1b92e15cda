package dev.jymnasium.env.render;

/**
 * Where a {@link Primitive} sits: a position and an orientation quaternion, in world units (metres
 * by convention). The quaternion is (w, x, y, z), as MuJoCo and ODE write it; renderers normalise
 * it, so it need not be exactly unit length (all zeros is not allowed).
 *
 * @param x position x
 * @param y position y
 * @param z position z
 * @param qw quaternion scalar part
 * @param qx quaternion x
 * @param qy quaternion y
 * @param qz quaternion z
 */
public record Pose(double x, double y, double z, double qw, double qx, double qy, double qz) {
  /** At the origin, not rotated. */
  public static final Pose IDENTITY = new Pose(0, 0, 0, 1, 0, 0, 0);

  public Pose {
    if (qw == 0 && qx == 0 && qy == 0 && qz == 0) {
      throw new IllegalArgumentException("pose quaternion must not be all zeros");
    }
  }

  /** Not rotated, at (x, y, z). */
  public static Pose at(double x, double y, double z) {
    return new Pose(x, y, z, 1, 0, 0, 0);
  }

  /**
   * At (x, y, z), rotated by {@code angleRad} radians about the axis (ax, ay, az) (any non-zero
   * length).
   */
  public static Pose axisAngle(
      double x, double y, double z, double ax, double ay, double az, double angleRad) {
    double n = Math.sqrt(ax * ax + ay * ay + az * az);
    if (n == 0) {
      throw new IllegalArgumentException("rotation axis must not be zero");
    }
    double s = Math.sin(angleRad / 2) / n;
    return new Pose(x, y, z, Math.cos(angleRad / 2), ax * s, ay * s, az * s);
  }
}
