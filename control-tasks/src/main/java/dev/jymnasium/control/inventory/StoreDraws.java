package dev.jymnasium.control.inventory;

import dev.jymnasium.env.rng.NpRandom;
import java.util.Arrays;
import java.util.List;

/**
 * The per-store parameters of a network instance: demand means and standard deviations, lead times
 * per (store, warehouse) link, holding and underage costs, as the network settings of Alvo, Russo
 * and Kanoria (2023) draw or fix them.
 *
 * @param means {@code μ_i}
 * @param stds {@code σ_i}
 * @param leadTimes {@code [store·W + warehouse]}, 0 where there is no link
 * @param holdingCosts {@code h_i}
 * @param underageCosts {@code p_i}
 * @param warehouses {@code W}
 */
record StoreDraws(
    double[] means,
    double[] stds,
    int[] leadTimes,
    double[] holdingCosts,
    double[] underageCosts,
    int warehouses) {

  /** {@code n} draws uniform in {@code [low, high)}. */
  static double[] uniform(NpRandom rng, int n, double low, double high) {
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = rng.uniform(low, high);
    }
    return v;
  }

  /** {@code σ_i = μ_i·cv_i}. */
  static double[] stds(double[] means, double[] cv) {
    double[] s = new double[means.length];
    for (int i = 0; i < s.length; i++) {
      s[i] = means[i] * cv[i];
    }
    return s;
  }

  /** {@code n} copies of {@code value}. */
  static double[] constant(int n, double value) {
    double[] v = new double[n];
    Arrays.fill(v, value);
    return v;
  }

  /** Each store's pipeline length: {@code max(minimum, longest lead time of the network)}. */
  int[] slots(int minimum) {
    int longest = minimum;
    for (int l : leadTimes) {
      longest = Math.max(longest, l);
    }
    int[] s = new int[means.length];
    Arrays.fill(s, longest);
    return s;
  }

  /**
   * The static features of the observation: {@code holding_costs}, {@code underage_costs}, {@code
   * lead_times} ({@code (n,)} with one warehouse, {@code (n, W)} with several), {@code
   * demand_mean}, {@code demand_std}.
   */
  List<StoreNetworkEnv.Feature> features() {
    int n = means.length;
    double[] leads = new double[leadTimes.length];
    for (int i = 0; i < leads.length; i++) {
      leads[i] = leadTimes[i];
    }
    int[] leadShape = warehouses == 1 ? new int[] {n} : new int[] {n, warehouses};
    return List.of(
        new StoreNetworkEnv.Feature("holding_costs", holdingCosts, n),
        new StoreNetworkEnv.Feature("underage_costs", underageCosts, n),
        new StoreNetworkEnv.Feature("lead_times", leads, leadShape),
        new StoreNetworkEnv.Feature("demand_mean", means, n),
        new StoreNetworkEnv.Feature("demand_std", stds, n));
  }
}
