package dev.jymnasium.control.inventory;

import dev.jymnasium.control.inventory.SerialChain.UnmetDemand;
import dev.jymnasium.env.Env;
import dev.jymnasium.env.Reset;
import dev.jymnasium.env.Step;
import dev.jymnasium.env.registry.ConfigBinder;
import dev.jymnasium.env.registry.Kwarg;
import dev.jymnasium.env.spaces.Box;
import dev.jymnasium.env.spaces.DType;
import dev.jymnasium.env.spaces.Space;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * OR-Gym's multi-echelon production-inventory chain ({@code InvManagement-v0} with backlog, {@code
 * InvManagement-v1} with lost sales, of C. Hubbs et al., "OR-Gym: A reinforcement learning library
 * for operations research problems", 2020; public code: hubbs5/or-gym).
 *
 * <h2>Description</h2>
 *
 * Stages {@code 0} (retailer) … {@code M}; stage {@code M} is an unlimited raw-material source.
 * Period {@code n}: (1) each stage {@code i < M} requests {@code R_i = max(a_i, 0)} from stage
 * {@code i+1}, plus (v0) last period's unfilled request; the shipment is capped by stage {@code
 * i+1}'s capacity {@code c_i} and its on hand at the start of the period; (2) stage {@code i}
 * receives the shipment it was sent {@code L_i} periods ago; (3) customer demand {@code D ~
 * Poisson(mu)}, plus (v0) last period's unmet demand, is sold from the retailer's on hand; (4) each
 * stage loses what it sold or shipped; (5) unfilled demand and requests are backlogged (v0) or lost
 * (v1); (6) the reward is the discounted profit {@code α^n·Σ_i [price_i·S_i − (cost_i·RR_i +
 * k_i·U_i + h_i·I_i)]} with prices {@code [p, r_0, …, r_{M−1}]}, sales {@code S = [retail sales,
 * shipments]}, {@code RR = [shipments, shipment from the source]}, unfilled amounts {@code U} and
 * on hand {@code I} after the period (the source holds nothing).
 *
 * <h2>Action space</h2>
 *
 * {@code Box(0, c, (M,), int32)}: requests of stages {@code 0 … M−1}.
 *
 * <h2>Observation space</h2>
 *
 * {@code Box(low, c_max·periods, (M·(L_max + 1),), int32)}: the {@code M} on-hand levels at the
 * start of the period, then the raw actions of the last {@code L_max} periods, oldest first,
 * zero-padded (as OR-Gym: the action before capacity capping). {@code low} is 0 for v1 and {@code
 * −10·c_max·periods} for v0, as OR-Gym declares.
 *
 * <h2>Rewards</h2>
 *
 * The period's discounted profit (above); {@code info} holds {@code demand}, {@code shipped} (the
 * capped requests) and {@code unfilled} ({@code U}).
 *
 * <h2>Starting state</h2>
 *
 * On hand {@code I0} and an empty pipeline.
 *
 * <h2>Episode end</h2>
 *
 * Terminates after {@code periods} periods, as OR-Gym's {@code done}.
 *
 * <h2>Arguments</h2>
 *
 * OR-Gym's names: {@code periods} (30), {@code I0} ([100, 100, 200]), {@code p} (2), {@code r}
 * ([1.5, 1.0, 0.75, 0.5]), {@code k} ([0.1, 0.075, 0.05, 0.025]), {@code h} ([0.15, 0.1, 0.05]),
 * {@code c} ([100, 90, 80]), {@code L} ([3, 5, 10]), {@code mu} (20, the Poisson mean), {@code
 * alpha} (0.97).
 *
 * <h2>Version history</h2>
 *
 * v0 (backlog) and v1 (lost sales): initial versions.
 *
 * <h2>Differences from the original</h2>
 *
 * Poisson demand only (OR-Gym also offers binomial, uniform, geometric and user-given demand);
 * draws come from the env's seeded generator (OR-Gym reseeds numpy's global state from {@code
 * seed_int}); int32 actions (OR-Gym: int16); kwargs are Jymnasium's snake_case of OR-Gym's names
 * ({@code I0} is {@code i0}, {@code L} is {@code l}).
 */
