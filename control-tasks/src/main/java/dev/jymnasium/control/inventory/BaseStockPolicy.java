package dev.jymnasium.control.inventory;

import java.util.Map;

/**
 * The base-stock (order-up-to) policy: order {@code q = (S − IP)⁺}, where the inventory position
 * {@code IP = Σ_j I[j]} is the stock on hand plus every outstanding order, before ordering. It is
 * optimal for one store with backlogged demand (with {@code S* = μ(L+1) + z·σ·√(L+1)}, {@code z =
 * Φ⁻¹(p/(p+h))}, for normal demand), and one of the structured yardsticks of Alvo, Russo and
 * Kanoria (2023), "Neural inventory control in networks via hindsight differentiable policy
 * optimization" (public code: MatiasAlvo/Neural_inventory_control).
 */
public final class BaseStockPolicy implements PositionPolicy {
  private final double level;

  /**
   * @param level the base-stock level {@code S} (finite)
   */
  public BaseStockPolicy(double level) {
    if (!Double.isFinite(level)) {
      throw new IllegalArgumentException("base-stock level must be finite, got " + level);
    }
    this.level = level;
  }

  /** The base-stock level {@code S}. */
  public double level() {
    return level;
  }

  /**
   * The order for a store whose state is {@code storeInventories}.
   *
   * @param storeInventories on hand, then the pipeline of outstanding orders
   * @return {@code (S − Σ storeInventories)⁺}
   */
  public double order(double[] storeInventories) {
    double position = 0;
    for (double v : storeInventories) {
      position += v;
    }
    return Math.max(level - position, 0.0);
  }

  /** {@code (S − IP)⁺} for each position. */
  @Override
  public void ordersAt(double[] positions, double[] orders, int count) {
    for (int i = 0; i < count; i++) {
      orders[i] = Math.max(level - positions[i], 0.0);
    }
  }

  /**
   * The action for an observation of {@link OneStoreEnv}: {@code [q]}.
   *
   * @param observation a dict with {@code store_inventories}
   */
  public double[] act(Map<String, Object> observation) {
    Object inv = observation.get("store_inventories");
    if (!(inv instanceof double[] values)) {
      throw new IllegalArgumentException(
          "observation needs store_inventories as double[], got " + inv);
    }
    return new double[] {order(values)};
  }
}
