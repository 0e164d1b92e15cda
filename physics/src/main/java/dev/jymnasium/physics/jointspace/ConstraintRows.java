package dev.jymnasium.physics.jointspace;

import java.util.Arrays;

/**
 * MuJoCo's soft inequality constraints with dense Jacobian rows (contact pyramid edges,
 * frictionless contacts, joint limits) and the convex problem that gives their accelerations,
 * solved as MuJoCo's Newton solver does (documentation, "Computation", solver): qacc minimises
 * {@code ½·(a − a₀)ᵀ·M·(a − a₀) + Σᵢ ½·Dᵢ·min(0, Jᵢ·a − a_refᵢ)²} with {@code Dᵢ = 1/Rᵢ}. The cost
 * is quadratic on each set of active rows, so Newton's method with an exact line search (after a
 * few full steps) reaches its minimum exactly: it stops when a step leaves the active set
 * unchanged. Rows are added per forward pass; nothing is allocated once the capacity is reached.
 *
 * <p>Row products skip exact zeros only (same sums, same order): each row keeps its non-zero
 * columns. When every row acts along one branch of the DOF tree (a contact on one link, a limit),
 * the Hessian {@code M + Jᵀ·D·J} has M's pattern and is factored along the tree without fill-in
 * ({@link TreeFactor}); otherwise densely.
 */
final class ConstraintRows {
  private static final int MAX_ITERATIONS = 100;

  /**
   * Newton steps taken in full even where they change the active set; the exact line searches after
   * them make the search converge whatever happens before.
   */
  private static final int FULL_STEPS = 4;

  private final int nv;
  private final int[] dofParent;

  /** {@code [a·nv + b]}: whether DOF a is DOF b or one of its ancestors. */
  private final boolean[] ancestor;

  private int capacity;
  private int count;

  /** Row-major rows × nv. */
  private double[] jacobian;

  /**
   * Per row: its non-zero columns, ascending, at {@code [row·nv ..]}; found at each solve, or given
   * by {@link #addSingle}. Row products read only these entries.
   */
  private int[] columns;

  private int[] columnCount;

  /** Per row: whether {@link #addSingle} gave its one column (its other entries are stale). */
  private boolean[] single;

  /** Whether every row's columns lie on one branch of the DOF tree. */
  private boolean alongBranches;

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

  /** qacc after a full Newton step, and the rows' residuals there. */
  private final double[] trial;

  private double[] trialResidual;
  private final double[] massDirection;

  /** M·(qacc − a₀) at the current iterate. */
  private final double[] offset;

  /** The smooth generalised force M·a₀ of the current solve. */
  private double[] smooth;

  /** Rows over {@code nv} DOFs whose parent DOFs ({@code -1} at a root) precede them. */
  ConstraintRows(int nv, int[] dofParent, int capacity) {
    this.nv = nv;
    this.dofParent = dofParent;
    ancestor = new boolean[nv * nv];
    for (int b = 0; b < nv; b++) {
      for (int a = b; a >= 0; a = dofParent[a]) {
        ancestor[a * nv + b] = true;
      }
    }
    hessian = new double[nv * nv];
    hessianFactor = new double[nv * nv];
    gradient = new double[nv];
    direction = new double[nv];
    trial = new double[nv];
    massDirection = new double[nv];
    offset = new double[nv];
    grow(Math.max(1, capacity));
  }

