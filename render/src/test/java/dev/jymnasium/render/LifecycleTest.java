package dev.jymnasium.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jymnasium.control.classic.CartPoleEnv;
import dev.jymnasium.env.render.RenderBackend;
import dev.jymnasium.env.render.Renderers;
import dev.jymnasium.env.render.RgbFrame;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class LifecycleTest {
  @Test
  void backendIsFoundThroughServiceLoader() {
    RenderBackend backend = Renderers.backend();
    assertInstanceOf(LwjglRenderBackend.class, backend);
  }

  @Test
  void closingTwiceIsSafe() {
    Headless.assumeAvailable();
    OffscreenRenderer r = new OffscreenRenderer(60, 40);
    r.draw(new CartPoleEnv().scene());
    r.close();
    r.close();
    assertThrows(IllegalStateException.class, () -> r.draw(new CartPoleEnv().scene()));
  }

  @Test
  void envRenderGivesFramesAndClosesTwice() {
    Headless.assumeAvailable();
    CartPoleEnv env = new CartPoleEnv(new CartPoleEnv.Config("rgb_array", false));
    env.reset(42);
    Object frame = env.render();
    RgbFrame f = assertInstanceOf(RgbFrame.class, frame);
    env.step(1);
    assertInstanceOf(RgbFrame.class, env.render());
    env.close();
    env.close();
    assertNull(new CartPoleEnv().render(), "no render mode: warning and null");
    // Gymnasium's CartPole frame: 600 x 400 on a white background.
    assertEquals(600, f.width());
    assertEquals(400, f.height());
    assertEquals(0xFFFFFF, f.pixel(0, 0));
  }

  @Test
  void manyRenderersOpenAtOnce() {
    Headless.assumeAvailable();
    OffscreenRenderer[] rs = new OffscreenRenderer[8];
    for (int i = 0; i < rs.length; i++) {
      rs[i] = new OffscreenRenderer(32, 32);
    }
    RgbFrame[] frames = new RgbFrame[rs.length];
    for (int i = 0; i < rs.length; i++) {
      frames[i] = rs[i].draw(DemoScenes.thirtyPrimitives(32, 32, 0.2 * i));
    }
    for (OffscreenRenderer r : rs) {
      r.close();
    }
    // Eight contexts side by side draw what one renderer on its own draws for the same scenes.
    try (OffscreenRenderer alone = new OffscreenRenderer(32, 32)) {
      for (int i = 0; i < rs.length; i++) {
        assertArrayEquals(
            alone.draw(DemoScenes.thirtyPrimitives(32, 32, 0.2 * i)).rgb(),
            frames[i].rgb(),
            "renderer " + i);
      }
    }
    assertFalse(Arrays.equals(frames[0].rgb(), frames[1].rgb()), "the scenes differ");
  }
}
