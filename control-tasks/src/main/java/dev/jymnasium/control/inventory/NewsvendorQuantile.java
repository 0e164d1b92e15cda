package dev.jymnasium.control.inventory;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.PoissonDistribution;

/**
 * Newsvendor (critical-fractile) base-stock levels: order up to the {@code τ}-quantile of the
 * demand over the protection interval, {@code τ = p/(p+h)} by default. In the period order of
 * {@link OneStoreEnv} an order placed now is first charged for {@code L} periods later, when on
 * hand has met {@code L} demands and meets one more, so the interval is {@code L + 1} periods. With
 * backlogged normal demand this level is optimal: {@code S* = μ(L+1) + z·σ·√(L+1)}, {@code z =
 * Φ⁻¹(τ)}, at cost {@code (p+h)·σ·√(L+1)·φ(z)} per period (the textbook result; see e.g. P. Zipkin,
 * "Foundations of Inventory Management", 2000).
 */
public final class NewsvendorQuantile {
  private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1);

  private NewsvendorQuantile() {}

  /** {@code τ = p/(p+h)}; both costs {@code ≥ 0}, not both 0. */
  public static double criticalRatio(double underageCost, double holdingCost) {
    if (!(underageCost >= 0) || !(holdingCost >= 0) || underageCost + holdingCost == 0) {
      throw new IllegalArgumentException(
          "costs must be >= 0 and not both 0, got p = " + underageCost + ", h = " + holdingCost);
    }
    return underageCost / (underageCost + holdingCost);
  }

  /**
   * The {@code quantile}-quantile of {@code periods} independent Normal({@code mean}, {@code std})
   * period demands.
   */
  public static double normalLevel(double mean, double std, int periods, double quantile) {
    checkQuantile(quantile, periods);
    double spread = std * Math.sqrt(periods);
    return mean * periods + STANDARD_NORMAL.inverseCumulativeProbability(quantile) * spread;
  }

  /**
   * The smallest integer {@code S} with {@code P(D ≤ S) ≥ quantile}, {@code D ~
   * Poisson(periods·mean)}.
   */
  public static double poissonLevel(double mean, int periods, double quantile) {
    checkQuantile(quantile, periods);
    if (!(mean > 0)) {
      throw new IllegalArgumentException("Poisson mean must be > 0, got " + mean);
    }
    return new PoissonDistribution(null, mean * periods, 1e-12, 10_000_000)
        .inverseCumulativeProbability(quantile);
  }

  /**
   * The long-run cost per period of base-stock at {@link #normalLevel} with {@code τ = p/(p+h)} for
   * one store with backlog and Normal demand (clipping at 0 ignored): {@code (p+h)·σ·√(L+1)·φ(z)}.
   */
  public static double normalBacklogCost(
      double std, int leadTime, double underageCost, double holdingCost) {
    double z =
        STANDARD_NORMAL.inverseCumulativeProbability(criticalRatio(underageCost, holdingCost));
    return (underageCost + holdingCost)
        * std
        * Math.sqrt(leadTime + 1.0)
        * STANDARD_NORMAL.density(z);
  }

  /** Base-stock at the normal critical-fractile level for lead time {@code L}. */
  public static BaseStockPolicy normal(
      double mean, double std, int leadTime, double underageCost, double holdingCost) {
    double tau = criticalRatio(underageCost, holdingCost);
    return new BaseStockPolicy(normalLevel(mean, std, leadTime + 1, tau));
  }

  private static void checkQuantile(double quantile, int periods) {
    if (!(quantile > 0 && quantile < 1) || periods < 1) {
      throw new IllegalArgumentException(
          "quantile must be in (0, 1) and periods >= 1, got " + quantile + ", " + periods);
    }
  }
}