  private void grow(int rows) {
    capacity = rows;
    jacobian = jacobian == null ? new double[rows * nv] : Arrays.copyOf(jacobian, rows * nv);
    columns = columns == null ? new int[rows * nv] : Arrays.copyOf(columns, rows * nv);
    columnCount = columnCount == null ? new int[rows] : Arrays.copyOf(columnCount, rows);
    single = single == null ? new boolean[rows] : Arrays.copyOf(single, rows);
    reference = copy(reference, rows);
    stiffness = copy(stiffness, rows);
    residual = copy(residual, rows);
    trialResidual = copy(trialResidual, rows);
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
   * A new row; its Jacobian must be written in full at {@link #jacobian()}{@code [row·nv ..]} (it
   * holds an earlier row's). {@code regularisation} is MuJoCo's efc_R and {@code
   * referenceAcceleration} its efc_aref.
   */
  int add(double regularisation, double referenceAcceleration) {
    if (count == capacity) {
      grow(2 * capacity);
    }
    int row = count++;
    active[row] = false;
    single[row] = false;
    stiffness[row] = 1 / regularisation;
    reference[row] = referenceAcceleration;
    return row;
  }

  /**
   * A new row with one non-zero entry, {@code entry} at column {@code dof} (a joint limit): as
   * {@link #add} with the row written, without writing or scanning its zeros.
   */
  void addSingle(double regularisation, double referenceAcceleration, int dof, double entry) {
    int row = add(regularisation, referenceAcceleration);
    single[row] = true;
    jacobian[row * nv + dof] = entry;
    columns[row * nv] = dof;
    columnCount[row] = 1;
  }

  /** Sets row {@code row}'s reference acceleration (MuJoCo's efc_aref), written by {@link #add}. */
  void setReference(int row, double referenceAcceleration) {
    reference[row] = referenceAcceleration;
  }

  /** The force of row {@code row} at the last {@link #solve} (MuJoCo's efc_force; >= 0). */
  double force(int row) {
    return residual[row] < 0 ? -stiffness[row] * residual[row] : 0;
  }

  /**
   * The rows' Jacobian (row-major, nv columns; a row of {@link #addSingle} holds its one entry
   * only); valid until the next {@link #add}.
   */
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
    if (count == 0) {
      // Nothing to minimise but M·(a − a₀): MuJoCo's qacc_smooth, solved directly.
      System.arraycopy(massMatrix, 0, hessianFactor, 0, nv * nv);
      TreeFactor.factor(hessianFactor, nv, dofParent);
      System.arraycopy(smooth, 0, qacc, 0, nv);
      TreeFactor.solve(hessianFactor, qacc, nv, dofParent);
      return;
    }
    this.smooth = smooth;
    findColumns();
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
      // The first steps are taken in full even where they change the active set: the trial
      // point's set is mostly the solution's, and the line search saved costs more than the
      // extra direction it sometimes brings. A full step ends at the minimum of the cost's
      // quadratic on the set, solved for directly (no gradient at qacc needed).
      boolean inFull = iteration < FULL_STEPS;
      newtonStep(massMatrix, qacc, inFull);
      if (fullStep(qacc, inFull)) {
        // The minimum of the cost on this active set lies where the set holds: the global one.
        break;
      }
      if (!inFull) {
        double step = lineSearch(massMatrix);
        for (int d = 0; d < nv; d++) {
          qacc[d] += step * direction[d];
        }
        updateResiduals(qacc);
      }
    }
    for (int r = 0; r < count; r++) {
      double force = residual[r] < 0 ? -stiffness[r] * residual[r] : 0;
      if (force != 0) {
        int row = r * nv;
        for (int c = row, end = row + columnCount[r]; c < end; c++) {
          int d = columns[c];
          qfrcConstraint[d] += jacobian[row + d] * force;
        }
      }
    }
  }

  private void findColumns() {
    double[] j = jacobian;
    int[] cols = columns;
    boolean branches = true;
    for (int r = 0; r < count; r++) {
      if (single[r]) {
        // One column lies on a branch.
        continue;
      }
      int row = r * nv;
      int n = 0;
      for (int d = 0; d < nv; d++) {
        if (j[row + d] != 0) {
          // Ascending columns lie on one branch when each is an ancestor of the next.
          if (n > 0 && !ancestor[cols[row + n - 1] * nv + d]) {
            branches = false;
          }
          cols[row + n++] = d;
        }
      }
      columnCount[r] = n;
    }
    alongBranches = branches;
  }

  private void updateResiduals(double[] qacc) {
    for (int r = 0; r < count; r++) {
      residual[r] = rowTimes(r, qacc, -reference[r]);
    }
  }

  /** {@code start + J_r·v} over the row's non-zero columns. */
  private double rowTimes(int r, double[] v, double start) {
    double[] j = jacobian;
    int[] cols = columns;
    int row = r * nv;
    double sum = start;
    for (int c = row, end = row + columnCount[r]; c < end; c++) {
      int d = cols[c];
      sum += j[row + d] * v[d];
    }
    return sum;
  }

  /**
   * {@code dest = M·v − base} ({@code M·v} for a null base), each entry summed as {@code −base_i +
   * Σ_k M_ik·v_k} in k's order. Three rows at a time: their sums are independent chains of adds,
   * which then overlap instead of each waiting for the last.
   */
  private void massTimes(double[] massMatrix, double[] v, double[] base, double[] dest) {
    int i = 0;
    for (; i + 2 < nv; i += 3) {
      double s0 = base == null ? 0 : -base[i];
      double s1 = base == null ? 0 : -base[i + 1];
      double s2 = base == null ? 0 : -base[i + 2];
      int a0 = i * nv;
      int a1 = a0 + nv;
      int a2 = a1 + nv;
      for (int k = 0; k < nv; k++) {
        double vk = v[k];
        s0 += massMatrix[a0 + k] * vk;
        s1 += massMatrix[a1 + k] * vk;
        s2 += massMatrix[a2 + k] * vk;
      }
      dest[i] = s0;
      dest[i + 1] = s1;
      dest[i + 2] = s2;
    }
    for (; i < nv; i++) {
      double sum = base == null ? 0 : -base[i];
      for (int k = 0, at = i * nv; k < nv; k++) {
        sum += massMatrix[at + k] * v[k];
      }
      dest[i] = sum;
    }
  }

