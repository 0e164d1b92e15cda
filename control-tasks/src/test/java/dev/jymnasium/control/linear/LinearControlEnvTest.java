package dev.jymnasium.control.linear;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jymnasium.env.Env;
import dev.jymnasium.env.Reset;
import dev.jymnasium.env.Step;
import dev.jymnasium.env.registry.Gym;
import dev.jymnasium.env.render.Scene2D;
import dev.jymnasium.env.spaces.Box;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The linear envs against numpy/scipy: the expected numbers were printed by {@code python3
 * control-tasks/src/test/python/controlgym_reference.py} (numpy 2.4.6, scipy 1.17.1), which
 * re-implements controlgym's contract (scipy {@code expm} of the ZOH block matrix, numpy {@code
 * default_rng} + {@code multivariate_normal} draws).
 */
class LinearControlEnvTest {
  private static final double[] HE1_AD = {
    0.9963546914725342, 0.0025786138789725735, -0.0004257789782167875, -0.04597102374033442,
    0.0045126135686924754, 0.9037125272306945, -0.018790648388317007, -0.3834210815081376,
    0.00976224177364309, 0.0338759363810199, 0.9382966685272285, 0.13018888119814923,
    0.0004921972287747535, 0.0017409812177449386, 0.09676986923673593, 1.0066995344147773
  };
  private static final double[] HE1_B1D = {
    0.004726119629023567, 1.316073556167783e-06, 0.004755924630570419, 0.000938989288874626,
    0.004184515379692378, 0.00012461544928409686, -0.001966837649112977, 6.009048132731609e-06
  };
  private static final double[] HE1_B2D = {
    0.044511989371782, 0.01665637031789707, 0.3407141827354013, -0.7248896328436633,
    -0.5277809465477992, 0.42136551120356847, -0.02677621413456413, 0.02151169734960363
  };

  private static void assertClose(double[] expected, double[] actual, double relTol) {
    assertEquals(expected.length, actual.length);
    double scale = 0;
    for (double v : expected) {
      scale = Math.max(scale, Math.abs(v));
    }
    for (int i = 0; i < expected.length; i++) {
      assertEquals(expected[i], actual[i], relTol * scale, "element " + i);
    }
  }

  @Test
  void toyZeroOrderHoldIsARotation() {
    DiscreteLinearSystem toy = LinearSystem.of("toy").discretise(0.1);
    double c = Math.cos(0.1);
    double s = Math.sin(0.1);
    assertClose(new double[] {c, s, -s, c}, toy.ad().data, 1e-15);
    // B2 = [0, 1]: ∫ e^{Aτ} dτ B2 = [1 − cos .1, sin .1].
    assertClose(new double[] {1 - c, s}, toy.b2d().data, 1e-14);
  }

  @Test
  void he1ZeroOrderHoldMatchesScipy() {
    DiscreteLinearSystem he1 = LinearSystem.of("he1").discretise(0.1);
    assertClose(HE1_AD, he1.ad().data, 1e-13);
    assertClose(HE1_B1D, he1.b1d().data, 1e-13);
    assertClose(HE1_B2D, he1.b2d().data, 1e-13);
  }

  @Test
  void allSystemsLoadWithConsistentShapes() {
    for (String name : LinearSystem.NAMES) {
      LinearSystem sys = LinearSystem.of(name);
      assertEquals(name, sys.name());
      assertEquals(sys.stateSize(), sys.b1().numRows, name);
      assertEquals(sys.stateSize(), sys.b2().numRows, name);
    }
    LinearSystem cm5 = LinearSystem.of("cm5");
    assertEquals(
        List.of(480, 1, 2, 1, 3),
        List.of(
            cm5.stateSize(),
            cm5.actionSize(),
            cm5.observationSize(),
            cm5.disturbanceSize(),
            cm5.outputSize()));
  }

