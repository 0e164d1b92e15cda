package dev.jymnasium.control.classic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jymnasium.env.Env;
import dev.jymnasium.env.Step;
import dev.jymnasium.env.registry.Gym;
import dev.jymnasium.env.render.Scene2D;
import dev.jymnasium.env.rng.NpRandom;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Acrobot against reference trajectories recorded by running Gymnasium 1.4: {@code
 * gymnasium.make("Acrobot-v1").reset(seed=s)} for seeds 0 and 42, then actions 2, 0, 1.
 */
class AcrobotEnvTest {
  private static void assertObs(double[] expected, float[] actual) {
    assertEquals(expected.length, actual.length);
    for (int i = 0; i < expected.length; i++) {
      assertEquals(expected[i], actual[i], 1e-6, "element " + i);
    }
  }

  private static AcrobotEnv inner(Env<float[], Integer> env) {
    return (AcrobotEnv) env.unwrapped();
  }

  @Test
  void seed0MatchesGymnasium() {
    Env<float[], Integer> env = Gym.make("Acrobot-v1");
    assertObs(
        new double[] {
          0.9996248483657837,
          0.027388911694288254,
          0.9989402294158936,
          -0.04602639377117157,
          -0.09180529415607452,
          -0.0966944694519043
        },
        env.reset(0).observation());
    // The reset state is float32: exact.
    assertArrayEquals(
        new double[] {
          0.02739233709871769, -0.046042658388614655, -0.09180529415607452, -0.0966944694519043
        },
        inner(env).state(),
        0.0);
    Step<float[]> s = env.step(2);
    assertArrayEquals(
        new double[] {
          -0.007764280106326814, -0.023741061975474823, -0.25169676511091765, 0.3100071869368762
        },
        inner(env).state(),
        1e-12);
    assertEquals(-1.0, s.reward());
    s = env.step(0);
    assertArrayEquals(
        new double[] {
          -0.0418551206185673, 0.0019326911513616388, -0.08175188501823655, -0.06249763869603486
        },
        inner(env).state(),
        1e-12);
    assertEquals(-1.0, s.reward());
    s = env.step(1);
    double[] st = {
      -0.05249272146562356, -0.014695954116402649, -0.023047527575049465, -0.10246668630289306
    };
    assertArrayEquals(st, inner(env).state(), 1e-12);
    assertEquals(-1.0, s.reward());
    assertObs(
        new double[] {
          Math.cos(st[0]), Math.sin(st[0]), Math.cos(st[1]), Math.sin(st[1]), st[2], st[3]
        },
        s.observation());
    assertFalse(s.terminated());
    assertFalse(s.truncated());
  }

  @Test
  void seed42MatchesGymnasium() {
    Env<float[], Integer> env = Gym.make("Acrobot-v1");
    assertObs(
        new double[] {
          0.99849933385849,
          0.0547637976706028,
          0.9999252557754517,
          -0.012224007397890091,
          0.07171958684921265,
          0.039473604410886765
        },
        env.reset(42).observation());
    assertArrayEquals(
        new double[] {
          0.05479120835661888, -0.01222431194037199, 0.07171958684921265, 0.039473604410886765
        },
        inner(env).state(),
        0.0);
    env.step(2);
    assertArrayEquals(
        new double[] {
          0.04845445617775009, 0.036433067309838224, -0.1319823183538383, 0.43717728508877896
        },
        inner(env).state(),
        1e-12);
    env.step(0);
    assertArrayEquals(
        new double[] {
          0.03175525518170968, 0.0863991737128996, -0.0303472701539112, 0.05186467344205875
        },
        inner(env).state(),
        1e-12);
    Step<float[]> s = env.step(1);
    double[] st = {
      0.023725523088299907, 0.09026697564071559, -0.04819977494445096, -0.015068184482470964
    };
    assertArrayEquals(st, inner(env).state(), 1e-12);
    assertObs(
        new double[] {
          Math.cos(st[0]), Math.sin(st[0]), Math.cos(st[1]), Math.sin(st[1]), st[2], st[3]
        },
        s.observation());
    assertEquals(-1.0, s.reward());
  }

