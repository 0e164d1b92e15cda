package dev.jymnasium.control.classic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jymnasium.env.Env;
import dev.jymnasium.env.Step;
import dev.jymnasium.env.registry.Gym;
import dev.jymnasium.env.render.Scene2D;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Pendulum against reference trajectories recorded by running Gymnasium 1.4: {@code
 * gymnasium.make("Pendulum-v1").reset(seed=s)} for seeds 0 and 42, then actions [1.0], [-2.0],
 * [0.3].
 */
class PendulumEnvTest {
  private static void assertObs(double[] expected, float[] actual) {
    assertEquals(expected.length, actual.length);
    for (int i = 0; i < expected.length; i++) {
      assertEquals(expected[i], actual[i], 1e-6, "element " + i);
    }
  }

  private static PendulumEnv inner(Env<float[], float[]> env) {
    return (PendulumEnv) env.unwrapped();
  }

  @Test
  void seed0MatchesGymnasium() {
    Env<float[], float[]> env = Gym.make("Pendulum-v1");
    assertObs(
        new double[] {0.652016282081604, 0.758204996585846, -0.46042656898498535},
        env.reset(0).observation());
    double[] st = inner(env).state();
    assertEquals(0.8605556614246863, st[0], 0.0);
    assertEquals(-0.4604265724722594, st[1], 0.0);
    Step<float[]> s = env.step(new float[] {1.0f});
    assertObs(
        new double[] {0.6421727538108826, 0.7665599584579468, 0.2582271695137024}, s.observation());
    assertEquals(-0.7627553093214321, s.reward(), 1e-9);
    s = env.step(new float[] {-2.0f});
    assertObs(
        new double[] {0.6215125322341919, 0.7834042310714722, 0.5331471562385559}, s.observation());
    assertEquals(-0.7736127612024577, s.reward(), 1e-9);
    s = env.step(new float[] {0.3f});
    assertObs(
        new double[] {0.5748222470283508, 0.8182783126831055, 1.1657003164291382}, s.observation());
    assertEquals(-0.8387384798879557, s.reward(), 1e-9);
    assertFalse(s.terminated());
    assertFalse(s.truncated());
  }

  @Test
  void seed42MatchesGymnasium() {
    Env<float[], float[]> env = Gym.make("Pendulum-v1");
    assertObs(
        new double[] {-0.14995256066322327, 0.9886931777000427, -0.12224312126636505},
        env.reset(42).observation());
    double[] st = inner(env).state();
    assertEquals(1.721316619099806, st[0], 0.0);
    assertEquals(-0.12224312049589536, st[1], 0.0);
    Step<float[]> s = env.step(new float[] {1.0f});
    assertObs(
        new double[] {-0.18786120414733887, 0.9821955561637878, 0.7692767977714539},
        s.observation());
    assertEquals(-2.965425241287541, s.reward(), 1e-9);
    s = env.step(new float[] {-2.0f});
    assertObs(
        new double[] {-0.24670657515525818, 0.9690902233123779, 1.2059234380722046},
        s.observation());
    assertEquals(-3.160005935329786, s.reward(), 1e-9);
    s = env.step(new float[] {0.3f});
    assertObs(
        new double[] {-0.34117570519447327, 0.939999520778656, 1.9777411222457886},
        s.observation());
    assertEquals(-3.4581940820334434, s.reward(), 1e-9);
  }

  @Test
  void registeredLimitsAndThresholds() {
    assertEquals(200, Gym.spec("Pendulum-v1").maxEpisodeSteps());
    assertNull(Gym.spec("Pendulum-v1").rewardThreshold());
  }

  @Test
  void oneStepFollowsTheFormulasWithFloat32Torque() {
    PendulumEnv env = new PendulumEnv();
    env.reset(0);
    double th = 3.5;
    double thDot = -1.25;
    env.setState(new double[] {th, thDot});
    float u = 0.7f;
    double reward = env.step(new float[] {u}).reward();
    // Angle normalised into [-π, π) with floor modulo.
    double an = th + Math.PI - 2 * Math.PI - Math.PI;
    float uCost = 0.001f * (u * u);
    assertEquals(-(an * an + 0.1 * thDot * thDot + uCost), reward, 1e-12);
    double newThDot = thDot + (15.0 * Math.sin(th) + 3.0f * u) * 0.05;
    double[] st = env.state();
    assertEquals(newThDot, st[1], 1e-15);
    assertEquals(th + newThDot * 0.05, st[0], 1e-15);
  }

  @Test
  void torqueTermsAreFloat32Arithmetic() {
    PendulumEnv env = new PendulumEnv();
    env.reset(0);
    env.setState(new double[] {0.0, 0.0});
    float u = 0.1f;
    double r = env.step(new float[] {u}).reward();
    float expectedCost = 0.001f * (u * u);
    assertEquals(-(double) expectedCost, r, 0.0);
    assertNotEquals(-0.001 * ((double) u * u), r, "the torque cost must not be float64");
    // θ̇' = (3·u in float32)·dt exactly.
    assertEquals((double) (3.0f * u) * 0.05, env.state()[1], 0.0);
  }

