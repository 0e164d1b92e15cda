package dev.jymnasium.control.inventory;

import dev.jymnasium.control.inventory.SerialChain.UnmetDemand;
import dev.jymnasium.env.registry.ConfigBinder;
import dev.jymnasium.env.registry.Kwarg;
import dev.jymnasium.env.rng.NpRandom;

/**
 * One warehouse supplying {@code n} stores with lost sales: the {@code one_warehouse_lost_demand}
 * setting of Alvo, Russo and Kanoria (2023), "Neural inventory control in networks via hindsight
 * differentiable policy optimization" (public code: MatiasAlvo/Neural_inventory_control).
 *
 * <h2>Description</h2>
 *
 * Each period every store orders from the warehouse and the warehouse orders from an unlimited
 * supplier; orders are on hand at the start of the period {@code L} periods later. Each store meets
 * its demand from stock on hand and loses the rest. The warehouse ships the stores' orders; when
 * they exceed its stock on hand, {@code feasibility="proportional"} scales them all by {@code on
 * hand / Σ orders}. Store {@code i} pays {@code p_i·(d_i − I_i[0])⁺ + h_i·(I_i[0] − d_i)⁺} on its
 * stock at the start of the period, the warehouse {@code h_w·(on hand − shipped)⁺}; then every
 * pipeline shifts (see {@link OneStoreEnv}).
 *
 * <h2>Action space</h2>
 *
 * {@code Box(0, inf, (n + 1,), float64)}: the {@code n} store orders, then the warehouse's order.
 *
 * <h2>Observation space</h2>
 *
 * A dict: {@code store_inventories} ({@code Box(0, inf, (n, max L))}: on hand, then arrivals; slots
 * past a store's own lead time stay 0), {@code warehouse_inventories} ({@code (1, L_w)}), {@code
 * current_period} ({@code Discrete(periods + 1)}), and the static features {@code holding_costs},
 * {@code underage_costs}, {@code lead_times}, {@code demand_mean}, {@code demand_std} ({@code (n,)}
 * each).
 *
 * <h2>Rewards</h2>
 *
 * Minus the period's total cost; {@code info} holds {@code cost}, {@code demand} (per store),
 * {@code shipped} (store orders after rationing) and {@code warm_up}. The published metric divides
 * the cost by the number of stores.
 *
 * <h2>Starting state</h2>
 *
 * Every slot of a store's pipeline up to its lead time uniform in {@code [a·μ_i, b·μ_i]} ({@code
 * [a, b] = initial_range_mult}); the warehouse starts empty.
 *
 * <h2>Episode end</h2>
 *
 * Terminates after {@code periods} periods; no time limit.
 *
 * <h2>Arguments</h2>
 *
 * {@code n_stores} (5), {@code instance_seed} (0: draws the stores' parameters as the setting does:
 * mean demand {@code U[2.5, 7.5]}, coefficient of variation {@code U[0.25, 0.5]}, lead time {@code
 * 2} or {@code 3}, {@code h U[0.7, 1.3]}, {@code p U[6.3, 11.7]}), {@code demand_correlation} (0.5,
 * between every pair of stores), {@code warehouse_lead_time} (3), {@code warehouse_holding_cost}
 * (0.3), {@code periods} (50), {@code ignore_periods} (None: 3/5 of periods), {@code
 * initial_range_mult} ([0, 1]), {@code feasibility} ({@code proportional} or {@code none}), {@code
 * render_mode} (rgb_array or None).
 *
 * <h2>Version history</h2>
 *
 * v0: initial version.
 *
 * <h2>Differences from the original</h2>
 *
 * Store parameters come from {@code instance_seed} through Jymnasium's numpy-compatible generator,
 * not from the original's seeds and samplers, so instances differ; correlated demand is drawn with
 * a Cholesky factor (numpy uses SVD); one scenario drawing demand as it steps; stores' slots past
 * their lead time start empty; float64; feasibility is the env's, where the original leaves it to
 * the policy.
 */
public final class OneWarehouseEnv extends StoreNetworkEnv {
  static final String ID = "inventory/OneWarehouse-v0";

  private final int[] leadTimes;

  /**
   * The kwargs of {@code inventory/OneWarehouse-v0}.
   *
   * @param nStores {@code n_stores}
   * @param instanceSeed {@code instance_seed}: seed of the stores' parameters
   * @param demandCorrelation {@code demand_correlation}
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
      @Kwarg(defaultValue = "0", min = 0, doc = "seed of the stores' means, CVs, lead times, costs")
          int instanceSeed,
      @Kwarg(defaultValue = "0.5", min = -1, max = 1, doc = "correlation of every pair of demands")
          double demandCorrelation,
      @Kwarg(defaultValue = "3", min = 1, max = 1000, doc = "warehouse lead time (periods)")
          int warehouseLeadTime,
      @Kwarg(defaultValue = "0.3", min = 0, doc = "warehouse's cost per unit left after shipping")
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
              defaultValue = "proportional",
              oneOf = {"proportional", "none"},
              doc =
                  "proportional: scale store orders to the warehouse's on hand; none: ship as ordered")
          String feasibility,
      @Kwarg(doc = "how render() draws: rgb_array or None (see render_modes)") String renderMode) {
    /** Checks what the declarations cannot; messages name the kwarg and the value. */
    public Config {
      InventoryKwargs.checkIgnorePeriods(ignorePeriods, periods);
      InventoryKwargs.checkInitialRange(initialRangeMult);
    }
  }

  /** The published setting with five stores. */
  public OneWarehouseEnv() {
    this(ConfigBinder.defaults(Config.class));
  }

  /** An env with the given settings. */
  public OneWarehouseEnv(Config config) {
    this(ConfigBinder.checked(config, ID), draw(config.nStores(), config.instanceSeed()));
  }

  private OneWarehouseEnv(Config config, StoreDraws draws) {
    super(
        ID,
        config.renderMode(),
        new StoreNetwork(
            new StoreNetwork.Settings(
                draws.leadTimes(),
                draws.leadTimes(),
                draws.holdingCosts(),
                draws.underageCosts(),
                new int[] {config.warehouseLeadTime()},
                new double[] {config.warehouseHoldingCost()},
                new double[] {0},
                UnmetDemand.LOST,
                Feasibility.ofKwarg(config.feasibility()))),
        draws.means(),
        new CorrelatedNormalDemand(draws.means(), draws.stds(), config.demandCorrelation()),
        config.periods(),
        InventoryKwargs.ignoredPeriods(config.ignorePeriods(), config.periods()),
        config.initialRangeMult(),
        draws.features());
    this.leadTimes = draws.leadTimes();
  }

  /** The published draw, in this order: means, CVs, lead times, holding and underage costs. */
  private static StoreDraws draw(int stores, int seed) {
    NpRandom rng = NpRandom.of(seed);
    double[] means = StoreDraws.uniform(rng, stores, 2.5, 7.5);
    double[] cv = StoreDraws.uniform(rng, stores, 0.25, 0.5);
    int[] leadTimes = new int[stores];
    for (int i = 0; i < stores; i++) {
      leadTimes[i] = (int) rng.integers(2, 4);
    }
    double[] h = StoreDraws.uniform(rng, stores, 0.7, 1.3);
    double[] p = StoreDraws.uniform(rng, stores, 6.3, 11.7);
    return new StoreDraws(means, StoreDraws.stds(means, cv), leadTimes, h, p, 1);
  }

  /** Store {@code i}'s lead time (2 or 3 in the published setting). */
  public int storeLeadTime(int store) {
    return leadTimes[store];
  }
}
