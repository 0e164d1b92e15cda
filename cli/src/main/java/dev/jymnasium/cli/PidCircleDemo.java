package dev.jymnasium.cli;

import dev.jymnasium.env.Env;
import dev.jymnasium.env.Step;
import dev.jymnasium.env.registry.Gym;
import dev.jymnasium.robots.drones.CtrlAviaryEnv;
import dev.jymnasium.robots.drones.DroneModel;
import dev.jymnasium.robots.drones.DslPidControl;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;

/**
 * The control part of {@code jym demo}: the DSL PID controller flies a Crazyflie around a circle on
 * {@code CtrlAviary-v0}, as gym-pybullet-drones' {@code pid.py} example does (radius 0.3 m, one lap
 * in 10 s, control at 48 Hz, physics at 240 Hz), here one drone at 0.5 m height for two laps and
 * with the waypoint's velocity as a feed-forward term (the example passes positions only).
 */
final class PidCircleDemo {
  static final double RADIUS_M = 0.3;
  static final double HEIGHT_M = 0.5;
  static final double LAP_SECONDS = 10;
  static final int CTRL_HZ = 48;
  static final int LAPS = 2;

  /** Distance from the drone to the moving waypoint over the second lap. */
  record Tracking(double rmsErrorM, double maxErrorM) {}

  private PidCircleDemo() {}

  /** Flies the circle and prints the tracking error of the second lap. */
  static void run(PrintWriter out) {
    out.println();
    out.println(
        "Control: the DSL PID flies a Crazyflie (cf2x) around a circle of radius "
            + RADIUS_M
            + " m on "
            + CtrlAviaryEnv.ID
            + " ("
            + LAPS
            + " laps of "
            + (int) LAP_SECONDS
            + " s):");
    out.flush();
    Tracking tracking = fly();
    out.println(
        String.format(
            Locale.ROOT,
            "  second lap: RMS distance to the moving waypoint %.1f mm, largest %.1f mm",
            1000 * tracking.rmsErrorM(),
            1000 * tracking.maxErrorM()));
  }

  /** Flies the two laps. */
  static Tracking fly() {
    Map<String, Object> kwargs =
        Map.of("ctrl_freq", CTRL_HZ, "pyb_freq", 240, "initial_xyzs", new double[] {0, 0, 0.1});
    try (Env<Object, Object> env = Gym.make(CtrlAviaryEnv.ID, kwargs)) {
      float[] obs = (float[]) env.reset(0L).observation();
      DslPidControl pid = new DslPidControl(DroneModel.CF2X);
      double dtSeconds = 1.0 / CTRL_HZ;
      int stepsPerLap = (int) (LAP_SECONDS * CTRL_HZ);
      double[] pos = new double[3];
      double[] quat = new double[4];
      double[] vel = new double[3];
      double[] target = new double[3];
      double[] targetVel = new double[3];
      double angularSpeed = 2 * Math.PI / LAP_SECONDS;
      double[] rpm = new double[4];
      float[] action = new float[4];
      double[] zero = new double[3];
      double squaredErrorSum = 0;
      double maxErrorM = 0;
      for (int t = 0; t < LAPS * stepsPerLap; t++) {
        double angle = 2 * Math.PI * t / stepsPerLap + Math.PI / 2;
        target[0] = RADIUS_M * Math.cos(angle);
        target[1] = RADIUS_M * Math.sin(angle) - RADIUS_M;
        target[2] = HEIGHT_M;
        targetVel[0] = -RADIUS_M * angularSpeed * Math.sin(angle);
        targetVel[1] = RADIUS_M * angularSpeed * Math.cos(angle);
        for (int k = 0; k < 3; k++) {
          pos[k] = obs[k];
          vel[k] = obs[10 + k];
        }
        for (int k = 0; k < 4; k++) {
          quat[k] = obs[3 + k];
        }
        pid.computeControl(dtSeconds, pos, quat, vel, target, zero, targetVel, zero, rpm);
        for (int k = 0; k < 4; k++) {
          action[k] = (float) rpm[k];
        }
        Step<Object> step = env.step(action);
        obs = (float[]) step.observation();
        if (t >= stepsPerLap) {
          double errorM = Math.sqrt(squaredDistance(obs, target));
          squaredErrorSum += errorM * errorM;
          maxErrorM = Math.max(maxErrorM, errorM);
        }
      }
      return new Tracking(Math.sqrt(squaredErrorSum / stepsPerLap), maxErrorM);
    }
  }

  private static double squaredDistance(float[] obs, double[] target) {
    double sum = 0;
    for (int k = 0; k < 3; k++) {
      double d = obs[k] - target[k];
      sum += d * d;
    }
    return sum;
  }
}
