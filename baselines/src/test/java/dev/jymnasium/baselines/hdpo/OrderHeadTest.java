package dev.jymnasium.baselines.hdpo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jymnasium.control.inventory.BaseStockPolicy;
import dev.jymnasium.control.inventory.EchelonStockPolicy;
import dev.jymnasium.env.rng.NpRandom;
import org.junit.jupiter.api.Test;

class OrderHeadTest {
  private static final double MEAN = 5;

  /**
   * A random state of {@code batch} scenarios with stores' on hand in [-10, 10], the rest [0, 8].
   */
  private static double[] randomState(NpRandom rng, int rows, int batch) {
    double[] state = new double[rows * batch];
    for (int k = 0; k < state.length; k++) {
      state[k] = k < batch ? rng.uniform(-10, 10) : rng.uniform(0, 8);
    }
    return state;
  }

  @Test
  void constantOutputsOfThePositionHeadAreEchelonBaseStock() {
    // the serial system's stages: store L = 4, warehouse 3, echelons 4 and 2 (4 slots each)
    int[] slots = {4, 3, 4, 4};
    int[] lead = {4, 3, 4, 2};
    OrderHead head = new OrderHead(OrderHead.Kind.POSITION, slots, lead, MEAN);
    double[] levels = {31, 47, 70, 80};
    EchelonStockPolicy echelon = new EchelonStockPolicy(31, 16, 23, 10);
    // T_k = μ·(z_k + c_k), c = 1 + cumulative lead times = 5, 8, 12, 14
    double[] offsets = {5, 8, 12, 14};
    int batch = 64;
    double[] z = new double[4 * batch];
    for (int k = 0; k < 4; k++) {
      for (int s = 0; s < batch; s++) {
        z[k * batch + s] = levels[k] / MEAN - offsets[k];
      }
    }
    double[] state = randomState(NpRandom.of(3), 15, batch);
    double[] q = new double[4 * batch];
    head.orders(z, state, q, batch);
    int capped = 0;
    for (int s = 0; s < batch; s++) {
      double[][] inventories = new double[4][];
      int row = 0;
      for (int k = 0; k < 4; k++) {
        inventories[k] = new double[slots[k]];
        for (int j = 0; j < slots[k]; j++) {
          inventories[k][j] = state[(row + j) * batch + s];
        }
        row += slots[k];
      }
      double[] expected = echelon.orders(inventories);
      for (int k = 0; k < 4; k++) {
        assertEquals(expected[k], q[k * batch + s], 1e-12, "stage " + k + ", scenario " + s);
        if (k < 3 && expected[k] > 0 && expected[k] == Math.max(inventories[k + 1][0], 0)) {
          capped++;
        }
      }
    }
    assertTrue(capped > 0, "some orders are capped by the supplier's stock");
  }

  @Test
  void constantOutputOfThePositionHeadIsBaseStockForOneStore() {
    OrderHead head = new OrderHead(OrderHead.Kind.POSITION, new int[] {4}, new int[] {4}, MEAN);
    BaseStockPolicy baseStock = new BaseStockPolicy(29.59);
    int batch = 32;
    double[] z = new double[batch];
    java.util.Arrays.fill(z, 29.59 / MEAN - 5);
    double[] state = randomState(NpRandom.of(4), 4, batch);
    double[] q = new double[batch];
    head.orders(z, state, q, batch);
    for (int s = 0; s < batch; s++) {
      double[] store = new double[4];
      for (int j = 0; j < 4; j++) {
        store[j] = state[j * batch + s];
      }
      assertEquals(baseStock.order(store), q[s], 1e-12);
    }
  }

  @Test
  void backwardMatchesFiniteDifferencesOfTheOrders() {
    int[] slots = {2, 3, 2};
    int[] lead = {2, 3, 2};
    for (OrderHead.Kind kind : OrderHead.Kind.values()) {
      OrderHead head = new OrderHead(kind, slots, lead, MEAN);
      NpRandom rng = NpRandom.of(5);
      int batch = 16;
      double[] state = randomState(rng, 7, batch);
      double[] z = new double[3 * batch];
      double[] weight = new double[3 * batch];
      for (int i = 0; i < z.length; i++) {
        z[i] = rng.uniform(-2, 2);
        weight[i] = rng.uniform(-1, 1);
      }
      double[] gradZ = new double[z.length];
      double[] gradState = new double[state.length];
      head.backward(z, state, weight.clone(), gradZ, gradState, batch);
      double eps = 1e-7;
      for (int i = 0; i < z.length; i++) {
        double[] plus = z.clone();
        double[] minus = z.clone();
        plus[i] += eps;
        minus[i] -= eps;
        double fd =
            (weighted(head, plus, state, weight, batch)
                    - weighted(head, minus, state, weight, batch))
                / (2 * eps);
        assertEquals(fd, gradZ[i], 1e-6, kind + " output " + i);
      }
      for (int i = 0; i < state.length; i++) {
        double[] plus = state.clone();
        double[] minus = state.clone();
        plus[i] += eps;
        minus[i] -= eps;
        double fd =
            (weighted(head, z, plus, weight, batch) - weighted(head, z, minus, weight, batch))
                / (2 * eps);
        assertEquals(fd, gradState[i], 1e-6, kind + " state " + i);
      }
    }
  }

  private static double weighted(
      OrderHead head, double[] z, double[] state, double[] weight, int batch) {
    double[] q = new double[weight.length];
    head.orders(z, state, q, batch);
    double sum = 0;
    for (int i = 0; i < q.length; i++) {
      sum += weight[i] * q[i];
    }
    return sum;
  }
}
