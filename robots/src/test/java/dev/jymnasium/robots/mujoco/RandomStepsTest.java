package dev.jymnasium.robots.mujoco;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jymnasium.env.Step;
import dev.jymnasium.env.registry.Gym;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * No NaN and no physics blow-up under random actions. 1,000 steps per env and engine (not 10,000)
 * to keep the module's test time under two minutes on a shared 2-core machine.
 */
class RandomStepsTest {
  static final int STEPS = 1000;

  @ParameterizedTest
  @CsvSource({
    "InvertedPendulum-v5, ode4j",
    "InvertedPendulum-v5, jbullet",
    "InvertedPendulum-v5, joint-space",
    "InvertedDoublePendulum-v5, ode4j",
    "InvertedDoublePendulum-v5, jbullet",
    "InvertedDoublePendulum-v5, joint-space",
    "HalfCheetah-v5, ode4j",
    "HalfCheetah-v5, jbullet",
    "Hopper-v5, ode4j",
    "Hopper-v5, jbullet",
    "Walker2d-v5, ode4j",
    "Walker2d-v5, jbullet",
    "Swimmer-v5, ode4j",
    "Swimmer-v5, jbullet",
    "Swimmer-v5, joint-space",
    "Ant-v5, ode4j",
    "Ant-v5, jbullet",
    "Reacher-v5, ode4j",
    "Reacher-v5, jbullet",
    "Reacher-v5, joint-space",
    "Pusher-v5, joint-space",
    "Pusher-v5, ode4j",
    "Pusher-v5, jbullet"
  })
  void randomActionsKeepTheStateFinite(String id, String engine) {
    MujocoEnv env = (MujocoEnv) Gym.make(id, Map.of("engine", engine)).unwrapped();
    try {
      env.reset(11L, null);
      env.actionSpace().seed(5);
      for (int t = 0; t < STEPS; t++) {
        Step<double[]> s = env.step(env.actionSpace().sample());
        assertFalse(s.info().containsKey(MujocoEnv.PHYSICS_BLOWUP), id + " blew up at step " + t);
        for (double v : s.observation()) {
          assertTrue(Double.isFinite(v), id + " observation not finite at step " + t);
        }
        assertTrue(Double.isFinite(s.reward()));
        if (s.terminated()) {
          env.reset();
        }
      }
    } finally {
      env.close();
    }
  }
}
