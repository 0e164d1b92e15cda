package dev.jymnasium.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jymnasium.control.classic.CartPoleEnv;
import dev.jymnasium.env.render.RgbFrame;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CartPoleFrameTest {
  private static final int POLE = 0xCA9865;
  private static final int AXLE = 0x8184CB;
  private static OffscreenRenderer renderer;

  @BeforeEach
  void open() {
    Headless.assumeAvailable();
    if (renderer == null) {
      renderer = new OffscreenRenderer(600, 400);
    }
  }

  @AfterAll
  static void close() {
    if (renderer != null) {
      renderer.close();
    }
  }

  private static RgbFrame frameAt(double x, double theta) {
    CartPoleEnv env = new CartPoleEnv();
    env.setState(new double[] {x, 0, theta, 0});
    return renderer.draw(env.scene());
  }

  @Test
  void frameHasGymnasiumSizeAndColours() {
    RgbFrame f = frameAt(0, 0.1);
    assertEquals(600, f.width());
    assertEquals(400, f.height());
    assertEquals(600 * 400 * 3, f.rgb().length);
    int white = 0;
    int pole = 0;
    int axle = 0;
    for (int y = 0; y < 400; y++) {
      for (int x = 0; x < 600; x++) {
        int p = f.pixel(x, y);
        white += p == 0xFFFFFF ? 1 : 0;
        pole += p == POLE ? 1 : 0;
        axle += p == AXLE ? 1 : 0;
      }
    }
    assertTrue(white > 600 * 400 / 2, "mostly white background");
    assertTrue(white < 600 * 400, "not blank");
    assertTrue(pole > 500, "pole colour present, got " + pole + " pixels");
    assertTrue(axle > 20, "axle colour present, got " + axle + " pixels");
    // The track: a 1-pixel black line at y = 100 (y up), i.e. row 299 from the top.
    for (int x = 0; x < 600; x += 37) {
      assertEquals(0x000000, f.pixel(x, 299), "track at x=" + x);
    }
    assertEquals(0xFFFFFF, f.pixel(5, 298));
    assertEquals(0xFFFFFF, f.pixel(5, 300));
  }

  /** Left edge of the cart: first black pixel in a row through the cart below the track. */
  private static int cartLeft(RgbFrame f) {
    int row = 310; // y = 89 (y up): inside the cart (y 85..115), below the axle and the track
    for (int x = 0; x < f.width(); x++) {
      if (f.pixel(x, row) == 0) {
        return x;
      }
    }
    return -1;
  }

  @Test
  void cartMovesBy125PixelsPerMetre() {
    int left0 = cartLeft(frameAt(0, 0));
    assertEquals(275, left0, 1, "cart 50 px wide centred at x=300");
    for (double x : new double[] {-1.2, 0.4, 1.0, 2.0}) {
      int left = cartLeft(frameAt(x, 0));
      assertEquals(125 * x, left - left0, 1.0, "shift for x=" + x);
    }
  }

  @Test
  void savesPng(@TempDir Path dir) throws Exception {
    RgbFrame f = frameAt(0.3, -0.15);
    Path png = FrameImages.savePng(f, dir.resolve("sub/cartpole.png"));
    assertTrue(Files.size(png) > 100);
    var image = javax.imageio.ImageIO.read(png.toFile());
    assertEquals(600, image.getWidth());
    assertEquals(400, image.getHeight());
    for (int[] xy : new int[][] {{0, 0}, {300, 299}, {337, 305}, {599, 399}}) {
      assertEquals(f.pixel(xy[0], xy[1]), image.getRGB(xy[0], xy[1]) & 0xFFFFFF);
    }
  }
}
