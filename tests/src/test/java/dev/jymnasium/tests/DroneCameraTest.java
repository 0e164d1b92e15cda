package dev.jymnasium.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jymnasium.env.Env;
import dev.jymnasium.env.registry.Gym;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The {@code rgb} observation of the quadrotor envs: each drone sees the landmark ahead of it
 * through its onboard camera, and pictures are held between the 24 fps captures.
 */
class DroneCameraTest {
  private static final int PIXELS = 48 * 64;

  /**
   * Pixels of drone {@code drone}'s picture with red at least 1.5 times blue and green (the teddy).
   */
  private static int pink(float[] obs, int drone) {
    int n = 0;
    for (int p = 0; p < PIXELS; p++) {
      int o = drone * PIXELS * 4 + 4 * p;
      if (obs[o] > 60 && obs[o] > 1.5 * obs[o + 1] && obs[o] > 1.5 * obs[o + 2]) {
        n++;
      }
    }
    return n;
  }

  /** Pixels with red and green at least 1.5 times blue (the duck). */
  private static int yellow(float[] obs, int drone) {
    int n = 0;
    for (int p = 0; p < PIXELS; p++) {
      int o = drone * PIXELS * 4 + 4 * p;
      if (obs[o] > 60 && Math.min(obs[o], obs[o + 1]) > 1.5 * obs[o + 2]) {
        n++;
      }
    }
    return n;
  }

  @Test
  void eachDroneSeesTheLandmarkAheadOfIt() {
    // Drone 0 at (0, -0.5) turned by -pi/2 faces -y (the pink teddy at (0, -1)), drone 1 at
    // (-0.5, 0) turned by pi faces -x (the yellow duck at (-1, 0)).
    Map<String, Object> kwargs =
        Map.of(
            "obs",
            "rgb",
            "ctrl_freq",
            48,
            "initial_xyzs",
            List.of(0.0, -0.5, 0.1125, -0.5, 0.0, 0.1125),
            "initial_rpys",
            List.of(0.0, 0.0, -Math.PI / 2, 0.0, 0.0, Math.PI));
    try (Env<float[], float[]> env = Gym.make("MultiHoverAviary-v0", kwargs)) {
      float[] obs = env.reset(0L).observation();
      assertTrue(pink(obs, 0) > 0 && yellow(obs, 0) == 0, "drone 0 sees the teddy only");
      assertTrue(yellow(obs, 1) > 0 && pink(obs, 1) == 0, "drone 1 sees the duck only");
      for (int o = 3; o < obs.length; o += 4) {
        assertEquals(255f, obs[o], "alpha");
      }
    }
  }

  @Test
  void picturesAreTakenAt24FramesPerSecondAndHeldInBetween() {
    // 240 Hz physics, 48 Hz control: a picture every 10 physics steps, i.e. every other step.
    Map<String, Object> kwargs = Map.of("obs", "rgb", "ctrl_freq", 48, "act", "one_d_rpm");
    try (Env<float[], float[]> env = Gym.make("HoverAviary-v0", kwargs)) {
      env.reset(0L);
      float[] climb = {1f};
      float[][] seen = new float[6][];
      for (int t = 0; t < seen.length; t++) {
        seen[t] = env.step(climb).observation().clone();
      }
      // Taken before steps 1, 3, 5 are counted (clock 0, 10, 20 physics steps), held at 2, 4, 6.
      assertArrayEquals(seen[0], seen[1]);
      assertArrayEquals(seen[2], seen[3]);
      assertFalse(java.util.Arrays.equals(seen[1], seen[2]), "the climbing drone's view moves");
    }
  }
}
