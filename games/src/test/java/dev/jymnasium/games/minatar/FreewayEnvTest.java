package dev.jymnasium.games.minatar;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jymnasium.env.Step;
import dev.jymnasium.env.registry.Gym;
import dev.jymnasium.env.spaces.Discrete;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * MinAtar Freeway's dynamics traced by hand from the rules of MinAtar's {@code freeway.py}, and its
 * draws against numpy's {@code RandomState}.
 */
class FreewayEnvTest {
  private static final int C = FreewayEnv.CHANNELS;
  private static final int UP = 1;
  private static final int DOWN = 2;

  /** No sticky actions, minimal action set: 0 no-op, 1 up, 2 down. */
  private static FreewayEnv env() {
    FreewayEnv env = new FreewayEnv(new FreewayEnv.Config(null, 0.0, true, true));
    env.reset(0);
    return env;
  }

  private static int at(byte[] obs, int x, int y, int c) {
    return obs[(y * 10 + x) * C + c];
  }

  private static int[][] parked() {
    int[][] cars = new int[8][];
    for (int i = 0; i < 8; i++) {
      cars[i] = new int[] {0, 5, 5};
    }
    return cars;
  }

  @Test
  void carSpeedsAreNumpysDraws() {
    // RandomState(0): randint(1, 6, 8) * sign(rand(8) - 0.5) = -5 1 4 -4 4 2 4 3.
    FreewayEnv env = env();
    byte[] obs = env.reset(0).observation();
    int[] speeds = {-5, 1, 4, -4, 4, 2, 4, 3};
    for (int i = 0; i < 8; i++) {
      assertArrayEquals(new int[] {0, i + 1, Math.abs(speeds[i]), speeds[i]}, env.cars()[i]);
      assertEquals(1, at(obs, 0, i + 1, 1), "car");
      int back = speeds[i] > 0 ? 9 : 1;
      assertEquals(1, at(obs, back, i + 1, 1 + Math.abs(speeds[i])), "trail of car " + i);
    }
    assertEquals(9, env.chicken());
    assertEquals(1, at(obs, 4, 9, 0));
  }

  @Test
  void theChickenMovesOnlyEveryThirdStepAndCarsWrap() {
    FreewayEnv env = env();
    for (int k = 0; k < 3; k++) {
      env.step(UP);
      assertEquals(9, env.chicken(), "move timer still running");
    }
    env.step(UP);
    assertEquals(8, env.chicken());
    env.step(UP);
    assertEquals(8, env.chicken());
    env.step(DOWN);
    assertEquals(8, env.chicken());
    // After 6 steps: car 0 (speed -5) moved once, on step 6, from 0 to 9; car 1 (speed 1) moved on
    // steps 2, 4, 6.
    assertArrayEquals(new int[] {9, 1, 5, -5}, env.cars()[0]);
    assertArrayEquals(new int[] {3, 2, 1, 1}, env.cars()[1]);
  }

  @Test
  void crossingPaysOneAndRedrawsTheSpeeds() {
    FreewayEnv env = env();
    env.setState(1, 0, parked());
    Step<byte[]> s = env.step(UP);
    assertEquals(1.0, s.reward());
    assertFalse(s.terminated());
    assertEquals(9, env.chicken());
    // RandomState(0) after the reset's draws and one random_sample(): 2 -5 4 -1 4 -1 3 4; the
    // countdowns restart at |speed| and tick once in the same step; the cars keep their cells.
    int[] speeds = {2, -5, 4, -1, 4, -1, 3, 4};
    for (int i = 0; i < 8; i++) {
      assertArrayEquals(
          new int[] {0, i + 1, Math.abs(speeds[i]) - 1, speeds[i]}, env.cars()[i], "car " + i);
    }
  }

  @Test
  void aCarOnTheChickenSendsItBack() {
    FreewayEnv env = env();
    int[][] cars = parked();
    cars[1] = new int[] {4, 3, 1};
    env.setState(2, 3, cars);
    assertEquals(0.0, env.step(0).reward());
    assertEquals(9, env.chicken(), "car 1 sits on (4, 2)");
    cars[1] = new int[] {3, 0, 1};
    env.setState(2, 3, cars);
    env.step(0);
    assertEquals(9, env.chicken(), "car 1 drives into (4, 2)");
    cars[1] = new int[] {3, 1, 1};
    env.setState(2, 3, cars);
    env.step(0);
    assertEquals(2, env.chicken(), "car 1 waits a step");
  }

  @Test
  void theGameClockEndsTheEpisodeOnStep2501() {
    FreewayEnv env = env();
    for (int k = 1; k <= 2500; k++) {
      assertFalse(env.step(0).terminated(), "step " + k);
    }
    Step<byte[]> s = env.step(0);
    assertTrue(s.terminated());
    assertFalse(s.truncated());
  }

  @Test
  void stickyActionsUseNumpysDraws() {
    // RandomState(0) after the reset's draws: random_sample() = 0.071 0.087 0.020 0.833; steps 1
    // to 3 repeat the previous action (no-op after a seeded reset), step 4 does not.
    FreewayEnv env = new FreewayEnv(new FreewayEnv.Config(null, 0.1, true, true));
    env.reset(0);
    env.setState(9, 0, parked());
    for (int k = 0; k < 3; k++) {
      env.step(UP);
      assertEquals(9, env.chicken(), "sticky no-op on step " + (k + 1));
    }
    env.step(UP);
    assertEquals(8, env.chicken());
  }

  @Test
  void registeredIdsAndBadKwargs() {
    try (var v0 = Gym.make("MinAtar/Freeway-v0");
        var v1 = Gym.make("MinAtar/Freeway-v1")) {
      assertEquals(6, ((Discrete) (Object) v0.actionSpace()).n());
      assertEquals(3, ((Discrete) (Object) v1.actionSpace()).n());
    }
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Gym.make("MinAtar/Freeway-v0", Map.of("sticky_action_prob", -0.1)));
    assertEquals(
        "kwarg 'sticky_action_prob' of MinAtar/Freeway-v0 must be in [0, 1], got -0.1",
        e.getMessage());
  }
}
