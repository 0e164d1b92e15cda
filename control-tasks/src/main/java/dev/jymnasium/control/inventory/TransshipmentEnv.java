package dev.jymnasium.control.inventory;

import dev.jymnasium.control.inventory.SerialChain.UnmetDemand;
import dev.jymnasium.env.registry.ConfigBinder;
import dev.jymnasium.env.registry.Kwarg;
import dev.jymnasium.env.rng.NpRandom;
import java.util.Arrays;

/**
 * A transshipment centre supplying {@code n} stores with backlogged demand: the {@code
 * transshipment_backlogged} setting of Alvo, Russo and Kanoria (2023), "Neural inventory control in
 * networks via hindsight differentiable policy optimization" (public code:
 * MatiasAlvo/Neural_inventory_control).
 *
 * <h2>Description</h2>
 *
 * Each period the centre orders from an unlimited supplier (on hand {@code L_w} periods later) and
 * passes everything it has on hand to the stores: under {@code feasibility="pass_through"} the
 * stores' orders are weights, and store {@code i} receives {@code on hand · q_i / Σ q} (the
 * original's policies allocate the same way, with a softmax over stores and no "keep" option). A
 * shipment is on hand at the store {@code L} periods later. Stores meet demand from stock on hand
 * and backlog the rest. Store {@code i} pays {@code p·(d_i − I_i[0])⁺ + h·(I_i[0] − d_i)⁺} on its
 * stock at the start of the period; the centre pays {@code h_w·(on hand − shipped)⁺}, which is 0
 * whenever some store orders; then every pipeline shifts (see {@link StoreNetwork}).
 *
 * <h2>Action space</h2>
 *
 * {@code Box(0, inf, (n + 1,), float64)}: the {@code n} store orders (allocation weights under
 * {@code pass_through}), then the centre's order.
 *
 * <h2>Observation space</h2>
 *
 * A dict: {@code store_inventories} ({@code Box(-inf, inf, (n, max(2, L)))}: on hand, negative when
 * backlogged, then arrivals), {@code warehouse_inventories} ({@code (1, L_w)}), {@code
 * current_period} ({@code Discrete(periods + 1)}), and the static features {@code holding_costs},
 * {@code underage_costs}, {@code lead_times}, {@code demand_mean}, {@code demand_std} ({@code (n,)}
 * each).
 *
 * <h2>Rewards</h2>
 *
 * Minus the period's total cost; {@code info} holds {@code cost}, {@code demand} (per store),
 * {@code shipped} (per store, after allocation) and {@code warm_up}. The published metric divides
 * the cost by the number of stores.
 *
 * <h2>Starting state</h2>
 *
 * Every slot of a store's pipeline uniform in {@code [a·μ_i, b·μ_i]} ({@code [a, b] =
 * initial_range_mult}); the centre starts empty.
 *
 * <h2>Episode end</h2>
 *
 * Terminates after {@code periods} periods; no time limit.
 *
 * <h2>Arguments</h2>
 *
 * {@code n_stores} (5; the paper uses 3, 5, 10), {@code instance_seed} (0: draws each store's mean
 * demand in {@code demand_mean_range} ([2.5, 7.5]) and coefficient of variation in {@code
 * demand_cv_range} ([0.25, 0.5])), {@code demand_correlation} (0.5; also 0), {@code
 * store_lead_time} (2; also 6), {@code holding_cost} (1), {@code underage_cost} (4; also 9), {@code
 * warehouse_lead_time} (3), {@code warehouse_holding_cost} (0.5), {@code periods} (50), {@code
 * ignore_periods} (None: 3/5 of periods), {@code initial_range_mult} ([0, 1]), {@code feasibility}
 * ({@code pass_through}; {@code proportional}: ship at most on hand; {@code none}: ship as ordered,
 * the centre's stock may go negative, as the original simulator allows), {@code render_mode}
 * (rgb_array or None).
 *
 * <h2>Version history</h2>
 *
 * v0: initial version.
 *
 * <h2>Differences from the original</h2>
 *
 * Store parameters come from {@code instance_seed} through Jymnasium's numpy-compatible generator,
 * so instances differ from the original's seeds; demand is not clipped (as there) but rounded to 3
 * decimals; correlated demand is drawn with a Cholesky factor (numpy uses SVD); one scenario
 * drawing demand as it steps; start stock scales with {@code μ_i} (the original uses the trace's
 * sample mean); float64; the allocation is the env's, where the original leaves it to the policy.
 */
public final class TransshipmentEnv extends StoreNetworkEnv {
  static final String ID = "inventory/Transshipment-v0";

