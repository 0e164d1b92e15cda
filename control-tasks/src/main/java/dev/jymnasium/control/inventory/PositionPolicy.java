package dev.jymnasium.control.inventory;

/**
 * A store policy whose order depends only on the store's inventory position (on hand plus pipeline,
 * before ordering): base-stock, capped base-stock, constant order. {@link ScenarioBatch} rolls such
 * a policy on a one-stage chain in blocks of scenarios that stay in cache, with the same arithmetic
 * as {@link #orders(ScenarioBatch, double[])}.
 */
public interface PositionPolicy extends BatchPolicy {
  /**
   * The orders for {@code count} inventory positions.
   *
   * @param positions {@code [i]}, {@code i < count}
   * @param orders filled with the order for each position, {@code ≥ 0}
   * @param count how many to fill
   */
  void ordersAt(double[] positions, double[] orders, int count);

  /** Store orders in every scenario of {@code batch}; stages upstream order nothing. */
  @Override
  default void orders(ScenarioBatch batch, double[] orders) {
    java.util.Arrays.fill(orders, 0);
    ordersAt(batch.positions(0), orders, batch.scenarios());
  }
}
