package dev.jymnasium.control.inventory;

/** A policy for every scenario of a {@link ScenarioBatch} at once. */
@FunctionalInterface
public interface BatchPolicy {
  /**
   * Writes this period's orders.
   *
   * @param batch the scenarios, before the period is played
   * @param orders {@code [stage·K + scenario]}, to fill with values {@code ≥ 0}
   */
  void orders(ScenarioBatch batch, double[] orders);
}
