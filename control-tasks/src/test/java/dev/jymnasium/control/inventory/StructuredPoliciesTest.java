package dev.jymnasium.control.inventory;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jymnasium.control.inventory.SerialChain.UnmetDemand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Structured policies: their rules by hand, their known optima, and the parameter search. */
class StructuredPoliciesTest {
  private static final double MEAN = 5;
  private static final double STD = 1.6;

  /**
   * One store, backlog, Normal(5, 1.6), h = 1: optimal base-stock levels and costs per period, from
   * the closed form for normal demand (the values of the Neural_inventory_control study's
   * one_store_backlogged setting).
   */
  @ParameterizedTest
  @CsvSource({
    "1, 4, 3.167, 11.90",
    "1, 39, 5.290, 14.43",
    "4, 9, 6.279, 29.59",
    "7, 19, 9.335, 47.44",
    "10, 4, 7.428, 59.47",
    "15, 9, 11.232, 88.20",
    "20, 39, 17.141, 119.37"
  })
  void backlogBaseStockOptimaAndTheirSimulatedCost(
      int leadTime, double p, double cost, double level) {
    BaseStockPolicy policy = NewsvendorQuantile.normal(MEAN, STD, leadTime, p, 1);
    assertEquals(level, policy.level(), 0.005);
    assertEquals(cost, NewsvendorQuantile.normalBacklogCost(STD, leadTime, p, 1), 0.0005);
    // From empty, position is S from the first order on, so the store is stationary after L
    // periods.
    int scenarios = 8192;
    DemandTrace trace = DemandTrace.clippedNormal(leadTime, leadTime + 300, scenarios, MEAN, STD);
    ScenarioBatch batch =
        new ScenarioBatch(SerialChain.oneStore(leadTime, p, 1, UnmetDemand.BACKLOGGED), scenarios);
    double simulated = batch.averageCost(policy, trace, leadTime);
    assertEquals(cost, simulated, 0.005 * cost, "simulated cost of S* = " + policy.level());
  }

  @Test
  void cappedBaseStockSearchComesCloseToTheLostSalesOptimum() {
    // L = 1, p = 9: optimal average cost 5.4382 (LostSalesRviTest). Capped base-stock is not quite
    // optimal: its exact stationary cost (a Markov chain on on-hand stock) is 5.4812 at S = 14,
    // r = 6 and 5.4823 at S = 14, r = 7, 0.8 % above; continuous parameters gain a little.
    int scenarios = 2048;
    DemandTrace trace = DemandTrace.poisson(5, 300, scenarios, MEAN);
    ScenarioBatch batch =
        new ScenarioBatch(SerialChain.oneStore(1, 9, 1, UnmetDemand.LOST), scenarios);
    PolicySearch search = new PolicySearch(batch, b -> {}, trace, 50);
    PolicySearch.Result r =
        search.search(x -> new CappedBaseStockPolicy(x[0], x[1]), new double[] {8, 3}, 4, 1);
    String found = java.util.Arrays.toString(r.parameters());
    assertEquals(5.4382, r.averageCost(), 0.01 * 5.4382, found);
    assertEquals(14, r.parameters()[0], 1, found);
    double constant = search.evaluate(new ConstantOrderPolicy(MEAN));
    assertTrue(r.averageCost() < constant, "capped base-stock beats ordering the mean");
  }

  @Test
  void rulesByHand() {
    double[] state = {3, 4, 2};
    assertEquals(1.0, new BaseStockPolicy(10).order(state));
    assertEquals(0.0, new BaseStockPolicy(8).order(state));
    assertEquals(0.5, new CappedBaseStockPolicy(10, 0.5).order(state));
    assertEquals(1.0, new CappedBaseStockPolicy(10, 7).order(state));
    assertEquals(2.5, new ConstantOrderPolicy(2.5).order(state));
    // Echelon levels 10, 10 + 6, 10 + 6 + 5; positions 9, 4, 7 (echelon 9, 13, 20).
    EchelonStockPolicy echelon = new EchelonStockPolicy(10, 6, 5);
    assertArrayEquals(new double[] {10, 16, 21}, echelon.levels());
    double[][] chain = {{5, 4}, {0.5, 3.5}, {7}};
    // store wants 1 but its supplier holds 0.5; warehouse wants 3 (supplier 7); top wants 1.
    assertArrayEquals(new double[] {0.5, 3, 1}, echelon.orders(chain));
  }

  @Test
  void echelonStockKeepsUpstreamStockNonNegativeAndSearchImprovesIt() {
    SerialChain chain =
        new SerialChain(
            new int[] {4, 3, 4, 2},
            new int[] {4, 3, 4, 2},
            new double[] {1, 0.5, 0.2, 0.1},
            9,
            UnmetDemand.BACKLOGGED);
    int scenarios = 256;
    DemandTrace trace = DemandTrace.clippedNormal(2, 120, scenarios, MEAN, 2);
    ScenarioBatch batch = new ScenarioBatch(chain, scenarios);
    BatchPolicy checked =
        (b, orders) -> {
          new EchelonStockPolicy(25, 15, 20, 10).orders(b, orders);
          for (int k = 1; k < b.stages(); k++) {
            for (int s = 0; s < scenarios; s++) {
              assertTrue(b.inventory(k, s, 0) - orders[(k - 1) * scenarios + s] >= 0);
            }
          }
        };
    batch.averageCost(checked, trace, 0);
    PolicySearch search = new PolicySearch(batch, b -> {}, trace, 60);
    double start = search.evaluate(new EchelonStockPolicy(25, 15, 20, 10));
    PolicySearch.Result r =
        search.search(EchelonStockPolicy::new, new double[] {25, 15, 20, 10}, 4, 1);
    assertTrue(r.averageCost() < start, r.averageCost() + " vs " + start);
  }

  @Test
  void badParametersAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> new CappedBaseStockPolicy(5, -1));
    assertThrows(IllegalArgumentException.class, () -> new ConstantOrderPolicy(Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> new EchelonStockPolicy(3, -1));
    assertThrows(IllegalArgumentException.class, () -> NewsvendorQuantile.criticalRatio(0, 0));
    assertThrows(IllegalArgumentException.class, () -> NewsvendorQuantile.poissonLevel(5, 2, 1.0));
    // Poisson(10): P(D <= 13) = 0.864, P(D <= 14) = 0.917.
    assertEquals(14, NewsvendorQuantile.poissonLevel(5, 2, 0.9));
  }
}