  /**
   * The kwargs of {@code inventory/Transshipment-v0}.
   *
   * @param nStores {@code n_stores}
   * @param instanceSeed {@code instance_seed}: seed of the stores' means and CVs
   * @param demandMeanRange {@code demand_mean_range}
   * @param demandCvRange {@code demand_cv_range}
   * @param demandCorrelation {@code demand_correlation}
   * @param storeLeadTime {@code store_lead_time}
   * @param holdingCost {@code holding_cost}
   * @param underageCost {@code underage_cost}
   * @param warehouseLeadTime {@code warehouse_lead_time}
   * @param warehouseHoldingCost {@code warehouse_holding_cost}
   * @param periods {@code periods}
   * @param ignorePeriods {@code ignore_periods}
   * @param initialRangeMult {@code initial_range_mult}
   * @param feasibility {@code feasibility}
   * @param renderMode {@code render_mode}
   */
  public record Config(
      @Kwarg(defaultValue = "5", min = 1, max = 1000, doc = "number of stores") int nStores,
      @Kwarg(defaultValue = "0", min = 0, doc = "seed of the stores' means and CVs")
          int instanceSeed,
      @Kwarg(defaultValue = "2.5, 7.5", min = 0, doc = "[low, high): each store's mean demand")
          double[] demandMeanRange,
      @Kwarg(defaultValue = "0.25, 0.5", min = 0, doc = "[low, high): each store's demand CV")
          double[] demandCvRange,
      @Kwarg(defaultValue = "0.5", min = -1, max = 1, doc = "correlation of every pair of demands")
          double demandCorrelation,
      @Kwarg(defaultValue = "2", min = 1, max = 1000, doc = "store lead time (periods)")
          int storeLeadTime,
      @Kwarg(defaultValue = "1", min = 0, doc = "store's cost per unit left after demand")
          double holdingCost,
      @Kwarg(defaultValue = "4", min = 0, doc = "store's cost per unit backlogged")
          double underageCost,
      @Kwarg(defaultValue = "3", min = 1, max = 1000, doc = "centre's lead time (periods)")
          int warehouseLeadTime,
      @Kwarg(defaultValue = "0.5", min = 0, doc = "centre's cost per unit left after shipping")
          double warehouseHoldingCost,
      @Kwarg(defaultValue = "50", min = 1, doc = "periods per episode") int periods,
      @Kwarg(min = 0, doc = "warm-up periods (info warm_up); None: 3/5 of periods")
          Integer ignorePeriods,
      @Kwarg(
              defaultValue = "0, 1",
              min = 0,
              doc = "[a, b]: store slots start uniform in [a, b]*mean")
          double[] initialRangeMult,
      @Kwarg(
              defaultValue = "pass_through",
              oneOf = {"pass_through", "proportional", "none"},
              doc =
                  "pass_through: ship all on hand in proportion to orders; proportional: at most on"
                      + " hand; none: as ordered")
          String feasibility,
      @Kwarg(doc = "how render() draws: rgb_array or None (see render_modes)") String renderMode) {
    /** Checks what the declarations cannot; messages name the kwarg and the value. */
    public Config {
      InventoryKwargs.checkIgnorePeriods(ignorePeriods, periods);
      InventoryKwargs.checkInitialRange(initialRangeMult);
      InventoryKwargs.checkRange("demand_mean_range", demandMeanRange);
      InventoryKwargs.checkRange("demand_cv_range", demandCvRange);
    }
  }

  /** The published setting with five stores. */
  public TransshipmentEnv() {
    this(ConfigBinder.defaults(Config.class));
  }

  /** An env with the given settings. */
  public TransshipmentEnv(Config config) {
    this(ConfigBinder.checked(config, ID), draw(config));
  }

  private TransshipmentEnv(Config config, StoreDraws draws) {
    super(
        ID,
        config.renderMode(),
        new StoreNetwork(
            new StoreNetwork.Settings(
                draws.leadTimes(),
                draws.slots(2),
                draws.holdingCosts(),
                draws.underageCosts(),
                new int[] {config.warehouseLeadTime()},
                new double[] {config.warehouseHoldingCost()},
                new double[] {0},
                UnmetDemand.BACKLOGGED,
                Feasibility.ofKwarg(config.feasibility()))),
        draws.means(),
        new CorrelatedNormalDemand(
            draws.means(), draws.stds(), config.demandCorrelation(), Double.NEGATIVE_INFINITY),
        config.periods(),
        InventoryKwargs.ignoredPeriods(config.ignorePeriods(), config.periods()),
        config.initialRangeMult(),
        draws.features());
  }

  /** Means, then CVs, from the instance seed; lead times and costs as given. */
  private static StoreDraws draw(Config c) {
    int n = c.nStores();
    NpRandom rng = NpRandom.of(c.instanceSeed());
    double[] means = StoreDraws.uniform(rng, n, c.demandMeanRange()[0], c.demandMeanRange()[1]);
    double[] cv = StoreDraws.uniform(rng, n, c.demandCvRange()[0], c.demandCvRange()[1]);
    int[] leads = new int[n];
    Arrays.fill(leads, c.storeLeadTime());
    return new StoreDraws(
        means,
        StoreDraws.stds(means, cv),
        leads,
        StoreDraws.constant(n, c.holdingCost()),
        StoreDraws.constant(n, c.underageCost()),
        1);
  }
}
