package dev.jymnasium.control.inventory;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jymnasium.control.inventory.SerialChain.UnmetDemand;
import dev.jymnasium.env.rng.NpRandom;
import org.junit.jupiter.api.Test;

/** The batched simulator against the original's costs, the scalar step and bad input. */
class ScenarioBatchTest {
  private static final int SCENARIOS = 5;
  private static final int PERIODS = 30;

  /**
   * Total cost per scenario over 30 periods, recorded from the original simulator
   * (MatiasAlvo/Neural_inventory_control at 4d77c14, float64 data) with {@code python
   * benchmarks/inventory/bench_original.py --orig CHECKOUT record}; the demand and initial states
   * are the closed forms in that script.
   */
  @Test
  void oneStoreCostsMatchTheOriginal() {
    assertTotals(
        chainOf(new int[] {3}, new int[] {4}, new double[] {1}, 9, UnmetDemand.LOST),
        new CappedBaseStockPolicy(12.5, 4.2),
        334.19300000000004,
        392.807,
        330.469,
        323.37800000000004,
        336.031);
    assertTotals(
        chainOf(new int[] {2}, new int[] {2}, new double[] {1}, 4, UnmetDemand.BACKLOGGED),
        new CappedBaseStockPolicy(9.3, 20),
        336.47799999999995,
        338.0699999999999,
        288.7939999999999,
        291.9069999999999,
        288.6299999999999);
    assertTotals(
        chainOf(new int[] {1}, new int[] {2}, new double[] {1.5}, 19, UnmetDemand.LOST),
        new CappedBaseStockPolicy(6.1, 3.3),
        859.8675000000002,
        865.6245000000002,
        815.8595,
        805.1580000000001,
        835.7860000000001);
  }

  @Test
  void serialCostsMatchTheOriginal() {
    // Store L = 4, warehouse L = 3, echelons L = 4 then 2 going upstream (the original lists them
    // upstream first: [2, 4]); every stage orders up to its own level from its own position.
    SerialChain chain =
        chainOf(
            new int[] {4, 3, 4, 2},
            new int[] {4, 3, 4, 4},
            new double[] {1, 0.5, 0.2, 0.1},
            9,
            UnmetDemand.BACKLOGGED);
    double[] levels = {22, 18, 25, 14};
    BatchPolicy installation =
        (batch, orders) -> {
          for (int k = 0; k < batch.stages(); k++) {
            for (int s = 0; s < batch.scenarios(); s++) {
              orders[k * batch.scenarios() + s] = Math.max(levels[k] - batch.position(k, s), 0);
            }
          }
        };
    assertTotals(
        chain,
        installation,
        3258.326500000001,
        3333.4910000000004,
        3293.0865000000003,
        3355.944,
        3199.1615);
  }

  @Test
  void everyScenarioStepsLikeTheScalarEnv() {
    SerialChain chain = SerialChain.oneStore(3, 19, 2, UnmetDemand.LOST);
    int k = 7;
    ScenarioBatch batch = new ScenarioBatch(chain, k);
    NpRandom rng = NpRandom.of(3);
    double[][] scalar = new double[k][3];
    double[] start = new double[3 * k];
    for (int s = 0; s < k; s++) {
      for (int j = 0; j < 3; j++) {
        scalar[s][j] = 10 * rng.random();
        start[s * 3 + j] = scalar[s][j];
      }
    }
    batch.setInventories(0, start);
    double[] orders = new double[k];
    double[] demands = new double[k];
    for (int t = 0; t < 20; t++) {
      for (int s = 0; s < k; s++) {
        orders[s] = 8 * rng.random();
        demands[s] = 9 * rng.random();
      }
      double[] costs = batch.step(orders, demands, 0);
      for (int s = 0; s < k; s++) {
        double expected = OneStoreEnv.advance(scalar[s], orders[s], demands[s], 19, 2, true);
        assertEquals(expected, costs[s], 0.0);
        for (int j = 0; j < 3; j++) {
          assertEquals(scalar[s][j], batch.inventory(0, s, j), 0.0);
        }
      }
    }
  }

  @Test
  void badInputIsRejected() {
    assertThrows(
        IllegalArgumentException.class, () -> SerialChain.oneStore(0, 9, 1, UnmetDemand.LOST));
    assertThrows(
        IllegalArgumentException.class,
        () -> new SerialChain(new int[] {2}, new int[] {1}, new double[] {1}, 9, UnmetDemand.LOST));
    ScenarioBatch batch = new ScenarioBatch(SerialChain.oneStore(2, 9, 1, UnmetDemand.LOST), 3);
    assertThrows(IllegalArgumentException.class, () -> batch.setInventories(0, new double[5]));
    assertThrows(IllegalArgumentException.class, () -> batch.step(new double[2], new double[3], 0));
    DemandTrace trace = new DemandTrace(new double[6], 3, 2);
    assertThrows(
        IllegalArgumentException.class,
        () -> batch.averageCost(new ConstantOrderPolicy(1), trace, 0));
    assertThrows(IllegalArgumentException.class, () -> new DemandTrace(new double[5], 3, 2));
  }

