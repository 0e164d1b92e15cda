package dev.jymnasium.control.inventory;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jymnasium.env.Env;
import dev.jymnasium.env.Step;
import dev.jymnasium.env.registry.Gym;
import dev.jymnasium.env.rng.NpRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One period by hand, the demand draws against numpy, seeding, kwargs and their errors. */
class OneStoreEnvTest {
  private static final String LOST = "inventory/OneStoreLost-v0";
  private static final String BACKLOG = "inventory/OneStoreBacklogged-v0";

  @Test
  void onePeriodByHandLostSales() {
    // L = 2, p = 9, h = 1: on hand 3, 4 arriving next period; order 5, demand 6.
    double[] inv = {3, 4};
    double cost = OneStoreEnv.advance(inv, 5, 6, 9, 1, true);
    assertEquals(27.0, cost); // 9 * (6 - 3) units lost
    assertArrayEquals(new double[] {4, 5}, inv); // (3 - 6)+ = 0, plus 4 arriving; order at the end
    // Surplus: on hand 10, demand 4, no order: holding 1 * 6.
    double[] inv2 = {10, 2};
    assertEquals(6.0, OneStoreEnv.advance(inv2, 0, 4, 9, 1, true));
    assertArrayEquals(new double[] {8, 0}, inv2);
    // L = 1: the order is on hand next period.
    double[] inv3 = {2};
    assertEquals(27.0, OneStoreEnv.advance(inv3, 3, 5, 9, 1, true));
    assertArrayEquals(new double[] {3}, inv3);
  }

  @Test
  void onePeriodByHandBacklog() {
    double[] inv = {3, 4};
    assertEquals(27.0, OneStoreEnv.advance(inv, 5, 6, 9, 1, false));
    assertArrayEquals(new double[] {1, 5}, inv); // -3 backlogged, 4 arrive
    // A backlog carried in is charged again: on hand -2, demand 1.5, p = 4.
    double[] inv2 = {-2, 1, 7};
    assertEquals(14.0, OneStoreEnv.advance(inv2, 2.5, 1.5, 4, 1, false));
    assertArrayEquals(new double[] {-2.5, 7, 2.5}, inv2);
    double[] inv3 = {2};
    assertEquals(27.0, OneStoreEnv.advance(inv3, 3, 5, 9, 1, false));
    assertArrayEquals(new double[] {0}, inv3);
  }

  @Test
  @SuppressWarnings("unchecked")
  void stepThroughTheEnvMatchesTheHandComputation() {
    for (String id : List.of(LOST, BACKLOG)) {
      try (Env<Map<String, Object>, double[]> env =
          Gym.make(id, Map.of("lead_time", 3, "underage_cost", 19.0, "holding_cost", 2.0))) {
        env.reset(5);
        OneStoreEnv inner = (OneStoreEnv) env.unwrapped();
        inner.setStoreInventories(new double[] {4, 1, 2});
        NpRandom copy = inner.npRandom().copy();
        double d =
            id.equals(LOST) ? Demand.poisson(copy, 5.0) : Demand.clippedNormal3(copy, 5.0, 1.6);
        Step<Map<String, Object>> s = env.step(new double[] {6});
        assertEquals(d, (double) s.info().get("demand"), id);
        double expectedCost = 19 * Math.max(d - 4, 0) + 2 * Math.max(4 - d, 0);
        assertEquals(expectedCost, (double) s.info().get("cost"), 1e-12, id);
        assertEquals(-expectedCost, s.reward(), 1e-12, id);
        double y = id.equals(LOST) ? Math.max(4 - d, 0) : 4 - d;
        assertArrayEquals(
            new double[] {y + 1, 2, 6},
            (double[]) s.observation().get("store_inventories"),
            1e-12,
            id);
        assertEquals(1, s.observation().get("current_period"));
        assertEquals(true, s.info().get("warm_up"));
      }
    }
  }

  @Test
  void poissonDrawsEqualNumpys() {
    // numpy 2.4: np.random.default_rng(3).poisson(5.0, 12) and .poisson(12.5, 12) (PTRS branch).
    long[] small = {4, 4, 7, 2, 7, 5, 8, 6, 5, 4, 8, 5};
    long[] large = {7, 16, 7, 12, 15, 11, 12, 10, 15, 10, 18, 12};
    NpRandom a = NpRandom.of(3);
    NpRandom b = NpRandom.of(3);
    for (int i = 0; i < small.length; i++) {
      assertEquals(small[i], Demand.poisson(a, 5.0), "draw " + i);
      assertEquals(large[i], Demand.poisson(b, 12.5), "draw " + i);
    }
  }

