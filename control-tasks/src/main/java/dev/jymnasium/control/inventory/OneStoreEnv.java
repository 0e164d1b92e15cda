package dev.jymnasium.control.inventory;

import dev.jymnasium.env.Env;
import dev.jymnasium.env.Reset;
import dev.jymnasium.env.Step;
import dev.jymnasium.env.registry.Kwarg;
import dev.jymnasium.env.spaces.Box;
import dev.jymnasium.env.spaces.Dict;
import dev.jymnasium.env.spaces.Discrete;
import dev.jymnasium.env.spaces.Space;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one-store inventory system shared by {@link OneStoreLostEnv} and {@link
 * OneStoreBackloggedEnv}: the period order, costs and pipeline of the simulator of Alvo, Russo and
 * Kanoria (2023), "Neural inventory control in networks via hindsight differentiable policy
 * optimization" (public code: MatiasAlvo/Neural_inventory_control).
 *
 * <p>The state is a vector {@code I} of length {@code L} (the lead time): {@code I[0]} is on hand
 * now and {@code I[j]} the units that arrive {@code j} periods from now. One period, given the
 * order {@code q ≥ 0} and the demand {@code d}:
 *
 * <ol>
 *   <li>cost, from on hand at the start of the period: {@code c = p·(d − I[0])⁺ + h·(I[0] − d)⁺};
 *   <li>post-demand on hand {@code y = I[0] − d}, set to {@code y⁺} under lost sales (a backlog
 *       keeps negatives);
 *   <li>pipeline shift {@code I'[0] = y + I[1]}, {@code I'[j] = I[j+1]}, {@code I'[L−1] = 0}, then
 *       {@code I'[L−1] += q}: an order is on hand at the start of the period {@code L} periods
 *       later (next period for {@code L = 1}).
 * </ol>
 *
 * <p>The observation is a dict: {@code store_inventories} ({@code Box(1, L) float64}, on hand then
 * the pipeline) and {@code current_period} ({@code Discrete(periods + 1)}: the number of periods
 * played). The action is {@code Box(0, inf, (1,), float64)}: {@code [q]}. The reward is {@code −c};
 * {@code info} holds {@code cost} ({@code c}), {@code demand} ({@code d}) and {@code warm_up}
 * (whether the period is one of the first {@code ignore_periods}, which the published metric, the
 * average cost per period, leaves out). The episode terminates after {@code periods} periods.
 */
public abstract class OneStoreEnv extends Env<Map<String, Object>, double[]>
    implements ChainSetting {
  private final int leadTime;
  private final double underageCost;
  private final double holdingCost;
  private final int periods;
  private final int ignorePeriods;
  private final boolean lostSales;
  private final double meanDemand;
  private final double[] initialRangeMult;
  private final double initialLow;
  private final double initialHigh;
  private final Dict observationSpace;
  private final Box<double[]> actionSpace = Box.float64(0, Double.POSITIVE_INFINITY, 1);
  private final Step<Map<String, Object>> step = new Step<>();

  /** {@code I}: on hand, then the units arriving in 1, 2, …, L−1 periods. */
  private final double[] inventory;

  private int period;

  /**
   * The kwargs both one-store envs take, with the published settings' defaults.
   *
   * @param leadTime {@code lead_time}: L ≥ 1
   * @param underageCost {@code underage_cost}: p, cost per unit of unmet demand (lost or
   *     backlogged)
   * @param holdingCost {@code holding_cost}: h, cost per unit left on hand after demand
   * @param periods {@code periods}: episode length
   * @param ignorePeriods {@code ignore_periods}: warm-up periods, {@code null}: {@code 3·periods/5}
   *     (30 of 50, as in the published settings)
   * @param initialRangeMult {@code initial_range_mult}: {@code [a, b]}: each slot of {@code I}
   *     starts uniform in {@code [a·μ, b·μ]} with {@code μ} the mean demand
   */
  public record Options(
      @Kwarg(defaultValue = "4", min = 1, max = 1000, doc = "lead time L (periods)") int leadTime,
      @Kwarg(defaultValue = "9", min = 0, doc = "underage cost p per unit of unmet demand")
          double underageCost,
      @Kwarg(defaultValue = "1", min = 0, doc = "holding cost h per unit on hand after demand")
          double holdingCost,
      @Kwarg(defaultValue = "50", min = 1, doc = "periods per episode") int periods,
      @Kwarg(min = 0, doc = "warm-up periods (info warm_up); None: 3/5 of periods")
          Integer ignorePeriods,
      @Kwarg(defaultValue = "0, 1", min = 0, doc = "[a, b]: initial slots uniform in [a, b]*mean")
          double[] initialRangeMult) {
    /** Checks the kwargs' declarations cannot say; messages name the kwarg and the value. */
    public Options {
      if (!Double.isFinite(underageCost)) {
        throw new IllegalArgumentException(
            "kwarg 'underage_cost' must be finite, got " + underageCost);
      }
      if (!Double.isFinite(holdingCost)) {
        throw new IllegalArgumentException(
            "kwarg 'holding_cost' must be finite, got " + holdingCost);
      }
      InventoryKwargs.checkIgnorePeriods(ignorePeriods, periods);
      if (initialRangeMult == null
          || initialRangeMult.length != 2
          || !(initialRangeMult[0] <= initialRangeMult[1])
          || !Double.isFinite(initialRangeMult[1])) {
        throw new IllegalArgumentException(
            "kwarg 'initial_range_mult' must be two finite values [low, high] with low <= high, got "
                + java.util.Arrays.toString(initialRangeMult));
      }
    }
  }

  /**
   * @param options the shared kwargs
   * @param meanDemand {@code μ}
   * @param lostSales lost sales, or a backlog
   */
  OneStoreEnv(Options options, double meanDemand, boolean lostSales) {
    this.leadTime = options.leadTime();
    this.underageCost = options.underageCost();
    this.holdingCost = options.holdingCost();
    this.periods = options.periods();
    this.ignorePeriods = InventoryKwargs.ignoredPeriods(options.ignorePeriods(), periods);
    this.lostSales = lostSales;
    this.meanDemand = meanDemand;
    this.initialRangeMult = options.initialRangeMult().clone();
    this.initialLow = options.initialRangeMult()[0] * meanDemand;
    this.initialHigh = options.initialRangeMult()[1] * meanDemand;
    this.inventory = new double[leadTime];
    double low = lostSales ? 0 : Double.NEGATIVE_INFINITY;
    this.observationSpace =
        Dict.ordered(
            "store_inventories",
            Box.float64(low, Double.POSITIVE_INFINITY, 1, leadTime),
            "current_period",
            new Discrete(periods + 1));
  }

  /** One draw of the period's demand from {@link #npRandom()}. */
  protected abstract double sampleDemand();

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
    for (int j = 0; j < leadTime; j++) {
      inventory[j] = initialLow + (initialHigh - initialLow) * npRandom().random();
    }
    period = 0;
    return new Reset<>(observe(), Map.of());
  }

  @Override
  protected Step<Map<String, Object>> doStep(double[] action) {
    double q = action[0];
    if (!(q >= 0) || Double.isInfinite(q)) {
      throw new IllegalArgumentException("order quantity must be finite and >= 0, got " + q);
    }
    double d = sampleDemand();
    boolean warmUp = period < ignorePeriods;
    double cost = advance(inventory, q, d, underageCost, holdingCost, lostSales);
    period++;
    Map<String, Object> info = new LinkedHashMap<>();
    info.put("cost", cost);
    info.put("demand", d);
    info.put("warm_up", warmUp);
    return step.set(observe(), -cost, period >= periods, false, info);
  }

  /**
   * One period of the dynamics in place (see the class doc).
   *
   * @param inv {@code I}, length {@code L}; replaced by the next period's state
   * @param q the order placed this period
   * @param d the period's demand
   * @return the period's cost
   */
  static double advance(
      double[] inv, double q, double d, double underageCost, double holdingCost, boolean lost) {
    double onHand = inv[0];
    double cost = underageCost * Math.max(d - onHand, 0) + holdingCost * Math.max(onHand - d, 0);
    double y = onHand - d;
    if (lost) {
      y = Math.max(y, 0);
    }
    int k = inv.length;
    if (k == 1) {
      inv[0] = y;
    } else {
      inv[0] = y + inv[1];
      System.arraycopy(inv, 2, inv, 1, k - 2);
      inv[k - 1] = 0;
    }
    inv[k - 1] += q;
    return cost;
  }

  private Map<String, Object> observe() {
    Map<String, Object> obs = new LinkedHashMap<>();
    obs.put("store_inventories", inventory.clone());
    obs.put("current_period", period);
    return obs;
  }

  @Override
  public SerialChain chain() {
    return SerialChain.oneStore(
        leadTime,
        underageCost,
        holdingCost,
        lostSales ? SerialChain.UnmetDemand.LOST : SerialChain.UnmetDemand.BACKLOGGED);
  }

  @Override
  public double meanDemand() {
    return meanDemand;
  }

  @Override
  public int periods() {
    return periods;
  }

  @Override
  public double[] initialRangeMult() {
    return initialRangeMult.clone();
  }

  /** {@code I}: on hand, then the pipeline (a copy). */
  public double[] storeInventories() {
    return inventory.clone();
  }

  /** Replaces {@code I} (length {@code L}), e.g. to replay a situation. */
  public void setStoreInventories(double[] values) {
    if (values.length != leadTime) {
      throw new IllegalArgumentException(
          "store_inventories has " + leadTime + " values, got " + values.length);
    }
    System.arraycopy(values, 0, inventory, 0, leadTime);
  }

  /** Lead time {@code L}, periods. */
  public int leadTime() {
    return leadTime;
  }

  /** Periods played in this episode. */
  public int currentPeriod() {
    return period;
  }

  /** Warm-up periods whose cost the published metric leaves out. */
  @Override
  public int ignorePeriods() {
    return ignorePeriods;
  }
}
