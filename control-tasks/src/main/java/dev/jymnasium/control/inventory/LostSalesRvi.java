package dev.jymnasium.control.inventory;

/**
 * Relative value iteration for one store with lost sales, integer orders and Poisson demand, with
 * the period order of {@link OneStoreEnv}: it finds the long-run average optimal cost per period
 * and an optimal order for every state of a truncated box. With {@code h = 1}, Poisson(5) demand,
 * {@code L ∈ {1, 2, 3, 4}} and {@code p ∈ {4, 9, 19, 39}} these are Zipkin's (2008) sixteen
 * instances ("Old and new methods for lost-sales inventory systems", Operations Research 56(5)),
 * the benchmark of Alvo, Russo and Kanoria (2023) (public code:
 * MatiasAlvo/Neural_inventory_control).
 *
 * <p>State {@code (x, I1, …, I_{L−1})}: on hand {@code x ∈ [0, maxOnHand]} and the orders arriving
 * in {@code 1 … L−1} periods, each in {@code [0, maxOrder]}. The Bellman operator is
 *
 * <pre>
 * (TV)(x, I1, …) = C(x) + min_q Σ_d P(d)·V((x − d)⁺ + I1, I2, …, I_{L−1}, q)
 * </pre>
 *
 * with {@code C(x) = p·E(d − x)⁺ + h·E(x − d)⁺} (exact, from the Poisson tail) and, for {@code L =
 * 1}, next on hand {@code (x − d)⁺ + q}. On hand above {@code maxOnHand} is clipped (truncation);
 * the box is large enough when enlarging it leaves the cost unchanged. Iteration stops when the
 * span of {@code TV − V} falls below the tolerance; the optimal average cost lies between its
 * minimum and maximum (Odoni's bounds), and the midpoint is reported.
 */
public final class LostSalesRvi {
  private final int leadTime;
  private final int maxOnHand;
  private final int maxOrder;
  private final int onHandStates;
  private final int orderStates;
  private final int pipelineStates;

  /** {@code C(x)}, expected cost of a period started with {@code x} on hand. */
  private final double[] periodCost;

  /** {@code P(d = k)} for {@code k ≤ maxOnHand}. */
  private final double[] demandPmf;

  /** {@code P(d ≥ k)} for {@code k ≤ maxOnHand + 1}. */
  private final double[] demandTail;

  /**
   * The result of a solve.
   *
   * @param averageCost the optimal long-run average cost per period (midpoint of the bounds)
   * @param lowerBound a lower bound on it
   * @param upperBound an upper bound on it
   * @param iterations Bellman updates performed
   * @param policy optimal orders, indexed like the states (see {@link #stateIndex})
   */
  public record Result(
      double averageCost, double lowerBound, double upperBound, int iterations, int[] policy) {}

  /**
   * @param leadTime {@code L ≥ 1}
   * @param underageCost {@code p ≥ 0}, per unit of lost demand
   * @param holdingCost {@code h ≥ 0}, per unit on hand after demand
   * @param demandMean the Poisson mean, {@code > 0}
   * @param maxOnHand the largest on hand kept in the box
   * @param maxOrder the largest order considered
   */
  public LostSalesRvi(
      int leadTime,
      double underageCost,
      double holdingCost,
      double demandMean,
      int maxOnHand,
      int maxOrder) {
    if (leadTime < 1 || maxOnHand < 1 || maxOrder < 1) {
      throw new IllegalArgumentException(
          "lead time, max on hand and max order must be >= 1, got "
              + leadTime
              + ", "
              + maxOnHand
              + ", "
              + maxOrder);
    }
    if (!(demandMean > 0) || !(underageCost >= 0) || !(holdingCost >= 0)) {
      throw new IllegalArgumentException(
          "demand mean must be > 0 and costs >= 0, got mean "
              + demandMean
              + ", p "
              + underageCost
              + ", h "
              + holdingCost);
    }
    this.leadTime = leadTime;
    this.maxOnHand = maxOnHand;
    this.maxOrder = maxOrder;
    this.onHandStates = maxOnHand + 1;
    this.orderStates = maxOrder + 1;
    int pipeline = 1;
    for (int j = 1; j < leadTime; j++) {
      pipeline = Math.multiplyExact(pipeline, orderStates);
    }
    this.pipelineStates = pipeline;
    Math.multiplyExact(pipeline, onHandStates);
    this.demandPmf = new double[onHandStates];
    this.demandTail = new double[onHandStates + 1];
    double pmf = Math.exp(-demandMean);
    double below = 0;
    for (int k = 0; k < onHandStates; k++) {
      demandPmf[k] = pmf;
      demandTail[k] = 1 - below;
      below += pmf;
      pmf *= demandMean / (k + 1);
    }
    demandTail[onHandStates] = 1 - below;
    this.periodCost = new double[onHandStates];
    for (int x = 0; x < onHandStates; x++) {
      // E(x − d)⁺ from the pmf below x; E(d − x)⁺ = E d − x + E(x − d)⁺.
      double surplus = 0;
      for (int d = 0; d < x; d++) {
        surplus += (x - d) * demandPmf[d];
      }
      double shortage = demandMean - x + surplus;
      periodCost[x] = underageCost * shortage + holdingCost * surplus;
    }
  }

