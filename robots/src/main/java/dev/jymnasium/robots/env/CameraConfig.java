package dev.jymnasium.robots.env;

/**
 * Where an env's camera looks from (Gymnasium's {@code default_camera_config}).
 *
 * @param trackedLink link whose frame origin the camera follows, or null for a fixed target
 * @param targetX fixed target x (m), or offset added to the tracked link's x
 * @param targetY fixed target y (m), or offset
 * @param targetZ fixed target z (m), or offset
 * @param distance eye to target (m)
 * @param azimuthDegrees view direction about z from +x (90 looks along +y: a side view of x–z
 *     robots)
 * @param elevationDegrees view angle above the horizon (negative looks down)
 * @param trackZ whether the target follows the link's height too
 */
public record CameraConfig(
    String trackedLink,
    double targetX,
    double targetY,
    double targetZ,
    double distance,
    double azimuthDegrees,
    double elevationDegrees,
    boolean trackZ) {

  /** A side view following {@code link} in x and y at a fixed target height. */
  public static CameraConfig side(String link, double targetZ, double distance, double elevation) {
    return new CameraConfig(link, 0, 0, targetZ, distance, 90, elevation, false);
  }
}
