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
 * MountainCarContinuous against reference trajectories recorded by running Gymnasium 1.4 on numpy 2
 * (float32 arithmetic included): {@code gymnasium.make("MountainCarContinuous-v0") .reset(seed=s)}
 * for seeds 0 and 42, then actions [0.5], [1.5], [-0.25].
 */
class ContinuousMountainCarEnvTest {
  private static void assertObs(double[] expected, float[] actual) {
    assertEquals(expected.length, actual.length);
    for (int i = 0; i < expected.length; i++) {
      assertEquals(expected[i], actual[i], 1e-6, "element " + i);
    }
  }

  /** Replays a reference row; the 1.5 action is outside the Box and clipped, as in Gymnasium. */
  private static void replay(long seed, double[][] expected) {
    Env<float[], float[]> env = Gym.make("MountainCarContinuous-v0");
    float[] obs = env.reset(seed).observation();
    assertEquals(0f, obs[1]);

    Step<float[]> s = env.step(new float[] {0.5f});
    assertObs(expected[0], s.observation());
    assertEquals(-0.025, s.reward(), 0.0);
    assertFalse(s.terminated());

    s = env.step(new float[] {1.5f});
    assertObs(expected[1], s.observation());
    assertEquals(-0.225, s.reward(), 0.0);

    s = env.step(new float[] {-0.25f});
    assertObs(expected[2], s.observation());
    assertEquals(-0.00625, s.reward(), 0.0);
    assertFalse(s.terminated());
    assertFalse(s.truncated());
  }

  @Test
  void seed0MatchesGymnasium() {
    Env<float[], float[]> env = Gym.make("MountainCarContinuous-v0");
    assertEquals((float) -0.47260767221450806, env.reset(0).observation()[0], 0f);
    replay(
        0,
        new double[][] {
          {-0.47223860025405884, 0.0003690564481075853},
          {-0.4707532227039337, 0.001485377666540444},
          {-0.4700375199317932, 0.0007156942738220096}
        });
  }

  @Test
  void seed42MatchesGymnasium() {
    Env<float[], float[]> env = Gym.make("MountainCarContinuous-v0");
    assertEquals((float) -0.4452087879180908, env.reset(42).observation()[0], 0f);
    replay(
        42,
        new double[][] {
          {-0.445041298866272, 0.0001674793311394751},
          {-0.4439575672149658, 0.0010837371228262782},
          {-0.44384047389030457, 0.0001170947216451168}
        });
  }

  @Test
  void referenceObservationsAreBitExact() {
    // No transcendental in these rows differs between Java and glibc for these arguments, so
    // the float32 observations match exactly (a 1-ulp cos difference would be tolerated above).
    Env<float[], float[]> env = Gym.make("MountainCarContinuous-v0");
    env.reset(0);
    float[] obs = env.step(new float[] {0.5f}).observation();
    assertEquals((float) -0.47223860025405884, obs[0], 0f);
    assertEquals((float) 0.0003690564481075853, obs[1], 0f);
  }

  @Test
  void registeredLimitsAndThresholds() {
    assertEquals(999, Gym.spec("MountainCarContinuous-v0").maxEpisodeSteps());
    assertEquals(90.0, Gym.spec("MountainCarContinuous-v0").rewardThreshold());
  }

  @Test
  void firstStepIsFloat64AndLaterStepsFloat32() {
    ContinuousMountainCarEnv env = new ContinuousMountainCarEnv();
    env.reset(7);
    double p0 = env.state()[0];
    float a = 0.8f;
    env.step(new float[] {a});
    // First step: float64 state, float32 force term.
    float term1 = a * 0.0015f;
    float dv = term1 - (float) (0.0025 * Math.cos(3 * p0));
    double v1 = 0.0 + dv;
    double p1 = p0 + v1;
    float fp1 = (float) p1;
    float fv1 = (float) v1;
    assertEquals(fp1, (float) env.state()[0], 0f);
    assertEquals(fv1, (float) env.state()[1], 0f);

    // Second step: everything float32 (3·p too).
    float b = -0.6f;
    Step<float[]> s = env.step(new float[] {b});
    float dv2 = b * 0.0015f - (float) (0.0025 * Math.cos(3f * fp1));
    float v2 = fv1 + dv2;
    float p2 = fp1 + v2;
    assertEquals(p2, s.observation()[0], 0f);
    assertEquals(v2, s.observation()[1], 0f);
    assertEquals(-((double) b * b) * 0.1, s.reward(), 1e-18);
  }

