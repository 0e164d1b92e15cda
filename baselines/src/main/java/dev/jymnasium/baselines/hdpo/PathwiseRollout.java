package dev.jymnasium.baselines.hdpo;

import dev.jymnasium.control.inventory.SerialChain;
import java.util.Arrays;

/**
 * The inventory simulator rolled over fixed demand for a batch of scenarios under an {@link
 * OrderNet} policy, and its pathwise gradient: the derivative of the average cost with respect to
 * the network's parameters along the sampled paths, by backpropagation through time over the
 * piecewise-linear dynamics (the "hindsight differentiable" gradient of Alvo, Russo and Kanoria
 * 2023). Kinks ({@code max}, {@code min}) take the derivative of the side that is active, the lower
 * one at ties.
 *
 * <p>One period, per scenario, with {@code I_k} stage {@code k}'s pipeline (on hand first):
 *
 * <ol>
 *   <li>orders: the network reads every pipeline divided by the mean demand {@code μ}; its outputs
 *       become orders through an {@link OrderHead} (the original's heads, or order-up-to a target
 *       position), so no stage ships more than its supplier holds;
 *   <li>store: cost {@code p·(d − I_0[0])⁺ + h_0·(I_0[0] − d)⁺}, {@code y_0 = I_0[0] − d}, clipped
 *       at 0 when demand is lost;
 *   <li>stage {@code k ≥ 1}: {@code y_k = I_k[0] − q_{k−1}}, cost {@code h_k·y_k⁺};
 *   <li>shift: {@code I'_k[0] = y_k + I_k[1]}, {@code I'_k[j] = I_k[j+1]}, then {@code I'_k[L_k −
 *       1] += q_k}.
 * </ol>
 *
 * The loss is the average cost per period per scenario over periods {@code [ignore, T)}, the
 * published metric. Buffers are kept between calls of the same size.
 */
public final class PathwiseRollout {
  /** What decides the orders. */
  public enum Rule {
    /** An {@link OrderNet} with the heads of the class doc. */
    NETWORK,
    /**
     * One store, base-stock: {@code q = (S − IP)⁺} with {@code IP} the pipeline's sum and {@code S
     * = μ·softplus(θ_0)} (positive, in units of mean demand).
     */
    BASE_STOCK,
    /** One store, capped base-stock: {@code q = min((S − IP)⁺, r)}, {@code r = μ·softplus(θ_1)}. */
    CAPPED_BASE_STOCK;

    /** Parameters of a structured rule (0 for the network, whose count is its own). */
    public int parameters() {
      return this == BASE_STOCK ? 1 : this == CAPPED_BASE_STOCK ? 2 : 0;
    }
  }

  private final Rule rule;
  private final OrderNet net;
  private final OrderHead head;
  private final int stages;
  private final int rows;
  private final int[] firstRow;
  private final int[] slots;
  private final int[] lead;
  private final double[] holding;
  private final double underage;
  private final boolean lost;
  private final double scale;

  private int tapeBatch = -1;
  private int tapePeriods = -1;
  private double[][] states;
  private double[][][] acts;
  private double[][] orders;
  private double[] gradState;
  private double[] gradNext;
  private double[] gradOrders;
  private double[] gradInput;
  private double[][] scratch;

  /**
   * @param setting the system
   * @param net the policy network: {@code setting.rows()} inputs, {@code setting.stages()} outputs
   */
  public PathwiseRollout(InventorySetting setting, OrderNet net) {
    this(setting, net, OrderHead.Kind.VANILLA);
  }

  /**
   * @param setting the system
   * @param net the policy network: {@code setting.rows()} inputs, {@code setting.stages()} outputs
   * @param head how the network's outputs become orders
   */
  public PathwiseRollout(InventorySetting setting, OrderNet net, OrderHead.Kind head) {
    this(setting, Rule.NETWORK, net, head);
    int[] sizes = net.sizes();
    if (sizes[0] != setting.rows() || sizes[sizes.length - 1] != setting.stages()) {
      throw new IllegalArgumentException(
          "network "
              + Arrays.toString(sizes)
              + " needs "
              + setting.rows()
              + " inputs and "
              + setting.stages()
              + " outputs");
    }
  }

  /**
   * A structured one-store rule whose parameters the gradient tunes, as the original fits its
   * benchmark policies.
   *
   * @throws IllegalArgumentException for {@link Rule#NETWORK} or a setting with several stages
   */
  public PathwiseRollout(InventorySetting setting, Rule rule) {
    this(setting, rule, null, OrderHead.Kind.VANILLA);
    if (rule == Rule.NETWORK || setting.stages() != 1) {
      throw new IllegalArgumentException(
          "base_stock and capped_base_stock order for one store; got "
              + rule
              + " with "
              + setting.stages()
              + " stages");
    }
  }

