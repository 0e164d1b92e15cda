package dev.jymnasium.control.classic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jymnasium.env.Env;
import dev.jymnasium.env.Step;
import dev.jymnasium.env.registry.Gym;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * CartPole against reference trajectories recorded by running Gymnasium 1.4: {@code
 * gymnasium.make("CartPole-v1").reset(seed=s)} for seeds 0 and 42, then actions 1, 1, 0.
 */
class CartPoleEnvTest {
  private static void assertObs(double[] expected, float[] actual) {
    for (int i = 0; i < expected.length; i++) {
      assertEquals((float) expected[i], actual[i], 0f, "element " + i);
    }
  }

  @Test
  void seed0MatchesGymnasium() {
    Env<float[], Integer> env = Gym.make("CartPole-v1");
    assertObs(
        new double[] {
          0.013696168549358845, -0.023021329194307327, -0.04590264707803726, -0.04834723472595215
        },
        env.reset(0).observation());
    Step<float[]> s = env.step(1);
    assertObs(
        new double[] {
          0.013235742226243019, 0.17272774875164032, -0.04686959087848663, -0.3551521897315979
        },
        s.observation());
    assertEquals(1.0, s.reward());
    s = env.step(1);
    assertObs(
        new double[] {
          0.016690297052264214, 0.36848369240760803, -0.05397263541817665, -0.6622382402420044
        },
        s.observation());
    s = env.step(0);
    assertObs(
        new double[] {
          0.024059969931840897, 0.17415258288383484, -0.0672174021601677, -0.387026309967041
        },
        s.observation());
    assertFalse(s.terminated());
    assertFalse(s.truncated());
  }

  @Test
  void seed42MatchesGymnasium() {
    Env<float[], Integer> env = Gym.make("CartPole-v1");
    assertObs(
        new double[] {
          0.02739560417830944, -0.006112155970185995, 0.03585979342460632, 0.019736802205443382
        },
        env.reset(42).observation());
    env.step(1);
    env.step(1);
    assertObs(
        new double[] {
          0.03870419040322304, 0.1875198930501938, 0.020177118480205536, -0.24015574157238007
        },
        env.step(0).observation());
  }

  @Test
  void terminatesWhenThePoleFallsAndWarnsAfterwards() {
    CartPoleEnv env = new CartPoleEnv();
    env.reset(3);
    int steps = 0;
    Step<float[]> s;
    do {
      s = env.step(1);
      steps++;
    } while (!s.terminated());
    assertTrue(steps < 100, "always pushing right must topple the pole quickly");
    assertEquals(1.0, s.reward(), "the terminating step still earns 1");
    assertEquals(0.0, env.step(1).reward(), "steps after termination earn 0");
  }

  @Test
  void suttonBartoRewardIsZeroThenMinusOne() {
    CartPoleEnv env = new CartPoleEnv(new CartPoleEnv.Config(null, true));
    env.reset(3);
    Step<float[]> s = env.step(1);
    assertEquals(0.0, s.reward());
    while (!s.terminated()) {
      s = env.step(1);
    }
    assertEquals(-1.0, s.reward());
    assertEquals(-1.0, env.step(1).reward());
  }

  @Test
  void dynamicsFollowTheEulerFormulas() {
    CartPoleEnv env = new CartPoleEnv();
    env.reset(0);
    double[] st = {0.1, -0.2, 0.05, 0.3};
    env.setState(st);
    env.step(0);
    double f = -10.0;
    double c = Math.cos(st[2]);
    double sn = Math.sin(st[2]);
    double temp = (f + 0.05 * st[3] * st[3] * sn) / 1.1;
    double thetaAcc = (9.8 * sn - c * temp) / (0.5 * (4.0 / 3.0 - 0.1 * c * c / 1.1));
    double xAcc = temp - 0.05 * thetaAcc * c / 1.1;
    assertArrayEquals(
        new double[] {
          st[0] + 0.02 * st[1], st[1] + 0.02 * xAcc, st[2] + 0.02 * st[3], st[3] + 0.02 * thetaAcc
        },
        env.state(),
        1e-12);
  }

  @Test
  void registeredLimitsAndThresholds() {
    assertEquals(200, Gym.spec("CartPole-v0").maxEpisodeSteps());
    assertEquals(195.0, Gym.spec("CartPole-v0").rewardThreshold());
    assertEquals(500, Gym.spec("CartPole-v1").maxEpisodeSteps());
    assertEquals(475.0, Gym.spec("CartPole-v1").rewardThreshold());
  }

  @Test
  void timeLimitTruncatesAtTheLimit() {
    Env<float[], Integer> env = Gym.make("CartPole-v1", Map.of("max_episode_steps", 5));
    env.reset(1);
    for (int t = 1; t < 5; t++) {
      assertFalse(env.step(t % 2).done());
    }
    Step<float[]> s = env.step(1);
    assertTrue(s.truncated());
    assertFalse(s.terminated());
  }

  @Test
  void resetOptionsAreValidated() {
    CartPoleEnv env = new CartPoleEnv();
    assertThrows(
        IllegalArgumentException.class, () -> env.reset(0L, Map.of("low", 0.1, "high", -0.1)));
    float[] obs = env.reset(0L, Map.of("low", 0.2, "high", 0.2)).observation();
    assertEquals(0.2f, obs[0]);
  }

  @Test
  void unknownKwargIsRejectedWithTheAcceptedOnes() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Gym.make("CartPole-v1", Map.of("sutton_bartoo_reward", true)));
    assertTrue(e.getMessage().contains("sutton_barto_reward"), e.getMessage());
  }
}
