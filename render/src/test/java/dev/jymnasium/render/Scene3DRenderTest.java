package dev.jymnasium.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jymnasium.env.render.Camera3D;
import dev.jymnasium.env.render.Light;
import dev.jymnasium.env.render.Pose;
import dev.jymnasium.env.render.Primitive;
import dev.jymnasium.env.render.RgbFrame;
import dev.jymnasium.env.render.Scene3D;
import org.joml.Matrix4f;
import org.joml.Vector4f;
import org.junit.jupiter.api.Test;

class Scene3DRenderTest {
  private static final int BACKGROUND = 0x203040;

  private static boolean reddish(int p) {
    int r = p >> 16 & 0xFF;
    int g = p >> 8 & 0xFF;
    int b = p & 0xFF;
    return r > 80 && g < r / 3 && b < r / 3;
  }

  @Test
  void redBoxAtTheProjectedCentreAndBackgroundElsewhere() {
    Headless.assumeAvailable();
    Camera3D camera = Camera3D.lookAt(1, -5, 2, 0.2, 0.1, 0.6);
    Scene3D scene = new Scene3D(320, 240).background(BACKGROUND).camera(camera);
    scene.box(Pose.axisAngle(0.2, 0.1, 0.6, 0, 0, 1, 0.4), 0.4, 0.3, 0.5, 0xFF0000);
    try (OffscreenRenderer r = new OffscreenRenderer(320, 240)) {
      RgbFrame f = r.draw(scene);
      assertEquals(320, f.width());
      assertEquals(240, f.height());
      int[] px = project(camera, 320, 240, 0.2, 0.1, 0.6);
      assertTrue(
          reddish(f.pixel(px[0], px[1])),
          "red at the box centre's pixel "
              + px[0]
              + ","
              + px[1]
              + ": "
              + Integer.toHexString(f.pixel(px[0], px[1])));
      for (int[] corner : new int[][] {{2, 2}, {317, 2}, {2, 237}, {317, 237}}) {
        assertEquals(BACKGROUND, f.pixel(corner[0], corner[1]));
      }
      int red = 0;
      int other = 0;
      for (int y = 0; y < 240; y++) {
        for (int x = 0; x < 320; x++) {
          int p = f.pixel(x, y);
          if (reddish(p)) {
            red++;
          } else if (p != BACKGROUND) {
            other++;
          }
        }
      }
      assertTrue(red > 1000, "box covers a patch, got " + red);
      assertEquals(0, other, "only red shades and background");
    }
  }

  @Test
  void translucentBoxBlendsOverWhatLiesBehind() {
    Headless.assumeAvailable();
    Camera3D camera = Camera3D.lookAt(0, -5, 0, 0, 0, 0);
    Scene3D scene = new Scene3D(160, 120).background(BACKGROUND).camera(camera);
    scene.light(new Light(0, 1, 0, 0xFFFFFF, 0.3, false));
    // A blue wall behind, a red box drawn first but in front at 30 % opacity.
    scene.add(
        new Primitive.Translucent(
            new Primitive.Box(Pose.at(0, -1, 0), 0.3, 0.3, 0.3, 0xFF0000), 0.3));
    scene.box(Pose.at(0, 1, 0), 2, 0.1, 2, 0x0000FF);
    try (OffscreenRenderer r = new OffscreenRenderer(160, 120)) {
      int[] centre = project(camera, 160, 120, 0, -1.3, 0);
      int blended = r.draw(scene).pixel(centre[0], centre[1]);
      Scene3D wallOnly = new Scene3D(160, 120).background(BACKGROUND).camera(camera);
      wallOnly.light(scene.light());
      wallOnly.box(Pose.at(0, 1, 0), 2, 0.1, 2, 0x0000FF);
      int wall = r.draw(wallOnly).pixel(centre[0], centre[1]);
      int red = blended >> 16 & 0xFF;
      int blue = blended & 0xFF;
      int wallBlue = wall & 0xFF;
      assertTrue(red > 20, "red shows: " + Integer.toHexString(blended));
      assertTrue(
          blue > wallBlue / 2 && blue < wallBlue,
          "the wall shows through, dimmed: " + Integer.toHexString(blended) + " over " + wallBlue);
    }
  }

