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

/** or-gym/Newsvendor-v0: the product draw, the pipeline, both purchase-cost rules, the cap. */
class NewsvendorEnvTest {
  private static final String ID = "or-gym/Newsvendor-v0";

  @Test
  void ordersArriveAfterTheLeadTimeAndRewardsFollowTheFormula() {
    try (Env<float[], float[]> env = Gym.make(ID, Map.of("lead_time", 2))) {
      float[] obs = env.reset(5L, null).observation();
      double price = obs[0];
      double cost = obs[1];
      double k = obs[3];
      assertTrue(price >= 1 && price <= 100 && cost >= 1 && cost <= price);
      Step<float[]> s = env.step(new float[] {30});
      double d = (double) s.info().get("demand");
      // nothing arrives yet: pay for the order, lose every sale
      assertEquals(-cost * 30 - k * d, s.reward(), 1e-3 * (1 + Math.abs(s.reward())));
      assertArrayEquals(new float[] {0, 30}, new float[] {s.observation()[5], s.observation()[6]});
      env.step(new float[] {0});
      Step<float[]> third = env.step(new float[] {0});
      double d3 = (double) third.info().get("demand");
      double h = obs[2];
      double expected =
          price * Math.min(30, d3) - h * Math.max(30 - d3, 0) - k * Math.max(d3 - 30, 0);
      assertEquals(expected, third.reward(), 1e-3 * (1 + Math.abs(expected)));
    }
  }

  @Test
  void upstreamPurchaseCostMultipliesByUnsoldUnits() {
    try (Env<float[], float[]> env =
        Gym.make(ID, Map.of("lead_time", 1, "purchase_cost", "times_excess"))) {
      float[] obs = env.reset(5L, null).observation();
      Step<float[]> s = env.step(new float[] {30});
      // nothing on hand, so no excess: the order costs nothing under this rule
      assertEquals(0.0, (double) s.info().get("purchase_cost"));
      assertEquals(-obs[3] * (double) s.info().get("demand"), s.reward(), 1e-3);
    }
  }

  @Test
  void pipelineIsCappedAndEpisodesEndAtTheStepLimit() {
    try (Env<float[], float[]> env = Gym.make(ID, Map.of("max_inventory", 50.0, "step_limit", 3))) {
      env.reset(1L, null);
      assertEquals(40.0, (double) env.step(new float[] {40}).info().get("order"));
      assertEquals(10.0, (double) env.step(new float[] {40}).info().get("order"));
      assertTrue(env.step(new float[] {40}).terminated());
    }
    assertThrows(IllegalArgumentException.class, () -> Gym.make(ID, Map.of("purchase_cost", "x")));
  }
}
