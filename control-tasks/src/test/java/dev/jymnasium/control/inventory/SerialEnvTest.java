package dev.jymnasium.control.inventory;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jymnasium.env.Env;
import dev.jymnasium.env.Step;
import dev.jymnasium.env.registry.Gym;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** inventory/Serial-v0: shipping rules, lead times, the echelon policy through the env, kwargs. */
class SerialEnvTest {
  private static final String ID = "inventory/Serial-v0";

  @Test
  void proportionalFeasibilityShipsOnlyWhatTheSupplierHolds() {
    try (Env<Map<String, Object>, double[]> env =
        make(Map.of("initial_range_mult", List.of(0.0, 0.0)))) {
      env.reset(0L, null);
      // action order: store, warehouse, echelon 0 (most upstream, L = 2), echelon 1 (L = 4)
      Step<Map<String, Object>> s = env.step(new double[] {3, 4, 5, 6});
      assertArrayEquals(new double[] {0, 0, 5, 0}, (double[]) s.info().get("shipped"));
      double d = (double) s.info().get("demand");
      assertEquals(9 * d, (double) s.info().get("cost"), 1e-12); // empty store: all backlogged
      assertEquals(-9 * d, s.reward(), 1e-12);
      double[] store = (double[]) s.observation().get("store_inventories");
      assertEquals(-d, store[0], 1e-12);
      env.step(new double[] {0, 0, 0, 0});
      Step<Map<String, Object>> third = env.step(new double[] {0, 0, 0, 0});
      double[] echelons = (double[]) third.observation().get("echelon_inventories");
      // echelon 0 (L = 2): the order of period 0 is on hand at the start of period 2
      assertEquals(5.0, echelons[0]);
    }
  }

  @Test
  void withoutFeasibilityUpstreamStockGoesNegative() {
    try (Env<Map<String, Object>, double[]> env =
        make(Map.of("initial_range_mult", List.of(0.0, 0.0), "feasibility", "none"))) {
      env.reset(0L, null);
      Step<Map<String, Object>> s = env.step(new double[] {3, 4, 5, 6});
      assertArrayEquals(new double[] {3, 4, 5, 6}, (double[]) s.info().get("shipped"));
      double[] warehouse = (double[]) s.observation().get("warehouse_inventories");
      assertEquals(-3.0, warehouse[0]); // shipped 3 it did not have; its own order is in transit
      assertTrue(env.observationSpace().contains(s.observation()));
    }
  }

  @Test
  void echelonPolicyThroughTheEnvIsDeterministicAndFeasible() {
    EchelonStockPolicy policy = new EchelonStockPolicy(25, 15, 20, 10);
    double first = rollout(policy, 7);
    assertEquals(first, rollout(policy, 7), 0.0);
    assertTrue(first > 0);
  }

  @Test
  void badKwargsAreRejected() {
    assertThrows(
        IllegalArgumentException.class, () -> make(Map.of("echelon_holding_costs", List.of(0.1))));
    assertThrows(IllegalArgumentException.class, () -> make(Map.of("feasibility", "strict")));
    assertThrows(IllegalArgumentException.class, () -> make(Map.of("ignore_periods", 50)));
  }

  @Test
  void noEchelonsLeavesStoreAndWarehouse() {
    Map<String, Object> kwargs = new HashMap<>();
    kwargs.put("echelon_lead_times", List.of());
    kwargs.put("echelon_holding_costs", List.of());
    try (Env<Map<String, Object>, double[]> env = make(kwargs)) {
      Map<String, Object> obs = env.reset(1L, null).observation();
      assertEquals(
          List.of("store_inventories", "warehouse_inventories", "current_period"),
          List.copyOf(obs.keySet()));
      assertEquals(
          2,
          env.step(new double[] {1, 1}).info().get("shipped") instanceof double[] a
              ? a.length
              : -1);
    }
  }

  private static double rollout(EchelonStockPolicy policy, long seed) {
    try (Env<Map<String, Object>, double[]> env = make(Map.of())) {
      SerialEnv serial = (SerialEnv) env.unwrapped();
      env.reset(seed, null);
      double total = 0;
      boolean done = false;
      while (!done) {
        double[][] stages = serial.stageInventories();
        for (int k = 1; k < stages.length; k++) {
          assertTrue(stages[k][0] >= 0, "upstream on hand stays >= 0");
        }
        Step<Map<String, Object>> s = env.step(serial.actionOf(policy.orders(stages)));
        total += (double) s.info().get("cost");
        done = s.terminated();
      }
      return total;
    }
  }

  private static Env<Map<String, Object>, double[]> make(Map<String, Object> kwargs) {
    return Gym.make(ID, kwargs);
  }
}
