package dev.jymnasium.robots.drones;

import dev.jymnasium.env.Env;

/**
 * PID waypoint tracking as gym-pybullet-drones' {@code pid.py} example flies it: on {@code
 * CtrlAviary-v0} the DSL PID computes the RPMs from the observed state toward a waypoint that goes
 * round a horizontal circle through the start (0, 0), centred at (0, −radius). Unlike the example,
 * the waypoint's velocity is fed forward (without it the PID trails the waypoint by about half a
 * second of travel), and the height is one value for the whole circle.
 *
 * @param radiusM circle radius (m)
 * @param heightM flight height (m)
 * @param lapSeconds time for one lap (s)
 * @param laps laps flown; the tracking error is measured over the last one
 */
public record PidCircleFlight(double radiusM, double heightM, double lapSeconds, int laps) {
  /** Distance from the drone to the moving waypoint over the last lap. */
  public record Tracking(double rmsErrorM, double maxErrorM) {}

  public PidCircleFlight {
    if (!(radiusM > 0 && heightM > 0 && lapSeconds > 0 && laps >= 1)) {
      throw new IllegalArgumentException(
          "need radius, height and lap time > 0 and at least one lap, got "
              + radiusM
              + " m, "
              + heightM
              + " m, "
              + lapSeconds
              + " s, "
              + laps);
    }
  }

  /**
   * Flies one Crazyflie (cf2x) of {@code env}, a {@code CtrlAviary-v0} with {@code ctrlFreq}
   * control steps per second, from a reset with {@code seed}.
   */
  public Tracking fly(Env<float[], float[]> env, int ctrlFreq, long seed) {
    float[] obs = env.reset(seed).observation();
    DslPidControl pid = new DslPidControl(DroneModel.CF2X);
    double dtSeconds = 1.0 / ctrlFreq;
    int stepsPerLap = (int) Math.round(lapSeconds * ctrlFreq);
    double angularSpeed = 2 * Math.PI / lapSeconds;
    double[] pos = new double[3];
    double[] quat = new double[4];
    double[] vel = new double[3];
    double[] target = {0, 0, heightM};
    double[] targetVel = new double[3];
    double[] zero = new double[3];
    double[] rpm = new double[4];
    float[] action = new float[4];
    double squaredErrorSum = 0;
    double maxErrorM = 0;
    for (int t = 0; t < laps * stepsPerLap; t++) {
      double angle = angularSpeed * t * dtSeconds + Math.PI / 2;
      target[0] = radiusM * Math.cos(angle);
      target[1] = radiusM * Math.sin(angle) - radiusM;
      targetVel[0] = -radiusM * angularSpeed * Math.sin(angle);
      targetVel[1] = radiusM * angularSpeed * Math.cos(angle);
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
      obs = env.step(action).observation();
      if (t >= (laps - 1) * stepsPerLap) {
        double dx = obs[0] - target[0];
        double dy = obs[1] - target[1];
        double dz = obs[2] - target[2];
        double errorM = Math.sqrt(dx * dx + dy * dy + dz * dz);
        squaredErrorSum += errorM * errorM;
        maxErrorM = Math.max(maxErrorM, errorM);
      }
    }
    return new Tracking(Math.sqrt(squaredErrorSum / stepsPerLap), maxErrorM);
  }
}