  @Test
  void seededEpisodeMatchesNumpy() {
    Env<double[], double[]> env = Gym.make("controlgym/he1-v0");
    LinearControlEnv inner = (LinearControlEnv) env.unwrapped();
    double[] y0 = env.reset(42).observation();
    assertClose(new double[] {-0.32887185060944973}, y0, 1e-15);
    assertClose(
        new double[] {
          0.09636000139791846, -0.32887185060944973, 0.2373135051545406, 0.29743267905865434
        },
        inner.state(),
        1e-15);
    double[][] ys = {{-0.32887185060944973}, {-0.06359414739852176}, {0.3506682333804985}};
    double[] rewards = {-0.4074768108507366, -0.7683769673311452, -1.5383632583710813};
    double[] lastState = {
      0.17823136555652652, 0.92433484660654, -1.510663034441964, 0.1494976649580144
    };
    for (int t = 0; t < 3; t++) {
      Step<double[]> s = env.step(new double[] {0.5 * (t + 1), -0.25});
      assertClose(ys[t], s.observation(), 1e-13);
      assertEquals(rewards[t], s.reward(), 1e-13 * Math.abs(rewards[t]));
      assertFalse(s.terminated() || s.truncated());
    }
    assertClose(lastState, inner.state(), 1e-13);
    assertClose(lastState, (double[]) env.step(new double[2]).info().get("state"), 1.0);
  }

  @Test
  void rewardIsTheQuadraticCostOfThePreStepState() {
    // No noise: x0 = init_state exactly, w = 0.
    double[] x0 = {0.3, -0.2, 0.1, 0.5};
    Env<double[], double[]> env =
        Gym.make(
            "controlgym/he1-v0",
            Map.of("noise_cov", 0.0, "random_init_state_cov", 0.0, "init_state", x0));
    env.reset(0);
    double[] u = {0.7, -1.1};
    DiscreteLinearSystem sys = ((LinearControlEnv) env.unwrapped()).system();
    double expected =
        -(quad(x0, sys.q().data, x0) + quad(u, sys.r().data, u) + 2 * quad(x0, sys.s().data, u));
    Step<double[]> s = env.step(u);
    assertEquals(expected, s.reward(), 1e-14 * Math.abs(expected));
    // z = C1 x + D12 u, and the reward is −‖z‖² for he1 (D11 = 0).
    double[] z = (double[]) s.info().get("output");
    double norm2 = 0;
    for (double v : z) {
      norm2 += v * v;
    }
    assertEquals(-norm2, s.reward(), 1e-13);
  }

  private static double quad(double[] a, double[] m, double[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      for (int j = 0; j < b.length; j++) {
        sum += a[i] * m[i * b.length + j] * b[j];
      }
    }
    return sum;
  }

  @Test
  void givenDisturbanceReplacesTheDraw() {
    LinearControlEnv env = new LinearControlEnv("toy");
    env.reset(5);
    double[] x = env.state();
    env.setDisturbance(new double[] {0.0, 0.0});
    env.step(new double[] {0.0});
    double c = Math.cos(0.1);
    double s = Math.sin(0.1);
    assertClose(new double[] {c * x[0] + s * x[1], -s * x[0] + c * x[1]}, env.state(), 1e-15);
    assertThrows(IllegalArgumentException.class, () -> env.setDisturbance(new double[3]));
  }

  @Test
  void resetOptionStateStaysTheMean() {
    Env<double[], double[]> env =
        Gym.make("controlgym/toy-v0", Map.of("random_init_state_cov", 0.0));
    double[] mean = {2.0, -1.0};
    env.reset(1L, Map.of("state", mean));
    assertArrayEquals(mean, ((LinearControlEnv) env.unwrapped()).state());
    assertArrayEquals(mean, (double[]) env.reset().info().get("state"));
  }

  @Test
  void episodeFlags() {
    Env<double[], double[]> env = Gym.make("controlgym/toy-v0", Map.of("n_steps", 3));
    env.reset(1);
    assertFalse(env.step(new double[1]).terminated());
    assertFalse(env.step(new double[1]).terminated());
    assertTrue(env.step(new double[1]).terminated());
    Env<double[], double[]> limited =
        Gym.make("controlgym/toy-v0", Map.of("reward_limit", 1.0, "init_state", List.of(5.0, 0)));
    limited.reset(1);
    assertTrue(limited.step(new double[1]).truncated());
  }

