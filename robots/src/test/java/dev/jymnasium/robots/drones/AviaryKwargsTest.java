package dev.jymnasium.robots.drones;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jymnasium.env.Env;
import dev.jymnasium.env.checker.EnvChecker;
import dev.jymnasium.env.registry.Gym;
import dev.jymnasium.env.spaces.Box;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Kwargs: defaults, bad values named with what is accepted, and the checker on the modes. */
class AviaryKwargsTest {
  private static String error(String id, Map<String, Object> kwargs) {
    return assertThrows(IllegalArgumentException.class, () -> Gym.make(id, kwargs)).getMessage();
  }

  @Test
  void badKwargsNameTheValueAndWhatIsAccepted() {
    String m = error("HoverAviary-v0", Map.of("act", "pid", "drone_model", "racer"));
    assertTrue(m.contains("racer") && m.contains("cf2x or cf2p"), m);
    m = error("HoverAviary-v0", Map.of("pyb_freq", 100));
    assertTrue(
        m.contains("pyb_freq") && m.contains("multiple of ctrl_freq (30)") && m.contains("100"), m);
    m = error("MultiHoverAviary-v0", Map.of("num_drones", -1));
    assertTrue(m.contains("num_drones") && m.contains("-1"), m);
    m = error("HoverAviary-v0", Map.of("drone_model", "cf3"));
    assertTrue(m.contains("cf2x") && m.contains("racer") && m.contains("cf3"), m);
    m = error("HoverAviary-v0", Map.of("physics", "mujoco"));
    assertTrue(m.contains("pyb_gnd_drag_dw") && m.contains("mujoco"), m);
    m = error("HoverAviary-v0", Map.of("act", "thrust"));
    assertTrue(m.contains("one_d_pid") && m.contains("thrust"), m);
    m = error("MultiHoverAviary-v0", Map.of("initial_xyzs", List.of(0.0, 0.0, 1.0)));
    assertTrue(m.contains("initial_xyzs") && m.contains("6"), m);
    m = error("VelocityAviary-v0", Map.of("drone_model", "racer"));
    assertTrue(m.contains("cf2x or cf2p"), m);
    m = error("HoverAviary-v0", Map.of("engine", "mujoco", "physics", "dyn"));
    assertTrue(m.contains("engine") && m.contains("mujoco"), m);
    // A picture every 240/24 = 10 physics steps is not a whole number of 8-step control steps.
    m = error("HoverAviary-v0", Map.of("obs", "rgb"));
    assertTrue(m.contains("ctrl_freq 30") && m.contains("240, 120, 48, 24"), m);
    m = error("MultiHoverAviary-v0", Map.of("obs", "depth"));
    assertTrue(m.contains("kin, rgb") && m.contains("depth"), m);
  }

  @Test
  void theRgbObservationIsOneRgbaPicturePerDrone() {
    try (Env<?, ?> env =
        Gym.make("MultiHoverAviary-v0", Map.of("obs", "rgb", "ctrl_freq", 48, "num_drones", 3))) {
      Box<?> space = (Box<?>) env.observationSpace();
      assertArrayEquals(new int[] {3, 48, 64, 4}, space.shape());
      assertEquals(0, space.low()[0]);
      assertEquals(255, space.high()[space.high().length - 1]);
    }
  }

  @Test
  void startPositionsAndAttitudesComeFromTheKwargs() {
    try (Env<?, ?> env =
        Gym.make(
            "CtrlAviary-v0",
            Map.of(
                "num_drones", 2,
                "initial_xyzs", List.of(0.0, 0.0, 1.0, 1.0, 0.0, 2.0),
                "initial_rpys", List.of(0.0, 0.0, 0.5, 0.1, 0.0, 0.0)))) {
      float[] o = (float[]) env.reset(0).observation();
      assertArrayEquals(new float[] {0, 0, 1}, new float[] {o[0], o[1], o[2]});
      assertEquals(0.5f, o[9], 1e-6f);
      assertArrayEquals(new float[] {1, 0, 2}, new float[] {o[20], o[21], o[22]});
      assertEquals(0.1f, o[27], 1e-6f);
    }
  }

  @Test
  void defaultStartsSpreadTheDronesAlongTheDiagonal() {
    try (Env<?, ?> env = Gym.make("MultiHoverAviary-v0", Map.of("physics", "dyn"))) {
      float[] o = (float[]) env.reset(0).observation();
      assertArrayEquals(
          new float[] {0.1588f, 0.1588f, 0.1125f}, new float[] {o[72], o[73], o[74]}, 1e-6f);
    }
  }

  @Test
  void theCheckerPassesOnEveryModeAndAction() {
    for (String physics : new String[] {"dyn", "pyb", "pyb_gnd_drag_dw"}) {
      for (String act : new String[] {"rpm", "one_d_rpm", "pid", "vel", "one_d_pid"}) {
        try (Env<?, ?> env =
            Gym.make("MultiHoverAviary-v0", Map.of("physics", physics, "act", act))) {
          var report = EnvChecker.check(env.unwrapped());
          assertTrue(report.passed(), physics + " " + act + ": " + report.format());
        }
      }
    }
    for (String id : new String[] {"CtrlAviary-v0", "VelocityAviary-v0"}) {
      try (Env<?, ?> env = Gym.make(id, Map.of("drone_model", "cf2p", "engine", "jbullet"))) {
        var report = EnvChecker.check(env.unwrapped());
        assertTrue(report.passed(), id + ": " + report.format());
      }
    }
  }
}
