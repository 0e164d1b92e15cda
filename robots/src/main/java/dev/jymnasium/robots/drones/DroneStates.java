package dev.jymnasium.robots.drones;

import java.util.Arrays;

/**
 * The kinematic state of every drone of an aviary, as the original stores it between physics steps:
 * per drone i, {@code pos[3i..]}, {@code quat[4i..]} (x, y, z, w), {@code rpy[3i..]} (rad), {@code
 * vel[3i..]} (m/s, world), {@code angVel[3i..]} (rad/s, world), {@code bodyRates[3i..]} (rad/s,
 * body frame: the explicit dynamics' own angular velocity) and {@code lastRpm[4i..]} (the RPMs of
 * the last physics step).
 */
final class DroneStates {
  final int count;
  final double[] pos;
  final double[] quat;
  final double[] rpy;
  final double[] vel;
  final double[] angVel;
  final double[] bodyRates;
  final double[] lastRpm;

  DroneStates(int count) {
    this.count = count;
    pos = new double[3 * count];
    quat = new double[4 * count];
    rpy = new double[3 * count];
    vel = new double[3 * count];
    angVel = new double[3 * count];
    bodyRates = new double[3 * count];
    lastRpm = new double[4 * count];
  }

  /** Drones at rest at the given positions and attitudes (3 values per drone each). */
  void setRest(double[] xyzs, double[] rpys) {
    for (int i = 0; i < count; i++) {
      System.arraycopy(xyzs, 3 * i, pos, 3 * i, 3);
      Rotations.quaternion(rpys[3 * i], rpys[3 * i + 1], rpys[3 * i + 2], quat, 4 * i);
      Rotations.euler(quat, 4 * i, rpy, 3 * i);
    }
    Arrays.fill(vel, 0);
    Arrays.fill(angVel, 0);
    Arrays.fill(bodyRates, 0);
    Arrays.fill(lastRpm, 0);
  }

  /**
   * Drone i's 20-element state vector {@code [pos(3), quat(4), rpy(3), vel(3), angVel(3),
   * lastRpm(4)]} into {@code dest[o..o+19]}.
   */
  void stateVector(int i, float[] dest, int o) {
    for (int k = 0; k < 3; k++) {
      dest[o + k] = (float) pos[3 * i + k];
      dest[o + 7 + k] = (float) rpy[3 * i + k];
      dest[o + 10 + k] = (float) vel[3 * i + k];
      dest[o + 13 + k] = (float) angVel[3 * i + k];
    }
    for (int k = 0; k < 4; k++) {
      dest[o + 3 + k] = (float) quat[4 * i + k];
      dest[o + 16 + k] = (float) lastRpm[4 * i + k];
    }
  }
}