  @Test
  void registeredLimitsAndThresholds() {
    assertEquals(500, Gym.spec("Acrobot-v1").maxEpisodeSteps());
    assertEquals(-100.0, Gym.spec("Acrobot-v1").rewardThreshold());
  }

  /** The book's (or NIPS) derivative, written out independently. */
  private static double[] derivative(double[] y, boolean nips) {
    double t1 = y[0];
    double t2 = y[1];
    double w1 = y[2];
    double w2 = y[3];
    double a = y[4];
    double d1 = 0.25 + (1.25 + Math.cos(t2)) + 2.0;
    double d2 = (0.25 + 0.5 * Math.cos(t2)) + 1.0;
    double phi2 = 0.5 * 9.8 * Math.cos(t1 + t2 - Math.PI / 2);
    double phi1 =
        -0.5 * w2 * w2 * Math.sin(t2)
            - 1.0 * w2 * w1 * Math.sin(t2)
            + 1.5 * 9.8 * Math.cos(t1 - Math.PI / 2)
            + phi2;
    double extra = nips ? 0.0 : 0.5 * w1 * w1 * Math.sin(t2);
    double dd2 = (a + d2 / d1 * phi1 - extra - phi2) / (1.25 - d2 * d2 / d1);
    double dd1 = -(d2 * dd2 + phi1) / d1;
    return new double[] {w1, w2, dd1, dd2, 0.0};
  }