  @Test
  void clippedForceIsAPythonFloat() {
    ContinuousMountainCarEnv env = new ContinuousMountainCarEnv();
    env.reset(3);
    env.step(new float[] {0f});
    double[] st = env.state();
    float p = (float) st[0];
    float v = (float) st[1];
    Step<float[]> s = env.step(new float[] {-3f});
    // force = -1.0 (double): dv is double, then rounded to float32 when added to float32 v.
    double dv = -1.0 * 0.0015 - 0.0025 * Math.cos(3f * p);
    float v2 = v + (float) dv;
    assertEquals(v2, s.observation()[1], 0f);
    assertEquals(p + v2, s.observation()[0], 0f);
    assertEquals(-(9.0 * 0.1), s.reward(), 0.0);
  }

  @Test
  void terminatesAtTheFlagWithAReward() {
    ContinuousMountainCarEnv env = new ContinuousMountainCarEnv();
    env.reset(0);
    env.setState(new double[] {0.44, 0.02});
    Step<float[]> s = env.step(new float[] {1.0f});
    assertTrue(s.terminated());
    assertEquals(100.0 - 1.0 * 0.1, s.reward(), 0.0);
    env.setState(new double[] {0.3, 0.02});
    assertFalse(env.step(new float[] {1.0f}).terminated());

    Env<float[], float[]> picky =
        Gym.make("MountainCarContinuous-v0", Map.of("goal_velocity", 0.05));
    picky.reset(0);
    ContinuousMountainCarEnv inner = (ContinuousMountainCarEnv) picky.unwrapped();
    inner.setState(new double[] {0.44, 0.02});
    assertFalse(picky.step(new float[] {1.0f}).terminated());
  }

  @Test
  void velocityAndPositionAreClipped() {
    ContinuousMountainCarEnv env = new ContinuousMountainCarEnv();
    env.reset(0);
    env.setState(new double[] {-0.5, 0.0699});
    env.step(new float[] {1.0f});
    assertEquals((float) 0.07, (float) env.state()[1], 0f);
    env.setState(new double[] {-1.19, -0.05});
    env.step(new float[] {-1.0f});
    assertEquals((float) -1.2, (float) env.state()[0], 0f);
    assertEquals(0.0, env.state()[1], 0.0);
  }

  @Test
  void truncatesAt999() {
    Env<float[], float[]> env = Gym.make("MountainCarContinuous-v0");
    env.reset(0);
    Step<float[]> s = null;
    for (int t = 1; t <= 999; t++) {
      s = env.step(new float[] {0f});
      assertEquals(t == 999, s.truncated(), "step " + t);
    }
    assertFalse(s.terminated());
  }

  @Test
  void resetOptionsAreUsedAndValidated() {
    ContinuousMountainCarEnv env = new ContinuousMountainCarEnv();
    assertThrows(
        IllegalArgumentException.class, () -> env.reset(0L, Map.of("low", 0.0, "high", -0.5)));
    float[] obs = env.reset(0L, Map.of("low", -0.25, "high", -0.25)).observation();
    assertEquals(-0.25f, obs[0]);
  }

  @Test
  void kwargsAreCheckedAndUnknownOnesRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Gym.make("MountainCarContinuous-v0", Map.of("power", 0.002)));
    assertTrue(e.getMessage().contains("goal_velocity"), e.getMessage());
    assertEquals(
        0.25,
        ((ContinuousMountainCarEnv)
                Gym.make("MountainCarContinuous-v0", Map.of("goal_velocity", 0.25)).unwrapped())
            .goalVelocity());
  }

  @Test
  void sceneHasGymnasiumsSizeAndTheFlagAt045() {
    ContinuousMountainCarEnv env = new ContinuousMountainCarEnv();
    env.reset(0);
    Scene2D s = env.scene();
    assertEquals(600, s.width());
    assertEquals(400, s.height());
    Scene2D.Polygon flag = (Scene2D.Polygon) s.shapes().get(s.shapes().size() - 1);
    assertEquals((int) ((0.45 + 1.2) * (600 / (0.6 + 1.2))), flag.xy()[0], 1.0);
  }
}
