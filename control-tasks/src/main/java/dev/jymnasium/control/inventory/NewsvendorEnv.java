package dev.jymnasium.control.inventory;

import dev.jymnasium.env.Env;
import dev.jymnasium.env.Reset;
import dev.jymnasium.env.Step;
import dev.jymnasium.env.registry.ConfigBinder;
import dev.jymnasium.env.registry.Kwarg;
import dev.jymnasium.env.spaces.Box;
import dev.jymnasium.env.spaces.Space;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * OR-Gym's multi-period newsvendor with lead time ({@code Newsvendor-v0} of C. Hubbs et al.,
 * "OR-Gym: A reinforcement learning library for operations research problems", 2020, public code:
 * hubbs5/or-gym), after Balaji et al., "ORL: Reinforcement learning benchmarks for online
 * stochastic optimization problems" (2019).
 *
 * <h2>Description</h2>
 *
 * Each episode draws a product: price {@code P = max(1, U·p_max)}, unit cost {@code C = max(1,
 * U·P)}, holding cost {@code h = U·min(C, h_max)}, lost-sales penalty {@code k = U·k_max} and mean
 * demand {@code μ = U·mu_max} ({@code U ~ U[0, 1)} fresh each time, in that order). Each period the
 * vendor orders {@code q}, capped so that the pipeline holds at most {@code max_inventory}; it
 * arrives {@code L} periods later. Stock is perishable: what arrives this period is sold against
 * demand {@code d ~ Poisson(μ)} and the rest is discarded.
 *
 * <h2>Action space</h2>
 *
 * {@code Box(0, max_order_quantity, (1,), float32)}: the order.
 *
 * <h2>Observation space</h2>
 *
 * {@code Box(0, [p_max, p_max, h_max, k_max, mu_max, max_order_quantity × L], (5 + L,), float32)}:
 * {@code [P, C, h, k, μ, pipeline]}, the pipeline oldest (arriving next) first.
 *
 * <h2>Rewards</h2>
 *
 * {@code P·min(x, d) − purchase − h·(x − d)⁺ − k·(d − x)⁺} with {@code x} the units arriving this
 * period ({@code q} itself when {@code L = 0}). {@code purchase_cost="ordered"} (default) charges
 * {@code C·q·γ^L}, the term of Balaji et al.'s original; {@code "times_excess"} charges {@code (x −
 * d)⁺·C·q·γ^L}, OR-Gym's code as released (reported upstream as a bug).
 *
 * <h2>Starting state</h2>
 *
 * A fresh product (above) and an empty pipeline.
 *
 * <h2>Episode end</h2>
 *
 * Terminates after {@code step_limit} (40) periods, as OR-Gym's {@code done}.
 *
 * <h2>Arguments</h2>
 *
 * {@code lead_time} (5), {@code max_inventory} (4000), {@code max_order_quantity} (2000), {@code
 * step_limit} (40), {@code p_max} (100), {@code h_max} (5), {@code k_max} (10), {@code mu_max}
 * (200), {@code gamma} (1), {@code purchase_cost} ({@code ordered} or {@code times_excess}).
 *
 * <h2>Version history</h2>
 *
 * v0: initial version.
 *
 * <h2>Differences from the original</h2>
 *
 * The purchase cost is the intended one by default; draws come from the env's numpy-compatible
 * {@code Generator} seeded by {@code reset(seed)} (OR-Gym uses numpy's global legacy generator and
 * ignores the seed); the order is clipped to the action space before the inventory cap. The
 * pipeline is kept in float32 as OR-Gym's state is.
 */
public final class NewsvendorEnv extends Env<float[], float[]> {
  static final String ID = "or-gym/Newsvendor-v0";

  /** How the purchase of an order is charged. */
  enum PurchaseCost {
    /** {@code C·q·γ^L}: the cost of what was ordered. */
    ORDERED,
    /** {@code (x − d)⁺·C·q·γ^L}: OR-Gym's released code. */
    TIMES_EXCESS
  }

  private final Config config;
  private final PurchaseCost purchaseCost;
  private final Box<float[]> observationSpace;
  private final Box<float[]> actionSpace;
  private final float[] state;
  private final Step<float[]> step = new Step<>();
  private double price;
  private double cost;
  private double holding;
  private double penalty;
  private double mu;
  private int stepCount;

