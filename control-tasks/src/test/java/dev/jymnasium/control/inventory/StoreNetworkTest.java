package dev.jymnasium.control.inventory;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jymnasium.control.inventory.SerialChain.UnmetDemand;
import dev.jymnasium.env.Env;
import dev.jymnasium.env.Step;
import dev.jymnasium.env.registry.Gym;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The store networks against the original simulator (MatiasAlvo/Neural_inventory_control, commit
 * 4d77c14, float64 data): fixed policies on closed-form demand, per-scenario total costs recorded
 * with {@code python benchmarks/inventory/bench_original.py --orig CHECKOUT record-network}; and
 * the two envs built on the network.
 */
class StoreNetworkTest {
  private static final int SCENARIOS = 5;
  private static final int PERIODS = 30;

  private static final double[] TRANSSHIPMENT = {
    3304.989672938661, 2217.8705111111108, 3228.177399999999, 3345.5901497662876, 2355.2591396825396
  };
  private static final double[] MANY_WAREHOUSES = {
    3341.297998827051,
    3408.1990324120497,
    3460.3511079628965,
    3400.3447151668324,
    3409.1867294583676
  };

  private static final int[] PUBLISHED_LINKS = {
    0, 2, 0, 1, 6, 2, 6, 2, 6, 1, 0, 2, 6, 0, 5, 2, 6, 2, 0, 2
  };

  @Test
  void transshipmentMatchesTheOriginal() {
    StoreNetwork.Settings settings =
        new StoreNetwork.Settings(
            new int[] {2, 1, 3},
            new int[] {3, 3, 3},
            new double[] {1.0, 1.2, 0.8},
            new double[] {4, 9, 4},
            new int[] {3},
            new double[] {0.5},
            new double[] {0},
            UnmetDemand.BACKLOGGED,
            Feasibility.PASS_THROUGH);
    double[] levels = {12, 9, 15};
    double[][] split = {{1}, {1}, {1}};
    double[] costs = rollAll(settings, levels, split, new double[] {30}, -1.0);
    for (int s = 0; s < SCENARIOS; s++) {
      assertEquals(TRANSSHIPMENT[s], costs[s], 1e-9 * TRANSSHIPMENT[s], "scenario " + s);
    }
    assertArrayEquals(
        costs, rollBatch(settings, levels, split, new double[] {30}, -1.0), 0.0, "batch");
  }

  @Test
  void manyWarehousesMatchTheOriginal() {
    double[] h = new double[10];
    double[] p = new double[10];
    double[] levels = new double[10];
    double[][] split = new double[10][2];
    for (int i = 0; i < 10; i++) {
      h[i] = 0.7 + 0.06 * i;
      p[i] = 6.3 + 0.5 * i;
      levels[i] = 20.0 + i;
      boolean a = PUBLISHED_LINKS[2 * i] > 0;
      boolean b = PUBLISHED_LINKS[2 * i + 1] > 0;
      split[i][0] = a && b ? 0.4 : a ? 1.0 : 0.0;
      split[i][1] = a && b ? 0.6 : b ? 1.0 : 0.0;
    }
    int[] slots = new int[10];
    java.util.Arrays.fill(slots, 6);
    StoreNetwork.Settings settings =
        new StoreNetwork.Settings(
            PUBLISHED_LINKS,
            slots,
            h,
            p,
            new int[] {3, 2},
            new double[] {0.3, 0.4},
            new double[] {0.5, 1.5},
            UnmetDemand.LOST,
            Feasibility.PROPORTIONAL);
    double[] costs = rollAll(settings, levels, split, new double[] {45, 60}, 0.25);
    for (int s = 0; s < SCENARIOS; s++) {
      assertEquals(MANY_WAREHOUSES[s], costs[s], 1e-9 * MANY_WAREHOUSES[s], "scenario " + s);
    }
    assertArrayEquals(
        costs, rollBatch(settings, levels, split, new double[] {45, 60}, 0.25), 0.0, "batch");
  }

