package dev.jymnasium.render;

import dev.jymnasium.env.render.Camera3D;

/**
 * Applies a user's orbit (yaw about the camera's up axis, pitch towards it, zoom of the distance)
 * to an env's camera, around the env camera's target, so a tracking camera keeps tracking while the
 * user looks around.
 */
final class OrbitCamera {
  private static final double MAX_ELEVATION = Math.toRadians(89);

  private OrbitCamera() {}

  /** The camera seen after the orbit; the input itself when nothing was changed. */
  static Camera3D apply(Camera3D c, double yawDegrees, double pitchDegrees, double zoom) {
    if (yawDegrees == 0 && pitchDegrees == 0 && zoom == 1) {
      return c;
    }
    double[] up = normalize(c.upX(), c.upY(), c.upZ());
    double ox = c.eyeX() - c.targetX();
    double oy = c.eyeY() - c.targetY();
    double oz = c.eyeZ() - c.targetZ();
    double dist = Math.sqrt(ox * ox + oy * oy + oz * oz);
    // Basis (e1, e2, up): e1 is the horizontal part of the offset (or any perpendicular).
    double along = (ox * up[0] + oy * up[1] + oz * up[2]) / dist;
    double[] e1 =
        normalize(ox - along * dist * up[0], oy - along * dist * up[1], oz - along * dist * up[2]);
    if (e1 == null) {
      e1 = normalize(perpendicular(up));
    }
    double[] e2 = {
      up[1] * e1[2] - up[2] * e1[1], up[2] * e1[0] - up[0] * e1[2], up[0] * e1[1] - up[1] * e1[0]
    };
    double elevation = Math.asin(Math.max(-1, Math.min(1, along)));
    elevation =
        Math.max(-MAX_ELEVATION, Math.min(MAX_ELEVATION, elevation + Math.toRadians(pitchDegrees)));
    double azimuth = Math.toRadians(yawDegrees);
    double d = dist * zoom;
    double h = Math.cos(elevation) * d;
    double v = Math.sin(elevation) * d;
    double ex =
        c.targetX() + h * (Math.cos(azimuth) * e1[0] + Math.sin(azimuth) * e2[0]) + v * up[0];
    double ey =
        c.targetY() + h * (Math.cos(azimuth) * e1[1] + Math.sin(azimuth) * e2[1]) + v * up[1];
    double ez =
        c.targetZ() + h * (Math.cos(azimuth) * e1[2] + Math.sin(azimuth) * e2[2]) + v * up[2];
    double near = Math.min(c.near(), d * 0.5);
    return new Camera3D(
        ex,
        ey,
        ez,
        c.targetX(),
        c.targetY(),
        c.targetZ(),
        c.upX(),
        c.upY(),
        c.upZ(),
        c.fovYDegrees(),
        near,
        Math.max(c.far(), d * 4 + near));
  }

  private static double[] perpendicular(double[] u) {
    return Math.abs(u[0]) < 0.9 ? new double[] {0, -u[2], u[1]} : new double[] {-u[2], 0, u[0]};
  }

  private static double[] normalize(double... v) {
    double n = Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
    if (n < 1e-12) {
      return null;
    }
    return new double[] {v[0] / n, v[1] / n, v[2] / n};
  }
}