  /**
   * The kwargs of {@code or-gym/Newsvendor-v0} (OR-Gym's attribute names).
   *
   * @param leadTime {@code lead_time}
   * @param maxInventory {@code max_inventory}: cap on the units in the pipeline
   * @param maxOrderQuantity {@code max_order_quantity}
   * @param stepLimit {@code step_limit}
   * @param pMax {@code p_max}
   * @param hMax {@code h_max}
   * @param kMax {@code k_max}
   * @param muMax {@code mu_max}
   * @param gamma {@code gamma}: discount of the purchase cost per lead-time period
   * @param purchaseCost {@code purchase_cost}
   */
  public record Config(
      @Kwarg(defaultValue = "5", min = 0, max = 1000, doc = "periods from order to arrival")
          int leadTime,
      @Kwarg(defaultValue = "4000", min = 0, doc = "cap on the units in the pipeline")
          double maxInventory,
      @Kwarg(defaultValue = "2000", min = 0, doc = "largest order") double maxOrderQuantity,
      @Kwarg(defaultValue = "40", min = 1, doc = "periods per episode") int stepLimit,
      @Kwarg(defaultValue = "100", min = 1, doc = "largest sale price") double pMax,
      @Kwarg(defaultValue = "5", min = 0, doc = "largest holding cost") double hMax,
      @Kwarg(defaultValue = "10", min = 0, doc = "largest lost-sales penalty") double kMax,
      @Kwarg(defaultValue = "200", min = 0, max = 1e6, doc = "largest mean demand") double muMax,
      @Kwarg(defaultValue = "1", min = 0, max = 1, doc = "discount of the purchase cost per period")
          double gamma,
      @Kwarg(
              defaultValue = "ordered",
              oneOf = {"ordered", "times_excess"},
              doc = "ordered: C*q*gamma^L; times_excess: OR-Gym's code, also times unsold units")
          String purchaseCost) {}

  /** OR-Gym's defaults with the intended purchase cost. */
  public NewsvendorEnv() {
    this(ConfigBinder.defaults(Config.class));
  }

  /** An env with the given settings. */
  public NewsvendorEnv(Config config) {
    this.config = ConfigBinder.checked(config, ID);
    this.purchaseCost = PurchaseCost.valueOf(config.purchaseCost().toUpperCase(Locale.ROOT));
    int dim = 5 + config.leadTime();
    float[] high = new float[dim];
    high[0] = (float) config.pMax();
    high[1] = (float) config.pMax();
    high[2] = (float) config.hMax();
    high[3] = (float) config.kMax();
    high[4] = (float) config.muMax();
    Arrays.fill(high, 5, dim, (float) config.maxOrderQuantity());
    this.observationSpace = Box.float32(new float[dim], high);
    this.actionSpace = Box.float32(0, config.maxOrderQuantity(), 1);
    this.state = new float[dim];
  }

  @Override
  public Space<float[]> observationSpace() {
    return observationSpace;
  }

  @Override
  public Space<float[]> actionSpace() {
    return actionSpace;
  }

  @Override
  protected Reset<float[]> doReset(Long seed, Map<String, Object> options) {
    price = Math.max(1, npRandom().random() * config.pMax());
    cost = Math.max(1, npRandom().random() * price);
    holding = npRandom().random() * Math.min(cost, config.hMax());
    penalty = npRandom().random() * config.kMax();
    mu = npRandom().random() * config.muMax();
    Arrays.fill(state, 0f);
    state[0] = (float) price;
    state[1] = (float) cost;
    state[2] = (float) holding;
    state[3] = (float) penalty;
    state[4] = (float) mu;
    stepCount = 0;
    return new Reset<>(state.clone(), Map.of());
  }

  @Override
  protected Step<float[]> doStep(float[] action) {
    int lead = config.leadTime();
    double inPipeline = 0;
    for (int j = 5; j < state.length; j++) {
      inPipeline += state[j];
    }
    double order = Math.max(0, Math.min(action[0], config.maxInventory() - inPipeline));
    long demand = Demand.poisson(npRandom(), mu);
    double arriving = lead == 0 ? order : state[5];
    double sales = Math.min(arriving, demand) * price;
    double excess = Math.max(0, arriving - demand);
    double shortage = Math.max(0, demand - arriving);
    double purchase = cost * order * Math.pow(config.gamma(), lead);
    if (purchaseCost == PurchaseCost.TIMES_EXCESS) {
      purchase *= excess;
    }
    double reward = sales - purchase - holding * excess - penalty * shortage;
    if (lead > 0) {
      System.arraycopy(state, 6, state, 5, lead - 1);
      state[state.length - 1] = (float) order;
    }
    stepCount++;
    Map<String, Object> info = new LinkedHashMap<>();
    info.put("demand", (double) demand);
    info.put("order", order);
    info.put("purchase_cost", purchase);
    return step.set(state.clone(), reward, stepCount >= config.stepLimit(), false, info);
  }
}
