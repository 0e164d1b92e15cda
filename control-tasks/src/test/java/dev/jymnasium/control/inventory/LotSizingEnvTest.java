package dev.jymnasium.control.inventory;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jymnasium.env.Env;
import dev.jymnasium.env.Step;
import dev.jymnasium.env.registry.Gym;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** inventory/LotSizing-v0: the post-decision state by hand, demand step, capacity, bad input. */
class LotSizingEnvTest {
  private static final String ID = "inventory/LotSizing-v0";

  @Test
  void postDecisionStateIsPureAndMatchesTheStep() {
    try (Env<Map<String, Object>, int[]> env =
        Gym.make(ID, Map.of("items", 3, "machines", 2, "holding_cost", 0.5))) {
      LotSizingEnv plant = (LotSizingEnv) env.unwrapped();
      Map<String, Object> obs = env.reset(2L, null).observation();
      int[] stock = (int[]) obs.get("inventory");
      int[] setup = (int[]) obs.get("setup");
      // machine 0 keeps its setup (no setup cost or loss), machine 1 idles
      int[] action = {setup[0], 0};
      LotSizingEnv.PostDecision post = plant.postDecisionState(action);
      assertEquals(0.0, post.setupCost());
      assertArrayEquals(new int[] {setup[0], 0}, post.setup());
      int[] expected = stock.clone();
      if (setup[0] > 0) {
        expected[setup[0] - 1] += plant.productionRate(0, setup[0] - 1);
      }
      assertArrayEquals(expected, post.inventory());
      assertArrayEquals(stock, (int[]) env.reset(2L, null).observation().get("inventory"));
      Step<Map<String, Object>> s = env.step(action);
      int[] demand = (int[]) s.info().get("demand");
      int[] after = (int[]) s.observation().get("inventory");
      double holding = 0;
      for (int i = 0; i < 3; i++) {
        int left = Math.min(Math.max(expected[i] - demand[i], 0), 100);
        assertEquals(left, after[i]);
        holding += 0.5 * left;
      }
      // lost sales cost at least 0.1 per unit short
      assertTrue((double) s.info().get("cost") >= holding - 1e-12);
    }
  }

  @Test
  void aSetupChangePaysAndLosesOutput() {
    try (Env<Map<String, Object>, int[]> env = Gym.make(ID, Map.of("items", 4, "machines", 3))) {
      LotSizingEnv plant = (LotSizingEnv) env.unwrapped();
      int[] setup = (int[]) env.reset(5L, null).observation().get("setup");
      for (int m = 0; m < 3; m++) {
        for (int item = 0; item < 4; item++) {
          if (setup[m] != item + 1 && plant.productionRate(m, item) > 0) {
            int[] action = new int[3];
            action[m] = item + 1;
            LotSizingEnv.PostDecision post = plant.postDecisionState(action);
            assertTrue(post.setupCost() >= 15 && post.setupCost() <= 30);
            int gained =
                post.inventory()[item]
                    - ((int[]) env.reset(5L, null).observation().get("inventory"))[item];
            assertTrue(gained < plant.productionRate(m, item) && gained >= 0);
            return;
          }
        }
      }
    }
  }

  @Test
  void badChoicesAreRejected() {
    try (Env<Map<String, Object>, int[]> env = Gym.make(ID, Map.of("items", 2, "machines", 2))) {
      LotSizingEnv plant = (LotSizingEnv) env.unwrapped();
      env.reset(0L, null);
      assertThrows(IllegalArgumentException.class, () -> plant.postDecisionState(new int[] {3, 0}));
      assertThrows(IllegalArgumentException.class, () -> plant.postDecisionState(new int[] {0}));
    }
  }
}
