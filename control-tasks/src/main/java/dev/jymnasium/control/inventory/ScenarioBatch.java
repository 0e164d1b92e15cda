package dev.jymnasium.control.inventory;

import java.util.Arrays;

/**
 * {@code K} scenarios of one {@link SerialChain} stepped together in flat arrays, for rolling a
 * policy over pre-sampled demand (common random numbers), the way the simulator of Alvo, Russo and
 * Kanoria (2023) (public code: MatiasAlvo/Neural_inventory_control) evaluates policies on a batch.
 *
 * <p>Layout: stage {@code k}'s pipeline is one array of {@code slots_k × K} values, slot-major
 * ({@code [slot·K + scenario]}), kept as a ring whose head is on hand: the pipeline shift moves the
 * head instead of the values. Orders are {@code [stage·K + scenario]}. One period, per scenario:
 *
 * <ol>
 *   <li>store: cost {@code p·(d − I[0])⁺ + h·(I[0] − d)⁺}; {@code y = I[0] − d}, clipped at 0 when
 *       demand is lost;
 *   <li>stage {@code k ≥ 1}: {@code y = I[0] − q_{k−1}} (it ships what the stage below ordered;
 *       keeping this non-negative is the policy's job, as in the original), cost {@code h_k·y⁺};
 *   <li>every stage: {@code I'[0] = y + I[1]}, {@code I'[j] = I[j+1]}, {@code I'[slots−1] = 0},
 *       then {@code I'[L−1] += q}.
 * </ol>
 *
 * The cost of a period is summed over stages. Nothing is allocated after construction.
 *
 * <p>{@link #averageCost} rolls a {@link PositionPolicy} on a one-stage chain block by block: a
 * block of {@value #BLOCK} scenarios is copied into a small buffer that stays in cache and played
 * through every period before the next block, with the arithmetic of {@link #step} and {@link
 * #positions} in the same order, so results are identical to stepping the whole batch period by
 * period.
 */
public final class ScenarioBatch {
  private final SerialChain chain;
  private final int scenarios;
  private final int[] leadTimes;
  private final int[] slots;
  private final double[] holdingCosts;
  private final double underageCost;
  private final boolean lostSales;

  /** Per stage: the ring of pipeline rows, {@code [slot·K + scenario]}. */
  private final double[][] inventory;

  /** Per stage: the row that holds on hand. */
  private final int[] head;

  private final double[] periodCosts;
  private final double[] positions;
  private final double[] totalCosts;

  /** Per scenario, the cost summed over the periods {@link #averageCost} counts. */
  private final double[] windowCosts;

  /** Scenarios per block of the cache-resident rollout. */
  static final int BLOCK = 256;

  /**
   * The block's pipeline rows (one array per row, so that the JIT can vectorise the updates), and
   * its positions, orders and costs.
   */
  private final double[][] blockInventory;

  private final double[] blockPositions = new double[BLOCK];
  private final double[] blockOrders = new double[BLOCK];
  private final double[] blockCosts = new double[BLOCK];
  private final double[] blockTotals = new double[BLOCK];
  private final double[] blockWindow = new double[BLOCK];

  /**
   * @param chain the system every scenario simulates
   * @param scenarios {@code K ≥ 1}
   */
  public ScenarioBatch(SerialChain chain, int scenarios) {
    if (scenarios < 1) {
      throw new IllegalArgumentException("a batch needs >= 1 scenario, got " + scenarios);
    }
    this.chain = chain;
    this.scenarios = scenarios;
    this.leadTimes = chain.leadTimes();
    this.slots = chain.slots();
    this.holdingCosts = chain.holdingCosts();
    this.underageCost = chain.underageCost();
    this.lostSales = chain.unmetDemand() == SerialChain.UnmetDemand.LOST;
    this.inventory = new double[chain.stages()][];
    for (int k = 0; k < inventory.length; k++) {
      inventory[k] = new double[Math.multiplyExact(slots[k], scenarios)];
    }
    this.head = new int[chain.stages()];
    this.periodCosts = new double[scenarios];
    this.positions = new double[scenarios];
    this.totalCosts = new double[scenarios];
    this.windowCosts = new double[scenarios];
    this.blockInventory = new double[slots[0]][BLOCK];
  }

  /** The system simulated. */
  public SerialChain chain() {
    return chain;
  }