  /**
   * The recording's policy: store i wants {@code (S_i − position)⁺}, split over its links; each
   * warehouse orders {@code (S_w − position)⁺}; the network's feasibility rations.
   */
  private static double[] rollAll(
      StoreNetwork.Settings settings,
      double[] levels,
      double[][] split,
      double[] warehouseLevels,
      double offset) {
    double[] totals = new double[SCENARIOS];
    for (int s = 0; s < SCENARIOS; s++) {
      StoreNetwork net = new StoreNetwork(settings);
      int n = net.stores();
      int w = net.warehouses();
      for (int i = 0; i < n; i++) {
        double[] inv = net.storeInventory(i);
        for (int j = 0; j < inv.length; j++) {
          inv[j] = ((s + 2 * j + i) % 5) * 1.3;
        }
      }
      for (int k = 0; k < w; k++) {
        double[] inv = net.warehouseInventory(k);
        for (int j = 0; j < inv.length; j++) {
          inv[j] = 40 + 10 * j;
        }
      }
      double[] orders = new double[net.links() + w];
      double[] demand = new double[n];
      for (int t = 0; t < PERIODS; t++) {
        int l = 0;
        for (int i = 0; i < n; i++) {
          double want = Math.max(levels[i] - sum(net.storeInventory(i)), 0);
          for (int k = 0; k < w; k++) {
            if (settings.storeLeadTimes()[i * w + k] > 0) {
              orders[l++] = want * split[i][k];
            }
          }
          demand[i] = ((3 * s + 7 * t + 5 * i) % 11) * 0.731 + offset;
        }
        for (int k = 0; k < w; k++) {
          orders[l + k] = Math.max(warehouseLevels[k] - sum(net.warehouseInventory(k)), 0);
        }
        totals[s] += net.step(orders, demand);
      }
    }
    return totals;
  }

  /** The same rollout with every scenario in one {@link NetworkBatch}. */
  private static double[] rollBatch(
      StoreNetwork.Settings settings,
      double[] levels,
      double[][] split,
      double[] warehouseLevels,
      double offset) {
    int k = SCENARIOS;
    NetworkBatch batch = new NetworkBatch(new StoreNetwork(settings), k);
    int n = batch.stores();
    int w = batch.warehouses();
    for (int i = 0; i < n; i++) {
      double[] inv = batch.storeInventories(i);
      for (int j = 0; j < batch.storeSlots(i); j++) {
        for (int s = 0; s < k; s++) {
          inv[j * k + s] = ((s + 2 * j + i) % 5) * 1.3;
        }
      }
    }
    for (int m = 0; m < w; m++) {
      double[] inv = batch.warehouseInventories(m);
      for (int j = 0; j < batch.warehouseSlots(m); j++) {
        for (int s = 0; s < k; s++) {
          inv[j * k + s] = 40 + 10 * j;
        }
      }
    }
    double[] orders = new double[(batch.links() + w) * k];
    double[] demand = new double[n * k];
    double[] totals = new double[k];
    for (int t = 0; t < PERIODS; t++) {
      for (int s = 0; s < k; s++) {
        int l = 0;
        for (int i = 0; i < n; i++) {
          double position = 0;
          for (int j = 0; j < batch.storeSlots(i); j++) {
            position += batch.storeInventories(i)[j * k + s];
          }
          double want = Math.max(levels[i] - position, 0);
          for (int m = 0; m < w; m++) {
            if (settings.storeLeadTimes()[i * w + m] > 0) {
              orders[(l++) * k + s] = want * split[i][m];
            }
          }
          demand[i * k + s] = ((3 * s + 7 * t + 5 * i) % 11) * 0.731 + offset;
        }
        for (int m = 0; m < w; m++) {
          double position = 0;
          for (int j = 0; j < batch.warehouseSlots(m); j++) {
            position += batch.warehouseInventories(m)[j * k + s];
          }
          orders[(l + m) * k + s] = Math.max(warehouseLevels[m] - position, 0);
        }
      }
      double[] costs = batch.step(orders, demand, 0);
      for (int s = 0; s < k; s++) {
        totals[s] += costs[s];
      }
    }
    return totals;
  }

  private static double sum(double[] v) {
    double s = 0;
    for (double x : v) {
      s += x;
    }
    return s;
  }

  @Test
  void transshipmentCentrePassesEverythingThrough() {
    try (Env<Map<String, Object>, double[]> env =
        Gym.make(
            TransshipmentEnv.ID,
            Map.of("n_stores", 3, "initial_range_mult", List.of(0.0, 0.0), "periods", 10))) {
      env.reset(0L, null);
      env.step(new double[] {0, 0, 0, 12});
      env.step(new double[] {0, 0, 0, 0});
      env.step(new double[] {0, 0, 0, 0});
      // 12 on hand at the centre; orders 1:2:3 are weights: 2, 4, 6 shipped, the centre keeps 0
      Step<Map<String, Object>> t = env.step(new double[] {1, 2, 3, 0});
      assertArrayEquals(new double[] {2, 4, 6}, (double[]) t.info().get("shipped"), 1e-12);
      assertEquals(0.0, ((double[]) t.observation().get("warehouse_inventories"))[0]);
      // backlog: store stock goes negative after unmet demand
      double[] stores = (double[]) t.observation().get("store_inventories");
      assertTrue(stores[0] < 0 || stores[2] < 0 || stores[4] < 0);
    }
  }

