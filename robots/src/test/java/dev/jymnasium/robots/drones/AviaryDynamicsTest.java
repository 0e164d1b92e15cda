package dev.jymnasium.robots.drones;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jymnasium.env.Env;
import dev.jymnasium.env.Step;
import dev.jymnasium.env.registry.Gym;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Aviary stepping against the formulas: hover, free fall, one explicit step, episode length. */
class AviaryDynamicsTest {
  private static final double DT = 1.0 / 240;

  private static Env<float[], float[]> make(String id, Map<String, Object> kwargs) {
    return Gym.make(id, kwargs);
  }

  @Test
  void hoverRpmHoldsTheDroneStillInDyn() {
    try (Env<float[], float[]> env = make("HoverAviary-v0", Map.of("physics", "dyn"))) {
      env.reset(0);
      Step<float[]> s = null;
      for (int k = 0; k < 30; k++) {
        s = env.step(new float[4]);
      }
      float[] o = s.observation();
      assertEquals(0.1125f, o[2], 1e-7f);
      for (int k = 3; k < 12; k++) {
        assertEquals(0f, o[k], 1e-7f, "obs " + k);
      }
    }
  }

  @Test
  void withoutThrustTheDroneFallsAsSemiImplicitEulerSays() {
    try (Env<float[], float[]> env = make("CtrlAviary-v0", Map.of("physics", "dyn"))) {
      env.reset(0);
      float[] o = env.step(new float[4]).observation();
      // v = −g·dt, then z += dt·v.
      assertEquals(-9.8 * DT, o[12], 1e-8);
      assertEquals(0.1125 - 9.8 * DT * DT, o[2], 1e-7);
      o = env.step(new float[4]).observation();
      assertEquals(-2 * 9.8 * DT, o[12], 1e-8);
      assertEquals(0.1125 - 3 * 9.8 * DT * DT, o[2], 1e-7);
    }
  }

  @Test
  void oneExplicitStepTurnsAsTheTorquesSay() {
    DroneModel m = DroneModel.CF2X;
    DroneStates s = new DroneStates(1);
    s.setRest(new double[] {0, 0, 1}, new double[3]);
    double h = m.hoverRpm;
    double[] rpm = {h, h + 500, h, h - 500};
    new ExplicitDynamics(m, DT).step(s, 0, rpm);
    double[] tau = m.bodyTorques(rpm, 0, new double[3]);
    // From rest ω × Jω = 0, so ω = dt·J⁻¹τ.
    assertArrayEquals(
        new double[] {DT * tau[0] / m.ixx, DT * tau[1] / m.iyy, DT * tau[2] / m.izz},
        s.bodyRates,
        1e-12);
    double thrust = 0;
    for (double w : rpm) {
      thrust += m.kf * w * w;
    }
    assertEquals(DT * (thrust - m.weightN) / m.massKg, s.vel[2], 1e-15);
    assertEquals(1 + DT * s.vel[2], s.pos[2], 1e-15);
    assertEquals(
        1, Math.hypot(Math.hypot(s.quat[0], s.quat[1]), Math.hypot(s.quat[2], s.quat[3])), 1e-15);
  }

  @Test
  void hoverEpisodesLast242StepsAndRewardTheDistance() {
    try (Env<float[], float[]> env = make("HoverAviary-v0", Map.of("physics", "dyn"))) {
      float[] o = env.reset(0).observation();
      assertEquals(72, o.length);
      int steps = 0;
      Step<float[]> s;
      do {
        s = env.step(new float[4]);
        steps++;
        double d = 1 - 0.1125;
        assertEquals(2 - d * d * d * d, s.reward(), 1e-6);
        assertFalse(s.terminated());
      } while (!s.truncated());
      assertEquals(242, steps);
    }
  }

  @Test
  void observationsCarryTheActionBuffer() {
    try (Env<float[], float[]> env =
        make("HoverAviary-v0", Map.of("physics", "dyn", "act", "one_d_rpm"))) {
      assertEquals(27, env.reset(0).observation().length);
      env.step(new float[] {0.5f});
      float[] o = env.step(new float[] {-0.25f}).observation();
      // Oldest first: 13 zeros, then 0.5, then −0.25.
      assertEquals(0f, o[12 + 12]);
      assertEquals(0.5f, o[12 + 13]);
      assertEquals(-0.25f, o[12 + 14]);
    }
    try (Env<float[], float[]> env = make("HoverAviary-v0", Map.of("act", "pid"))) {
      assertEquals(57, env.reset(0).observation().length);
    }
    try (Env<float[], float[]> env = make("MultiHoverAviary-v0", Map.of("num_drones", 3))) {
      assertEquals(3 * 72, env.reset(0).observation().length);
    }
  }

  @Test
  void thePidFliesTheDroneToItsTargetInDyn() {
    try (Env<float[], float[]> env =
        make("HoverAviary-v0", Map.of("physics", "dyn", "act", "pid"))) {
      env.reset(0);
      float[] o = null;
      for (int k = 0; k < 120; k++) {
        o = env.step(new float[] {0, 0, 1}).observation();
      }
      assertEquals(1.0, o[2], 0.02);
      assertEquals(0.0, Math.hypot(o[0], o[1]), 1e-6);
    }
  }

  @Test
  void pybHoverStaysCloseToDynOnBothEngines() {
    for (String engine : new String[] {"ode4j", "jbullet"}) {
      float[] dyn = run(Map.of("physics", "dyn"));
      float[] pyb = run(Map.of("physics", "pyb", "engine", engine));
      // One second of near-hover actions: within 1 cm and 0.01 rad.
      for (int k = 0; k < 3; k++) {
        assertEquals(dyn[k], pyb[k], 0.01, engine + " position " + k);
        assertEquals(dyn[3 + k], pyb[3 + k], 0.01, engine + " angle " + k);
      }
    }
  }

  private static float[] run(Map<String, Object> kwargs) {
    try (Env<float[], float[]> env = make("HoverAviary-v0", kwargs)) {
      env.reset(0);
      float[] o = null;
      for (int k = 0; k < 30; k++) {
        float a = (float) (0.2 * Math.sin(k * 0.3));
        o = env.step(new float[] {a, 0.1f, a, 0.1f}).observation().clone();
      }
      return o;
    }
  }

  @Test
  void everyPhysicsModeFliesAndRepeats() {
    for (String mode : new String[] {"pyb_gnd", "pyb_drag", "pyb_dw", "pyb_gnd_drag_dw"}) {
      float[] a = runMulti(mode);
      float[] b = runMulti(mode);
      assertArrayEquals(a, b, mode);
      assertTrue(a[2] > 0.1 && a[2] < 2, mode + " z " + a[2]);
    }
    // Ground effect lifts a drone near the floor more than plain thrust.
    assertTrue(runMulti("pyb_gnd")[2] > runMulti("pyb")[2]);
  }

  private static float[] runMulti(String mode) {
    try (Env<float[], float[]> env =
        make("MultiHoverAviary-v0", Map.of("physics", mode, "act", "one_d_rpm"))) {
      env.reset(0);
      float[] o = null;
      for (int k = 0; k < 15; k++) {
        o = env.step(new float[] {0.2f, 0.2f}).observation().clone();
      }
      return o;
    }
  }
}
