package dev.jymnasium.control.inventory;

import dev.jymnasium.control.inventory.SerialChain.UnmetDemand;
import dev.jymnasium.control.plot.TimeSeriesPlot;
import dev.jymnasium.env.EnvMetadata;
import dev.jymnasium.env.Reset;
import dev.jymnasium.env.Step;
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
import java.util.Locale;
import java.util.Map;

/**
 * What the store-network envs share ({@link OneWarehouseEnv}, {@link TransshipmentEnv}, {@link
 * ManyWarehousesEnv}): one {@link StoreNetwork} scenario with correlated normal demand, the
 * observation dict, the warm-up flag, the start state and the plot.
 *
 * <p>Observation: {@code store_inventories} ({@code (n, K)}, {@code K} the longest store pipeline;
 * a shorter pipeline is padded with 0), {@code warehouse_inventories} ({@code (W, max L_w)}),
 * {@code current_period}, then the env's static features. Info: {@code cost}, {@code demand} (per
 * store), {@code shipped} (per link, after rationing), {@code warm_up}.
 */
abstract class StoreNetworkEnv extends SceneEnv<Map<String, Object>, double[]> {
  private static final EnvMetadata METADATA = new EnvMetadata(List.of("rgb_array"), 4);
  private static final int PLOT_PERIODS = 200;
  private static final List<String> PLOT_NAMES =
      List.of("warehouse on hand", "stores on hand", "store orders", "demand");

  /** A static feature of the observation: its values and shape. */
  record Feature(String name, double[] values, int... shape) {}

  private final String id;
  private final StoreNetwork network;
  private final double[] means;
  private final CorrelatedNormalDemand demandModel;
  private final int periods;
  private final int ignorePeriods;
  private final double[] initialRangeMult;
  private final List<Feature> features;
  private final int storeSlots;
  private final int warehouseSlots;
  private final double[] demand;
  private final double[] plotSample = new double[4];
  private final TimeSeriesPlot plot = new TimeSeriesPlot(4, PLOT_PERIODS);
  private final Dict observationSpace;
  private final Box<double[]> actionSpace;
  private final Step<Map<String, Object>> step = new Step<>();
  private int period;

  /**
   * @param id the env id (errors, plot title)
   * @param renderMode {@code rgb_array} or null
   * @param network the network simulated
   * @param means mean demand per store (scales the start state)
   * @param demandModel draws one demand per store each period
   * @param periods periods per episode
   * @param ignorePeriods warm-up periods flagged in {@code info["warm_up"]}
   * @param initialRangeMult {@code [a, b]}: each store slot starts uniform in {@code [a, b]·μ}
   * @param features static features appended to the observation, in order
   */
  StoreNetworkEnv(
      String id,
      String renderMode,
      StoreNetwork network,
      double[] means,
      CorrelatedNormalDemand demandModel,
      int periods,
      int ignorePeriods,
      double[] initialRangeMult,
      List<Feature> features) {
    super(METADATA, renderMode, id);
    this.id = id;
    this.network = network;
    this.means = means.clone();
    this.demandModel = demandModel;
    this.periods = periods;
    this.ignorePeriods = ignorePeriods;
    this.initialRangeMult = initialRangeMult.clone();
    this.features = List.copyOf(features);
    int slots = 0;
    for (int i = 0; i < network.stores(); i++) {
      slots = Math.max(slots, network.storeInventory(i).length);
    }
    this.storeSlots = slots;
    int wSlots = 0;
    for (int w = 0; w < network.warehouses(); w++) {
      wSlots = Math.max(wSlots, network.warehouseInventory(w).length);
    }
    this.warehouseSlots = wSlots;
    this.demand = new double[network.stores()];
    this.actionSpace =
        Box.float64(0, Double.POSITIVE_INFINITY, network.links() + network.warehouses());
    this.observationSpace = observationSpace(network, features);
  }

