package dev.jymnasium.robots.drones;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The airframes' derived constants and the closed-form torques, against hand-computed values. */
class DroneModelTest {
  @Test
  void derivedConstantsMatchTheOriginal() {
    DroneModel cf = DroneModel.CF2X;
    assertEquals(Math.sqrt(0.027 * 9.8 / (4 * 3.16e-10)), cf.hoverRpm, 1e-9);
    assertEquals(14468.4, cf.hoverRpm, 0.05);
    assertEquals(21702.6, cf.maxRpm, 0.05);
    assertEquals(0.5954, cf.maxThrustN, 1e-4);
    assertEquals(0.03776, cf.groundEffectClipM, 1e-5);
    assertEquals(0.25, cf.speedLimitMps(), 1e-12);
    DroneModel racer = DroneModel.RACER;
    assertEquals(15494.6, racer.hoverRpm, 0.05);
    assertEquals(31640.9, racer.maxRpm, 0.05);
    assertEquals(33.92, racer.maxThrustN, 0.005);
    assertEquals(0.2073, racer.groundEffectClipM, 1e-4);
    assertEquals(200 * 0.03 / 3.6, racer.speedLimitMps(), 1e-12);
  }

  @Test
  void oneRotorGivesTheTorquesOfItsPlace() {
    double w = 20000;
    double f = 3.16e-10 * w * w;
    double q = 7.94e-12 * w * w;
    double[] tau = new double[3];
    // cf2x motor 0 sits at (+x, −y): thrust there rolls positive-y side up (τx < 0), pitches τy <
    // 0.
    DroneModel.CF2X.bodyTorques(new double[] {w, 0, 0, 0}, 0, tau);
    double arm = 0.0397 / Math.sqrt(2);
    assertArrayEquals(new double[] {-f * arm, -f * arm, -q}, tau, 1e-18);
    // cf2p motor 1 sits on +y: τx = F·L; its yaw torque is +km·ω².
    DroneModel.CF2P.bodyTorques(new double[] {0, w, 0, 0}, 0, tau);
    assertArrayEquals(new double[] {f * 0.0397, 0, q}, tau, 1e-18);
    // The racer's propellers turn the other way.
    DroneModel.RACER.bodyTorques(new double[] {w, 0, 0, 0}, 0, tau);
    double fr = 8.47e-9 * w * w;
    double arm2 = 0.109 / Math.sqrt(2);
    assertArrayEquals(new double[] {fr * arm2, -fr * arm2, 2.13e-11 * w * w}, tau, 1e-15);
  }

  @Test
  void eulerAndQuaternionRoundTrip() {
    double[] q = new double[4];
    double[] rpy = new double[3];
    Rotations.quaternion(0.3, -0.2, 1.1, q, 0);
    Rotations.euler(q, 0, rpy, 0);
    assertArrayEquals(new double[] {0.3, -0.2, 1.1}, rpy, 1e-12);
    double[] r = new double[9];
    Rotations.matrix(q, 0, r);
    // R = Rz(yaw)·Ry(pitch)·Rx(roll): the third column's x is cos(yaw)sin(pitch)cos(roll) + ...
    double expected =
        Math.cos(1.1) * Math.sin(-0.2) * Math.cos(0.3) + Math.sin(1.1) * Math.sin(0.3);
    assertEquals(expected, r[2], 1e-12);
  }

  @Test
  void hypotIsWithinHalfAnUlp() {
    java.util.SplittableRandom r = new java.util.SplittableRandom(3);
    for (int k = 0; k < 10_000; k++) {
      double x = r.nextDouble(-2, 2);
      double y = r.nextDouble(-2, 2);
      double exact =
          new java.math.BigDecimal(x)
              .pow(2)
              .add(new java.math.BigDecimal(y).pow(2))
              .sqrt(java.math.MathContext.DECIMAL128)
              .doubleValue();
      assertEquals(exact, XyzEulerRoundTrip.hypot(x, y), 0.0, x + ", " + y);
    }
  }
}
