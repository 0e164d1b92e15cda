package dev.jymnasium.robots.drones;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jymnasium.env.Env;
import dev.jymnasium.env.multiagent.ParallelEnv;
import dev.jymnasium.env.registry.ConfigBinder;
import dev.jymnasium.env.registry.Gym;
import java.util.LinkedHashMap;
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

  @Test
  void makeParallelGivesOneAgentPerDroneAndSteps() {
    try (ParallelEnv<float[], float[]> env =
        Gym.makeParallel(MultiHoverAviaryParallel.ID, Map.of("physics", "dyn", "num_drones", 4))) {
      assertTrue(env instanceof MultiHoverAviaryParallel);
      assertEquals(List.of("drone_0", "drone_1", "drone_2", "drone_3"), env.possibleAgents());
      var reset = env.reset(7L, null);
      assertEquals(env.possibleAgents(), List.copyOf(reset.observations().keySet()));
      for (int k = 0; k < 5; k++) {
        Map<String, float[]> actions = new LinkedHashMap<>();
        for (String a : env.agents()) {
          assertEquals(4, env.actionSpace(a).sample().length);
          actions.put(a, new float[] {0.1f, 0.1f, 0.1f, 0.1f});
        }
        var step = env.step(actions);
        assertEquals(4, step.rewards().size());
        for (String a : env.possibleAgents()) {
          assertTrue(env.observationSpace(a).contains(step.observations().get(a)), a);
        }
      }
    }
    try (ParallelEnv<float[], float[]> env = Gym.makeParallel(MultiHoverAviaryParallel.ID)) {
      assertEquals(List.of("drone_0", "drone_1"), env.possibleAgents());
    }
  }

  @Test
  void makeParallelChecksKwargsAndMakePointsToIt() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Gym.makeParallel(MultiHoverAviaryParallel.ID, Map.of("num_drone", 3)));
    assertTrue(e.getMessage().contains("num_drones"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Gym.make(MultiHoverAviaryParallel.ID));
    assertTrue(e.getMessage().contains("makeParallel"), e.getMessage());
  }
}
