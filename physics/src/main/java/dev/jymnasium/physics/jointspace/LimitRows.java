package dev.jymnasium.physics.jointspace;

import dev.jymnasium.physics.SoftLimit;
import java.util.Arrays;

/**
 * The joint limits as MuJoCo's soft constraints (documentation, "Computation", soft constraints;
 * {@link SoftLimit} has the formulas). A limit is a row while its joint is closer to it than the
 * joint's margin, its distance counted from the margin; the rows' forces f >= 0 minimise {@code
 * ½·fᵀ(A + R)f + fᵀ(J·a₀ − a_ref)} with {@code A = J·M⁻¹·Jᵀ}, the problem MuJoCo's solvers solve,
 * here by projected Gauss-Seidel to convergence (one row: one exact update; several: to a relative
 * change of 1e-12, tighter than MuJoCo's own solver tolerance). Then {@code qacc = a₀ + M⁻¹·Jᵀ·f}.
 */
final class LimitRows {
  private static final int MAX_SWEEPS = 100;
  private static final double TOLERANCE = 1e-12;

  private final int nv;
  private final int[] dof;
  private final double[] sign;
  private final double[] offset;
  private final double[] regularised;
  private final double[] force;

  /** Column {@code r} of M⁻¹ for each row (row-major rows × nv). */
  private final double[] inverseColumns;

  LimitRows(int nv) {
    this.nv = nv;
    dof = new int[2 * nv];
    sign = new double[2 * nv];
    offset = new double[2 * nv];
    regularised = new double[2 * nv];
    force = new double[2 * nv];
    inverseColumns = new double[2 * nv * nv];
  }

  /**
   * Adds the limits' accelerations to {@code qacc} (the unconstrained one on entry) and their
   * generalised forces to {@code qfrcConstraint}; {@code factor} is M's Cholesky factor.
   */
  void solve(
      JointSpaceModel model,
      double[] qpos,
      double[] qvel,
      double[] factor,
      double[] qacc,
      double[] qfrcConstraint) {
    int rows = 0;
    for (int d = 0; d < nv; d++) {
      SoftLimit limit = model.limits[d];
      if (limit == null) {
        continue;
      }
      double margin = model.margin[d];
      double position = qpos[model.dofQpos[d]];
      double below = position - model.lower[d];
      double above = model.upper[d] - position;
      if (below < margin) {
        rows = addRow(rows, d, 1, below - margin, limit, qvel, qacc);
      }
      if (above < margin) {
        rows = addRow(rows, d, -1, above - margin, limit, qvel, qacc);
      }
    }
    if (rows == 0) {
      return;
    }
    for (int r = 0; r < rows; r++) {
      int column = r * nv;
      Arrays.fill(inverseColumns, column, column + nv, 0);
      inverseColumns[column + dof[r]] = 1;
      Cholesky.solve(factor, inverseColumns, column, nv);
      force[r] = 0;
    }
    for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
      double change = 0;
      double scale = 0;
      for (int r = 0; r < rows; r++) {
        double residual = offset[r] + regularised[r] * force[r];
        for (int s = 0; s < rows; s++) {
          residual += sign[r] * sign[s] * inverseColumns[s * nv + dof[r]] * force[s];
        }
        double diagonal = inverseColumns[r * nv + dof[r]] + regularised[r];
        double next = Math.max(0, force[r] - residual / diagonal);
        change = Math.max(change, Math.abs(next - force[r]));
        scale = Math.max(scale, Math.abs(next));
        force[r] = next;
      }
      if (rows == 1 || change <= TOLERANCE * scale) {
        break;
      }
    }
    for (int r = 0; r < rows; r++) {
      double generalised = sign[r] * force[r];
      qfrcConstraint[dof[r]] += generalised;
      for (int d = 0; d < nv; d++) {
        qacc[d] += inverseColumns[r * nv + d] * generalised;
      }
    }
  }

  /** A row on DOF d with Jacobian entry {@code s}, {@code distance} (< 0) inside the margin. */
  private int addRow(
      int row, int d, double s, double distance, SoftLimit limit, double[] qvel, double[] qacc) {
    double impedance = limit.impedance(distance);
    double reference = limit.referenceAcceleration(s * qvel[d], distance, impedance);
    dof[row] = d;
    sign[row] = s;
    offset[row] = s * qacc[d] - reference;
    regularised[row] = Math.max(Quat.MIN_VALUE, limit.regularisation(impedance));
    return row + 1;
  }
}