public final class InvManagementEnv extends Env<int[], int[]> {
  private final Config config;
  private final String id;
  private final boolean backlog;
  private final int stages;
  private final int maxLead;
  private final double[] prices;
  private final Box<int[]> observationSpace;
  private final Box<int[]> actionSpace;
  private final Step<int[]> step = new Step<>();
  private final double[] onHand;
  private final int[][] actionLog;
  private final long[][] shipments;
  private final long[] backlogged;
  private int period;

  /**
   * The kwargs of {@code or-gym/InvManagement-v0} and {@code -v1} (OR-Gym's names).
   *
   * @param periods {@code periods}
   * @param i0 {@code i0}: initial on hand of stages 0 … M−1
   * @param p {@code p}: retail price
   * @param r {@code r}: unit replenishment cost per stage (M + 1 values)
   * @param k {@code k}: backlog or goodwill cost per unfilled unit per stage (M + 1 values)
   * @param h {@code h}: holding cost per stage 0 … M−1
   * @param c {@code c}: supply capacity of stages 1 … M
   * @param l {@code l}: lead time of each link (stage i receives from stage i+1)
   * @param mu {@code mu}: Poisson mean of customer demand
   * @param alpha {@code alpha}: discount per period, in (0, 1]
   */
  public record Config(
      @Kwarg(defaultValue = "30", min = 1, max = 100_000, doc = "periods per episode") int periods,
      @Kwarg(
              defaultValue = "100, 100, 200",
              min = 0,
              max = 1e9,
              doc = "initial on hand of stages 0..M-1")
          int[] i0,
      @Kwarg(defaultValue = "2", min = 0, doc = "retail price") double p,
      @Kwarg(
              defaultValue = "1.5, 1.0, 0.75, 0.5",
              min = 0,
              doc = "unit replenishment cost per stage")
          double[] r,
      @Kwarg(
              defaultValue = "0.1, 0.075, 0.05, 0.025",
              min = 0,
              doc = "cost per unfilled unit per stage")
          double[] k,
      @Kwarg(defaultValue = "0.15, 0.1, 0.05", min = 0, doc = "holding cost of stages 0..M-1")
          double[] h,
      @Kwarg(
              defaultValue = "100, 90, 80",
              min = 1,
              max = 1e6,
              doc = "supply capacity of stages 1..M")
          int[] c,
      @Kwarg(
              defaultValue = "3, 5, 10",
              min = 1,
              max = 1000,
              doc = "lead time of each link (periods)")
          int[] l,
      @Kwarg(defaultValue = "20", min = 0, max = 1e6, doc = "Poisson mean of customer demand")
          double mu,
      @Kwarg(defaultValue = "0.97", min = 0, max = 1, doc = "discount per period") double alpha) {
    /** Checks the lengths OR-Gym checks; messages name the kwargs. */
    public Config {
      int m = i0.length;
      if (m < 1
          || r.length != m + 1
          || k.length != m + 1
          || h.length != m
          || c.length != m
          || l.length != m) {
        throw new IllegalArgumentException(
            "with M = len(i0) = "
                + m
                + " stages holding stock, r and k need M + 1 values and h, c, l need M; got r "
                + Arrays.toString(r)
                + ", k "
                + Arrays.toString(k)
                + ", h "
                + Arrays.toString(h)
                + ", c "
                + Arrays.toString(c)
                + ", l "
                + Arrays.toString(l));
      }
      if (!(alpha > 0)) {
        throw new IllegalArgumentException("kwarg 'alpha' must be in (0, 1], got " + alpha);
      }
    }
  }

  /**
   * @param config the kwargs
   * @param id the registered id
   * @param unmetDemand backlog (v0) or lost sales (v1)
   */
  public InvManagementEnv(Config config, String id, UnmetDemand unmetDemand) {
    this.config = ConfigBinder.checked(config, id);
    this.id = id;
    this.backlog = unmetDemand == UnmetDemand.BACKLOGGED;
    this.stages = config.i0().length;
    this.maxLead = Arrays.stream(config.l()).max().orElse(1);
    this.prices = new double[stages + 1];
    prices[0] = config.p();
    System.arraycopy(config.r(), 0, prices, 1, stages);
    int cMax = Arrays.stream(config.c()).max().orElse(1);
    int dim = stages * (maxLead + 1);
    double[] low = new double[dim];
    double[] high = new double[dim];
    Arrays.fill(low, backlog ? -10.0 * cMax * config.periods() : 0);
    Arrays.fill(high, (double) cMax * config.periods());
    this.observationSpace = new Box<>(low, high, new int[] {dim}, DType.INT32);
    double[] capacities = Arrays.stream(config.c()).asDoubleStream().toArray();
    this.actionSpace = new Box<>(new double[stages], capacities, new int[] {stages}, DType.INT32);
    this.onHand = new double[stages];
    this.actionLog = new int[config.periods()][stages];
    this.shipments = new long[config.periods()][stages];
    this.backlogged = new long[stages + 1];
  }

