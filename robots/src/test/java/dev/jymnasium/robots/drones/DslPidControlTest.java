package dev.jymnasium.robots.drones;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The DSL PID against values computed by hand from its formulas. */
class DslPidControlTest {
  private static final double[] LEVEL = {0, 0, 0, 1};
  private static final double[] ZERO = {0, 0, 0};
  private static final double DT = 1.0 / 30;

  @Test
  void atTheTargetItCommandsHoverThrustOnEveryMotor() {
    DslPidControl pid = new DslPidControl(DroneModel.CF2X);
    double[] rpm = new double[4];
    double[] pos = {0, 0, 1};
    pid.computeControl(DT, pos, LEVEL, ZERO, pos, ZERO, ZERO, ZERO, rpm);
    // T* = (0, 0, W); pwm = (sqrt(W/4kf) − 4070.3)/0.2685; rpm = 0.2685·pwm + 4070.3 = hover RPM.
    double hover = DroneModel.CF2X.hoverRpm;
    assertArrayEquals(new double[] {hover, hover, hover, hover}, rpm, 1e-9);
  }

  @Test
  void aHeightErrorAddsProportionalAndIntegralThrust() {
    DslPidControl pid = new DslPidControl(DroneModel.CF2X);
    double[] rpm = new double[4];
    pid.computeControl(
        DT, new double[] {0, 0, 1}, LEVEL, ZERO, new double[] {0, 0, 1.1}, ZERO, ZERO, ZERO, rpm);
    double thrustN = 1.25 * 0.1 + 0.05 * (0.1 * DT) + 0.027 * 9.8;
    double expected = Math.sqrt(thrustN / (4 * 3.16e-10));
    assertArrayEquals(new double[] {expected, expected, expected, expected}, rpm, 1e-6);
  }

  @Test
  void integralsAndPwmAreClipped() {
    DslPidControl pid = new DslPidControl(DroneModel.CF2X);
    double[] rpm = new double[4];
    for (int k = 0; k < 200; k++) {
      pid.computeControl(
          DT, new double[] {0, 0, 0}, LEVEL, ZERO, new double[] {0, 0, 10}, ZERO, ZERO, ZERO, rpm);
    }
    // Far below the target: PWM saturates at 65535.
    double top = 0.2685 * 65535 + 4070.3;
    assertArrayEquals(new double[] {top, top, top, top}, rpm, 1e-9);
    // Slightly below: integral capped at 0.15 (not 200·dt·10).
    pid.reset();
    for (int k = 0; k < 200; k++) {
      pid.computeControl(
          DT, new double[] {0, 0, 0.9}, LEVEL, ZERO, new double[] {0, 0, 1}, ZERO, ZERO, ZERO, rpm);
    }
    double thrustN = 1.25 * 0.1 + 0.05 * 0.15 + 0.027 * 9.8;
    assertEquals(Math.sqrt(thrustN / (4 * 3.16e-10)), rpm[0], 1e-6);
  }

  @Test
  void aTargetAheadPitchesTheDroneForward() {
    DslPidControl pid = new DslPidControl(DroneModel.CF2X);
    double[] rpm = new double[4];
    pid.computeControl(
        DT, new double[] {0, 0, 1}, LEVEL, ZERO, new double[] {0.1, 0, 1}, ZERO, ZERO, ZERO, rpm);
    // Positive pitch torque: the rear motors (1, 2 at −x) push harder than the front ones (0, 3).
    assertTrue(rpm[1] > rpm[0] && rpm[2] > rpm[3], java.util.Arrays.toString(rpm));
    assertEquals(rpm[0], rpm[3], 1e-9);
    assertEquals(rpm[1], rpm[2], 1e-9);
  }

  @Test
  void outputsStayInThePwmRange() {
    DslPidControl pid = new DslPidControl(DroneModel.CF2P);
    double[] rpm = new double[4];
    double[] tilted = new double[4];
    Rotations.quaternion(0.7, -0.5, 0.2, tilted, 0);
    pid.computeControl(
        DT,
        new double[] {1, 2, 0.5},
        tilted,
        new double[] {1, -1, 2},
        new double[] {-1, 0, 2},
        ZERO,
        ZERO,
        ZERO,
        rpm);
    for (double r : rpm) {
      assertTrue(r >= 9440.3 - 1e-9 && r <= 21666.4475 + 1e-9, "rpm " + r);
    }
  }

  @Test
  void theRacerIsRefused() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new DslPidControl(DroneModel.RACER));
    assertTrue(e.getMessage().contains("cf2x or cf2p"), e.getMessage());
  }
}