  /** Number of states, {@code (maxOnHand + 1)·(maxOrder + 1)^(L−1)}. */
  public int states() {
    return onHandStates * pipelineStates;
  }

  /**
   * The index of state {@code (x, I1, …, I_{L−1})} in {@link Result#policy}: {@code x + (maxOnHand
   * + 1)·(I1 + (maxOrder + 1)·(I2 + …))}.
   *
   * @param onHand {@code x}, clipped to the box
   * @param pipeline {@code I1 … I_{L−1}} (length {@code L − 1}), each clipped to the box
   */
  public int stateIndex(int onHand, int[] pipeline) {
    if (pipeline.length != leadTime - 1) {
      throw new IllegalArgumentException(
          "pipeline has " + (leadTime - 1) + " slots, got " + pipeline.length);
    }
    int index = 0;
    for (int j = pipeline.length - 1; j >= 0; j--) {
      index = index * orderStates + Math.min(Math.max(pipeline[j], 0), maxOrder);
    }
    return index * onHandStates + Math.min(Math.max(onHand, 0), maxOnHand);
  }

  /**
   * Iterates until the span of {@code TV − V} is below {@code tolerance}.
   *
   * @param tolerance {@code > 0}, the width of the bounds on the average cost at the end
   * @param maxIterations iterations allowed
   * @throws IllegalStateException when the bounds are still wider than {@code tolerance}
   */
  public Result solve(double tolerance, int maxIterations) {
    int n = states();
    double[] value = new double[n];
    double[] next = new double[n];
    int[] policy = new int[n];
    // expected[x·orderStates + a]: Σ_d P(d)·f(min((x − d)⁺ + a, maxOnHand)) for one tail slice f.
    double[] expected = new double[onHandStates * orderStates];
    for (int it = 1; it <= maxIterations; it++) {
      java.util.Arrays.fill(next, Double.POSITIVE_INFINITY);
      // The next state is (y, tail) with y = (x − d)⁺ + a: a = I1 and tail = (I2 … I_{L−1}, q),
      // or, for L = 1, a = q and no tail.
      for (int tail = 0; tail < pipelineStates; tail++) {
        expectationOverDemand(value, tail * onHandStates, expected);
        if (leadTime == 1) {
          minimiseOverOrder(expected, next, policy);
        } else {
          int restStates = pipelineStates / orderStates;
          int q = tail / restStates;
          int rest = tail % restStates;
          keepBetterOrder(expected, rest, q, next, policy);
        }
      }
      double low = Double.POSITIVE_INFINITY;
      double high = Double.NEGATIVE_INFINITY;
      for (int s = 0; s < n; s++) {
        int x = s % onHandStates;
        next[s] += periodCost[x];
        double diff = next[s] - value[s];
        low = Math.min(low, diff);
        high = Math.max(high, diff);
      }
      // Relative values: subtract the value of the empty state to keep numbers bounded.
      double reference = next[0];
      for (int s = 0; s < n; s++) {
        value[s] = next[s] - reference;
      }
      if (high - low < tolerance) {
        return new Result((low + high) / 2, low, high, it, policy);
      }
    }
    throw new IllegalStateException(
        "relative value iteration did not reach tolerance " + tolerance + " in " + maxIterations);
  }

  private void expectationOverDemand(double[] value, int sliceStart, double[] expected) {
    for (int a = 0; a < orderStates; a++) {
      for (int x = 0; x < onHandStates; x++) {
        // d ≥ x leaves nothing: y = a; d < x leaves x − d.
        double sum = demandTail[x] * value[sliceStart + Math.min(a, maxOnHand)];
        for (int d = 0; d < x; d++) {
          sum += demandPmf[d] * value[sliceStart + Math.min(x - d + a, maxOnHand)];
        }
        expected[x * orderStates + a] = sum;
      }
    }
  }

  private void minimiseOverOrder(double[] expected, double[] next, int[] policy) {
    for (int x = 0; x < onHandStates; x++) {
      for (int q = 0; q < orderStates; q++) {
        double candidate = expected[x * orderStates + q];
        if (candidate < next[x]) {
          next[x] = candidate;
          policy[x] = q;
        }
      }
    }
  }

  private void keepBetterOrder(double[] expected, int rest, int q, double[] next, int[] policy) {
    for (int a = 0; a < orderStates; a++) {
      int base = (a + orderStates * rest) * onHandStates;
      for (int x = 0; x < onHandStates; x++) {
        double candidate = expected[x * orderStates + a];
        int s = base + x;
        if (candidate < next[s]) {
          next[s] = candidate;
          policy[s] = q;
        }
      }
    }
  }
}