  @Test
  void sameSeedSameEpisodeAndActionsAreNotClipped() {
    Map<String, Object> kw = Map.of("action_limit", 1.0);
    Env<double[], double[]> a = Gym.make("controlgym/ac3-v0", kw);
    Env<double[], double[]> b = Gym.make("controlgym/ac3-v0", kw);
    assertArrayEquals(a.reset(9).observation(), b.reset(9).observation());
    for (int t = 0; t < 50; t++) {
      double[] u = {3.0 * Math.sin(t)};
      Step<double[]> sa = a.step(u);
      Step<double[]> sb = b.step(u);
      assertArrayEquals(sa.observation(), sb.observation());
      assertEquals(sa.reward(), sb.reward());
    }
  }

  @Test
  void badKwargsNameTheValue() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Gym.make("controlgym/he1-v0", Map.of("sample_time", 0.0)));
    assertTrue(e.getMessage().contains("sample_time"), e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Gym.make("controlgym/he1-v0", Map.of("init_state", List.of(1.0, 2.0))));
    assertTrue(e.getMessage().contains("expected 4"), e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Gym.make("controlgym/he1-v0", Map.of("noise_cov", -1.0)));
    assertTrue(e.getMessage().contains("noise_cov"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> LinearSystem.of("he9"));
    assertTrue(e.getMessage().contains("he1"), e.getMessage());
  }

  @Test
  void observeStateReturnsThePreStepStateOnAnUnchangedTrajectory() {
    // he1 steps its state directly, cm2 (60 states) through a checkpoint, read here every step.
    for (String name : new String[] {"he1", "cm2"}) {
      String id = "controlgym/" + name + "-v0";
      Env<double[], double[]> plain = Gym.make(id);
      Env<double[], double[]> full = Gym.make(id, Map.of("observe_state", true));
      int n = LinearSystem.of(name).stateSize();
      int m = LinearSystem.of(name).actionSize();
      assertArrayEquals(new int[] {n}, full.observationSpace().shape(), id);
      assertArrayEquals(plain.actionSpace().shape(), full.actionSpace().shape(), id);
      assertTrue(((LinearControlEnv) full.unwrapped()).observesState());
      assertFalse(((LinearControlEnv) plain.unwrapped()).observesState());
      plain.reset(7);
      Reset<double[]> r = full.reset(7);
      double[] previous = ((double[]) r.info().get("state")).clone();
      assertArrayEquals(previous, r.observation(), id);
      for (int t = 0; t < 100; t++) {
        double[] u = new double[m];
        Arrays.fill(u, 0.3 * Math.sin(0.2 * t));
        Step<double[]> sp = plain.step(u);
        Step<double[]> sf = full.step(u);
        // The observation is x_t, the state before the step: the previous step's info["state"].
        assertArrayEquals(previous, sf.observation(), id + " step " + t);
        assertTrue(full.observationSpace().contains(sf.observation()));
        // Reading the state each step leaves the trajectory as it was.
        assertEquals(sp.reward(), sf.reward(), id + " step " + t);
        double[] state = (double[]) sf.info().get("state");
        assertArrayEquals((double[]) sp.info().get("state"), state, id + " step " + t);
        previous = state.clone();
      }
    }
  }

  @Test
  void observeStateKeepsTheObservationLimitAndRejectsNonBooleans() {
    Env<double[], double[]> env =
        Gym.make("controlgym/ac3-v0", Map.of("observe_state", true, "observation_limit", 5.0));
    Box<?> box = (Box<?>) env.observationSpace();
    assertArrayEquals(new double[] {5, 5, 5, 5}, box.high());
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Gym.make("controlgym/he1-v0", Map.of("observe_state", "yes")));
    assertTrue(e.getMessage().contains("observe_state"), e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Gym.make("controlgym/he1-v0", Map.of("observe_state", 1)));
    assertTrue(e.getMessage().contains("observe_state"), e.getMessage());
  }

  @Test
  void plotsTheStateHistory() {
    Env<double[], double[]> env = Gym.make("controlgym/cm1-v0", Map.of("render_mode", "rgb_array"));
    env.reset(0);
    for (int t = 0; t < 20; t++) {
      env.step(new double[1]);
    }
    Scene2D scene = ((LinearControlEnv) env.unwrapped()).scene();
    // Frame, zero line and one line per shown component (8 of cm1's 20), plus labels.
    assertTrue(scene.shapes().size() >= 10, "shapes: " + scene.shapes().size());
  }
}
