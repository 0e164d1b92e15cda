package dev.jymnasium.robots.drones;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jymnasium.env.Env;
import dev.jymnasium.env.registry.ConfigBinder;
import dev.jymnasium.env.registry.Gym;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The parallel form steps as the single-agent env and splits its reward per drone. */
class MultiHoverAviaryParallelTest {
  @Test
  void agentsSeeTheirRowsAndShareTheReward() {
    Map<String, Object> kwargs = Map.of("physics", "dyn", "act", "one_d_rpm", "num_drones", 3);
    try (MultiHoverAviaryParallel par =
            new MultiHoverAviaryParallel(
                ConfigBinder.bind(MultiHoverAviaryEnv.Config.class, "test", kwargs));
        Env<float[], float[]> single = Gym.make(MultiHoverAviaryEnv.ID, kwargs)) {
      assertEquals(List.of("drone_0", "drone_1", "drone_2"), par.possibleAgents());
      var reset = par.reset(0L, null);
      float[] flat = single.reset(0).observation();
      assertArrayEquals(
          java.util.Arrays.copyOfRange(flat, 27, 54), reset.observations().get("drone_1"));
      for (int k = 0; k < 10; k++) {
        float a = 0.1f * k;
        var step =
            par.step(
                Map.of(
                    "drone_0",
                    new float[] {a},
                    "drone_1",
                    new float[] {-a},
                    "drone_2",
                    new float[] {0}));
        var s = single.step(new float[] {a, -a, 0});
        assertArrayEquals(
            java.util.Arrays.copyOfRange(s.observation(), 54, 81),
            step.observations().get("drone_2"));
        double sum = step.rewards().values().stream().mapToDouble(Double::doubleValue).sum();
        assertEquals(s.reward(), sum, 1e-12);
      }
    }
  }
}
