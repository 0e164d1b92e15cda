package dev.jymnasium.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jymnasium.env.render.RgbFrame;
import dev.jymnasium.env.render.Scene2D;
import org.junit.jupiter.api.Test;

class Scene2DFeaturesTest {
  @Test
  void polygonsLinesCirclesAndText() {
    Headless.assumeAvailable();
    Scene2D s =
        new Scene2D(200, 100, 0xFFFFFF)
            .polygon(new double[] {10, 10, 60, 10, 60, 40, 35, 20, 10, 40}, 0xFF0000)
            .line(0, 50, 199, 50, 0x00FF00, 3)
            .circle(150, 25, 10, 0x0000FF)
            .text("Score 42", 100, 70, 20, 0x000000);
    try (OffscreenRenderer r = new OffscreenRenderer(200, 100)) {
      RgbFrame f = r.draw(s);
      // y up: pixel (x, y) is row 99 - y from the top.
      assertEquals(0xFF0000, f.pixel(20, 99 - 15));
      assertEquals(0xFFFFFF, f.pixel(35, 99 - 35), "the notch of the concave polygon stays empty");
      for (int dy = -1; dy <= 1; dy++) {
        assertEquals(0x00FF00, f.pixel(100, 99 - 50 - dy), "3 px line");
      }
      assertEquals(0xFFFFFF, f.pixel(100, 99 - 53));
      assertEquals(0x0000FF, f.pixel(150, 99 - 25));
      assertEquals(0xFFFFFF, f.pixel(150, 99 - 37));
      int dark = 0;
      for (int y = 0; y < 40; y++) {
        for (int x = 100; x < 200; x++) {
          dark += (f.pixel(x, y) & 0xFF) < 128 ? 1 : 0;
        }
      }
      assertTrue(dark > 40, "text drew dark pixels above its baseline, got " + dark);
    }
  }
}