  private PathwiseRollout(InventorySetting setting, Rule rule, OrderNet net, OrderHead.Kind head) {
    SerialChain chain = setting.chain();
    this.rule = rule;
    this.net = net;
    this.head = new OrderHead(head, chain.slots(), chain.leadTimes(), setting.demandMean());
    this.stages = chain.stages();
    this.rows = setting.rows();
    this.slots = chain.slots();
    this.lead = chain.leadTimes();
    this.holding = chain.holdingCosts();
    this.underage = chain.underageCost();
    this.lost = chain.unmetDemand() == SerialChain.UnmetDemand.LOST;
    this.scale = setting.demandMean();
    this.firstRow = new int[stages];
    for (int k = 0; k < stages; k++) {
      firstRow[k] = setting.firstRow(k);
    }
  }

  /**
   * Rolls every scenario from {@code initial} over {@code periods} periods of {@code demand} and
   * returns the average cost per period per scenario over {@code [ignore, periods)}; when {@code
   * gradParams} is not null, adds that cost's gradient with respect to {@code params} to it.
   *
   * @param demand {@code [t·B + scenario]}
   * @param initial {@code [row·B + scenario]}
   */
  public double run(
      double[] params,
      double[] demand,
      double[] initial,
      int batch,
      int periods,
      int ignore,
      double[] gradParams) {
    if (ignore < 0 || ignore >= periods) {
      throw new IllegalArgumentException("warm-up must be in [0, " + periods + "), got " + ignore);
    }
    boolean taped = gradParams != null;
    ensureBuffers(batch, taped ? periods : 1);
    double weight = 1.0 / ((double) batch * (periods - ignore));
    double total = 0;
    System.arraycopy(initial, 0, states[0], 0, rows * batch);
    for (int t = 0; t < periods; t++) {
      int tape = taped ? t : 0;
      double[] state = states[tape];
      double[] next = taped ? states[t + 1] : states[1];
      double[][] a = acts[tape];
      double[] q = orders[tape];
      decide(params, state, a, q, batch);
      double cost = play(state, q, demand, t * batch, next, batch);
      if (t >= ignore) {
        total += cost;
      }
      if (!taped) {
        System.arraycopy(next, 0, states[0], 0, rows * batch);
      }
    }
    if (taped) {
      backward(params, demand, batch, periods, ignore, weight, gradParams);
    }
    return total * weight;
  }

  /** The network's orders for every scenario of {@code state}. */
  private void decide(double[] params, double[] state, double[][] a, double[] q, int batch) {
    if (rule != Rule.NETWORK) {
      double level = scale * OrderHead.softplus(params[0]);
      double cap =
          rule == Rule.CAPPED_BASE_STOCK ? scale * OrderHead.softplus(params[1]) : Double.MAX_VALUE;
      for (int s = 0; s < batch; s++) {
        q[s] = Math.min(Math.max(level - position(state, s, batch), 0), cap);
      }
      return;
    }
    double[] input = a[0];
    for (int k = 0; k < rows * batch; k++) {
      input[k] = state[k] / scale;
    }
    net.forward(params, a, batch);
    head.orders(a[a.length - 1], state, q, batch);
  }

  /** The store's inventory position: on hand plus pipeline. */
  private double position(double[] state, int s, int batch) {
    double sum = 0;
    for (int j = 0; j < rows; j++) {
      sum += state[j * batch + s];
    }
    return sum;
  }

  /** Plays one period into {@code next} and returns the summed cost of every scenario. */
  private double play(
      double[] state, double[] q, double[] demand, int from, double[] next, int batch) {
    double cost = 0;
    for (int k = 0; k < stages; k++) {
      int r0 = firstRow[k];
      int n = slots[k];
      System.arraycopy(state, (r0 + 1) * batch, next, r0 * batch, (n - 1) * batch);
      Arrays.fill(next, (r0 + n - 1) * batch, (r0 + n) * batch, 0);
      int arrival = (r0 + lead[k] - 1) * batch;
      for (int s = 0; s < batch; s++) {
        double onHand = state[r0 * batch + s];
        double y;
        if (k == 0) {
          double d = demand[from + s];
          cost += underage * Math.max(d - onHand, 0) + holding[0] * Math.max(onHand - d, 0);
          y = lost ? Math.max(onHand - d, 0) : onHand - d;
        } else {
          y = onHand - q[(k - 1) * batch + s];
          cost += holding[k] * Math.max(y, 0);
        }
        next[r0 * batch + s] += y;
        next[arrival + s] += q[k * batch + s];
      }
    }
    return cost;
  }