  private static double[] rk4(double[] y0, boolean nips) {
    double[] k1 = derivative(y0, nips);
    double[] y = new double[5];
    for (int i = 0; i < 5; i++) {
      y[i] = y0[i] + 0.1 * k1[i];
    }
    double[] k2 = derivative(y, nips);
    for (int i = 0; i < 5; i++) {
      y[i] = y0[i] + 0.1 * k2[i];
    }
    double[] k3 = derivative(y, nips);
    for (int i = 0; i < 5; i++) {
      y[i] = y0[i] + 0.2 * k3[i];
    }
    double[] k4 = derivative(y, nips);
    double[] out = new double[4];
    for (int i = 0; i < 4; i++) {
      out[i] = y0[i] + 0.2 / 6.0 * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]);
    }
    return out;
  }

  @Test
  void oneStepFollowsTheRk4Dynamics() {
    double[] start = {0.4, -0.7, 1.1, -2.3};
    for (String mode : new String[] {"book", "nips"}) {
      AcrobotEnv env = new AcrobotEnv();
      env.setBookOrNips(mode);
      assertEquals(mode, env.bookOrNips());
      env.reset(0);
      env.setState(start);
      env.step(2);
      double[] expected =
          rk4(new double[] {start[0], start[1], start[2], start[3], 1.0}, mode.equals("nips"));
      assertArrayEquals(expected, env.state(), 1e-12, mode);
    }
  }

  @Test
  void nipsDynamicsDifferFromTheBook() {
    AcrobotEnv book = new AcrobotEnv();
    AcrobotEnv nips = new AcrobotEnv();
    nips.setBookOrNips("nips");
    book.reset(0);
    nips.reset(0);
    double[] start = {0.3, 1.0, 2.0, 0.5};
    book.setState(start);
    nips.setState(start);
    book.step(1);
    nips.step(1);
    assertNotEquals(book.state()[3], nips.state()[3]);
    assertThrows(IllegalArgumentException.class, () -> book.setBookOrNips("paper"));
  }

  @Test
  void anglesAreWrappedAndVelocitiesBounded() {
    assertEquals(Math.PI - 0.5, AcrobotEnv.wrap(-Math.PI - 0.5, -Math.PI, Math.PI), 1e-12);
    assertEquals(-Math.PI + 0.5, AcrobotEnv.wrap(3 * Math.PI + 0.5, -Math.PI, Math.PI), 1e-12);
    assertEquals(Math.PI, AcrobotEnv.wrap(Math.PI, -Math.PI, Math.PI), 0.0);
    AcrobotEnv env = new AcrobotEnv();
    env.reset(0);
    env.setState(new double[] {3.1, 0.0, 20.0, -40.0});
    env.step(1);
    double[] st = env.state();
    assertTrue(st[0] >= -Math.PI && st[0] <= Math.PI, "theta1 wrapped: " + st[0]);
    assertEquals(4 * Math.PI, st[2], 0.0);
    assertEquals(-9 * Math.PI, st[3], 0.0);
  }

  @Test
  void terminatesWhenTheTipIsAboveTheLine() {
    AcrobotEnv env = new AcrobotEnv();
    env.reset(0);
    env.setState(new double[] {Math.PI - 0.01, 0.0, 0.0, 0.0});
    Step<float[]> s = env.step(1);
    assertTrue(s.terminated());
    assertEquals(0.0, s.reward());
    env.setState(new double[] {Math.PI / 2, 0.0, 0.0, 0.0});
    s = env.step(1);
    assertFalse(s.terminated(), "horizontal links: tip at height 0");
    assertEquals(-1.0, s.reward());
  }

  @Test
  void torqueNoiseDrawsFromTheEnvGenerator() {
    AcrobotEnv quiet = new AcrobotEnv();
    AcrobotEnv noisy = new AcrobotEnv();
    assertEquals(0.0, noisy.torqueNoiseMax());
    noisy.setTorqueNoiseMax(0.5);
    quiet.reset(9);
    noisy.reset(9);
    quiet.step(1);
    noisy.step(1);
    assertNotEquals(quiet.state()[3], noisy.state()[3]);
    // Deterministic given the seed: the noise is the next uniform(-0.5, 0.5) of the stream.
    AcrobotEnv replay = new AcrobotEnv();
    replay.reset(9);
    double[] y = replay.state();
    NpRandom rng = NpRandom.of(9);
    rng.uniform(-0.1, 0.1, new double[4]); // the reset's draws
    double torque = 0.0 + rng.uniform(-0.5, 0.5);
    double[] expected = rk4(new double[] {y[0], y[1], y[2], y[3], torque}, false);
    assertArrayEquals(expected, noisy.state(), 1e-12);
    assertThrows(IllegalArgumentException.class, () -> noisy.setTorqueNoiseMax(-1));
  }

  @Test
  void resetOptionsAreUsedAndValidated() {
    AcrobotEnv env = new AcrobotEnv();
    assertThrows(
        IllegalArgumentException.class, () -> env.reset(0L, Map.of("low", 0.2, "high", 0.1)));
    env.reset(0L, Map.of("low", 0.3, "high", 0.3));
    assertArrayEquals(new double[] {0.3f, 0.3f, 0.3f, 0.3f}, env.state(), 0.0);
  }

  @Test
  void unknownKwargIsRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Gym.make("Acrobot-v1", Map.of("torque_noise_max", 0.1)));
    assertTrue(e.getMessage().contains("render_mode"), e.getMessage());
    Env<float[], Integer> env = Gym.make("Acrobot-v1", Map.of("render_mode", "rgb_array"));
    assertEquals("rgb_array", env.unwrapped().renderMode());
  }

  @Test
  void sceneHasGymnasiumsSize() {
    AcrobotEnv env = new AcrobotEnv();
    env.reset(0);
    Scene2D s = env.scene();
    assertEquals(500, s.width());
    assertEquals(500, s.height());
    long joints =
        s.shapes().stream()
            .filter(x -> x instanceof Scene2D.Circle c && c.rgb() == 0xCCCC00 && c.radius() == 11)
            .count();
    assertEquals(2, joints);
    Scene2D.Polygon line = (Scene2D.Polygon) s.shapes().get(0);
    assertEquals(250 + 500 / 4.4, line.xy()[1], 1e-9);
  }
}
