package dev.jymnasium.physics.jointspace;

import java.util.Arrays;

/**
 * MuJoCo's soft inequality constraints with dense Jacobian rows (contact pyramid edges,
 * frictionless contacts, joint limits) and the convex problem that gives their accelerations,
 * solved as MuJoCo's Newton solver does (documentation, "Computation", solver): qacc minimises
 * {@code ½·(a − a₀)ᵀ·M·(a − a₀) + Σᵢ ½·Dᵢ·min(0, Jᵢ·a − a_refᵢ)²} with {@code Dᵢ = 1/Rᵢ}. The cost
 * is quadratic on each set of active rows, so Newton's method with an exact line search reaches its
 * minimum exactly: it stops when a step leaves the active set unchanged. Rows are added per forward
 * pass; nothing is allocated once the capacity is reached.
 */
final class ConstraintRows {
  private static final int MAX_ITERATIONS = 100;

  private final int nv;
  private int capacity;
  private int count;

  /** Row-major rows × nv. */
  private double[] jacobian;

  private double[] reference;
  private double[] stiffness;
  private double[] residual;
  private double[] slope;
  private double[] breakpoint;
  private boolean[] active;

  private final double[] hessian;
  private final double[] hessianFactor;
  private final double[] gradient;
  private final double[] direction;
  private final double[] massDirection;

  /** M·(qacc − a₀) at the current iterate. */
  private final double[] offset;

  /** The smooth generalised force M·a₀ of the current solve. */
  private double[] smooth;

  ConstraintRows(int nv, int capacity) {
    this.nv = nv;
    hessian = new double[nv * nv];
    hessianFactor = new double[nv * nv];
    gradient = new double[nv];
    direction = new double[nv];
    massDirection = new double[nv];
    offset = new double[nv];
    grow(Math.max(1, capacity));
  }

  private void grow(int rows) {
    capacity = rows;
    jacobian = jacobian == null ? new double[rows * nv] : Arrays.copyOf(jacobian, rows * nv);
    reference = copy(reference, rows);
    stiffness = copy(stiffness, rows);
    residual = copy(residual, rows);
    slope = copy(slope, rows);
    breakpoint = copy(breakpoint, rows);
    active = active == null ? new boolean[rows] : Arrays.copyOf(active, rows);
  }

  private static double[] copy(double[] values, int rows) {
    return values == null ? new double[rows] : Arrays.copyOf(values, rows);
  }

  /** Removes every row. */
  void clear() {
    count = 0;
  }

  /** Number of rows. */
  int count() {
    return count;
  }

  /**
   * A new zeroed row; its Jacobian is written at {@link #jacobian()}{@code [row·nv ..]}. {@code
   * regularisation} is MuJoCo's efc_R and {@code referenceAcceleration} its efc_aref.
   */
  int add(double regularisation, double referenceAcceleration) {
    if (count == capacity) {
      grow(2 * capacity);
    }
    int row = count++;
    Arrays.fill(jacobian, row * nv, row * nv + nv, 0);
    active[row] = false;
    stiffness[row] = 1 / regularisation;
    reference[row] = referenceAcceleration;
    return row;
  }

  /** The force of row {@code row} at the last {@link #solve} (MuJoCo's efc_force; >= 0). */
  double force(int row) {
    return residual[row] < 0 ? -stiffness[row] * residual[row] : 0;
  }

  /** The rows' Jacobian (row-major, nv columns); valid until the next {@link #add}. */
  double[] jacobian() {
    return jacobian;
  }

