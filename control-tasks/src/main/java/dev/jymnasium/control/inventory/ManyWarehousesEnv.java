package dev.jymnasium.control.inventory;

import dev.jymnasium.control.inventory.SerialChain.UnmetDemand;
import dev.jymnasium.env.registry.ConfigBinder;
import dev.jymnasium.env.registry.Kwarg;
import dev.jymnasium.env.rng.NpRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Several warehouses supplying {@code n} stores over a network of links, with lost sales: the
 * {@code many_warehouses_lost_demand} setting of Alvo, Russo and Kanoria (2023), "Neural inventory
 * control in networks via hindsight differentiable policy optimization" (public code:
 * MatiasAlvo/Neural_inventory_control).
 *
 * <h2>Description</h2>
 *
 * Each warehouse {@code w} orders from an unlimited supplier, paying {@code c_w} per unit, and
 * ships to the stores it is linked to; a store may be linked to several warehouses, each link with
 * its own lead time. Each period each store orders on each of its links; under {@code
 * feasibility="proportional"} a warehouse whose orders exceed its on hand scales them all by {@code
 * on hand / Σ orders}. Store {@code i} pays {@code p_i·(d_i − I_i[0])⁺ + h_i·(I_i[0] − d_i)⁺} on
 * its stock at the start of the period and loses unmet demand; warehouse {@code w} pays {@code
 * h_w·(on hand − shipped)⁺ + c_w·q_w}; then every pipeline shifts and each shipment is added {@code
 * L − 1} slots ahead (see {@link StoreNetwork}).
 *
 * <h2>Action space</h2>
 *
 * {@code Box(0, inf, (links + W,), float64)}: one order per link, links sorted by store then
 * warehouse (the non-zero entries of {@code lead_times}, read row by row), then one order per
 * warehouse. With the published matrix: 15 links and 2 warehouses.
 *
 * <h2>Observation space</h2>
 *
 * A dict: {@code store_inventories} ({@code Box(0, inf, (n, max(3, max L)))}: on hand, then
 * arrivals), {@code warehouse_inventories} ({@code (W, max L_w)}), {@code current_period} ({@code
 * Discrete(periods + 1)}), the static features {@code holding_costs}, {@code underage_costs},
 * {@code demand_mean}, {@code demand_std} ({@code (n,)} each), {@code lead_times} ({@code (n, W)},
 * 0 where there is no link), and {@code warehouse_lead_times}, {@code warehouse_holding_costs},
 * {@code warehouse_purchase_costs} ({@code (W,)}).
 *
 * <h2>Rewards</h2>
 *
 * Minus the period's total cost; {@code info} holds {@code cost}, {@code demand} (per store),
 * {@code shipped} (per link, after rationing) and {@code warm_up}. The published metric divides the
 * cost by the number of stores.
 *
 * <h2>Starting state</h2>
 *
 * Every slot of a store's pipeline uniform in {@code [a·μ_i, b·μ_i]} ({@code [a, b] =
 * initial_range_mult}); warehouses start empty.
 *
 * <h2>Episode end</h2>
 *
 * Terminates after {@code periods} periods; no time limit.
 *
 * <h2>Arguments</h2>
 *
 * {@code n_stores} (10; the paper uses 3 to 50), {@code store_lead_times} (None: the published 10 x
 * 2 matrix, row by row {@code [0,2, 0,1, 6,2, 6,2, 6,1, 0,2, 6,0, 5,2, 6,2, 0,2]}, store {@code i}
 * taking row {@code i mod 10}; else {@code n·W} values row by row, 0 for no link, every store with
 * at least one link), {@code instance_seed} (0: draws means in {@code demand_mean_range} ([2.5,
 * 7.5]), CVs in {@code demand_cv_range} ([0.25, 0.5]), holding costs in {@code holding_cost_range}
 * ([0.7, 1.3]) and underage costs in {@code underage_cost_range} ([6.3, 11.7]), in that order),
 * {@code demand_correlation} (0.5), {@code warehouse_lead_times} ([3, 3]; their number is {@code
 * W}), {@code warehouse_holding_costs} ([0.3, 0.4]), {@code warehouse_purchase_costs} ([0.5, 1.5];
 * the original's {@code edge_cost}), {@code periods} (50), {@code ignore_periods} (None: 3/5 of
 * periods), {@code initial_range_mult} ([0, 1]), {@code feasibility} ({@code proportional} or
 * {@code none}), {@code render_mode} (rgb_array or None).
 *
 * <h2>Version history</h2>
 *
 * v0: initial version.
 *
 * <h2>Differences from the original</h2>
 *
 * Store parameters come from {@code instance_seed} through Jymnasium's numpy-compatible generator,
 * so instances differ from the original's seeds; demand is clipped at 0 (as there) and rounded to 3
 * decimals; correlated demand is drawn with a Cholesky factor (numpy uses SVD); one scenario
 * drawing demand as it steps; start stock scales with {@code μ_i} (the original uses the trace's
 * sample mean); float64; rationing is the env's, where the original leaves it to the policy.
 */
