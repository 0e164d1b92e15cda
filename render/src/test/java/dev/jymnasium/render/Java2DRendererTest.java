package dev.jymnasium.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jymnasium.control.classic.CartPoleEnv;
import dev.jymnasium.env.render.RgbFrame;
import dev.jymnasium.env.render.Scene2D;
import dev.jymnasium.env.render.Scene3D;
import org.junit.jupiter.api.Test;

/** The pure-Java renderer for 2D scenes, used when EGL cannot be. */
class Java2DRendererTest {
  @Test
  void drawsShapesWithTheOriginAtTheBottomLeft() {
    Scene2D scene =
        new Scene2D(40, 30, 0xFFFFFF).rect(0, 0, 10, 10, 0xFF0000).circle(30, 20, 4, 0x0000FF);
    RgbFrame f = new Java2DRenderer(null).draw(scene);
    assertEquals(40, f.width());
    assertEquals(30, f.height());
    assertEquals(0xFFFFFF, f.pixel(20, 5), "background");
    assertEquals(0xFF0000, f.pixel(5, 25), "the rectangle at y 0..10 fills the bottom rows");
    assertEquals(0xFFFFFF, f.pixel(5, 5), "nothing at the top left");
    assertEquals(0x0000FF, f.pixel(30, 10), "circle centre, y 20 from the bottom");
  }

  @Test
  void threeDimensionalScenesSayWhyTheyNeedEgl() {
    var e =
        assertThrows(
            IllegalStateException.class,
            () -> new Java2DRenderer("no EGL here.").draw(new Scene3D(8, 8)));
    assertTrue(e.getMessage().startsWith("no EGL here."), e.getMessage());
    assertTrue(e.getMessage().contains("only 2D scenes"), e.getMessage());
  }

  @Test
  void cartPoleLooksLikeTheOpenGlFrame() {
    Headless.assumeAvailable();
    CartPoleEnv env = new CartPoleEnv();
    env.setState(new double[] {0.3, 0, 0.1, 0});
    RgbFrame java2d = new Java2DRenderer(null).draw(env.scene());
    RgbFrame gl;
    try (OffscreenRenderer r = new OffscreenRenderer(600, 400)) {
      gl = r.draw(env.scene());
    }
    int differ = 0;
    for (int y = 0; y < gl.height(); y++) {
      for (int x = 0; x < gl.width(); x++) {
        int a = gl.pixel(x, y);
        int b = java2d.pixel(x, y);
        for (int shift = 0; shift <= 16; shift += 8) {
          if (Math.abs((a >> shift & 0xFF) - (b >> shift & 0xFF)) > 48) {
            differ++;
            break;
          }
        }
      }
    }
    assertTrue(
        differ < gl.width() * gl.height() / 200, differ + " pixels differ (edges only expected)");
  }
}