  /** Backpropagation through the periods, last first. */
  private void backward(
      double[] params,
      double[] demand,
      int batch,
      int periods,
      int ignore,
      double weight,
      double[] gradParams) {
    double[] gradAfter = gradNext; // d loss / d state of period t+1
    double[] gradBefore = gradState; // d loss / d state of period t
    Arrays.fill(gradAfter, 0);
    for (int t = periods - 1; t >= 0; t--) {
      double[] state = states[t];
      double[] q = orders[t];
      double[][] a = acts[t];
      double w = t >= ignore ? weight : 0;
      Arrays.fill(gradBefore, 0);
      for (int k = 0; k < stages; k++) {
        int r0 = firstRow[k];
        int n = slots[k];
        int arrival = (r0 + lead[k] - 1) * batch;
        // the shift: I'[j] = I[j+1]
        for (int j = 0; j + 1 < n; j++) {
          int to = (r0 + j) * batch;
          int fromRow = (r0 + j + 1) * batch;
          for (int s = 0; s < batch; s++) {
            gradBefore[fromRow + s] += gradAfter[to + s];
          }
        }
        for (int s = 0; s < batch; s++) {
          gradOrders[k * batch + s] = gradAfter[arrival + s];
        }
      }
      for (int k = 0; k < stages; k++) {
        int r0 = firstRow[k];
        for (int s = 0; s < batch; s++) {
          double onHand = state[r0 * batch + s];
          double gradY = gradAfter[r0 * batch + s];
          if (k == 0) {
            double d = demand[t * batch + s];
            boolean surplus = onHand > d;
            double costSlope = surplus ? holding[0] : -underage;
            double ySlope = !lost || surplus ? 1 : 0;
            gradBefore[r0 * batch + s] += w * costSlope + gradY * ySlope;
          } else {
            double y = onHand - q[(k - 1) * batch + s];
            double gradYAll = gradY + (y > 0 ? w * holding[k] : 0);
            gradBefore[r0 * batch + s] += gradYAll;
            gradOrders[(k - 1) * batch + s] -= gradYAll;
          }
        }
      }
      if (rule != Rule.NETWORK) {
        structuredBackward(params, state, gradBefore, gradParams, batch);
        double[] swap = gradAfter;
        gradAfter = gradBefore;
        gradBefore = swap;
        continue;
      }
      // through the order head into the network output and the state
      double[] gradZ = scratch[2];
      head.backward(a[a.length - 1], state, gradOrders, gradZ, gradBefore, batch);
      Arrays.fill(gradInput, 0);
      net.backward(params, a, gradZ, gradParams, gradInput, scratch, batch);
      for (int k = 0; k < rows * batch; k++) {
        gradBefore[k] += gradInput[k] / scale;
      }
      double[] swap = gradAfter;
      gradAfter = gradBefore;
      gradBefore = swap;
    }
  }

  /** {@code q = min((S − IP)⁺, r)}: into S, r and every slot of the pipeline. */
  private void structuredBackward(
      double[] params, double[] state, double[] gradBefore, double[] gradParams, int batch) {
    double level = scale * OrderHead.softplus(params[0]);
    boolean capped = rule == Rule.CAPPED_BASE_STOCK;
    double cap = capped ? scale * OrderHead.softplus(params[1]) : Double.MAX_VALUE;
    for (int s = 0; s < batch; s++) {
      double gq = gradOrders[s];
      double gap = level - position(state, s, batch);
      if (gap > 0 && gap < cap) {
        gradParams[0] += gq * scale * OrderHead.sigmoid(params[0]);
        for (int j = 0; j < rows; j++) {
          gradBefore[j * batch + s] -= gq;
        }
      } else if (gap > 0) {
        gradParams[1] += gq * scale * OrderHead.sigmoid(params[1]);
      }
    }
  }

  private void ensureBuffers(int batch, int periods) {
    if (batch == tapeBatch && periods <= tapePeriods) {
      return;
    }
    int[] sizes = net != null ? net.sizes() : new int[] {rows, stages};
    int tape = Math.max(periods, 1);
    states = new double[tape + 1][rows * batch];
    acts = new double[tape][sizes.length][];
    for (int t = 0; t < tape; t++) {
      for (int l = 0; l < sizes.length; l++) {
        acts[t][l] = new double[sizes[l] * batch];
      }
    }
    orders = new double[tape][stages * batch];
    gradState = new double[rows * batch];
    gradNext = new double[rows * batch];
    gradOrders = new double[stages * batch];
    gradInput = new double[rows * batch];
    int width = (net != null ? net.maxWidth() : Math.max(rows, stages)) * batch;
    scratch = new double[][] {new double[width], new double[width], new double[width]};
    tapeBatch = batch;
    tapePeriods = tape;
  }
}