  /** {@code K}. */
  public int scenarios() {
    return scenarios;
  }

  /** Number of stages, the store (stage 0) included. */
  public int stages() {
    return inventory.length;
  }

  /**
   * Sets stage {@code stage}'s pipeline of every scenario and clears the accumulated costs when
   * {@code stage} is 0.
   *
   * @param values {@code [scenario·slots + slot]}, on hand first (scenario-major, the original's
   *     layout)
   */
  public void setInventories(int stage, double[] values) {
    int n = slots[stage];
    if (values.length != n * scenarios) {
      throw new IllegalArgumentException(
          "stage " + stage + " needs " + n + " x " + scenarios + " values, got " + values.length);
    }
    head[stage] = 0;
    for (int s = 0; s < scenarios; s++) {
      for (int j = 0; j < n; j++) {
        inventory[stage][j * scenarios + s] = values[s * n + j];
      }
    }
    if (stage == 0) {
      Arrays.fill(totalCosts, 0);
    }
  }

  /** Empties every pipeline and clears the accumulated costs. */
  public void clear() {
    for (int k = 0; k < inventory.length; k++) {
      Arrays.fill(inventory[k], 0);
      head[k] = 0;
    }
    Arrays.fill(totalCosts, 0);
  }

  /** Stage {@code stage}'s units {@code slot} periods from on hand (slot 0: on hand now). */
  public double inventory(int stage, int scenario, int slot) {
    int n = slots[stage];
    return inventory[stage][((head[stage] + slot) % n) * scenarios + scenario];
  }

  /** Stage {@code stage}'s inventory position: on hand plus everything in its pipeline. */
  public double position(int stage, int scenario) {
    double[] inv = inventory[stage];
    double sum = 0;
    for (int j = 0; j < slots[stage]; j++) {
      sum += inv[j * scenarios + scenario];
    }
    return sum;
  }

  /**
   * Every scenario's inventory position at stage {@code stage}, summed row by row (the fast way for
   * a whole batch).
   *
   * @return {@code [scenario]}, a buffer reused by the next call
   */
  public double[] positions(int stage) {
    double[] inv = inventory[stage];
    System.arraycopy(inv, 0, positions, 0, scenarios);
    for (int j = 1; j < slots[stage]; j++) {
      int row = j * scenarios;
      for (int s = 0; s < scenarios; s++) {
        positions[s] += inv[row + s];
      }
    }
    return positions;
  }

  /**
   * Plays one period in every scenario.
   *
   * @param orders {@code [stage·K + scenario]}, each {@code ≥ 0}
   * @param demands the period's store demand, {@code [from + scenario]}
   * @param from offset of this period's first demand in {@code demands}
   * @return the period's costs, {@code [scenario]} (a buffer reused by the next call)
   */
  public double[] step(double[] orders, double[] demands, int from) {
    if (orders.length < stages() * scenarios || demands.length < from + scenarios) {
      throw new IllegalArgumentException(
          "need "
              + stages() * scenarios
              + " orders and demands from "
              + from
              + " for "
              + scenarios
              + " scenarios, got "
              + orders.length
              + " and "
              + demands.length);
    }
    storePeriod(orders, demands, from);
    for (int k = 1; k < inventory.length; k++) {
      upstreamPeriod(k, orders);
    }
    for (int s = 0; s < scenarios; s++) {
      totalCosts[s] += periodCosts[s];
    }
    return periodCosts;
  }

  /** Per scenario, the sum of the costs of the periods stepped since the last reset of costs. */
  public double[] totalCosts() {
    return totalCosts.clone();
  }

  /** Clears the accumulated costs (e.g. after a warm-up). */
  public void clearTotalCosts() {
    Arrays.fill(totalCosts, 0);
  }

