package dev.jymnasium.control.inventory;

/**
 * What a parameter search over a {@link ScenarioBatch} needs from an env built on a {@link
 * SerialChain} (the one-store envs and {@code inventory/Serial-v0}): the chain, its demand, the
 * horizon and the published metric's warm-up, and the start state's range.
 */
public interface ChainSetting {
  /** The system one scenario simulates. */
  SerialChain chain();

  /** Store demand as the env draws it, pre-sampled for {@code scenarios} scenarios. */
  DemandTrace demandTrace(long seed, int periods, int scenarios);

  /** The mean demand per period {@code μ}. */
  double meanDemand();

  /**
   * The {@code quantile}-quantile of the demand summed over {@code periods} periods (the level of
   * the newsvendor quantile policy for {@code periods = L + 1}).
   */
  double demandQuantile(int periods, double quantile);

  /** Periods per episode. */
  int periods();

  /** Warm-up periods the published metric leaves out. */
  int ignorePeriods();

  /** {@code [a, b]}: the store's slots start uniform in {@code [a·μ, b·μ]}. */
  double[] initialRangeMult();
}
