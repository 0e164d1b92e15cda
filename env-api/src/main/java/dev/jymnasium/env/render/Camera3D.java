package dev.jymnasium.env.render;

/**
 * A perspective camera of a {@link Scene3D}: it sits at the eye, looks at the target, and keeps
 * {@code up} pointing up on screen. Units are the scene's (metres by convention).
 *
 * @param eyeX eye x
 * @param eyeY eye y
 * @param eyeZ eye z
 * @param targetX point looked at, x
 * @param targetY point looked at, y
 * @param targetZ point looked at, z
 * @param upX up direction x (need not be unit length, must not be parallel to the view)
 * @param upY up direction y
 * @param upZ up direction z
 * @param fovYDegrees vertical field of view in degrees, in (0, 180)
 * @param near near clipping distance, {@code > 0}
 * @param far far clipping distance, {@code > near}
 */
public record Camera3D(
    double eyeX,
    double eyeY,
    double eyeZ,
    double targetX,
    double targetY,
    double targetZ,
    double upX,
    double upY,
    double upZ,
    double fovYDegrees,
    double near,
    double far) {

  /** Vertical field of view used by the factories, degrees (MuJoCo's default). */
  public static final double DEFAULT_FOV_Y = 45;

  /** Near clipping distance used by the factories. */
  public static final double DEFAULT_NEAR = 0.05;

  /** Far clipping distance used by the factories. */
  public static final double DEFAULT_FAR = 200;

  public Camera3D {
    if (!(fovYDegrees > 0 && fovYDegrees < 180)) {
      throw new IllegalArgumentException("fovYDegrees must be in (0, 180), got " + fovYDegrees);
    }
    if (!(near > 0 && far > near)) {
      throw new IllegalArgumentException("need 0 < near < far, got " + near + ", " + far);
    }
    if (upX == 0 && upY == 0 && upZ == 0) {
      throw new IllegalArgumentException("camera up direction must not be zero");
    }
    if (eyeX == targetX && eyeY == targetY && eyeZ == targetZ) {
      throw new IllegalArgumentException("camera eye and target must differ");
    }
  }

  /** A camera at the eye looking at the target with +z up and the default field of view. */
  public static Camera3D lookAt(
      double eyeX, double eyeY, double eyeZ, double targetX, double targetY, double targetZ) {
    return new Camera3D(
        eyeX,
        eyeY,
        eyeZ,
        targetX,
        targetY,
        targetZ,
        0,
        0,
        1,
        DEFAULT_FOV_Y,
        DEFAULT_NEAR,
        DEFAULT_FAR);
  }

  /**
   * A camera that follows a body, as MuJoCo's tracking camera: it looks at {@code target} from
   * {@code distance} away, with +z up.
   *
   * @param distance distance from eye to target, {@code > 0}
   * @param azimuthDegrees direction of the view around z, from the +x axis towards +y (90 looks
   *     along +y)
   * @param elevationDegrees angle of the view above the horizon, in (-90, 90); negative looks down
   *     on the target
   */
  public static Camera3D tracking(
      double targetX,
      double targetY,
      double targetZ,
      double distance,
      double azimuthDegrees,
      double elevationDegrees) {
    if (!(distance > 0)) {
      throw new IllegalArgumentException("tracking distance must be > 0, got " + distance);
    }
    if (!(elevationDegrees > -90 && elevationDegrees < 90)) {
      throw new IllegalArgumentException("elevation must be in (-90, 90), got " + elevationDegrees);
    }
    double az = Math.toRadians(azimuthDegrees);
    double el = Math.toRadians(elevationDegrees);
    double fx = Math.cos(el) * Math.cos(az);
    double fy = Math.cos(el) * Math.sin(az);
    double fz = Math.sin(el);
    return lookAt(
        targetX - distance * fx,
        targetY - distance * fy,
        targetZ - distance * fz,
        targetX,
        targetY,
        targetZ);
  }

  /** This camera with another vertical field of view (degrees). */
  public Camera3D withFovY(double degrees) {
    return new Camera3D(
        eyeX, eyeY, eyeZ, targetX, targetY, targetZ, upX, upY, upZ, degrees, near, far);
  }

  /** This camera with other clipping distances. */
  public Camera3D withClip(double nearDistance, double farDistance) {
    return new Camera3D(
        eyeX,
        eyeY,
        eyeZ,
        targetX,
        targetY,
        targetZ,
        upX,
        upY,
        upZ,
        fovYDegrees,
        nearDistance,
        farDistance);
  }

  /** This camera with another up direction. */
  public Camera3D withUp(double x, double y, double z) {
    return new Camera3D(
        eyeX, eyeY, eyeZ, targetX, targetY, targetZ, x, y, z, fovYDegrees, near, far);
  }
}