  @Test
  void opacityOutsideTheOpenUnitIntervalIsRejected() {
    Primitive box = new Primitive.Box(Pose.at(0, 0, 0), 1, 1, 1, 0xFF0000);
    for (double bad : new double[] {0, 1, -0.5, Double.NaN}) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> new Primitive.Translucent(box, bad));
      assertTrue(e.getMessage().contains("(0, 1)"), e.getMessage());
    }
    assertThrows(
        IllegalArgumentException.class,
        () -> new Primitive.Translucent(new Primitive.Translucent(box, 0.5), 0.5));
  }

  @Test
  void groundShowsCheckerAndShadow() {
    Headless.assumeAvailable();
    Scene3D lit = DemoScenes.thirtyPrimitives(160, 120, 0);
    try (OffscreenRenderer r = new OffscreenRenderer(160, 120)) {
      RgbFrame f = r.draw(lit);
      java.util.Set<Integer> colours = new java.util.HashSet<>();
      for (int i = 0; i < f.rgb().length; i += 3) {
        colours.add(f.pixel((i / 3) % 160, (i / 3) / 160));
      }
      assertTrue(colours.size() > 50, "shaded picture, got " + colours.size() + " colours");
      RgbFrame again = r.draw(lit);
      assertTrue(java.util.Arrays.equals(f.rgb(), again.rgb()), "same scene, same pixels");
      RgbFrame moved = r.draw(DemoScenes.thirtyPrimitives(160, 120, 0.3));
      assertNotEquals(java.util.Arrays.hashCode(f.rgb()), java.util.Arrays.hashCode(moved.rgb()));
    }
  }

  @Test
  void everyPrimitiveKindDraws() {
    Headless.assumeAvailable();
    Scene3D scene =
        new Scene3D(200, 150).background(BACKGROUND).camera(Camera3D.tracking(0, 0, 0, 3, 90, -10));
    float[] tetra = {0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1};
    int[] faces = {0, 2, 1, 0, 1, 3, 0, 3, 2, 1, 2, 3};
    Scene3D[] singles = {
      new Scene3D(200, 150).box(Pose.IDENTITY, 0.3, 0.3, 0.3, 0xFF0000),
      new Scene3D(200, 150).sphere(Pose.IDENTITY, 0.3, 0xFF0000),
      new Scene3D(200, 150).capsule(Pose.IDENTITY, 0.2, 0.3, 0xFF0000),
      new Scene3D(200, 150).cylinder(Pose.IDENTITY, 0.3, 0.3, 0xFF0000),
      new Scene3D(200, 150).plane(Pose.axisAngle(0, 0, 0, 1, 0, 0, 1.2), 0.4, 0.4, 0xFF0000, null),
      new Scene3D(200, 150).mesh(Pose.at(-0.3, -0.3, -0.3), tetra, faces, 0xFF0000)
    };
    try (OffscreenRenderer r = new OffscreenRenderer(200, 150)) {
      for (Scene3D s : singles) {
        s.background(BACKGROUND).camera(scene.camera());
        RgbFrame f = r.draw(s);
        int red = 0;
        for (int y = 0; y < 150; y++) {
          for (int x = 0; x < 200; x++) {
            red += reddish(f.pixel(x, y)) ? 1 : 0;
          }
        }
        assertTrue(
            red > 200,
            s.primitives().get(0).getClass().getSimpleName() + " drew " + red + " red pixels");
      }
    }
  }

  /** Pixel (x from the left, y from the top) where a world point lands. */
  private static int[] project(Camera3D c, int w, int h, double x, double y, double z) {
    Matrix4f m =
        new Matrix4f()
            .perspective(
                (float) Math.toRadians(c.fovYDegrees()),
                (float) w / h,
                (float) c.near(),
                (float) c.far())
            .lookAt(
                (float) c.eyeX(),
                (float) c.eyeY(),
                (float) c.eyeZ(),
                (float) c.targetX(),
                (float) c.targetY(),
                (float) c.targetZ(),
                (float) c.upX(),
                (float) c.upY(),
                (float) c.upZ());
    Vector4f p = m.transform(new Vector4f((float) x, (float) y, (float) z, 1));
    float nx = p.x / p.w;
    float ny = p.y / p.w;
    return new int[] {(int) ((nx + 1) / 2 * w), (int) ((1 - ny) / 2 * h)};
  }
}
