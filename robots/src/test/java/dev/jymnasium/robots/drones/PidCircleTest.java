package dev.jymnasium.robots.drones;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jymnasium.env.Env;
import dev.jymnasium.env.registry.Gym;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The original's PID example in small: a Crazyflie on CtrlAviary-v0 follows a circle of 0.3 m at
 * 0.5 m height with the DSL PID computing the RPMs from the observed state (240 Hz control).
 */
class PidCircleTest {
  @Test
  void thePidFliesACircle() {
    for (String physics : new String[] {"dyn", "pyb"}) {
      try (Env<float[], float[]> env = Gym.make("CtrlAviary-v0", Map.of("physics", physics))) {
        float[] obs = env.reset(0).observation();
        DslPidControl pid = new DslPidControl(DroneModel.CF2X);
        double dt = 1.0 / 240;
        double[] pos = new double[3];
        double[] quat = new double[4];
        double[] vel = new double[3];
        double[] target = new double[3];
        double[] zero = new double[3];
        double[] targetVel = new double[3];
        double[] rpm = new double[4];
        float[] action = new float[4];
        double worst = 0;
        for (int k = 0; k < 8 * 240; k++) {
          double t = k * dt;
          double angle = 2 * Math.PI * t / 6;
          // Climb for 2 s to the circle's start (0.3, 0, 0.5), then go round.
          double phase = Math.max(0, angle - 2 * Math.PI / 3);
          double omega = angle > 2 * Math.PI / 3 ? 2 * Math.PI / 6 : 0;
          target[0] = 0.3 * Math.cos(phase);
          target[1] = 0.3 * Math.sin(phase);
          target[2] = 0.5;
          // The circle's velocity as feed-forward: without it the PID lags by about 0.5 s·v.
          targetVel[0] = -0.3 * omega * Math.sin(phase);
          targetVel[1] = 0.3 * omega * Math.cos(phase);
          for (int i = 0; i < 3; i++) {
            pos[i] = obs[i];
            vel[i] = obs[10 + i];
          }
          for (int i = 0; i < 4; i++) {
            quat[i] = obs[3 + i];
          }
          pid.computeControl(dt, pos, quat, vel, target, zero, targetVel, zero, rpm);
          for (int i = 0; i < 4; i++) {
            action[i] = (float) rpm[i];
          }
          obs = env.step(action).observation();
          if (t > 4) {
            double dx = obs[0] - target[0];
            double dy = obs[1] - target[1];
            double dz = obs[2] - target[2];
            worst = Math.max(worst, Math.sqrt(dx * dx + dy * dy + dz * dz));
          }
        }
        assertTrue(worst < 0.05, physics + ": tracking error " + worst + " m");
      }
    }
  }
}
