package dev.jymnasium.control.inventory;

import java.util.Arrays;

/**
 * Order the same quantity {@code r} every period, whatever the state: a lost-sales benchmark that
 * is asymptotically optimal as the lead time grows (Goldberg, Katz-Rogozhnikov, Lu, Sharma and
 * Squillante, Mathematics of Operations Research 41(3), 2016).
 *
 * @param quantity {@code r ≥ 0}, finite
 */
public record ConstantOrderPolicy(double quantity) implements PositionPolicy {
  /** Checks the quantity. */
  public ConstantOrderPolicy {
    if (!(quantity >= 0) || Double.isInfinite(quantity)) {
      throw new IllegalArgumentException("constant order must be finite and >= 0, got " + quantity);
    }
  }

  /** {@code r}, whatever the store holds. */
  public double order(double[] storeInventories) {
    return quantity;
  }

  /** {@code r} for each position. */
  @Override
  public void ordersAt(double[] positions, double[] orders, int count) {
    Arrays.fill(orders, 0, count, quantity);
  }
}