  /**
   * Rolls {@code policy} over every period of {@code trace} from the current state and returns the
   * average cost per period per scenario over periods {@code [ignorePeriods, T)}, the published
   * metric (one store, so also per store).
   *
   * @param trace demand for exactly this batch's scenarios
   * @param ignorePeriods warm-up periods left out, {@code 0 ≤ ignorePeriods < T}
   */
  public double averageCost(BatchPolicy policy, DemandTrace trace, int ignorePeriods) {
    if (trace.scenarios() != scenarios || ignorePeriods < 0 || ignorePeriods >= trace.periods()) {
      throw new IllegalArgumentException(
          "trace of "
              + trace.scenarios()
              + " scenarios x "
              + trace.periods()
              + " periods does not fit "
              + scenarios
              + " scenarios with "
              + ignorePeriods
              + " warm-up periods");
    }
    Arrays.fill(windowCosts, 0);
    if (stages() == 1 && policy instanceof PositionPolicy rule) {
      rollStoreInBlocks(rule, trace, ignorePeriods);
    } else {
      double[] orders = new double[stages() * scenarios];
      for (int t = 0; t < trace.periods(); t++) {
        policy.orders(this, orders);
        double[] costs = step(orders, trace.values(), trace.offset(t));
        if (t >= ignorePeriods) {
          for (int s = 0; s < scenarios; s++) {
            windowCosts[s] += costs[s];
          }
        }
      }
    }
    double sum = 0;
    for (int s = 0; s < scenarios; s++) {
      sum += windowCosts[s];
    }
    return sum / ((double) scenarios * (trace.periods() - ignorePeriods));
  }

  /**
   * Every period of {@code trace} for one store under a position policy, block by block, as {@link
   * #step} would play them: positions summed over physical rows in order, the same cost, shift and
   * arrival, the same running totals; the ring's head ends where stepping would leave it.
   */
  private void rollStoreInBlocks(PositionPolicy rule, DemandTrace trace, int ignorePeriods) {
    int n = slots[0];
    int lead = leadTimes[0];
    double[] inv = inventory[0];
    double[] demands = trace.values();
    double[][] rows = blockInventory;
    double[] pos = blockPositions;
    double[] q = blockOrders;
    int periods = trace.periods();
    int startHead = head[0];
    for (int s0 = 0; s0 < scenarios; s0 += BLOCK) {
      int b = Math.min(BLOCK, scenarios - s0);
      for (int r = 0; r < n; r++) {
        System.arraycopy(inv, r * scenarios + s0, rows[r], 0, b);
      }
      System.arraycopy(totalCosts, s0, blockTotals, 0, b);
      Arrays.fill(blockWindow, 0);
      int hd = startHead;
      for (int t = 0; t < periods; t++) {
        blockPositions(rows, b);
        rule.ordersAt(pos, q, b);
        double[] on = rows[hd];
        if (n > 1) {
          hd = (hd + 1) % n;
        }
        // With one slot the new head is the old one and the order lands there too.
        double[] window = t >= ignorePeriods ? blockWindow : null;
        storeBlock(on, rows[hd], rows[(hd + lead - 1) % n], demands, t * scenarios + s0, b, window);
      }
      for (int r = 0; r < n; r++) {
        System.arraycopy(rows[r], 0, inv, r * scenarios + s0, b);
      }
      System.arraycopy(blockCosts, 0, periodCosts, s0, b);
      System.arraycopy(blockTotals, 0, totalCosts, s0, b);
      System.arraycopy(blockWindow, 0, windowCosts, s0, b);
    }
    head[0] = (int) ((startHead + (long) periods) % n);
  }

  /**
   * One period of a block: the cost from on hand, {@code y} onto the new head ({@code next}), the
   * old head emptied, the order added at the arrival row, in {@link #storePeriod}'s order; with one
   * slot all three rows are the same and the result is {@code y + q}, as there.
   */
  private void storeBlock(
      double[] on,
      double[] next,
      double[] arrival,
      double[] demands,
      int from,
      int count,
      double[] window) {
    double p = underageCost;
    double h = holdingCosts[0];
    double[] q = blockOrders;
    double[] cost = blockCosts;
    double[] totals = blockTotals;
    if (on == next) {
      for (int i = 0; i < count; i++) {
        double onHand = on[i];
        double d = demands[from + i];
        double c = p * Math.max(d - onHand, 0) + h * Math.max(onHand - d, 0);
        cost[i] = c;
        totals[i] += c;
        double y = lostSales ? Math.max(onHand - d, 0) : onHand - d;
        on[i] = y + q[i];
      }
    } else {
      for (int i = 0; i < count; i++) {
        double onHand = on[i];
        double d = demands[from + i];
        double c = p * Math.max(d - onHand, 0) + h * Math.max(onHand - d, 0);
        cost[i] = c;
        totals[i] += c;
        double y = lostSales ? Math.max(onHand - d, 0) : onHand - d;
        next[i] += y;
        on[i] = 0;
        arrival[i] += q[i];
      }
    }
    if (window != null) {
      for (int i = 0; i < count; i++) {
        window[i] += cost[i];
      }
    }
  }

