package dev.jymnasium.control.inventory;

import dev.jymnasium.control.plot.TimeSeriesPlot;
import dev.jymnasium.env.EnvMetadata;
import dev.jymnasium.env.Reset;
import dev.jymnasium.env.Step;
import dev.jymnasium.env.registry.ConfigBinder;
import dev.jymnasium.env.registry.Kwarg;
import dev.jymnasium.env.render.Scene2D;
import dev.jymnasium.env.render.SceneEnv;
import dev.jymnasium.env.rng.NpRandom;
import dev.jymnasium.env.spaces.Box;
import dev.jymnasium.env.spaces.Dict;
import dev.jymnasium.env.spaces.Discrete;
import dev.jymnasium.env.spaces.Space;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
public final class OneWarehouseEnv extends SceneEnv<Map<String, Object>, double[]> {
  static final String ID = "inventory/OneWarehouse-v0";
  private static final EnvMetadata METADATA = new EnvMetadata(List.of("rgb_array"), 4);
  private static final int PLOT_PERIODS = 200;
  private static final List<String> PLOT_NAMES =
      List.of("warehouse on hand", "stores on hand", "store orders", "demand");

  private final Config config;
  private final int stores;
  private final int maxLeadTime;
  private final int ignorePeriods;
  private final Feasibility feasibility;
  private final double[] means;
  private final double[] stds;
  private final int[] leadTimes;
  private final double[] holdingCosts;
  private final double[] underageCosts;
  private final double[][] storeInventories;
  private final double[] warehouseInventory;
  private final double[] demand;
  private final double[] shipped;
  private final double[] plotSample = new double[4];
  private final CorrelatedNormalDemand demandModel;
  private final TimeSeriesPlot plot = new TimeSeriesPlot(4, PLOT_PERIODS);
  private final Dict observationSpace;
  private final Box<double[]> actionSpace;
  private final Step<Map<String, Object>> step = new Step<>();
  private int period;

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
    super(METADATA, ConfigBinder.checked(config, ID).renderMode(), ID);
    this.config = config;
    this.stores = config.nStores();
    this.ignorePeriods = InventoryKwargs.ignoredPeriods(config.ignorePeriods(), config.periods());
    this.feasibility = Feasibility.ofKwarg(config.feasibility());
    NpRandom instance = NpRandom.of(config.instanceSeed());
    this.means = draw(instance, 2.5, 7.5);
    double[] cv = draw(instance, 0.25, 0.5);
    this.stds = new double[stores];
    for (int i = 0; i < stores; i++) {
      stds[i] = means[i] * cv[i];
    }
    this.leadTimes = new int[stores];
    for (int i = 0; i < stores; i++) {
      leadTimes[i] = (int) instance.integers(2, 4);
    }
    this.holdingCosts = draw(instance, 0.7, 1.3);
    this.underageCosts = draw(instance, 6.3, 11.7);
    this.maxLeadTime = Arrays.stream(leadTimes).max().orElse(1);
    this.demandModel = new CorrelatedNormalDemand(means, stds, config.demandCorrelation());
    this.storeInventories = new double[stores][];
    for (int i = 0; i < stores; i++) {
      storeInventories[i] = new double[leadTimes[i]];
    }
    this.warehouseInventory = new double[config.warehouseLeadTime()];
    this.demand = new double[stores];
    this.shipped = new double[stores];
    this.actionSpace = Box.float64(0, Double.POSITIVE_INFINITY, stores + 1);
    double warehouseLow = feasibility == Feasibility.NONE ? Double.NEGATIVE_INFINITY : 0;
    double inf = Double.POSITIVE_INFINITY;
    this.observationSpace =
        Dict.ordered(
            "store_inventories",
            Box.float64(0, inf, stores, maxLeadTime),
            "warehouse_inventories",
            Box.float64(warehouseLow, inf, 1, config.warehouseLeadTime()),
            "current_period",
            new Discrete(config.periods() + 1),
            "holding_costs",
            Box.float64(0, inf, stores),
            "underage_costs",
            Box.float64(0, inf, stores),
            "lead_times",
            Box.float64(0, inf, stores),
            "demand_mean",
            Box.float64(0, inf, stores),
            "demand_std",
            Box.float64(0, inf, stores));
  }

  private double[] draw(NpRandom rng, double low, double high) {
    double[] v = new double[stores];
    for (int i = 0; i < stores; i++) {
      v[i] = rng.uniform(low, high);
    }
    return v;
  }

  @Override
  public Space<Map<String, Object>> observationSpace() {
    return observationSpace;
  }

  @Override
  public Space<double[]> actionSpace() {
    return actionSpace;
  }

  @Override
  protected Reset<Map<String, Object>> doReset(Long seed, Map<String, Object> options) {
    double a = config.initialRangeMult()[0];
    double b = config.initialRangeMult()[1];
    for (int i = 0; i < stores; i++) {
      for (int j = 0; j < leadTimes[i]; j++) {
        storeInventories[i][j] = (a + (b - a) * npRandom().random()) * means[i];
      }
    }
    Arrays.fill(warehouseInventory, 0);
    period = 0;
    plot.clear();
    Arrays.fill(demand, 0);
    Arrays.fill(shipped, 0);
    recordPlot();
    return new Reset<>(observe(), Map.of());
  }

  @Override
  protected Step<Map<String, Object>> doStep(double[] action) {
    double ordered = 0;
    for (double q : action) {
      if (!(q >= 0) || Double.isInfinite(q)) {
        throw new IllegalArgumentException(
            "orders must be finite and >= 0, got " + Arrays.toString(action));
      }
    }
    for (int i = 0; i < stores; i++) {
      ordered += action[i];
    }
    double scale = feasibility.scale(ordered, warehouseInventory[0]);
    double total = 0;
    for (int i = 0; i < stores; i++) {
      shipped[i] = action[i] * scale;
      total += shipped[i];
    }
    demandModel.sample(npRandom(), demand);
    boolean warmUp = period < ignorePeriods;
    double cost = 0;
    for (int i = 0; i < stores; i++) {
      cost +=
          OneStoreEnv.advance(
              storeInventories[i], shipped[i], demand[i], underageCosts[i], holdingCosts[i], true);
    }
    // The warehouse's "demand" is what it ships; no underage cost, and no clipping at 0.
    cost +=
        OneStoreEnv.advance(
            warehouseInventory, action[stores], total, 0, config.warehouseHoldingCost(), false);
    period++;
    recordPlot();
    Map<String, Object> info = new LinkedHashMap<>();
    info.put("cost", cost);
    info.put("demand", demand.clone());
    info.put("shipped", shipped.clone());
    info.put("warm_up", warmUp);
    return step.set(observe(), -cost, period >= config.periods(), false, info);
  }

  private void recordPlot() {
    double onHand = 0;
    double orders = 0;
    double demanded = 0;
    for (int i = 0; i < stores; i++) {
      onHand += storeInventories[i][0];
      orders += shipped[i];
      demanded += demand[i];
    }
    plotSample[0] = warehouseInventory[0];
    plotSample[1] = onHand;
    plotSample[2] = orders;
    plotSample[3] = demanded;
    plot.add(period, plotSample);
  }

  private Map<String, Object> observe() {
    double[] storeObs = new double[stores * maxLeadTime];
    double[] leads = new double[stores];
    for (int i = 0; i < stores; i++) {
      System.arraycopy(storeInventories[i], 0, storeObs, i * maxLeadTime, leadTimes[i]);
      leads[i] = leadTimes[i];
    }
    Map<String, Object> obs = new LinkedHashMap<>();
    obs.put("store_inventories", storeObs);
    obs.put("warehouse_inventories", warehouseInventory.clone());
    obs.put("current_period", period);
    obs.put("holding_costs", holdingCosts.clone());
    obs.put("underage_costs", underageCosts.clone());
    obs.put("lead_times", leads);
    obs.put("demand_mean", means.clone());
    obs.put("demand_std", stds.clone());
    return obs;
  }

  /** Store {@code i}'s lead time (2 or 3 in the published setting). */
  public int storeLeadTime(int store) {
    return leadTimes[store];
  }

  /** Warm-up periods whose cost the published metric leaves out. */
  public int ignorePeriods() {
    return ignorePeriods;
  }

  /** Warehouse on hand, stores' total on hand, shipped orders and demand over the last periods. */
  @Override
  public Scene2D scene() {
    int width = 720;
    int height = 420;
    String title = String.format(Locale.ROOT, "%s: %d stores, period %d", ID, stores, period);
    Scene2D s = plot.scene(width, height, title, "units");
    plot.legend(s, height, PLOT_NAMES);
    return s;
  }
}