  private Dict observationSpace(StoreNetwork network, List<Feature> features) {
    double inf = Double.POSITIVE_INFINITY;
    // Lost sales and rationing keep stock non-negative; backlog or shipping as ordered do not.
    double storeLow = network.unmetDemand() == UnmetDemand.LOST ? 0 : Double.NEGATIVE_INFINITY;
    double warehouseLow = network.feasibility() == Feasibility.NONE ? Double.NEGATIVE_INFINITY : 0;
    List<Object> entries = new ArrayList<>();
    entries.add("store_inventories");
    entries.add(Box.float64(storeLow, inf, network.stores(), storeSlots));
    entries.add("warehouse_inventories");
    entries.add(Box.float64(warehouseLow, inf, network.warehouses(), warehouseSlots));
    entries.add("current_period");
    entries.add(new Discrete(periods + 1));
    for (Feature f : features) {
      entries.add(f.name());
      entries.add(Box.float64(0, inf, f.shape()));
    }
    return Dict.ordered(entries.toArray());
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
    double a = initialRangeMult[0];
    double b = initialRangeMult[1];
    for (int i = 0; i < network.stores(); i++) {
      double[] inv = network.storeInventory(i);
      for (int j = 0; j < inv.length; j++) {
        inv[j] = (a + (b - a) * npRandom().random()) * means[i];
      }
    }
    network.clearWarehouses();
    period = 0;
    plot.clear();
    Arrays.fill(demand, 0);
    recordPlot();
    return new Reset<>(observe(), Map.of());
  }

  @Override
  protected Step<Map<String, Object>> doStep(double[] action) {
    network.checkOrders(action);
    demandModel.sample(npRandom(), demand);
    boolean warmUp = period < ignorePeriods;
    double cost = network.step(action, demand);
    period++;
    recordPlot();
    Map<String, Object> info = new LinkedHashMap<>();
    info.put("cost", cost);
    info.put("demand", demand.clone());
    info.put("shipped", network.shipped().clone());
    info.put("warm_up", warmUp);
    return step.set(observe(), -cost, period >= periods, false, info);
  }

  private void recordPlot() {
    double onHand = 0;
    double demanded = 0;
    for (int i = 0; i < network.stores(); i++) {
      onHand += network.storeInventory(i)[0];
      demanded += demand[i];
    }
    double orders = 0;
    for (double q : network.shipped()) {
      orders += q;
    }
    double warehouseOnHand = 0;
    for (int w = 0; w < network.warehouses(); w++) {
      warehouseOnHand += network.warehouseInventory(w)[0];
    }
    plotSample[0] = warehouseOnHand;
    plotSample[1] = onHand;
    plotSample[2] = orders;
    plotSample[3] = demanded;
    plot.add(period, plotSample);
  }

  private Map<String, Object> observe() {
    double[] storeObs = new double[network.stores() * storeSlots];
    for (int i = 0; i < network.stores(); i++) {
      double[] inv = network.storeInventory(i);
      System.arraycopy(inv, 0, storeObs, i * storeSlots, inv.length);
    }
    double[] warehouseObs = new double[network.warehouses() * warehouseSlots];
    for (int w = 0; w < network.warehouses(); w++) {
      double[] inv = network.warehouseInventory(w);
      System.arraycopy(inv, 0, warehouseObs, w * warehouseSlots, inv.length);
    }
    Map<String, Object> obs = new LinkedHashMap<>();
    obs.put("store_inventories", storeObs);
    obs.put("warehouse_inventories", warehouseObs);
    obs.put("current_period", period);
    for (Feature f : features) {
      obs.put(f.name(), f.values().clone());
    }
    return obs;
  }

  /**
   * {@code scenarios} empty copies of this env's network (its instance: costs, lead times, links,
   * feasibility) in flat arrays, for rolling a policy over pre-sampled demand.
   */
  public NetworkBatch batch(int scenarios) {
    return new NetworkBatch(network, scenarios);
  }

  /** Warm-up periods whose cost the published metric leaves out. */
  public int ignorePeriods() {
    return ignorePeriods;
  }

  /**
   * Warehouses' on hand, stores' total on hand, shipped orders and demand over the last periods.
   */
  @Override
  public Scene2D scene() {
    int width = 720;
    int height = 420;
    String title =
        String.format(Locale.ROOT, "%s: %d stores, period %d", id, network.stores(), period);
    Scene2D s = plot.scene(width, height, title, "units");
    plot.legend(s, height, PLOT_NAMES);
    return s;
  }
}