  /**
   * The constrained {@code qacc} into {@code qacc}, whose entry value is where the search starts
   * (any: the last solution saves work), and the rows' generalised force into {@code
   * qfrcConstraint}; {@code massMatrix} is M with armature and {@code smooth} the generalised force
   * of everything else ({@code M·a₀}).
   */
  void solve(double[] massMatrix, double[] smooth, double[] qacc, double[] qfrcConstraint) {
    Arrays.fill(qfrcConstraint, 0);
    this.smooth = smooth;
    updateResiduals(qacc);
    for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
      boolean changed = false;
      for (int r = 0; r < count; r++) {
        boolean on = residual[r] < 0;
        changed |= on != active[r];
        active[r] = on;
      }
      // The first step is always taken (the start is arbitrary); after that an unchanged active
      // set means the last step reached the minimum of the cost on it, the global one.
      if (iteration > 0 && !changed) {
        break;
      }
      newtonDirection(massMatrix, qacc);
      double step = lineSearch(massMatrix);
      for (int d = 0; d < nv; d++) {
        qacc[d] += step * direction[d];
      }
      updateResiduals(qacc);
    }
    for (int r = 0; r < count; r++) {
      double force = residual[r] < 0 ? -stiffness[r] * residual[r] : 0;
      if (force != 0) {
        int row = r * nv;
        for (int d = 0; d < nv; d++) {
          qfrcConstraint[d] += jacobian[row + d] * force;
        }
      }
    }
  }

  private void updateResiduals(double[] qacc) {
    for (int r = 0; r < count; r++) {
      int row = r * nv;
      double sum = -reference[r];
      for (int d = 0; d < nv; d++) {
        sum += jacobian[row + d] * qacc[d];
      }
      residual[r] = sum;
    }
  }

  /** The Newton direction at qacc for the current active set: −H⁻¹·g. */
  private void newtonDirection(double[] massMatrix, double[] qacc) {
    System.arraycopy(massMatrix, 0, hessian, 0, nv * nv);
    for (int i = 0; i < nv; i++) {
      double sum = -smooth[i];
      for (int k = 0; k < nv; k++) {
        sum += massMatrix[i * nv + k] * qacc[k];
      }
      // M·(qacc − a₀), the smooth part of the gradient.
      offset[i] = sum;
      gradient[i] = sum;
    }
    for (int r = 0; r < count; r++) {
      if (!active[r]) {
        continue;
      }
      int row = r * nv;
      double weight = stiffness[r];
      for (int i = 0; i < nv; i++) {
        double ji = jacobian[row + i];
        if (ji == 0) {
          continue;
        }
        gradient[i] += weight * ji * residual[r];
        // The lower triangle only: the factorisation reads nothing else.
        double scaled = weight * ji;
        for (int k = 0; k <= i; k++) {
          hessian[i * nv + k] += scaled * jacobian[row + k];
        }
      }
    }
    Cholesky.factor(hessian, hessianFactor, nv);
    for (int i = 0; i < nv; i++) {
      direction[i] = -gradient[i];
    }
    Cholesky.solve(hessianFactor, direction, nv);
  }

  /**
   * The exact minimiser along the direction: the cost's slope there is piecewise linear and
   * increasing in the step, with a kink where a row turns on or off; walk the kinks from 0 up.
   */
  private double lineSearch(double[] massMatrix) {
    double curvature = 0;
    double slopeAtZero = 0;
    for (int i = 0; i < nv; i++) {
      double sum = 0;
      for (int k = 0; k < nv; k++) {
        sum += massMatrix[i * nv + k] * direction[k];
      }
      massDirection[i] = sum;
      curvature += direction[i] * sum;
      slopeAtZero += offset[i] * direction[i];
    }
    for (int r = 0; r < count; r++) {
      int row = r * nv;
      double q = 0;
      for (int d = 0; d < nv; d++) {
        q += jacobian[row + d] * direction[d];
      }
      slope[r] = q;
      breakpoint[r] = q != 0 ? -residual[r] / q : Double.NEGATIVE_INFINITY;
    }
    if (!(curvature > 0)) {
      // A zero direction: the gradient vanished.
      return 0;
    }
    double from = 0;
    while (true) {
      // The segment after `from`: rows active just past it, and the next kink.
      double c0 = slopeAtZero;
      double c1 = curvature;
      double next = Double.POSITIVE_INFINITY;
      for (int r = 0; r < count; r++) {
        double q = slope[r];
        double b = breakpoint[r];
        boolean on = q == 0 ? residual[r] < 0 : (q > 0 ? from < b : from >= b);
        if (on) {
          c0 += stiffness[r] * q * residual[r];
          c1 += stiffness[r] * q * q;
        }
        if (b > from && b < next) {
          next = b;
        }
      }
      double root = -c0 / c1;
      if (root <= next || next == Double.POSITIVE_INFINITY) {
        return Math.max(from, root);
      }
      from = next;
    }
  }
}