  @Test
  void normalDrawsEqualNumpysRounded() {
    // numpy 2.4: r = np.random.default_rng(3); r.normal(5, 1.6) twice: 8.26547..., 0.91093...
    NpRandom r = NpRandom.of(3);
    assertEquals(8.265, Demand.clippedNormal3(r, 5, 1.6));
    assertEquals(0.911, Demand.clippedNormal3(r, 5, 1.6));
  }

  @Test
  void sameSeedSameEpisodeOtherSeedAnother() {
    for (String id : List.of(LOST, BACKLOG)) {
      assertEquals(episode(id, 42), episode(id, 42), id);
      assertNotEquals(episode(id, 42), episode(id, 43), id);
    }
  }

  private static List<String> episode(String id, long seed) {
    List<String> out = new ArrayList<>();
    BaseStockPolicy policy = new BaseStockPolicy(29);
    try (Env<Map<String, Object>, double[]> env = Gym.make(id)) {
      Map<String, Object> obs = env.reset(seed).observation();
      boolean done = false;
      while (!done) {
        Step<Map<String, Object>> s = env.step(policy.act(obs));
        obs = s.observation();
        out.add(
            s.info().toString()
                + " "
                + java.util.Arrays.toString((double[]) obs.get("store_inventories")));
        done = s.terminated() || s.truncated();
      }
    }
    assertEquals(50, out.size());
    return out;
  }

  @Test
  void warmUpIsThreeFifthsOfThePeriodsUnlessGiven() {
    try (Env<Map<String, Object>, double[]> env = Gym.make(LOST, Map.of("periods", 100))) {
      assertEquals(60, ((OneStoreEnv) env.unwrapped()).ignorePeriods());
    }
    try (Env<Map<String, Object>, double[]> env =
        Gym.make(LOST, Map.of("periods", 10, "ignore_periods", 2))) {
      env.reset(0);
      assertTrue((boolean) env.step(new double[] {1}).info().get("warm_up"));
      assertTrue((boolean) env.step(new double[] {1}).info().get("warm_up"));
      assertFalse((boolean) env.step(new double[] {1}).info().get("warm_up"));
    }
  }

  @Test
  void optimalBaseStockReachesTheNewsvendorCostUnderBacklog() {
    // L = 4, p = 9, h = 1, Normal(5, 1.6): S* = 29.59, cost (p+h)·σ·√(L+1)·φ(z) = 6.279.
    try (Env<Map<String, Object>, double[]> env = Gym.make(BACKLOG, Map.of("periods", 200000))) {
      BaseStockPolicy policy = new BaseStockPolicy(29.59);
      Map<String, Object> obs = env.reset(1).observation();
      double total = 0;
      int counted = 0;
      for (int t = 0; t < 200000; t++) {
        Step<Map<String, Object>> s = env.step(policy.act(obs));
        obs = s.observation();
        if (!(boolean) s.info().get("warm_up")) {
          total += (double) s.info().get("cost");
          counted++;
        }
      }
      assertEquals(6.279, total / counted, 0.03);
    }
  }

  @Test
  void badKwargsNameTheValue() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Gym.make(LOST, Map.of("lead_time", 0)));
    assertTrue(
        e.getMessage().contains("lead_time") && e.getMessage().contains("0"), e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Gym.make(BACKLOG, Map.of("underage_cost", Double.POSITIVE_INFINITY)));
    assertTrue(
        e.getMessage().contains("underage_cost") && e.getMessage().contains("Infinity"),
        e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Gym.make(LOST, Map.of("periods", 50, "ignore_periods", 50)));
    assertTrue(e.getMessage().contains("ignore_periods") && e.getMessage().contains("50"));
    e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Gym.make(LOST, Map.of("initial_range_mult", List.of(1.0, 0.5))));
    assertTrue(e.getMessage().contains("initial_range_mult"), e.getMessage());
  }

  @Test
  void negativeOrdersAreRejected() {
    try (Env<Map<String, Object>, double[]> env = Gym.make(LOST)) {
      env.reset(0);
      assertThrows(IllegalArgumentException.class, () -> env.step(new double[] {-1}));
    }
  }
}
