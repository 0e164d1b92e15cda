package dev.jymnasium.baselines.hdpo;

/**
 * Turns the network's outputs {@code z} (one per stage) into orders, and carries the gradient back
 * from the orders to {@code z} and to the state. Two forms:
 *
 * <ul>
 *   <li>{@link Kind#VANILLA}, the original's heads: one store orders {@code q = μ·softplus(z + 1)};
 *       in a chain stage {@code k} orders {@code q_k = sigmoid(z_k)·U_k} with {@code U_k} the on
 *       hand of its supplier, or {@code 4μ} for the last stage.
 *   <li>{@link Kind#POSITION}: the network sets each stage's target echelon inventory position
 *       {@code T_k = μ·(z_k + c_k)} and the stage orders up to it, {@code q_k = min((T_k − EIP_k)⁺,
 *       U_k)}, with {@code EIP_k} the on hand and pipeline of stage {@code k} and every stage
 *       downstream of it (for one store: its inventory position), {@code U_k} as above and no cap
 *       for the last stage, and {@code c_k = 1 + Σ_{j≤k} L_j} the mean demands over the echelon
 *       lead time, so that {@code z = 0} is a rough base-stock level. Any feasible order is still
 *       reachable ({@code T_k = q_k + EIP_k}); a constant {@code z} is exactly an (echelon)
 *       base-stock policy, which is optimal with backlog for one store and for the serial chain
 *       (Clark and Scarf 1960), so the network only has to learn a constant there.
 * </ul>
 *
 * Arrays are unit-major, {@code [unit·B + scenario]}; the state's rows are stage after stage, store
 * first, on hand first ({@link InventorySetting}). Kinks take the side that is active, the lower
 * one at ties.
 */
public final class OrderHead {
  /** The last stage of a chain orders at most this many mean demands under the vanilla head. */
  static final double UPPER_BOUND_MULT = 4;

  /** The form of the orders. */
  public enum Kind {
    /** The original's heads (softplus for one store, sigmoid share of the supplier's stock). */
    VANILLA,
    /** Order up to a target (echelon) inventory position set by the network. */
    POSITION;

    /** The hyperparameter value naming this kind. */
    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  private final Kind kind;
  private final int stages;
  private final int[] firstRow;
  private final int[] echelonRows;
  private final double[] offsets;
  private final double scale;

  /**
   * @param slots slots of every stage, store first
   * @param leadTimes lead times of every stage, store first
   * @param scale the mean demand {@code μ}
   */
  public OrderHead(Kind kind, int[] slots, int[] leadTimes, double scale) {
    if (slots.length != leadTimes.length) {
      throw new IllegalArgumentException(
          slots.length + " stages of slots but " + leadTimes.length + " lead times");
    }
    this.kind = kind;
    this.stages = slots.length;
    this.scale = scale;
    this.firstRow = new int[stages];
    this.echelonRows = new int[stages];
    this.offsets = new double[stages];
    int row = 0;
    double lead = 1;
    for (int k = 0; k < stages; k++) {
      firstRow[k] = row;
      row += slots[k];
      echelonRows[k] = row;
      lead += leadTimes[k];
      offsets[k] = lead;
    }
  }

  public Kind kind() {
    return kind;
  }

  /** Fills {@code q} ({@code stages × B}) from the outputs {@code z} and the state. */
  public void orders(double[] z, double[] state, double[] q, int batch) {
    for (int k = 0; k < stages; k++) {
      for (int s = 0; s < batch; s++) {
        int i = k * batch + s;
        if (kind == Kind.POSITION) {
          double gap = scale * (z[i] + offsets[k]) - echelonPosition(state, k, s, batch);
          double cap = k + 1 < stages ? supply(state, k, s, batch) : Double.MAX_VALUE;
          q[i] = Math.min(Math.max(gap, 0), cap);
        } else if (stages == 1) {
          q[i] = scale * softplus(z[i] + 1);
        } else {
          q[i] = sigmoid(z[i]) * supply(state, k, s, batch);
        }
      }
    }
  }

  /**
   * Given {@code gradQ}, the loss's gradient with respect to the orders of {@link #orders} at the
   * same {@code z} and state, writes the gradient with respect to {@code z} into {@code gradZ} and
   * adds the one with respect to the state to {@code gradState}.
   */
  public void backward(
      double[] z, double[] state, double[] gradQ, double[] gradZ, double[] gradState, int batch) {
    for (int k = 0; k < stages; k++) {
      boolean capped = k + 1 < stages;
      int supplierOnHand = capped ? firstRow[k + 1] * batch : -1;
      for (int s = 0; s < batch; s++) {
        int i = k * batch + s;
        double gq = gradQ[i];
        if (kind == Kind.POSITION) {
          double gap = scale * (z[i] + offsets[k]) - echelonPosition(state, k, s, batch);
          double cap = capped ? supply(state, k, s, batch) : Double.MAX_VALUE;
          if (gap > 0 && gap < cap) {
            gradZ[i] = gq * scale;
            for (int r = 0; r < echelonRows[k]; r++) {
              gradState[r * batch + s] -= gq;
            }
          } else {
            gradZ[i] = 0;
            if (gap > 0 && state[supplierOnHand + s] > 0) {
              gradState[supplierOnHand + s] += gq;
            }
          }
        } else if (stages == 1) {
          gradZ[i] = gq * scale * sigmoid(z[i] + 1);
        } else {
          double sig = sigmoid(z[i]);
          gradZ[i] = gq * sig * (1 - sig) * supply(state, k, s, batch);
          if (capped && state[supplierOnHand + s] > 0) {
            gradState[supplierOnHand + s] += gq * sig;
          }
        }
      }
    }
  }

  /** On hand and pipeline of stage {@code k} and every stage downstream of it. */
  private double echelonPosition(double[] state, int k, int s, int batch) {
    double sum = 0;
    for (int r = 0; r < echelonRows[k]; r++) {
      sum += state[r * batch + s];
    }
    return sum;
  }

  /** What stage {@code k} may order at most: its supplier's on hand, or the outside bound. */
  private double supply(double[] state, int k, int s, int batch) {
    return k + 1 < stages
        ? Math.max(state[firstRow[k + 1] * batch + s], 0)
        : UPPER_BOUND_MULT * scale;
  }

  static double softplus(double x) {
    return x > 30 ? x : Math.log1p(Math.exp(x));
  }

  static double sigmoid(double x) {
    return 1 / (1 + Math.exp(-x));
  }
}