  @Test
  void sameSeedSameTrace() {
    DemandTrace a = DemandTrace.poisson(11, 20, 4, 5);
    assertArrayEquals(a.values(), DemandTrace.poisson(11, 20, 4, 5).values());
    assertEquals(80, a.values().length);
  }

  private static SerialChain chainOf(
      int[] leadTimes, int[] slots, double[] holding, double underage, UnmetDemand unmet) {
    return new SerialChain(leadTimes, slots, holding, underage, unmet);
  }

  private static void assertTotals(SerialChain chain, BatchPolicy policy, double... expected) {
    ScenarioBatch batch = new ScenarioBatch(chain, SCENARIOS);
    int[] slots = chain.slots();
    double[] store = new double[SCENARIOS * slots[0]];
    for (int s = 0; s < SCENARIOS; s++) {
      for (int j = 0; j < slots[0]; j++) {
        store[s * slots[0] + j] = ((s + 2 * j) % 5) * 1.3;
      }
    }
    batch.setInventories(0, store);
    for (int k = 1; k < chain.stages(); k++) {
      double[] up = new double[SCENARIOS * slots[k]];
      for (int s = 0; s < SCENARIOS; s++) {
        for (int j = 0; j < slots[k]; j++) {
          up[s * slots[k] + j] = 40 + 10 * j;
        }
      }
      batch.setInventories(k, up);
    }
    double[] demands = new double[PERIODS * SCENARIOS];
    for (int t = 0; t < PERIODS; t++) {
      for (int s = 0; s < SCENARIOS; s++) {
        demands[t * SCENARIOS + s] = ((3 * s + 7 * t) % 11) * 0.731 + 0.25;
      }
    }
    batch.averageCost(policy, new DemandTrace(demands, PERIODS, SCENARIOS), 0);
    double[] totals = batch.totalCosts();
    for (int s = 0; s < SCENARIOS; s++) {
      assertEquals(expected[s], totals[s], 1e-9, "scenario " + s);
    }
  }

  @Test
  void blockRolloutIsIdenticalToSteppingPeriodByPeriod() {
    int k = ScenarioBatch.BLOCK + 45;
    int periods = 37;
    int[][] shapes = {{1, 1}, {2, 3}, {4, 4}, {3, 5}};
    for (UnmetDemand unmet : UnmetDemand.values()) {
      for (int[] shape : shapes) {
        SerialChain chain =
            new SerialChain(
                new int[] {shape[0]}, new int[] {shape[1]}, new double[] {1.3}, 9, unmet);
        DemandTrace trace = DemandTrace.poisson(3, periods, k, 5);
        double[] start = new double[shape[1] * k];
        NpRandom rng = NpRandom.of(8);
        for (int i = 0; i < start.length; i++) {
          start[i] = 6 * rng.random();
        }
        for (PositionPolicy policy :
            new PositionPolicy[] {
              new CappedBaseStockPolicy(5.0 * (shape[0] + 1), 6.5),
              new BaseStockPolicy(5.0 * (shape[0] + 1)),
              new ConstantOrderPolicy(4.75)
            }) {
          ScenarioBatch blocks = new ScenarioBatch(chain, k);
          ScenarioBatch stepped = new ScenarioBatch(chain, k);
          blocks.setInventories(0, start);
          stepped.setInventories(0, start);
          BatchPolicy plain = policy::orders;
          // twice in a row: the second rollout starts where the first left the ring's head
          for (int round = 0; round < 2; round++) {
            double a = blocks.averageCost(policy, trace, 11);
            double b = stepped.averageCost(plain, trace, 11);
            String what = unmet + " " + java.util.Arrays.toString(shape) + " " + policy;
            assertEquals(b, a, 0.0, what);
            assertArrayEquals(stepped.totalCosts(), blocks.totalCosts(), 0.0, what);
            for (int s = 0; s < k; s += 17) {
              for (int j = 0; j < shape[1]; j++) {
                assertEquals(stepped.inventory(0, s, j), blocks.inventory(0, s, j), 0.0, what);
              }
            }
          }
        }
      }
    }
  }
}
