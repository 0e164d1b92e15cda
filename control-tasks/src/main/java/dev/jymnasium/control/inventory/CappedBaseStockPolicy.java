package dev.jymnasium.control.inventory;

import java.util.Arrays;

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
public record CappedBaseStockPolicy(double level, double cap) implements BatchPolicy {
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

  /** Store orders in every scenario; stages upstream order nothing. */
  @Override
  public void orders(ScenarioBatch batch, double[] orders) {
    Arrays.fill(orders, 0);
    double[] position = batch.positions(0);
    for (int s = 0; s < batch.scenarios(); s++) {
      orders[s] = Math.min(Math.max(level - position[s], 0.0), cap);
    }
  }
}
