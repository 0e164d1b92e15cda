package com.example.goleft;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jymnasium.env.Env;
import dev.jymnasium.env.Step;
import dev.jymnasium.env.checker.CheckReport;
import dev.jymnasium.env.checker.EnvChecker;
import dev.jymnasium.env.registry.Gym;
import dev.jymnasium.env.render.Scene2D;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GoLeftEnvTest {
  @Test
  void makeFindsTheEnvThroughTheProvider() {
    try (Env<float[], Integer> env = Gym.make("example/GoLeft-v0", Map.of("size", 5))) {
      assertEquals("Box(0.0, 4.0, (1,), float32)", env.observationSpace().toString());
      assertEquals("Discrete(2)", env.actionSpace().toString());
      assertEquals(100, env.spec().maxEpisodeSteps());
      assertArrayEquals(new float[] {4}, env.reset(0).observation());
    }
  }

  @Test
  void walksOneCellPerStepAndEndsAtTheLeftEnd() {
    try (Env<float[], Integer> env = Gym.make("example/GoLeft-v0", Map.of("size", 4))) {
      assertArrayEquals(new float[] {3}, env.reset(0).observation());
      Step<float[]> s = env.step(GoLeftEnv.RIGHT); // against the right wall: stays
      assertArrayEquals(new float[] {3}, s.observation());
      assertEquals(0.0, s.reward());
      s = env.step(GoLeftEnv.LEFT);
      assertArrayEquals(new float[] {2}, s.observation());
      assertFalse(s.terminated());
      s = env.step(GoLeftEnv.LEFT);
      assertArrayEquals(new float[] {1}, s.observation());
      s = env.step(GoLeftEnv.LEFT);
      assertArrayEquals(new float[] {0}, s.observation());
      assertEquals(1.0, s.reward());
      assertTrue(s.terminated());
      assertFalse(s.truncated());
    }
  }

  @Test
  void randomStartDrawsWhatNumpyDraws() {
    // np.random.default_rng(0): integers(1, 10) four times gives 8, 6, 5, 3.
    try (Env<float[], Integer> env = Gym.make("example/GoLeftRandom-v0")) {
      assertArrayEquals(new float[] {8}, env.reset(0).observation());
      assertArrayEquals(new float[] {6}, env.reset().observation());
      assertArrayEquals(new float[] {5}, env.reset().observation());
      assertArrayEquals(new float[] {3}, env.reset().observation());
      assertArrayEquals(new float[] {8}, env.reset(0).observation());
    }
  }

  @Test
  void timeLimitTruncatesAfter100Steps() {
    try (Env<float[], Integer> env = Gym.make("example/GoLeft-v0")) {
      env.reset(0);
      for (int t = 1; t < 100; t++) {
        assertFalse(env.step(GoLeftEnv.RIGHT).truncated(), "step " + t);
      }
      assertTrue(env.step(GoLeftEnv.RIGHT).truncated());
    }
  }

  @Test
  void passesTheEnvChecker() {
    try (Env<float[], Integer> env = Gym.make("example/GoLeft-v0")) {
      // The unwrapped env, as Gymnasium's check_env advises (a wrapped one only adds a warning).
      CheckReport report = EnvChecker.check(env.unwrapped());
      assertTrue(report.passed(), report.format());
    }
  }

  @Test
  void badKwargsNameTheValueAndWhatIsAccepted() {
    IllegalArgumentException tooSmall =
        assertThrows(IllegalArgumentException.class, () -> Gym.make("example/GoLeft-v0", Map.of("size", 1)));
    assertEquals("kwarg 'size' of example/GoLeft-v0 must be in [2, 100], got 1", tooSmall.getMessage());

    IllegalArgumentException direct =
        assertThrows(IllegalArgumentException.class, () -> new GoLeftEnv(new GoLeftEnv.Config(null, 1, false)));
    assertEquals(tooSmall.getMessage(), direct.getMessage());

    IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
        () -> Gym.make("example/GoLeft-v0", Map.of("grid_size", 10)));
    assertEquals("unknown kwarg [grid_size] for example/GoLeft-v0; accepted kwargs: render_mode, size, random_start",
        unknown.getMessage());

    IllegalArgumentException wrongType = assertThrows(IllegalArgumentException.class,
        () -> Gym.make("example/GoLeft-v0", Map.of("random_start", "yes")));
    assertTrue(wrongType.getMessage().contains("random_start"), wrongType.getMessage());
  }

  @Test
  void sceneDrawsTheAgentOnItsCell() {
    GoLeftEnv env = new GoLeftEnv(new GoLeftEnv.Config(null, 6, false));
    env.reset(0);
    Scene2D scene = env.scene();
    assertEquals(600, scene.width());
    Scene2D.Circle agent = (Scene2D.Circle) scene.shapes().get(scene.shapes().size() - 1);
    assertEquals((5 + 0.5) * 100, agent.cx()); // cell 5 of 6, each 100 px wide
    env.close();
  }
}
