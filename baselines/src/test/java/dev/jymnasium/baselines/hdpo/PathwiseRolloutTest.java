package dev.jymnasium.baselines.hdpo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jymnasium.control.inventory.DemandTrace;
import dev.jymnasium.env.rng.NpRandom;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PathwiseRolloutTest {
  /** The pathwise gradient equals central finite differences of the rolled cost. */
  private static void checkGradient(InventorySetting setting, long seed) {
    checkGradient(setting, OrderHead.Kind.VANILLA, seed);
  }

  private static void checkGradient(InventorySetting setting, OrderHead.Kind head, long seed) {
    OrderNet net = new OrderNet(setting.rows(), 5, 4, setting.stages());
    checkGradient(
        setting,
        new PathwiseRollout(setting, net, head),
        net.initialParameters(NpRandom.of(seed)),
        seed);
  }

  private static void checkGradient(
      InventorySetting setting, PathwiseRollout rollout, double[] params, long seed) {
    int batch = 3;
    int periods = 7;
    int ignore = 2;
    DemandTrace demand = setting.demand(seed + 1, periods, batch);
    double[] initial = setting.initialStates(seed + 2, batch);
    double[] grad = new double[params.length];
    double cost = rollout.run(params, demand.values(), initial, batch, periods, ignore, grad);
    assertEquals(
        cost,
        rollout.run(params, demand.values(), initial, batch, periods, ignore, null),
        1e-12,
        "the taped and untaped rollouts agree");
    double eps = 1e-6;
    double worst = 0;
    for (int i = 0; i < params.length; i++) {
      double[] plus = params.clone();
      double[] minus = params.clone();
      plus[i] += eps;
      minus[i] -= eps;
      double fd =
          (rollout.run(plus, demand.values(), initial, batch, periods, ignore, null)
                  - rollout.run(minus, demand.values(), initial, batch, periods, ignore, null))
              / (2 * eps);
      worst = Math.max(worst, Math.abs(fd - grad[i]) / Math.max(1, Math.abs(fd)));
    }
    assertTrue(worst < 1e-6, "worst relative gap to finite differences " + worst);
  }

  @Test
  void gradientOfLostSalesMatchesFiniteDifferences() {
    checkGradient(
        InventorySetting.of(
            "inventory/OneStoreLost-v0", Map.of("lead_time", 3, "underage_cost", 9)),
        1);
  }

  @Test
  void gradientOfBacklogMatchesFiniteDifferences() {
    checkGradient(
        InventorySetting.of("inventory/OneStoreBacklogged-v0", Map.of("lead_time", 2)), 2);
  }

  @Test
  void gradientOfStructuredRulesMatchesFiniteDifferences() {
    InventorySetting lost =
        InventorySetting.of("inventory/OneStoreLost-v0", Map.of("lead_time", 2));
    // S = 5·softplus(1.3) ≈ 7.8 and r = 5·softplus(-0.2) ≈ 3.0: both kinks are active on the path
    checkGradient(
        lost,
        new PathwiseRollout(lost, PathwiseRollout.Rule.CAPPED_BASE_STOCK),
        new double[] {1.3, -0.2},
        4);
    InventorySetting backlog =
        InventorySetting.of("inventory/OneStoreBacklogged-v0", Map.of("lead_time", 3));
    checkGradient(
        backlog,
        new PathwiseRollout(backlog, PathwiseRollout.Rule.BASE_STOCK),
        new double[] {3.0},
        5);
  }

  @Test
  void gradientOfSerialChainMatchesFiniteDifferences() {
    checkGradient(InventorySetting.of("inventory/Serial-v0", Map.of()), 3);
  }

  @Test
  void gradientsThroughThePositionHeadMatchFiniteDifferences() {
    checkGradient(
        InventorySetting.of("inventory/OneStoreBacklogged-v0", Map.of("lead_time", 4)),
        OrderHead.Kind.POSITION,
        6);
    checkGradient(
        InventorySetting.of(
            "inventory/OneStoreLost-v0", Map.of("lead_time", 2, "underage_cost", 4)),
        OrderHead.Kind.POSITION,
        7);
    checkGradient(InventorySetting.of("inventory/Serial-v0", Map.of()), OrderHead.Kind.POSITION, 8);
  }
}
