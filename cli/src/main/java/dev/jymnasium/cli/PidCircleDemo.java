package dev.jymnasium.cli;

import dev.jymnasium.env.Env;
import dev.jymnasium.env.registry.Gym;
import dev.jymnasium.robots.drones.CtrlAviaryEnv;
import dev.jymnasium.robots.drones.PidCircleFlight;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;

/**
 * The control part of {@code jym demo}: the DSL PID flies a Crazyflie round gym-pybullet-drones'
 * example circle on {@code CtrlAviary-v0} (radius 0.3 m, a lap in 10 s, control at 48 Hz, physics
 * at 240 Hz), two laps at 0.5 m height.
 */
final class PidCircleDemo {
  private static final int CTRL_HZ = 48;
  private static final PidCircleFlight FLIGHT = new PidCircleFlight(0.3, 0.5, 10, 2);

  private PidCircleDemo() {}

  /** Flies the circle and prints the tracking error of the last lap. */
  static void run(PrintWriter out, long seed) {
    out.println();
    out.println(
        String.format(
            Locale.ROOT,
            "Control: the DSL PID flies a Crazyflie round a circle of radius %.1f m on %s (%d laps"
                + " of %.0f s):",
            FLIGHT.radiusM(),
            CtrlAviaryEnv.ID,
            FLIGHT.laps(),
            FLIGHT.lapSeconds()));
    out.flush();
    Map<String, Object> kwargs = Map.of("ctrl_freq", CTRL_HZ);
    try (Env<float[], float[]> env = Gym.make(CtrlAviaryEnv.ID, kwargs)) {
      PidCircleFlight.Tracking tracking = FLIGHT.fly(env, CTRL_HZ, seed);
      out.println(
          String.format(
              Locale.ROOT,
              "  last lap: RMS distance to the moving waypoint %.1f mm, largest %.1f mm",
              1000 * tracking.rmsErrorM(),
              1000 * tracking.maxErrorM()));
    }
  }
}
