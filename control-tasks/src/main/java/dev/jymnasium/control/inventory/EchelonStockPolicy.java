package dev.jymnasium.control.inventory;

import java.util.Arrays;

/**
 * Echelon base-stock for a serial chain (optimal with backlog: Clark and Scarf, Management Science
 * 6(4), 1960), parametrised by non-negative increments as in Alvo, Russo and Kanoria (2023) (public
 * code: MatiasAlvo/Neural_inventory_control). Stage {@code k}'s echelon level is {@code S_k = x_0 +
 * … + x_k}, so levels grow upstream; its echelon position {@code EIP_k} is the sum of the inventory
 * positions of stages {@code 0 … k}. Stage {@code k} orders {@code min((S_k − EIP_k)⁺, on hand of
 * stage k+1)}; the last stage buys from an unlimited supplier.
 */
public final class EchelonStockPolicy implements BatchPolicy {
  private final double[] levels;

  /**
   * @param increments {@code x_0 … x_{m−1}}, store first, each finite and {@code ≥ 0}
   */
  public EchelonStockPolicy(double... increments) {
    if (increments.length == 0) {
      throw new IllegalArgumentException("echelon stock needs one increment per stage, got none");
    }
    levels = new double[increments.length];
    double level = 0;
    for (int k = 0; k < increments.length; k++) {
      if (!(increments[k] >= 0) || Double.isInfinite(increments[k])) {
        throw new IllegalArgumentException(
            "echelon increments must be finite and >= 0, got " + Arrays.toString(increments));
      }
      level += increments[k];
      levels[k] = level;
    }
  }

  /** The echelon levels {@code S_0 ≤ S_1 ≤ …}, store first. */
  public double[] levels() {
    return levels.clone();
  }

  @Override
  public void orders(ScenarioBatch batch, double[] orders) {
    int stages = batch.stages();
    if (stages != levels.length) {
      throw new IllegalArgumentException(
          "policy has " + levels.length + " echelon levels, the chain " + stages + " stages");
    }
    int k = batch.scenarios();
    for (int s = 0; s < k; s++) {
      double echelonPosition = 0;
      for (int stage = 0; stage < stages; stage++) {
        echelonPosition += batch.position(stage, s);
        double wanted = Math.max(levels[stage] - echelonPosition, 0.0);
        boolean supplied = stage + 1 < stages;
        orders[stage * k + s] =
            supplied ? Math.min(wanted, Math.max(batch.inventory(stage + 1, s, 0), 0.0)) : wanted;
      }
    }
  }

  /**
   * The orders of every stage for one scenario.
   *
   * @param inventories per stage (store first): on hand, then the pipeline
   * @return orders per stage
   */
  public double[] orders(double[][] inventories) {
    if (inventories.length != levels.length) {
      throw new IllegalArgumentException(
          "policy has " + levels.length + " echelon levels, got " + inventories.length + " stages");
    }
    double[] q = new double[levels.length];
    double echelonPosition = 0;
    for (int stage = 0; stage < levels.length; stage++) {
      for (double v : inventories[stage]) {
        echelonPosition += v;
      }
      double wanted = Math.max(levels[stage] - echelonPosition, 0.0);
      q[stage] =
          stage + 1 < levels.length
              ? Math.min(wanted, Math.max(inventories[stage + 1][0], 0.0))
              : wanted;
    }
    return q;
  }
}