  @Test
  void manyWarehousesRationPerWarehouseAndChargePurchases() {
    try (Env<Map<String, Object>, double[]> env =
        Gym.make(
            ManyWarehousesEnv.ID,
            Map.of(
                "n_stores",
                2,
                "store_lead_times",
                List.of(1, 2, 0, 1),
                "warehouse_lead_times",
                List.of(1, 1),
                "initial_range_mult",
                List.of(0.0, 0.0)))) {
      assertEquals(5, env.actionSpace().sample().length);
      env.reset(0L, null);
      // links: (store 0, w0), (store 0, w1), (store 1, w1); warehouse orders 10 and 4 cost
      // 0.5*10 + 1.5*4 on top of lost sales
      Step<Map<String, Object>> s = env.step(new double[] {0, 0, 0, 10, 4});
      double[] p = (double[]) s.observation().get("underage_costs");
      double[] d = (double[]) s.info().get("demand");
      assertEquals(p[0] * d[0] + p[1] * d[1] + 11.0, (double) s.info().get("cost"), 1e-9);
      // w1 holds 4 and is asked 8 (store 0) + 8 (store 1): both halved; w0 ships 3 of 10
      Step<Map<String, Object>> t = env.step(new double[] {3, 8, 8, 0, 0});
      assertArrayEquals(new double[] {3, 2, 2}, (double[]) t.info().get("shipped"), 1e-12);
      double[] wh = (double[]) t.observation().get("warehouse_inventories");
      assertArrayEquals(new double[] {7, 0}, wh, 1e-12);
    }
  }

  @Test
  void publishedManyWarehousesLayout() {
    try (ManyWarehousesEnv many = new ManyWarehousesEnv()) {
      NetworkBatch batch = many.batch(3);
      assertEquals(15, batch.links());
      assertEquals(6 * 3, batch.storeInventories(0).length);
    }
    try (Env<Map<String, Object>, double[]> env = Gym.make(ManyWarehousesEnv.ID)) {
      Map<String, Object> obs = env.reset(1L, null).observation();
      assertEquals(15 + 2, env.actionSpace().sample().length);
      assertEquals(10 * 6, ((double[]) obs.get("store_inventories")).length);
      assertEquals(20, ((double[]) obs.get("lead_times")).length);
      assertEquals(6.0, ((double[]) obs.get("lead_times"))[4]);
    }
  }

  @Test
  void badNetworksAreRejected() {
    IllegalArgumentException noLink =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Gym.make(
                    ManyWarehousesEnv.ID,
                    Map.of("n_stores", 2, "store_lead_times", List.of(1, 2, 0, 0))));
    assertTrue(noLink.getMessage().contains("store 1"), noLink.getMessage());
    IllegalArgumentException size =
        assertThrows(
            IllegalArgumentException.class,
            () -> Gym.make(ManyWarehousesEnv.ID, Map.of("store_lead_times", List.of(1, 2))));
    assertTrue(size.getMessage().contains("20 values"), size.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> Gym.make(TransshipmentEnv.ID, Map.of("demand_mean_range", List.of(5.0, 1.0))));
    try (Env<Map<String, Object>, double[]> env = Gym.make(TransshipmentEnv.ID)) {
      env.reset(0L, null);
      assertThrows(IllegalArgumentException.class, () -> env.step(new double[] {1, 2}));
    }
  }

  @Test
  void sameSeedSameTrajectory() {
    for (String id : List.of(TransshipmentEnv.ID, ManyWarehousesEnv.ID)) {
      try (Env<Map<String, Object>, double[]> a = Gym.make(id);
          Env<Map<String, Object>, double[]> b = Gym.make(id)) {
        a.reset(7L, null);
        b.reset(7L, null);
        double[] action = new double[a.actionSpace().sample().length];
        java.util.Arrays.fill(action, 3.0);
        for (int t = 0; t < 20; t++) {
          assertEquals(a.step(action).reward(), b.step(action).reward(), id);
        }
      }
    }
  }
}
