package dev.jymnasium.control.inventory;

/**
 * Capped base-stock: order {@code q = min((S − IP)⁺, r)}, with {@code IP} the store's inventory
 * position (on hand plus pipeline, before ordering). Near-optimal for one store with lost sales (L.
 * Xin, "Understanding the performance of capped base-stock policies in lost-sales inventory
 * models", Operations Research 69(1), 2021), and one of the structured yardsticks of Alvo, Russo
 * and Kanoria (2023) (public code: MatiasAlvo/Neural_inventory_control). With {@code r = ∞} it is
 * {@link BaseStockPolicy}; with {@code S = ∞} it is {@link ConstantOrderPolicy}.
 *
 * @param level {@code S}, finite
 * @param cap {@code r ≥ 0}, finite
 */
public record CappedBaseStockPolicy(double level, double cap) implements PositionPolicy {
  /** Checks the parameters. */
  public CappedBaseStockPolicy {
    if (!Double.isFinite(level) || !(cap >= 0) || Double.isInfinite(cap)) {
      throw new IllegalArgumentException(
          "capped base-stock needs a finite level and a finite cap >= 0, got S = "
              + level
              + ", r = "
              + cap);
    }
  }

  /** The order for a store whose state is {@code storeInventories} (on hand, then pipeline). */
  public double order(double[] storeInventories) {
    double position = 0;
    for (double v : storeInventories) {
      position += v;
    }
    return Math.min(Math.max(level - position, 0.0), cap);
  }

  /** {@code min((S − IP)⁺, r)} for each position. */
  @Override
  public void ordersAt(double[] positions, double[] orders, int count) {
    for (int i = 0; i < count; i++) {
      orders[i] = Math.min(Math.max(level - positions[i], 0.0), cap);
    }
  }
}