  @Test
  void speedIsClippedAndAngleIsNotWrapped() {
    PendulumEnv env = new PendulumEnv();
    env.reset(0);
    env.setState(new double[] {13.0, 7.99});
    env.step(new float[] {2.0f});
    double[] st = env.state();
    assertEquals(8.0, st[1], 0.0);
    assertEquals(13.0 + 8.0 * 0.05, st[0], 0.0);
    float[] obs = env.step(new float[] {0f}).observation();
    st = env.state();
    assertEquals((float) Math.cos(st[0]), obs[0], 1e-6f);
    assertEquals((float) Math.sin(st[0]), obs[1], 1e-6f);
  }

  @Test
  void angleNormalizeUsesFloorModulo() {
    assertEquals(0.0, PendulumEnv.angleNormalize(2 * Math.PI), 1e-12);
    assertEquals(-Math.PI + 0.5, PendulumEnv.angleNormalize(Math.PI + 0.5), 1e-12);
    assertEquals(Math.PI - 0.5, PendulumEnv.angleNormalize(-Math.PI - 0.5), 1e-12);
    assertEquals(-Math.PI, PendulumEnv.angleNormalize(Math.PI), 0.0);
  }

  @Test
  void gKwargChangesTheDynamics() {
    Env<float[], float[]> earth = Gym.make("Pendulum-v1");
    Env<float[], float[]> light = Gym.make("Pendulum-v1", Map.of("g", 2.0));
    assertEquals(2.0, ((PendulumEnv) light.unwrapped()).gravity());
    earth.reset(5);
    light.reset(5);
    float[] a = earth.step(new float[] {0f}).copyObservation();
    float[] b = light.step(new float[] {0f}).copyObservation();
    assertNotEquals(a[2], b[2]);
    PendulumEnv p = (PendulumEnv) light.unwrapped();
    p.setState(new double[] {1.0, 0.0});
    light.step(new float[] {0f});
    assertEquals((3 * 2.0 / 2) * Math.sin(1.0) * 0.05, p.state()[1], 1e-15);
  }

  @Test
  void neverTerminatesAndTruncatesAt200() {
    Env<float[], float[]> env = Gym.make("Pendulum-v1");
    env.reset(1);
    Step<float[]> s = null;
    for (int t = 1; t <= 200; t++) {
      s = env.step(new float[] {2.0f});
      assertFalse(s.terminated());
      assertEquals(t == 200, s.truncated(), "step " + t);
    }
    assertTrue(s.reward() <= 0 && s.reward() >= -16.2736045);
  }

  @Test
  void actionsOutsideTheBoxAreClippedButNaNIsRejected() {
    Env<float[], float[]> a = Gym.make("Pendulum-v1");
    Env<float[], float[]> b = Gym.make("Pendulum-v1");
    a.reset(0);
    b.reset(0);
    assertArrayEquals(
        b.step(new float[] {2.0f}).observation(), a.step(new float[] {2.5f}).observation());
    assertThrows(IllegalArgumentException.class, () -> a.step(new float[] {Float.NaN}));
    assertThrows(IllegalArgumentException.class, () -> a.step(new float[] {0f, 0f}));
  }

  @Test
  void resetOptionsAreUsedAndValidated() {
    PendulumEnv env = new PendulumEnv();
    float[] obs = env.reset(0L, Map.of("x_init", 0.0, "y_init", 0.0)).observation();
    assertEquals(1.0f, obs[0]);
    assertEquals(0.0f, obs[1]);
    assertEquals(0.0f, obs[2]);
    env.reset(0L, Map.of("x_init", 0.5, "y_init", 2.0));
    double[] st = env.state();
    assertTrue(Math.abs(st[0]) <= 0.5 && Math.abs(st[1]) <= 2.0);
    // Same draws as the default reset, scaled: θ = -x + 2x·u0.
    assertEquals(-0.5 + 1.0 * 0.6369616873214543, st[0], 0.0);
    assertThrows(IllegalArgumentException.class, () -> env.reset(0L, Map.of("x_init", "wide")));
    assertThrows(IllegalArgumentException.class, () -> env.reset(0L, Map.of("y_init", Double.NaN)));
  }

  @Test
  void unknownKwargIsRejectedWithTheAcceptedOnes() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> Gym.make("Pendulum-v1", Map.of("gravity", 9.81)));
    assertTrue(
        e.getMessage().contains("gravity")
            && e.getMessage().contains("accepted kwargs: render_mode, g"),
        e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> Gym.make("Pendulum-v1", Map.of("render_mode", "ansi")));
  }

  @Test
  void sceneHasGymnasiumsSize() {
    PendulumEnv env = new PendulumEnv();
    env.reset(0);
    env.step(new float[] {1.0f});
    Scene2D s = env.scene();
    assertEquals(500, s.width());
    assertEquals(500, s.height());
    assertTrue(s.shapes().get(0) instanceof Scene2D.Polygon p && p.rgb() == 0xCC4D4D);
    Scene2D.Circle axle = (Scene2D.Circle) s.shapes().get(s.shapes().size() - 1);
    assertEquals(250, axle.cx());
    assertEquals(5, axle.radius());
  }
}