public final class ManyWarehousesEnv extends StoreNetworkEnv {
  static final String ID = "inventory/ManyWarehouses-v0";

  /** The published store x warehouse lead times, row by row (0: no link). */
  private static final int[] PUBLISHED_LEAD_TIMES = {
    0, 2, 0, 1, 6, 2, 6, 2, 6, 1, 0, 2, 6, 0, 5, 2, 6, 2, 0, 2
  };

  /**
   * The kwargs of {@code inventory/ManyWarehouses-v0}.
   *
   * @param nStores {@code n_stores}
   * @param storeLeadTimes {@code store_lead_times}
   * @param instanceSeed {@code instance_seed}
   * @param demandMeanRange {@code demand_mean_range}
   * @param demandCvRange {@code demand_cv_range}
   * @param demandCorrelation {@code demand_correlation}
   * @param holdingCostRange {@code holding_cost_range}
   * @param underageCostRange {@code underage_cost_range}
   * @param warehouseLeadTimes {@code warehouse_lead_times}
   * @param warehouseHoldingCosts {@code warehouse_holding_costs}
   * @param warehousePurchaseCosts {@code warehouse_purchase_costs}
   * @param periods {@code periods}
   * @param ignorePeriods {@code ignore_periods}
   * @param initialRangeMult {@code initial_range_mult}
   * @param feasibility {@code feasibility}
   * @param renderMode {@code render_mode}
   */
  public record Config(
      @Kwarg(defaultValue = "10", min = 1, max = 1000, doc = "number of stores") int nStores,
      @Kwarg(
              min = 0,
              max = 1000,
              doc = "n x W link lead times row by row, 0: no link; None: the published matrix")
          int[] storeLeadTimes,
      @Kwarg(defaultValue = "0", min = 0, doc = "seed of the stores' means, CVs and costs")
          int instanceSeed,
      @Kwarg(defaultValue = "2.5, 7.5", min = 0, doc = "[low, high): each store's mean demand")
          double[] demandMeanRange,
      @Kwarg(defaultValue = "0.25, 0.5", min = 0, doc = "[low, high): each store's demand CV")
          double[] demandCvRange,
      @Kwarg(defaultValue = "0.5", min = -1, max = 1, doc = "correlation of every pair of demands")
          double demandCorrelation,
      @Kwarg(defaultValue = "0.7, 1.3", min = 0, doc = "[low, high): each store's holding cost")
          double[] holdingCostRange,
      @Kwarg(defaultValue = "6.3, 11.7", min = 0, doc = "[low, high): each store's lost-sale cost")
          double[] underageCostRange,
      @Kwarg(defaultValue = "3, 3", min = 1, max = 1000, doc = "lead time of each warehouse")
          int[] warehouseLeadTimes,
      @Kwarg(defaultValue = "0.3, 0.4", min = 0, doc = "cost per unit left after shipping")
          double[] warehouseHoldingCosts,
      @Kwarg(defaultValue = "0.5, 1.5", min = 0, doc = "cost per unit a warehouse orders")
          double[] warehousePurchaseCosts,
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
                  "proportional: scale a warehouse's orders to its on hand; none: ship as ordered")
          String feasibility,
      @Kwarg(doc = "how render() draws: rgb_array or None (see render_modes)") String renderMode) {
    /** Checks what the declarations cannot; messages name the kwarg and the value. */
    public Config {
      InventoryKwargs.checkIgnorePeriods(ignorePeriods, periods);
      InventoryKwargs.checkInitialRange(initialRangeMult);
      InventoryKwargs.checkRange("demand_mean_range", demandMeanRange);
      InventoryKwargs.checkRange("demand_cv_range", demandCvRange);
      InventoryKwargs.checkRange("holding_cost_range", holdingCostRange);
      InventoryKwargs.checkRange("underage_cost_range", underageCostRange);
      int w = warehouseLeadTimes.length;
      if (w == 0 || warehouseHoldingCosts.length != w || warehousePurchaseCosts.length != w) {
        throw new IllegalArgumentException(
            "kwargs 'warehouse_lead_times', 'warehouse_holding_costs' and"
                + " 'warehouse_purchase_costs' need one value per warehouse (>= 1), got "
                + Arrays.toString(warehouseLeadTimes)
                + ", "
                + Arrays.toString(warehouseHoldingCosts)
                + ", "
                + Arrays.toString(warehousePurchaseCosts));
      }
      if (storeLeadTimes == null && w != 2) {
        throw new IllegalArgumentException(
            "the published store_lead_times are for 2 warehouses; give 'store_lead_times' (n x "
                + w
                + " values) for "
                + w
                + " warehouses");
      }
      if (storeLeadTimes != null && storeLeadTimes.length != nStores * w) {
        throw new IllegalArgumentException(
            "kwarg 'store_lead_times' needs n_stores x warehouses = "
                + nStores * w
                + " values, got "
                + storeLeadTimes.length);
      }
    }
  }

  /** The published setting: ten stores, two warehouses. */
  public ManyWarehousesEnv() {
    this(ConfigBinder.defaults(Config.class));
  }

  /** An env with the given settings. */
  public ManyWarehousesEnv(Config config) {
    this(ConfigBinder.checked(config, ID), draw(config));
  }

  private ManyWarehousesEnv(Config config, StoreDraws draws) {
    super(
        ID,
        config.renderMode(),
        new StoreNetwork(
            new StoreNetwork.Settings(
                draws.leadTimes(),
                draws.slots(3),
                draws.holdingCosts(),
                draws.underageCosts(),
                config.warehouseLeadTimes(),
                config.warehouseHoldingCosts(),
                config.warehousePurchaseCosts(),
                UnmetDemand.LOST,
                Feasibility.ofKwarg(config.feasibility()))),
        draws.means(),
        new CorrelatedNormalDemand(draws.means(), draws.stds(), config.demandCorrelation()),
        config.periods(),
        InventoryKwargs.ignoredPeriods(config.ignorePeriods(), config.periods()),
        config.initialRangeMult(),
        features(config, draws));
  }

  private static List<Feature> features(Config config, StoreDraws draws) {
    List<Feature> features = new ArrayList<>(draws.features());
    int w = config.warehouseLeadTimes().length;
    double[] leads = Arrays.stream(config.warehouseLeadTimes()).asDoubleStream().toArray();
    features.add(new Feature("warehouse_lead_times", leads, w));
    features.add(new Feature("warehouse_holding_costs", config.warehouseHoldingCosts(), w));
    features.add(new Feature("warehouse_purchase_costs", config.warehousePurchaseCosts(), w));
    return features;
  }

  /** Means, CVs, holding then underage costs from the instance seed; lead times as given. */
  private static StoreDraws draw(Config c) {
    int n = c.nStores();
    int w = c.warehouseLeadTimes().length;
    int[] leads = c.storeLeadTimes();
    if (leads == null) {
      leads = new int[n * w];
      for (int i = 0; i < n; i++) {
        System.arraycopy(PUBLISHED_LEAD_TIMES, (i % 10) * w, leads, i * w, w);
      }
    }
    NpRandom rng = NpRandom.of(c.instanceSeed());
    double[] means = StoreDraws.uniform(rng, n, c.demandMeanRange()[0], c.demandMeanRange()[1]);
    double[] cv = StoreDraws.uniform(rng, n, c.demandCvRange()[0], c.demandCvRange()[1]);
    double[] h = StoreDraws.uniform(rng, n, c.holdingCostRange()[0], c.holdingCostRange()[1]);
    double[] p = StoreDraws.uniform(rng, n, c.underageCostRange()[0], c.underageCostRange()[1]);
    return new StoreDraws(means, StoreDraws.stds(means, cv), leads.clone(), h, p, w);
  }
}
