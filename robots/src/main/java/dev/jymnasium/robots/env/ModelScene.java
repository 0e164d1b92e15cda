package dev.jymnasium.robots.env;

import dev.jymnasium.env.render.Camera3D;
import dev.jymnasium.env.render.Checker;
import dev.jymnasium.env.render.Pose;
import dev.jymnasium.env.render.Scene3D;
import dev.jymnasium.physics.Shape;
import dev.jymnasium.physics.model.GeomSpec;
import dev.jymnasium.physics.model.ModelPoses;
import dev.jymnasium.physics.model.Rgba;
import org.joml.Quaterniond;
import org.joml.Vector3d;

/**
 * Draws every geom of a model ({@link ModelPoses}) as a {@link Scene3D} primitive on a checkered
 * floor, seen by a camera that follows a link: the picture of any physics env.
 */
public final class ModelScene {
  /** Half size of the drawn floor around the camera target (m). */
  private static final double FLOOR_HALF_M = 20;

  /** Checker square side (m). */
  private static final double CHECKER_M = 0.5;

  private final ModelPoses model;
  private final CameraConfig camera;
  private final int width;
  private final int height;
  private final int trackedLink;
  private final Vector3d position = new Vector3d();
  private final Quaterniond orientation = new Quaterniond();

  /**
   * @param camera where the camera looks from
   * @param width picture width (pixels)
   * @param height picture height (pixels)
   */
  public ModelScene(ModelPoses model, CameraConfig camera, int width, int height) {
    this.model = model;
    this.camera = camera;
    this.width = width;
    this.height = height;
    this.trackedLink = camera.trackedLink() == null ? -1 : model.linkIndex(camera.trackedLink());
  }

  /** The scene of the model's current pose. */
  public Scene3D build() {
    double tx = camera.targetX();
    double ty = camera.targetY();
    double tz = camera.targetZ();
    if (trackedLink >= 0) {
      model.linkPosition(trackedLink, position);
      tx += position.x;
      ty += position.y;
      tz += camera.trackZ() ? position.z : 0;
    }
    Scene3D scene = new Scene3D(width, height);
    scene.camera(
        Camera3D.tracking(
            tx, ty, tz, camera.distance(), camera.azimuthDegrees(), camera.elevationDegrees()));
    for (int link = 0; link < model.linkCount(); link++) {
      var geoms = model.link(link).geoms();
      for (int g = 0; g < geoms.size(); g++) {
        GeomSpec geom = geoms.get(g);
        model.geomPose(link, g, position, orientation);
        int rgb = rgb(geom.rgba());
        if (geom.shape() instanceof Shape.Plane) {
          // Centred under the target, moved in whole checker periods so the pattern stays put.
          double period = 2 * CHECKER_M;
          double cx = Math.floor(tx / period) * period;
          double cy = Math.floor(ty / period) * period;
          scene.plane(
              new Pose(
                  cx, cy, position.z, orientation.w, orientation.x, orientation.y, orientation.z),
              FLOOR_HALF_M,
              FLOOR_HALF_M,
              rgb,
              new Checker(darker(rgb), CHECKER_M));
          continue;
        }
        Pose pose =
            new Pose(
                position.x,
                position.y,
                position.z,
                orientation.w,
                orientation.x,
                orientation.y,
                orientation.z);
        Shape shape = geom.shape();
        if (shape instanceof Shape.Capsule c) {
          scene.capsule(pose, c.radiusM(), c.halfLengthM(), rgb);
        } else if (shape instanceof Shape.Sphere s) {
          scene.sphere(pose, s.radiusM(), rgb);
        } else if (shape instanceof Shape.Cylinder c) {
          scene.cylinder(pose, c.radiusM(), c.halfLengthM(), rgb);
        } else if (shape instanceof Shape.Box b) {
          scene.box(pose, b.halfExtentsM().x(), b.halfExtentsM().y(), b.halfExtentsM().z(), rgb);
        }
      }
    }
    return scene;
  }

  static int rgb(Rgba c) {
    return (channel(c.red()) << 16) | (channel(c.green()) << 8) | channel(c.blue());
  }

  private static int channel(double v) {
    return (int) Math.round(Math.max(0, Math.min(1, v)) * 255);
  }

  private static int darker(int rgb) {
    int r = (rgb >> 16) & 0xFF;
    int g = (rgb >> 8) & 0xFF;
    int b = rgb & 0xFF;
    return ((r * 3 / 4) << 16) | ((g * 3 / 4) << 8) | (b * 3 / 4);
  }
}