  /**
   * The block's positions: its rows summed in physical order, {@code ((r0 + r1) + r2) + …}, as
   * {@link #positions} sums them; short pipelines in one pass.
   */
  private void blockPositions(double[][] rows, int count) {
    double[] pos = blockPositions;
    double[] r0 = rows[0];
    switch (rows.length) {
      case 1 -> System.arraycopy(r0, 0, pos, 0, count);
      case 2 -> {
        double[] r1 = rows[1];
        for (int i = 0; i < count; i++) {
          pos[i] = r0[i] + r1[i];
        }
      }
      case 3 -> {
        double[] r1 = rows[1];
        double[] r2 = rows[2];
        for (int i = 0; i < count; i++) {
          pos[i] = r0[i] + r1[i] + r2[i];
        }
      }
      default -> {
        double[] r1 = rows[1];
        double[] r2 = rows[2];
        double[] r3 = rows[3];
        for (int i = 0; i < count; i++) {
          pos[i] = r0[i] + r1[i] + r2[i] + r3[i];
        }
        for (int r = 4; r < rows.length; r++) {
          double[] row = rows[r];
          for (int i = 0; i < count; i++) {
            pos[i] += row[i];
          }
        }
      }
    }
  }

  private void storePeriod(double[] orders, double[] demands, int from) {
    double[] inv = inventory[0];
    int n = slots[0];
    int on = head[0] * scenarios;
    double h = holdingCosts[0];
    if (n == 1) {
      for (int s = 0; s < scenarios; s++) {
        double onHand = inv[on + s];
        double d = demands[from + s];
        periodCosts[s] = underageCost * Math.max(d - onHand, 0) + h * Math.max(onHand - d, 0);
        double y = lostSales ? Math.max(onHand - d, 0) : onHand - d;
        inv[on + s] = y + orders[s];
      }
      return;
    }
    int next = advanceHead(0);
    int arrival = arrivalRow(0);
    // One pass per scenario: cost, y into slot 1 (the new head), old head emptied (it becomes the
    // last slot), then the order added at slot L − 1; the rows may coincide, hence this order.
    for (int s = 0; s < scenarios; s++) {
      double onHand = inv[on + s];
      double d = demands[from + s];
      periodCosts[s] = underageCost * Math.max(d - onHand, 0) + h * Math.max(onHand - d, 0);
      double y = lostSales ? Math.max(onHand - d, 0) : onHand - d;
      inv[next + s] += y;
      inv[on + s] = 0;
      inv[arrival + s] += orders[s];
    }
  }

  private void upstreamPeriod(int stage, double[] orders) {
    double[] inv = inventory[stage];
    int n = slots[stage];
    int on = head[stage] * scenarios;
    int shipped = (stage - 1) * scenarios;
    int ordered = stage * scenarios;
    double h = holdingCosts[stage];
    if (n == 1) {
      for (int s = 0; s < scenarios; s++) {
        double y = inv[on + s] - orders[shipped + s];
        periodCosts[s] += h * Math.max(y, 0);
        inv[on + s] = y + orders[ordered + s];
      }
      return;
    }
    int next = advanceHead(stage);
    int arrival = arrivalRow(stage);
    for (int s = 0; s < scenarios; s++) {
      double y = inv[on + s] - orders[shipped + s];
      periodCosts[s] += h * Math.max(y, 0);
      inv[next + s] += y;
      inv[on + s] = 0;
      inv[arrival + s] += orders[ordered + s];
    }
  }

  /** Moves stage {@code stage}'s head one slot on and returns the new head row's offset. */
  private int advanceHead(int stage) {
    head[stage] = (head[stage] + 1) % slots[stage];
    return head[stage] * scenarios;
  }

  /** Offset of the row {@code L − 1} slots after the head: where this period's order lands. */
  private int arrivalRow(int stage) {
    return ((head[stage] + leadTimes[stage] - 1) % slots[stage]) * scenarios;
  }
}
