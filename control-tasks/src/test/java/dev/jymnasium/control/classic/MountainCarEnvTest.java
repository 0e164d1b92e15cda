package dev.jymnasium.control.classic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jymnasium.env.Env;
import dev.jymnasium.env.Step;
import dev.jymnasium.env.registry.Gym;
import dev.jymnasium.env.render.Scene2D;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * MountainCar against reference trajectories recorded by running Gymnasium 1.4: {@code
 * gymnasium.make("MountainCar-v0").reset(seed=s)} for seeds 0 and 42, then actions 2, 2, 0.
 */
class MountainCarEnvTest {
  private static void assertObs(double[] expected, float[] actual) {
    assertEquals(expected.length, actual.length);
    for (int i = 0; i < expected.length; i++) {
      assertEquals(expected[i], actual[i], 1e-6, "element " + i);
    }
  }

  @Test
  void seed0MatchesGymnasium() {
    Env<float[], Integer> env = Gym.make("MountainCar-v0");
    float[] obs = env.reset(0).observation();
    assertEquals((float) -0.47260767221450806, obs[0], 0f);
    assertEquals(0f, obs[1], 0f);
    assertEquals(-0.4726076625357092, ((MountainCarEnv) env.unwrapped()).state()[0], 0.0);
    Step<float[]> s = env.step(2);
    assertObs(new double[] {-0.47198861837387085, 0.0006190564599819481}, s.observation());
    assertEquals(-1.0, s.reward());
    s = env.step(2);
    assertObs(new double[] {-0.47075507044792175, 0.001233524875715375}, s.observation());
    assertEquals(-1.0, s.reward());
    s = env.step(0);
    assertObs(new double[] {-0.470916211605072, -0.00016114483878482133}, s.observation());
    assertEquals(-1.0, s.reward());
    assertFalse(s.terminated());
    assertFalse(s.truncated());
  }

  @Test
  void seed42MatchesGymnasium() {
    Env<float[], Integer> env = Gym.make("MountainCar-v0");
    float[] obs = env.reset(42).observation();
    assertEquals((float) -0.4452087879180908, obs[0], 0f);
    assertEquals(-0.44520879028880733, ((MountainCarEnv) env.unwrapped()).state()[0], 0.0);
    assertObs(new double[] {-0.444791316986084, 0.00041747934301383793}, env.step(2).observation());
    assertObs(
        new double[] {-0.44395938515663147, 0.0008319141925312579}, env.step(2).observation());
    Step<float[]> s = env.step(0);
    assertObs(new double[] {-0.4447191059589386, -0.0007597148651257157}, s.observation());
    assertEquals(-1.0, s.reward());
  }

  @Test
  void registeredLimitsAndThresholds() {
    assertEquals(200, Gym.spec("MountainCar-v0").maxEpisodeSteps());
    assertEquals(-110.0, Gym.spec("MountainCar-v0").rewardThreshold());
  }

  @Test
  void oneStepFollowsTheFormulas() {
    MountainCarEnv env = new MountainCarEnv();
    env.reset(0);
    double p = -0.3;
    double v = 0.012;
    env.setState(new double[] {p, v});
    Step<float[]> s = env.step(2);
    double v1 = v + (1 * 0.001 + Math.cos(3 * p) * (-0.0025));
    double p1 = p + v1;
    assertEquals(v1, env.state()[1], 0.0);
    assertEquals(p1, env.state()[0], 0.0);
    assertEquals((float) p1, s.observation()[0]);
    assertEquals((float) v1, s.observation()[1]);
  }

  @Test
  void velocityIsClippedAndTheLeftWallStopsTheCar() {
    MountainCarEnv env = new MountainCarEnv();
    env.reset(0);
    env.setState(new double[] {-0.5, 0.0699});
    env.step(2);
    assertEquals(0.07, env.state()[1], 0.0);
    env.setState(new double[] {-1.19, -0.05});
    Step<float[]> s = env.step(0);
    assertEquals(-1.2, env.state()[0], 0.0);
    assertEquals(0.0, env.state()[1], 0.0);
    assertFalse(s.terminated());
  }

  @Test
  void terminatesAtTheFlagWithEnoughVelocity() {
    MountainCarEnv env = new MountainCarEnv();
    env.reset(0);
    env.setState(new double[] {0.49, 0.02});
    Step<float[]> s = env.step(2);
    assertTrue(s.terminated());
    assertEquals(-1.0, s.reward());
    env.setState(new double[] {0.3, 0.02});
    assertFalse(env.step(2).terminated());

    Env<float[], Integer> picky = Gym.make("MountainCar-v0", Map.of("goal_velocity", 0.05));
    picky.reset(0);
    MountainCarEnv inner = (MountainCarEnv) picky.unwrapped();
    assertEquals(0.05, inner.goalVelocity());
    inner.setState(new double[] {0.49, 0.02});
    assertFalse(picky.step(2).terminated(), "velocity below goal_velocity must not terminate");
    inner.setState(new double[] {0.49, 0.06});
    assertTrue(picky.step(2).terminated());
  }

  @Test
  void truncatesAt200() {
    Env<float[], Integer> env = Gym.make("MountainCar-v0");
    env.reset(0);
    Step<float[]> s = null;
    for (int t = 1; t <= 200; t++) {
      s = env.step(1);
      assertEquals(t == 200, s.truncated(), "step " + t);
    }
    assertFalse(s.terminated());
  }

  @Test
  void resetOptionsAreUsedAndValidated() {
    MountainCarEnv env = new MountainCarEnv();
    assertThrows(
        IllegalArgumentException.class, () -> env.reset(0L, Map.of("low", -0.3, "high", -0.5)));
    assertThrows(IllegalArgumentException.class, () -> env.reset(0L, Map.of("low", "left")));
    float[] obs = env.reset(0L, Map.of("low", -0.2, "high", -0.2)).observation();
    assertEquals(-0.2f, obs[0]);
    assertEquals(0f, obs[1]);
    env.reset(0L, Map.of("low", -1.0, "high", 0.0));
    assertEquals(-1.0 + 1.0 * 0.6369616873214543, env.state()[0], 0.0);
  }

  @Test
  void kwargsAreCheckedAndUnknownOnesRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Gym.make("MountainCar-v0", Map.of("goal_speed", 0.1)));
    assertTrue(e.getMessage().contains("goal_velocity"), e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> Gym.make("MountainCar-v0", Map.of("goal_velocity", "fast")));
    Env<float[], Integer> env = Gym.make("MountainCar-v0");
    env.reset(0);
    assertThrows(IllegalArgumentException.class, () -> env.step(3));
  }

  @Test
  void sceneHasGymnasiumsSize() {
    MountainCarEnv env = new MountainCarEnv();
    env.reset(0);
    Scene2D s = env.scene();
    assertEquals(600, s.width());
    assertEquals(400, s.height());
    Scene2D.Polygon track = (Scene2D.Polygon) s.shapes().get(0);
    assertEquals(200, track.xy().length);
    assertFalse(track.filled());
    assertEquals(600.0, track.xy()[198], 1e-9);
    long wheels =
        s.shapes().stream()
            .filter(x -> x instanceof Scene2D.Circle c && c.rgb() == 0x808080 && c.radius() == 8)
            .count();
    assertEquals(2, wheels);
    Scene2D.Polygon flag = (Scene2D.Polygon) s.shapes().get(s.shapes().size() - 1);
    assertEquals(0xCCCC00, flag.rgb());
    assertEquals((int) ((0.5 + 1.2) * 600 / 1.8), flag.xy()[0], 1.0);
  }
}