  /**
   * The full Newton step's end for the current active set into {@link #trial}: with {@code minimum}
   * the quadratic's minimum {@code H⁻¹·(M·a₀ + Σ Dᵢ·Jᵢ·a_refᵢ)} solved for directly; otherwise from
   * the Newton direction {@code −H⁻¹·g} at qacc, which the line search needs (with g's smooth part,
   * {@link #offset}).
   */
  private void newtonStep(double[] massMatrix, double[] qacc, boolean minimum) {
    double[] h = hessian;
    double[] g = minimum ? trial : gradient;
    double[] j = jacobian;
    int[] cols = columns;
    System.arraycopy(massMatrix, 0, h, 0, nv * nv);
    if (minimum) {
      System.arraycopy(smooth, 0, g, 0, nv);
    } else {
      // M·(qacc − a₀), the smooth part of the gradient.
      massTimes(massMatrix, qacc, smooth, offset);
      System.arraycopy(offset, 0, g, 0, nv);
    }
    for (int r = 0; r < count; r++) {
      if (!active[r]) {
        continue;
      }
      int row = r * nv;
      double weight = stiffness[r];
      // The gradient's row term is D·J·(J·qacc − a_ref), the minimum's right-hand side D·J·a_ref.
      double res = minimum ? reference[r] : residual[r];
      for (int a = row, end = row + columnCount[r]; a < end; a++) {
        int i = cols[a];
        double ji = j[row + i];
        g[i] += weight * ji * res;
        // The lower triangle only: the factorisations read nothing else.
        double scaled = weight * ji;
        int hi = i * nv;
        for (int b = row; b <= a; b++) {
          int k = cols[b];
          h[hi + k] += scaled * j[row + k];
        }
      }
    }
    double[] solved = trial;
    if (!minimum) {
      solved = direction;
      for (int i = 0; i < nv; i++) {
        direction[i] = -gradient[i];
      }
    }
    if (alongBranches) {
      // In place: the Hessian is rebuilt from M for every direction.
      TreeFactor.factor(hessian, nv, dofParent);
      TreeFactor.solve(hessian, solved, nv, dofParent);
    } else {
      Cholesky.factor(hessian, hessianFactor, nv);
      Cholesky.solve(hessianFactor, solved, nv);
    }
    if (!minimum) {
      for (int d = 0; d < nv; d++) {
        trial[d] = qacc[d] + direction[d];
      }
    }
  }

  /**
   * Whether the full Newton step's end ({@link #trial}) leaves every row as active as it was; if
   * so, or if {@code always}, takes it (qacc and the residuals). With the set kept the cost is one
   * quadratic along the whole step (a row's residual is linear in the step, so it cannot turn off
   * and on again), so the step is the exact line search's: it saves the search in the common case
   * of an unchanged active set.
   */
  private boolean fullStep(double[] qacc, boolean always) {
    boolean kept = true;
    for (int r = 0; r < count; r++) {
      double value = rowTimes(r, trial, -reference[r]);
      if ((value < 0) != active[r]) {
        kept = false;
        if (!always) {
          return false;
        }
      }
      trialResidual[r] = value;
    }
    System.arraycopy(trial, 0, qacc, 0, nv);
    System.arraycopy(trialResidual, 0, residual, 0, count);
    return kept;
  }

  /**
   * The exact minimiser along the direction: the cost's slope there is piecewise linear and
   * increasing in the step, with a kink where a row turns on or off; walk the kinks from 0 up.
   */
  private double lineSearch(double[] massMatrix) {
    double curvature = 0;
    double slopeAtZero = 0;
    massTimes(massMatrix, direction, null, massDirection);
    for (int i = 0; i < nv; i++) {
      curvature += direction[i] * massDirection[i];
      slopeAtZero += offset[i] * direction[i];
    }
    for (int r = 0; r < count; r++) {
      double q = rowTimes(r, direction, 0);
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
      double[] slopes = slope;
      double[] kinks = breakpoint;
      double[] res = residual;
      double[] weights = stiffness;
      for (int r = 0; r < count; r++) {
        double q = slopes[r];
        double b = kinks[r];
        boolean on = q == 0 ? res[r] < 0 : (q > 0 ? from < b : from >= b);
        if (on) {
          c0 += weights[r] * q * res[r];
          c1 += weights[r] * q * q;
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
