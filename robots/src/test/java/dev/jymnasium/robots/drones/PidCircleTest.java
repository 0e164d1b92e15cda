package dev.jymnasium.robots.drones;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jymnasium.env.Env;
import dev.jymnasium.env.registry.Gym;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The PID flies the original's example circle (0.3 m, 10 s a lap, control at 48 Hz). */
class PidCircleTest {
  @ParameterizedTest
  @ValueSource(strings = {"dyn", "pyb"})
  void thePidFollowsTheCircleWithinTwoCentimetresRms(String physics) {
    PidCircleFlight flight = new PidCircleFlight(0.3, 0.5, 10, 2);
    Map<String, Object> kwargs = Map.of("physics", physics, "ctrl_freq", 48);
    try (Env<float[], float[]> env = Gym.make(CtrlAviaryEnv.ID, kwargs)) {
      PidCircleFlight.Tracking tracking = flight.fly(env, 48, 0);
      // Measured: 13 mm RMS and 21 mm at most; a wrong mixer, sign or feed-forward leaves the
      // drone tens of centimetres off the waypoint or on the floor.
      assertTrue(tracking.rmsErrorM() < 0.02, physics + ": RMS error " + tracking.rmsErrorM());
      assertTrue(tracking.maxErrorM() < 0.04, physics + ": largest error " + tracking.maxErrorM());
      assertEquals(tracking, flight.fly(env, 48, 0), "same seed, same flight");
    }
  }

  @ParameterizedTest
  @ValueSource(doubles = {0, -1, Double.NaN})
  void aCircleNeedsAPositiveRadius(double radiusM) {
    assertThrows(IllegalArgumentException.class, () -> new PidCircleFlight(radiusM, 0.5, 10, 1));
  }
}