  @Override
  public Space<int[]> observationSpace() {
    return observationSpace;
  }

  @Override
  public Space<int[]> actionSpace() {
    return actionSpace;
  }

  @Override
  protected Reset<int[]> doReset(Long seed, Map<String, Object> options) {
    for (int i = 0; i < stages; i++) {
      onHand[i] = config.i0()[i];
    }
    for (int[] row : actionLog) {
      Arrays.fill(row, 0);
    }
    for (long[] row : shipments) {
      Arrays.fill(row, 0);
    }
    Arrays.fill(backlogged, 0);
    period = 0;
    return new Reset<>(observe(), Map.of());
  }

  @Override
  protected Step<int[]> doStep(int[] action) {
    int n = period;
    long[] requested = new long[stages];
    long[] shipped = new long[stages];
    for (int i = 0; i < stages; i++) {
      int raw = Math.max(action[i], 0);
      actionLog[n][i] = raw;
      requested[i] = raw + (backlog ? backlogged[i + 1] : 0);
      // the supplier's on hand at the start of the period (the source is unlimited)
      double supplierStock = i + 1 < stages ? onHand[i + 1] : Double.POSITIVE_INFINITY;
      shipped[i] = (long) Math.min(Math.min(requested[i], config.c()[i]), supplierStock);
      shipments[n][i] = shipped[i];
    }
    for (int i = 0; i < stages; i++) {
      int sentAt = n - config.l()[i];
      if (sentAt >= 0) {
        onHand[i] += shipments[sentAt][i];
      }
    }
    long demand = Demand.poisson(npRandom(), config.mu());
    long wanted = demand + (backlog ? backlogged[0] : 0);
    double sales = Math.min(onHand[0], wanted);
    onHand[0] -= sales;
    for (int i = 1; i < stages; i++) {
      onHand[i] -= shipped[i - 1];
    }
    double[] sold = new double[stages + 1];
    double[] unfilled = new double[stages + 1];
    sold[0] = sales;
    unfilled[0] = wanted - sales;
    for (int i = 0; i < stages; i++) {
      sold[i + 1] = shipped[i];
      unfilled[i + 1] = requested[i] - shipped[i];
    }
    for (int i = 0; i <= stages; i++) {
      backlogged[i] = backlog ? (long) unfilled[i] : 0;
    }
    double profit = 0;
    for (int i = 0; i <= stages; i++) {
      // the source "produces" what it ships to the last stage holding stock
      double replenished = i < stages ? shipped[i] : shipped[stages - 1];
      double held = i < stages ? onHand[i] : 0;
      double holding = i < stages ? config.h()[i] : 0;
      profit +=
          prices[i] * sold[i]
              - (config.r()[i] * replenished + config.k()[i] * unfilled[i] + holding * held);
    }
    double reward = Math.pow(config.alpha(), n) * profit;
    period++;
    Map<String, Object> info = new LinkedHashMap<>();
    info.put("demand", (double) demand);
    info.put("shipped", Arrays.stream(shipped).asDoubleStream().toArray());
    info.put("unfilled", unfilled);
    return step.set(observe(), reward, period >= config.periods(), false, info);
  }

  /** On hand, then the raw actions of the last {@code L_max} periods, oldest first. */
  private int[] observe() {
    int[] obs = new int[stages * (maxLead + 1)];
    for (int i = 0; i < stages; i++) {
      obs[i] = (int) onHand[i];
    }
    int shown = Math.min(period, maxLead);
    int offset = obs.length - stages * shown;
    for (int t = period - shown; t < period; t++) {
      for (int i = 0; i < stages; i++) {
        obs[offset++] = actionLog[t][i];
      }
    }
    return obs;
  }

  /** The registered id (v0 or v1). */
  public String id() {
    return id;
  }
}
