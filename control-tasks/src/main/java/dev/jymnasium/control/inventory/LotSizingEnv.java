package dev.jymnasium.control.inventory;

import dev.jymnasium.env.Env;
import dev.jymnasium.env.Reset;
import dev.jymnasium.env.Step;
import dev.jymnasium.env.registry.ConfigBinder;
import dev.jymnasium.env.registry.Kwarg;
import dev.jymnasium.env.rng.NpRandom;
import dev.jymnasium.env.spaces.Box;
import dev.jymnasium.env.spaces.DType;
import dev.jymnasium.env.spaces.Dict;
import dev.jymnasium.env.spaces.MultiDiscrete;
import dev.jymnasium.env.spaces.Space;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Multi-item, multi-machine capacitated lot-sizing with setups and lost sales, after the {@code
 * SimplePlant} environment of the PDPPO study ("Post-decision proximal policy optimization", arXiv
 * 2504.05150; public code: leokan92/pdppo).
 *
 * <h2>Description</h2>
 *
 * Each period every machine either idles or produces one item. A machine switched to a new item
 * pays that item's setup cost and loses part of the period's output; it then adds {@code rate −
 * loss} units ({@code ≥ 0}) of the item. Then demand for every item is served from stock; unmet
 * demand is lost at a per-unit cost, stock above an item's capacity is discarded, and what is left
 * pays a holding cost. The transition splits into a deterministic post-decision state (after
 * production: {@link #postDecisionState}) and the random demand step.
 *
 * <h2>Action space</h2>
 *
 * {@code MultiDiscrete([items + 1] × machines)}: per machine 0 (idle) or {@code i + 1} (produce
 * item {@code i}). An item the machine cannot make (rate 0) produces nothing but still counts as a
 * setup; {@code info["action_mask"]} (machines × (items + 1), row-major) marks the useful choices.
 *
 * <h2>Observation space</h2>
 *
 * A dict: {@code inventory} ({@code Box(0, max_inventory, (items,), int32)}) and {@code setup}
 * ({@code MultiDiscrete([items + 1] × machines)}, 0 = idle).
 *
 * <h2>Rewards</h2>
 *
 * Minus the period's cost: setups, lost sales and holding; {@code info} holds {@code cost} and
 * {@code demand}.
 *
 * <h2>Starting state</h2>
 *
 * Inventory uniform in {@code 0 … max_inventory − 1} per item; each machine idle or set up for a
 * random item it can make.
 *
 * <h2>Episode end</h2>
 *
 * Terminates after {@code periods} periods.
 *
 * <h2>Arguments</h2>
 *
 * {@code items} (25), {@code machines} (15), {@code periods} (100), {@code instance_seed} (0: the
 * plant, drawn as the paper's generator: rates 0 with probability 0.4, else uniform 1 … 40; setup
 * costs 15 with probability 0.2, else uniform 16 … 30; setup losses 1 with probability 0.7, else 2
 * or 3; lost-sales cost 0.1 or 1.1, each with probability ½), {@code max_inventory} (100), {@code
 * holding_cost} (0.01), {@code demand_trials} (20) and {@code demand_probability} (0.4): demand per
 * item and period is Binomial(trials, probability).
 *
 * <h2>Version history</h2>
 *
 * v0: initial version.
 *
 * <h2>Differences from the original</h2>
 *
 * The reward is minus the cost (the original returns the cost itself); the plant comes from {@code
 * instance_seed} through Jymnasium's generator, so instances differ; demand is drawn each period
 * rather than as a scenario at reset; output after a setup loss is never negative.
 */
public final class LotSizingEnv extends Env<Map<String, Object>, int[]> {
  static final String ID = "inventory/LotSizing-v0";

  private final Config config;
  private final int items;
  private final int machines;
  private final int[][] rates;
  private final double[][] setupCosts;
  private final int[][] setupLosses;
  private final double[] lostSalesCosts;
  private final int[] inventory;
  private final int[] setup;
  private final int[] demand;
  private final int[] actionMask;
  private final Dict observationSpace;
  private final MultiDiscrete actionSpace;
  private final Step<Map<String, Object>> step = new Step<>();
  private int period;

  /**
   * The post-decision state: stock after production, before demand, and the machines' setups.
   *
   * @param inventory per item
   * @param setup per machine, 0 = idle
   * @param setupCost the setup costs this decision pays
   */
  public record PostDecision(int[] inventory, int[] setup, double setupCost) {}

  /**
   * The kwargs of {@code inventory/LotSizing-v0}.
   *
   * @param items {@code items}
   * @param machines {@code machines}
   * @param periods {@code periods}
   * @param instanceSeed {@code instance_seed}
   * @param maxInventory {@code max_inventory}
   * @param holdingCost {@code holding_cost}
   * @param demandTrials {@code demand_trials}
   * @param demandProbability {@code demand_probability}
   */
  public record Config(
      @Kwarg(defaultValue = "25", min = 1, max = 1000, doc = "number of items") int items,
      @Kwarg(defaultValue = "15", min = 1, max = 1000, doc = "number of machines") int machines,
      @Kwarg(defaultValue = "100", min = 1, doc = "periods per episode") int periods,
      @Kwarg(defaultValue = "0", min = 0, doc = "seed of the plant (rates, setups, costs)")
          int instanceSeed,
      @Kwarg(defaultValue = "100", min = 1, max = 1e8, doc = "stock capacity per item")
          int maxInventory,
      @Kwarg(defaultValue = "0.01", min = 0, doc = "cost per unit held after demand")
          double holdingCost,
      @Kwarg(defaultValue = "20", min = 0, max = 1e6, doc = "Binomial demand: trials")
          int demandTrials,
      @Kwarg(defaultValue = "0.4", min = 0, max = 1, doc = "Binomial demand: success probability")
          double demandProbability) {}

  /** The paper's plant size with default settings. */
  public LotSizingEnv() {
    this(ConfigBinder.defaults(Config.class));
  }

  /** An env with the given settings. */
  public LotSizingEnv(Config config) {
    this.config = ConfigBinder.checked(config, ID);
    this.items = config.items();
    this.machines = config.machines();
    this.rates = new int[machines][items];
    this.setupCosts = new double[machines][items];
    this.setupLosses = new int[machines][items];
    this.lostSalesCosts = new double[items];
    NpRandom plant = NpRandom.of(config.instanceSeed());
    for (int m = 0; m < machines; m++) {
      for (int i = 0; i < items; i++) {
        rates[m][i] = plant.random() < 0.4 ? 0 : (int) plant.integers(1, 41);
        setupCosts[m][i] = plant.random() < 0.2 ? 15 : plant.integers(16, 31);
        setupLosses[m][i] = plant.random() < 0.7 ? 1 : (int) plant.integers(2, 4);
      }
    }
    for (int i = 0; i < items; i++) {
      lostSalesCosts[i] = plant.random() < 0.5 ? 0.1 : 1.1;
    }
    this.inventory = new int[items];
    this.setup = new int[machines];
    this.demand = new int[items];
    this.actionMask = new int[machines * (items + 1)];
    for (int m = 0; m < machines; m++) {
      actionMask[m * (items + 1)] = 1;
      for (int i = 0; i < items; i++) {
        actionMask[m * (items + 1) + i + 1] = rates[m][i] > 0 ? 1 : 0;
      }
    }
    int[] choices = new int[machines];
    Arrays.fill(choices, items + 1);
    this.actionSpace = new MultiDiscrete(choices);
    this.observationSpace =
        Dict.ordered(
            "inventory",
            new Box<int[]>(
                new double[items],
                filled(items, config.maxInventory()),
                new int[] {items},
                DType.INT32),
            "setup",
            new MultiDiscrete(choices));
  }

  private static double[] filled(int n, double value) {
    double[] v = new double[n];
    Arrays.fill(v, value);
    return v;
  }

  @Override
  public Space<Map<String, Object>> observationSpace() {
    return observationSpace;
  }

  @Override
  public Space<int[]> actionSpace() {
    return actionSpace;
  }

  @Override
  protected Reset<Map<String, Object>> doReset(Long seed, Map<String, Object> options) {
    for (int i = 0; i < items; i++) {
      inventory[i] = (int) npRandom().integers(0, config.maxInventory());
    }
    for (int m = 0; m < machines; m++) {
      int feasible = 0;
      for (int i = 0; i < items; i++) {
        feasible += rates[m][i] > 0 ? 1 : 0;
      }
      int pick = (int) npRandom().integers(0, feasible + 1);
      setup[m] = 0;
      for (int i = 0; i < items && pick > 0; i++) {
        if (rates[m][i] > 0 && --pick == 0) {
          setup[m] = i + 1;
        }
      }
    }
    period = 0;
    return new Reset<>(observe(), Map.of("action_mask", actionMask.clone()));
  }

  /**
   * The state after {@code action}'s production and before demand, from the current state; changes
   * nothing.
   *
   * @param action per machine, 0 (idle) or {@code i + 1}
   */
  public PostDecision postDecisionState(int[] action) {
    if (action.length != machines) {
      throw new IllegalArgumentException(
          "need one choice per machine (" + machines + "), got " + Arrays.toString(action));
    }
    int[] stock = inventory.clone();
    int[] nextSetup = new int[machines];
    double cost = 0;
    for (int m = 0; m < machines; m++) {
      int choice = action[m];
      if (choice < 0 || choice > items) {
        throw new IllegalArgumentException(
            "machine " + m + " choice must be in 0.." + items + ", got " + choice);
      }
      nextSetup[m] = choice;
      if (choice == 0) {
        continue;
      }
      int item = choice - 1;
      int loss = 0;
      if (choice != setup[m]) {
        cost += setupCosts[m][item];
        loss = setupLosses[m][item];
      }
      stock[item] += Math.max(rates[m][item] - loss, 0);
    }
    return new PostDecision(stock, nextSetup, cost);
  }

  @Override
  protected Step<Map<String, Object>> doStep(int[] action) {
    PostDecision post = postDecisionState(action);
    double cost = post.setupCost();
    for (int i = 0; i < items; i++) {
      int d = 0;
      for (int t = 0; t < config.demandTrials(); t++) {
        d += npRandom().random() < config.demandProbability() ? 1 : 0;
      }
      demand[i] = d;
      int sold = Math.min(post.inventory()[i], d);
      cost += lostSalesCosts[i] * (d - sold);
      int left = Math.min(post.inventory()[i] - sold, config.maxInventory());
      inventory[i] = left;
      cost += config.holdingCost() * left;
    }
    System.arraycopy(post.setup(), 0, setup, 0, machines);
    period++;
    Map<String, Object> info = new LinkedHashMap<>();
    info.put("cost", cost);
    info.put("demand", demand.clone());
    info.put("action_mask", actionMask.clone());
    return step.set(observe(), -cost, period >= config.periods(), false, info);
  }

  private Map<String, Object> observe() {
    Map<String, Object> obs = new LinkedHashMap<>();
    obs.put("inventory", inventory.clone());
    obs.put("setup", setup.clone());
    return obs;
  }

  /** Units of {@code item} that machine {@code machine} makes per period (0: cannot make it). */
  public int productionRate(int machine, int item) {
    return rates[machine][item];
  }
}
