package dev.jymnasium.control.inventory;

import dev.jymnasium.env.registry.ConfigBinder;
import dev.jymnasium.env.registry.Kwarg;

/**
 * One store with lost sales and Poisson demand: the {@code one_store_lost} setting of Alvo, Russo
 * and Kanoria (2023), "Neural inventory control in networks via hindsight differentiable policy
 * optimization" (public code: MatiasAlvo/Neural_inventory_control), whose lead times {@code L ∈ {1,
 * 2, 3, 4}} and underage costs {@code p ∈ {4, 9, 19, 39}} with {@code h = 1} are Zipkin's (2008)
 * sixteen instances.
 *
 * <h2>Description</h2>
 *
 * Each period the store orders {@code q} units, which arrive {@code L} periods later; demand it
 * cannot meet from stock on hand is lost. Dynamics, costs and the period order are those of {@link
 * OneStoreEnv}.
 *
 * <h2>Action space</h2>
 *
 * {@code Box(0, inf, (1,), float64)}: {@code [q]}, the order quantity (continuous).
 *
 * <h2>Observation space</h2>
 *
 * {@code Dict(store_inventories: Box(0, inf, (1, L), float64), current_period: Discrete(periods +
 * 1))}: on hand, then the units arriving in 1 … L−1 periods; the periods played so far.
 *
 * <h2>Rewards</h2>
 *
 * Minus the period's cost {@code p·(d − I[0])⁺ + h·(I[0] − d)⁺}, charged on the stock on hand at
 * the start of the period; {@code info["cost"]} holds the cost, {@code info["demand"]} the demand
 * {@code d ~ Poisson(demand_mean)} and {@code info["warm_up"]} whether the period belongs to the
 * warm-up.
 *
 * <h2>Starting state</h2>
 *
 * Every slot of the pipeline, on hand included, uniform in {@code [a·μ, b·μ]} with {@code [a, b] =
 * initial_range_mult} and {@code μ = demand_mean}.
 *
 * <h2>Episode end</h2>
 *
 * Terminates after {@code periods} periods; no time limit.
 *
 * <h2>Arguments</h2>
 *
 * {@code lead_time} (4), {@code underage_cost} (9), {@code holding_cost} (1), {@code periods} (50),
 * {@code ignore_periods} (None: 3/5 of periods), {@code demand_mean} (5), {@code
 * initial_range_mult} ([0, 1]).
 *
 * <h2>Version history</h2>
 *
 * v0: initial version.
 *
 * <h2>Differences from the original</h2>
 *
 * The original simulates batches of scenarios with pre-sampled demand traces; this env is one
 * scenario and draws each period's demand when it is stepped (numpy's Poisson algorithm on the
 * env's generator). Costs are float64 (the original casts to float32 by default).
 */
public final class OneStoreLostEnv extends OneStoreEnv {
  static final String ID = "inventory/OneStoreLost-v0";

  private final double demandMean;

  /**
   * The kwargs of {@code inventory/OneStoreLost-v0}.
   *
   * @param store the kwargs both one-store envs take
   * @param demandMean {@code demand_mean}
   */
  public record Config(
      OneStoreEnv.Options store,
      @Kwarg(defaultValue = "5", min = 0, max = 1e6, doc = "mean of the Poisson demand")
          double demandMean) {}

  /** Default settings (L = 4, p = 9, h = 1, Poisson(5)). */
  public OneStoreLostEnv() {
    this(ConfigBinder.defaults(Config.class));
  }

  /** An env with the given settings. */
  public OneStoreLostEnv(Config config) {
    super(ConfigBinder.checked(config, ID).store(), config.demandMean(), true);
    this.demandMean = config.demandMean();
  }

  @Override
  protected double sampleDemand() {
    return Demand.poisson(npRandom(), demandMean);
  }

  @Override
  public DemandTrace demandTrace(long seed, int periods, int scenarios) {
    return DemandTrace.poisson(seed, periods, scenarios, demandMean);
  }

  @Override
  public double demandQuantile(int periods, double quantile) {
    return NewsvendorQuantile.poissonLevel(demandMean, periods, quantile);
  }
}
