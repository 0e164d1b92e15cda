package dev.jymnasium.robots.mujoco;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jymnasium.env.Env;
import dev.jymnasium.env.checker.CheckReport;
import dev.jymnasium.env.checker.EnvChecker;
import dev.jymnasium.env.registry.Gym;
import dev.jymnasium.env.spaces.Box;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every registered robot env passes the env checker on its default engine (joint-space for the
 * models without contacts and for Hopper and Walker2d, ode4j for the others) and has v5's spaces,
 * limits and dt.
 */
class EnvCheckerTest {

  @ParameterizedTest
  @CsvSource({
    "InvertedPendulum-v5, 4, 1, 0.04, 1000, joint-space",
    "InvertedDoublePendulum-v5, 9, 1, 0.05, 1000, joint-space",
    "HalfCheetah-v5, 17, 6, 0.05, 1000, joint-space",
    "Hopper-v5, 11, 3, 0.008, 1000, joint-space",
    "Walker2d-v5, 17, 6, 0.008, 1000, joint-space",
    "Swimmer-v5, 8, 2, 0.04, 1000, joint-space",
    "Ant-v5, 105, 8, 0.05, 1000, joint-space",
    "Reacher-v5, 10, 2, 0.02, 50, joint-space",
    "Pusher-v5, 23, 7, 0.05, 100, joint-space"
  })
  void registeredEnvPassesTheChecker(
      String id, int obsDim, int actDim, double dt, int maxSteps, String engine) {
    Env<?, ?> made = Gym.make(id);
    try {
      assertEquals(maxSteps, made.spec().maxEpisodeSteps());
      MujocoEnv env = (MujocoEnv) made.unwrapped();
      assertEquals(dt, env.dt(), 1e-12);
      assertEquals(engine, env.engine());
      assertArrayEquals(new int[] {obsDim}, ((Box<?>) env.observationSpace()).shape());
      assertArrayEquals(new int[] {actDim}, ((Box<?>) env.actionSpace()).shape());
      assertEquals(Math.round(1 / dt), env.metadata().renderFps(), 0);
      CheckReport report = EnvChecker.check(env);
      assertTrue(report.failures().isEmpty(), id + ": " + report.failures());
      assertTrue(env.scene().primitives().size() >= 3, id + " scene has its geoms");
    } finally {
      made.close();
    }
  }

  @ParameterizedTest
  @CsvSource({"Hopper-v5, jbullet", "Ant-v5, jbullet"})
  void jbulletEnginePassesTheCheckerToo(String id, String engine) {
    Env<?, ?> made = Gym.make(id, Map.of("engine", engine));
    try {
      assertEquals(engine, ((MujocoEnv) made.unwrapped()).engine());
      CheckReport report = EnvChecker.check(made.unwrapped(), true, true);
      assertTrue(report.failures().isEmpty(), id + ": " + report.failures());
    } finally {
      made.close();
    }
  }
}
