package dev.jymnasium.control.inventory;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jymnasium.env.Env;
import dev.jymnasium.env.Step;
import dev.jymnasium.env.registry.Gym;
import dev.jymnasium.env.rng.NpRandom;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** inventory/OneWarehouse-v0: rationing, costs by hand, the instance's parameters, demand. */
class OneWarehouseEnvTest {
  private static final String ID = "inventory/OneWarehouse-v0";

  @Test
  void storeOrdersAreScaledToTheWarehousesStock() {
    try (Env<Map<String, Object>, double[]> env =
        Gym.make(ID, Map.of("n_stores", 3, "initial_range_mult", List.of(0.0, 0.0)))) {
      env.reset(0L, null);
      // empty warehouse: nothing shipped; its own order arrives after 3 periods
      Step<Map<String, Object>> s = env.step(new double[] {1, 2, 3, 12});
      assertArrayEquals(new double[] {0, 0, 0}, (double[]) s.info().get("shipped"));
      env.step(new double[] {0, 0, 0, 0});
      env.step(new double[] {0, 0, 0, 0});
      // 12 on hand now; 24 ordered: every order halved; the warehouse keeps 0 (no holding cost)
      Step<Map<String, Object>> t = env.step(new double[] {4, 8, 12, 0});
      assertArrayEquals(new double[] {2, 4, 6}, (double[]) t.info().get("shipped"));
      Map<String, Object> obs = t.observation();
      double[] underage = (double[]) obs.get("underage_costs");
      double[] demand = (double[]) t.info().get("demand");
      // stores were empty at the start of the period: every unit of demand is lost
      double expected = 0;
      for (int i = 0; i < 3; i++) {
        expected += underage[i] * demand[i];
      }
      assertEquals(expected, (double) t.info().get("cost"), 1e-9);
      assertEquals(0.0, ((double[]) obs.get("warehouse_inventories"))[0]);
    }
  }

  @Test
  void instanceParametersFollowTheSettingsRanges() {
    try (Env<Map<String, Object>, double[]> env = Gym.make(ID, Map.of("n_stores", 20))) {
      Map<String, Object> obs = env.reset(3L, null).observation();
      double[] mean = (double[]) obs.get("demand_mean");
      double[] std = (double[]) obs.get("demand_std");
      double[] leads = (double[]) obs.get("lead_times");
      double[] h = (double[]) obs.get("holding_costs");
      double[] p = (double[]) obs.get("underage_costs");
      for (int i = 0; i < 20; i++) {
        assertTrue(mean[i] >= 2.5 && mean[i] < 7.5);
        double cv = std[i] / mean[i];
        assertTrue(cv >= 0.25 - 1e-12 && cv < 0.5 + 1e-12);
        assertTrue(leads[i] == 2 || leads[i] == 3);
        assertTrue(h[i] >= 0.7 && h[i] < 1.3);
        assertTrue(p[i] >= 6.3 && p[i] < 11.7);
      }
    }
    try (Env<Map<String, Object>, double[]> a = Gym.make(ID, Map.of("instance_seed", 1));
        Env<Map<String, Object>, double[]> b = Gym.make(ID, Map.of("instance_seed", 2))) {
      assertNotEquals(
          ((double[]) a.reset(0L, null).observation().get("demand_mean"))[0],
          ((double[]) b.reset(0L, null).observation().get("demand_mean"))[0]);
    }
  }

  @Test
  void correlatedDemandHasTheRequestedCorrelation() {
    CorrelatedNormalDemand model =
        new CorrelatedNormalDemand(new double[] {50, 50}, new double[] {5, 10}, 0.5);
    NpRandom rng = NpRandom.of(4);
    double[] d = new double[2];
    int n = 20_000;
    double sx = 0;
    double sy = 0;
    double sxx = 0;
    double syy = 0;
    double sxy = 0;
    for (int k = 0; k < n; k++) {
      model.sample(rng, d);
      sx += d[0];
      sy += d[1];
      sxx += d[0] * d[0];
      syy += d[1] * d[1];
      sxy += d[0] * d[1];
    }
    double cov = sxy / n - sx / n * sy / n;
    double vx = sxx / n - sx / n * sx / n;
    double vy = syy / n - sy / n * sy / n;
    assertEquals(0.5, cov / Math.sqrt(vx * vy), 0.03);
    assertEquals(10.0, Math.sqrt(vy), 0.2);
    assertThrows(
        IllegalArgumentException.class,
        () -> new CorrelatedNormalDemand(new double[] {1, 1}, new double[] {1, 1}, -1));
  }

  @Test
  void badKwargsAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> Gym.make(ID, Map.of("n_stores", 0)));
    assertThrows(IllegalArgumentException.class, () -> Gym.make(ID, Map.of("feasibility", "x")));
  }
}
