package dev.jymnasium.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.jymnasium.control.classic.CartPoleEnv;
import dev.jymnasium.env.render.Camera3D;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Windows need a display (e.g. xvfb-run); without one only the error message is tested. */
class WindowRendererTest {
  private static boolean hasDisplay() {
    return System.getenv("DISPLAY") != null || System.getenv("WAYLAND_DISPLAY") != null;
  }

  @Test
  void withoutDisplayHumanModeSaysWhatToDo() {
    assumeFalse(hasDisplay(), "a display is present");
    var e = assertThrows(IllegalStateException.class, () -> new WindowRenderer(60, 40, "t", 50));
    assertTrue(
        e.getMessage().contains("rgb_array") && e.getMessage().contains("xvfb-run"),
        e.getMessage());
  }

  @BeforeEach
  void needDisplay(org.junit.jupiter.api.TestInfo info) {
    if (!info.getDisplayName().startsWith("withoutDisplay")) {
      assumeTrue(hasDisplay(), "no DISPLAY or WAYLAND_DISPLAY: human windows are not tested");
    }
  }

  @Test
  void showsFramesAtTheEnvFpsAndClosesTwice() {
    CartPoleEnv env = new CartPoleEnv();
    WindowRenderer w = new WindowRenderer(600, 400, "CartPole-v1", 50);
    long t0 = System.nanoTime();
    for (int i = 0; i < 11; i++) {
      env.setState(new double[] {0.1 * i, 0, 0.02 * i, 0});
      assertNull(w.draw(env.scene()));
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    assertTrue(seconds >= 0.18, "10 frame periods at 50 fps take 0.2 s, took " + seconds);
    w.draw(DemoScenes.thirtyPrimitives(600, 400, 0));
    w.close();
    w.close();
    assertNull(w.draw(env.scene()), "a closed window ignores frames");
  }

  @Test
  void controlsSpeedResetAndOrbit() {
    WindowRenderer w = new WindowRenderer(320, 240, "controls", 0);
    try {
      HumanControls c = w.controls();
      c.faster();
      c.faster();
      assertEquals(4, c.speed());
      for (int i = 0; i < 10; i++) {
        c.slower();
      }
      assertEquals(HumanControls.MIN_SPEED, c.speed());
      c.requestReset();
      assertTrue(WindowRenderer.consumeAnyResetRequest());
      assertFalse(WindowRenderer.consumeAnyResetRequest());
      c.togglePause();
      c.requestStep();
      assertTrue(c.paused());
      // Paused with a pending single step: draw returns after one frame.
      w.draw(DemoScenes.thirtyPrimitives(320, 240, 0));
      c.setPaused(false);
      c.orbit(30, 10);
      c.zoom(2);
      Camera3D base = Camera3D.tracking(0, 0, 0.5, 7, 45, -25);
      Camera3D moved = OrbitCamera.apply(base, c.yawDegrees(), c.pitchDegrees(), c.zoom());
      double d0 = Math.hypot(Math.hypot(base.eyeX(), base.eyeY()), base.eyeZ() - 0.5);
      double d1 = Math.hypot(Math.hypot(moved.eyeX(), moved.eyeY()), moved.eyeZ() - 0.5);
      assertEquals(d0 * 0.81, d1, 1e-9);
      w.draw(DemoScenes.thirtyPrimitives(320, 240, 0));
    } finally {
      w.close();
    }
  }
}
