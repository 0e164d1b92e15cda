package dev.jymnasium.render;

import dev.jymnasium.env.render.Camera3D;
import dev.jymnasium.env.render.Pose;
import dev.jymnasium.env.render.Scene3D;

/** Scenes shared by tests and the throughput measurement. */
final class DemoScenes {
  private DemoScenes() {}

  /**
   * A checkered ground and 29 solids (boxes, spheres, capsules, cylinders) in a ring, turned by
   * {@code t} radians, seen by a tracking camera: 30 primitives in all.
   */
  static Scene3D thirtyPrimitives(int width, int height, double t) {
    Scene3D s =
        new Scene3D(width, height)
            .checkerGround(0, 20, 1)
            .camera(Camera3D.tracking(0, 0, 0.5, 7, 45 + 10 * t, -25));
    int[] palette = {0xD04040, 0x40A040, 0x4060D0, 0xD0A030, 0xA040C0, 0x40B0B0};
    for (int i = 0; i < 29; i++) {
      double a = 2 * Math.PI * i / 29 + t;
      double r = 1.5 + (i % 3) * 1.1;
      double x = r * Math.cos(a);
      double y = r * Math.sin(a);
      int rgb = palette[i % palette.length];
      Pose pose = Pose.axisAngle(x, y, 0.45, 0.3, 0.5, 1, a * 2);
      switch (i % 4) {
        case 0 -> s.box(pose, 0.3, 0.2, 0.25, rgb);
        case 1 -> s.sphere(Pose.at(x, y, 0.35), 0.35, rgb);
        case 2 -> s.capsule(pose, 0.12, 0.25, rgb);
        default -> s.cylinder(pose, 0.2, 0.2, rgb);
      }
    }
    return s;
  }
}
