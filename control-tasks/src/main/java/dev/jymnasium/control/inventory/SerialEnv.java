package dev.jymnasium.control.inventory;

import dev.jymnasium.control.inventory.SerialChain.UnmetDemand;
import dev.jymnasium.control.plot.TimeSeriesPlot;
import dev.jymnasium.env.EnvMetadata;
import dev.jymnasium.env.Reset;
import dev.jymnasium.env.Step;
import dev.jymnasium.env.registry.ConfigBinder;
import dev.jymnasium.env.registry.Kwarg;
import dev.jymnasium.env.render.Scene2D;
import dev.jymnasium.env.render.SceneEnv;
import dev.jymnasium.env.spaces.Box;
import dev.jymnasium.env.spaces.Dict;
import dev.jymnasium.env.spaces.Discrete;
import dev.jymnasium.env.spaces.Space;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A serial supply chain with backlog: the {@code serial_system} setting of Alvo, Russo and Kanoria
 * (2023), "Neural inventory control in networks via hindsight differentiable policy optimization"
 * (public code: MatiasAlvo/Neural_inventory_control).
 *
 * <h2>Description</h2>
 *
 * A store is supplied by a warehouse, the warehouse by a chain of extra echelons, the most upstream
 * echelon by an unlimited outside supplier. Each period every location orders from its supplier; an
 * order is on hand at the start of the period {@code L} periods later (its lead time). The store
 * meets demand from stock on hand and backlogs the rest; each upstream location ships what the
 * location below it ordered. Period order and costs are those of {@link ScenarioBatch}: the store's
 * cost {@code p·(d − I[0])⁺ + h·(I[0] − d)⁺} from on hand at the start of the period, then each
 * upstream location's holding cost {@code h_k·(on hand − shipped)⁺}, then the pipelines shift. The
 * optimal policy is echelon base-stock (Clark and Scarf, 1960): {@link EchelonStockPolicy}.
 *
 * <h2>Action space</h2>
 *
 * {@code Box(0, inf, (2 + E,), float64)}: orders of the store, the warehouse, then the {@code E}
 * extra echelons upstream first (the original's order of locations).
 *
 * <h2>Observation space</h2>
 *
 * A dict: {@code store_inventories} ({@code Box(-inf, inf, (1, L_store))}: on hand, negative when
 * backlogged, then the units arriving in 1 … L−1 periods), {@code warehouse_inventories} ({@code
 * (1, L_warehouse)}), {@code echelon_inventories} ({@code (E, max echelon L)}, upstream first;
 * absent when {@code E = 0}) and {@code current_period} ({@code Discrete(periods + 1)}). Upstream
 * boxes have low 0 under {@code feasibility="proportional"}, {@code -inf} under {@code "none"}.
 *
 * <h2>Rewards</h2>
 *
 * Minus the period's cost summed over locations; {@code info} holds {@code cost}, {@code demand}
 * ({@code Normal(demand_mean, demand_std)} clipped at 0, 3 decimals), {@code warm_up} (whether the
 * period is one of the first {@code ignore_periods}, which the published metric leaves out) and
 * {@code shipped} (the orders after rationing, in action order).
 *
 * <h2>Starting state</h2>
 *
 * Every slot of the store's pipeline uniform in {@code [a·μ, b·μ]} ({@code [a, b] =
 * initial_range_mult}); warehouse and echelons empty.
 *
 * <h2>Episode end</h2>
 *
 * Terminates after {@code periods} periods; no time limit.
 *
 * <h2>Arguments</h2>
 *
 * {@code store_lead_time} (4), {@code warehouse_lead_time} (3), {@code echelon_lead_times} ([2, 4],
 * upstream first), {@code underage_cost} (9), {@code store_holding_cost} (1), {@code
 * warehouse_holding_cost} (0.5), {@code echelon_holding_costs} ([0.1, 0.2], upstream first), {@code
 * demand_mean} (5), {@code demand_std} (2), {@code periods} (50), {@code ignore_periods} (None: 3/5
 * of periods), {@code initial_range_mult} ([0, 1]), {@code feasibility} ({@code proportional}: a
 * location ships at most its on hand, {@code none}: it ships whatever is ordered and may go
 * negative, as the original simulator does), {@code render_mode} (rgb_array or None: a plot of on
 * hand per location, the store's order and demand).
 *
 * <h2>Version history</h2>
 *
 * v0: initial version.
 *
 * <h2>Differences from the original</h2>
 *
 * One scenario drawing its demand when stepped (the original rolls pre-sampled batches: see {@link
 * ScenarioBatch}, which matches its costs to 1e-9); float64 throughout; the feasibility rule is the
 * env's, where the original leaves it to the policy.
 */
public final class SerialEnv extends SceneEnv<Map<String, Object>, double[]>
    implements ChainSetting {
  static final String ID = "inventory/Serial-v0";
  private static final EnvMetadata METADATA = new EnvMetadata(List.of("rgb_array"), 4);
  private static final int PLOT_PERIODS = 200;

  private final Config config;
  private final ScenarioBatch chain;
  private final int echelons;
  private final int echelonSlots;
  private final int stages;
  private final int ignorePeriods;
  private final Feasibility feasibility;
  private final double[] orders;
  private final double[] demand = new double[1];
  private final double[] plotSample;
  private final TimeSeriesPlot plot;
  private final List<String> plotNames;
  private final Dict observationSpace;
  private final Box<double[]> actionSpace;
  private final Step<Map<String, Object>> step = new Step<>();
  private int period;

  /**
   * The kwargs of {@code inventory/Serial-v0} (defaults: the published serial setting).
   *
   * @param storeLeadTime {@code store_lead_time}
   * @param warehouseLeadTime {@code warehouse_lead_time}
   * @param echelonLeadTimes {@code echelon_lead_times}, upstream first (may be empty)
   * @param underageCost {@code underage_cost}: p per unit backlogged per period
   * @param storeHoldingCost {@code store_holding_cost}
   * @param warehouseHoldingCost {@code warehouse_holding_cost}
   * @param echelonHoldingCosts {@code echelon_holding_costs}, upstream first
   * @param demandMean {@code demand_mean}
   * @param demandStd {@code demand_std}
   * @param periods {@code periods}
   * @param ignorePeriods {@code ignore_periods}
   * @param initialRangeMult {@code initial_range_mult}
   * @param feasibility {@code feasibility}: {@code proportional} or {@code none}
   * @param renderMode {@code render_mode}
   */
  public record Config(
      @Kwarg(defaultValue = "4", min = 1, max = 1000, doc = "store lead time (periods)")
          int storeLeadTime,
      @Kwarg(defaultValue = "3", min = 1, max = 1000, doc = "warehouse lead time (periods)")
          int warehouseLeadTime,
      @Kwarg(
              defaultValue = "2, 4",
              min = 1,
              max = 1000,
              doc = "extra echelons' lead times, upstream first")
          int[] echelonLeadTimes,
      @Kwarg(defaultValue = "9", min = 0, doc = "store's cost per unit backlogged")
          double underageCost,
      @Kwarg(defaultValue = "1", min = 0, doc = "store's cost per unit on hand after demand")
          double storeHoldingCost,
      @Kwarg(
              defaultValue = "0.5",
              min = 0,
              doc = "warehouse's cost per unit on hand after shipping")
          double warehouseHoldingCost,
      @Kwarg(defaultValue = "0.1, 0.2", min = 0, doc = "echelons' holding costs, upstream first")
          double[] echelonHoldingCosts,
      @Kwarg(defaultValue = "5", min = 0, max = 1e6, doc = "mean of the normal demand")
          double demandMean,
      @Kwarg(defaultValue = "2", min = 0, max = 1e6, doc = "standard deviation of the demand")
          double demandStd,
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
              doc = "proportional: ship at most the on hand; none: ship as ordered (original)")
          String feasibility,
      @Kwarg(doc = "how render() draws: rgb_array or None (see render_modes)") String renderMode) {
    /** Checks what the declarations cannot; messages name the kwarg and the value. */
    public Config {
      if (echelonLeadTimes.length != echelonHoldingCosts.length) {
        throw new IllegalArgumentException(
            "kwargs 'echelon_lead_times' and 'echelon_holding_costs' need one entry per echelon, got "
                + Arrays.toString(echelonLeadTimes)
                + " and "
                + Arrays.toString(echelonHoldingCosts));
      }
      InventoryKwargs.checkIgnorePeriods(ignorePeriods, periods);
      InventoryKwargs.checkInitialRange(initialRangeMult);
    }
  }

  /** The published serial setting. */
  public SerialEnv() {
    this(ConfigBinder.defaults(Config.class));
  }

  /** An env with the given settings. */
  public SerialEnv(Config config) {
    super(METADATA, ConfigBinder.checked(config, ID).renderMode(), ID);
    this.config = config;
    this.echelons = config.echelonLeadTimes().length;
    this.stages = 2 + echelons;
    this.ignorePeriods = InventoryKwargs.ignoredPeriods(config.ignorePeriods(), config.periods());
    this.feasibility = Feasibility.ofKwarg(config.feasibility());
    this.echelonSlots = Arrays.stream(config.echelonLeadTimes()).max().orElse(1);
    int[] leadTimes = new int[stages];
    int[] slots = new int[stages];
    double[] holding = new double[stages];
    leadTimes[0] = config.storeLeadTime();
    leadTimes[1] = config.warehouseLeadTime();
    holding[0] = config.storeHoldingCost();
    holding[1] = config.warehouseHoldingCost();
    for (int i = 0; i < echelons; i++) {
      int stage = stageOfEchelon(i);
      leadTimes[stage] = config.echelonLeadTimes()[i];
      holding[stage] = config.echelonHoldingCosts()[i];
      slots[stage] = echelonSlots;
    }
    slots[0] = leadTimes[0];
    slots[1] = leadTimes[1];
    this.chain =
        new ScenarioBatch(
            new SerialChain(
                leadTimes, slots, holding, config.underageCost(), UnmetDemand.BACKLOGGED),
            1);
    this.orders = new double[stages];
    this.actionSpace = Box.float64(0, Double.POSITIVE_INFINITY, stages);
    double upstreamLow = feasibility == Feasibility.NONE ? Double.NEGATIVE_INFINITY : 0;
    Dict.Builder spaces = Dict.builder();
    spaces.put(
        "store_inventories",
        Box.float64(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, 1, leadTimes[0]));
    spaces.put(
        "warehouse_inventories",
        Box.float64(upstreamLow, Double.POSITIVE_INFINITY, 1, leadTimes[1]));
    if (echelons > 0) {
      spaces.put(
          "echelon_inventories",
          Box.float64(upstreamLow, Double.POSITIVE_INFINITY, echelons, echelonSlots));
    }
    spaces.put("current_period", new Discrete(config.periods() + 1));
    this.observationSpace = spaces.build();
    this.plotNames = new ArrayList<>(List.of("store", "warehouse"));
    for (int i = echelons - 1; i >= 0; i--) {
      plotNames.add("echelon " + i);
    }
    plotNames.add("store order");
    plotNames.add("demand");
    this.plotSample = new double[stages + 2];
    this.plot = new TimeSeriesPlot(stages + 2, PLOT_PERIODS);
  }

  /**
   * The chain stage (store 0, warehouse 1, then going upstream) of echelon {@code i} (upstream
   * first).
   */
  private int stageOfEchelon(int i) {
    return 2 + (echelons - 1 - i);
  }

  /** The action index (store, warehouse, echelons upstream first) of chain stage {@code stage}. */
  private int actionIndexOfStage(int stage) {
    return stage < 2 ? stage : 2 + (echelons - 1 - (stage - 2));
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
    chain.clear();
    int storeSlots = config.storeLeadTime();
    double low = config.initialRangeMult()[0] * config.demandMean();
    double high = config.initialRangeMult()[1] * config.demandMean();
    double[] store = new double[storeSlots];
    for (int j = 0; j < storeSlots; j++) {
      store[j] = low + (high - low) * npRandom().random();
    }
    chain.setInventories(0, store);
    period = 0;
    plot.clear();
    recordPlot(0);
    return new Reset<>(observe(), Map.of());
  }

  @Override
  protected Step<Map<String, Object>> doStep(double[] action) {
    for (int stage = 0; stage < stages; stage++) {
      double q = action[actionIndexOfStage(stage)];
      if (!(q >= 0) || Double.isInfinite(q)) {
        throw new IllegalArgumentException(
            "orders must be finite and >= 0, got " + Arrays.toString(action));
      }
      boolean hasSupplier = stage + 1 < stages;
      orders[stage] = hasSupplier ? q * feasibility.scale(q, chain.inventory(stage + 1, 0, 0)) : q;
    }
    demand[0] = Demand.clippedNormal3(npRandom(), config.demandMean(), config.demandStd());
    boolean warmUp = period < ignorePeriods;
    double cost = chain.step(orders, demand, 0)[0];
    period++;
    recordPlot(orders[0]);
    double[] shipped = new double[stages];
    for (int stage = 0; stage < stages; stage++) {
      shipped[actionIndexOfStage(stage)] = orders[stage];
    }
    Map<String, Object> info = new LinkedHashMap<>();
    info.put("cost", cost);
    info.put("demand", demand[0]);
    info.put("warm_up", warmUp);
    info.put("shipped", shipped);
    return step.set(observe(), -cost, period >= config.periods(), false, info);
  }

  private void recordPlot(double storeOrder) {
    for (int stage = 0; stage < stages; stage++) {
      plotSample[stage] = chain.inventory(stage, 0, 0);
    }
    plotSample[stages] = storeOrder;
    // No demand has been drawn at reset; 0 keeps the line on the plot.
    plotSample[stages + 1] = period == 0 ? 0 : demand[0];
    plot.add(period, plotSample);
  }

  private Map<String, Object> observe() {
    Map<String, Object> obs = new LinkedHashMap<>();
    obs.put("store_inventories", stageInventories(0));
    obs.put("warehouse_inventories", stageInventories(1));
    if (echelons > 0) {
      double[] e = new double[echelons * echelonSlots];
      for (int i = 0; i < echelons; i++) {
        int stage = stageOfEchelon(i);
        for (int j = 0; j < echelonSlots; j++) {
          e[i * echelonSlots + j] = chain.inventory(stage, 0, j);
        }
      }
      obs.put("echelon_inventories", e);
    }
    obs.put("current_period", period);
    return obs;
  }

  private double[] stageInventories(int stage) {
    int n = chain.chain().slots()[stage];
    double[] v = new double[n];
    for (int j = 0; j < n; j++) {
      v[j] = chain.inventory(stage, 0, j);
    }
    return v;
  }

  /**
   * Each location's pipeline, store first then going upstream (the stage order of {@link
   * EchelonStockPolicy#orders(double[][])}); on hand first.
   */
  public double[][] stageInventories() {
    double[][] all = new double[stages][];
    for (int stage = 0; stage < stages; stage++) {
      all[stage] = stageInventories(stage);
    }
    return all;
  }

  /** Maps orders per stage (store first, going upstream) to this env's action order. */
  public double[] actionOf(double[] stageOrders) {
    if (stageOrders.length != stages) {
      throw new IllegalArgumentException(
          "need " + stages + " stage orders, got " + stageOrders.length);
    }
    double[] a = new double[stages];
    for (int stage = 0; stage < stages; stage++) {
      a[actionIndexOfStage(stage)] = stageOrders[stage];
    }
    return a;
  }

  /** The chain, stages store first then going upstream. */
  @Override
  public SerialChain chain() {
    return chain.chain();
  }

  @Override
  public DemandTrace demandTrace(long seed, int periods, int scenarios) {
    return DemandTrace.clippedNormal(
        seed, periods, scenarios, config.demandMean(), config.demandStd());
  }

  @Override
  public double meanDemand() {
    return config.demandMean();
  }

  @Override
  public double demandQuantile(int periods, double quantile) {
    return NewsvendorQuantile.normalLevel(
        config.demandMean(), config.demandStd(), periods, quantile);
  }

  @Override
  public int periods() {
    return config.periods();
  }

  @Override
  public double[] initialRangeMult() {
    return config.initialRangeMult().clone();
  }

  /** Warm-up periods whose cost the published metric leaves out. */
  @Override
  public int ignorePeriods() {
    return ignorePeriods;
  }

  /** On hand per location, the store's order and demand over the last periods. */
  @Override
  public Scene2D scene() {
    int width = 720;
    int height = 420;
    Scene2D s = plot.scene(width, height, ID + ": period " + period, "units");
    plot.legend(s, height, plotNames);
    return s;
  }
}
