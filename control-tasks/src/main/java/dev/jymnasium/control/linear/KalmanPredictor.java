package dev.jymnasium.control.linear;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * The steady-state one-step Kalman predictor of controlgym's LQG baselines, for {@code x' = A x + B
 * u + w}, {@code y = C x + v} with {@code cov(w) = W}, {@code cov(v) = V}: the covariance Σ solves
 * the dual Riccati equation for {@code (Aᵀ, Cᵀ, W, V)}, {@code L = A Σ Cᵀ(CΣCᵀ + V)⁻¹}, and after
 * each step {@code x̂ ← (A − LC) x̂ + B u + L y}, y measuring the state before that step.
 */
public final class KalmanPredictor {
  private final DMatrixRMaj l;
  private final DMatrixRMaj aMinusLc;
  private final DMatrixRMaj b;
  private final double[] estimate;
  private final double[] next;

  private KalmanPredictor(DMatrixRMaj a, DMatrixRMaj b, DMatrixRMaj c, DMatrixRMaj l) {
    this.l = l;
    this.b = b;
    this.aMinusLc = a.copy();
    CommonOps_DDRM.multAdd(-1, l, c, aMinusLc);
    this.estimate = new double[a.numRows];
    this.next = new double[a.numRows];
  }

  /**
   * The predictor of the system {@code (a, b, c)} with noise covariances {@code w} and {@code v};
   * {@code name} names the system in errors.
   *
   * @throws IllegalStateException when the Riccati equation has no stabilising solution or the
   *     innovation covariance is singular
   */
  public static KalmanPredictor of(
      DMatrixRMaj a, DMatrixRMaj b, DMatrixRMaj c, DMatrixRMaj w, DMatrixRMaj v, String name) {
    int n = a.numRows;
    int p = c.numRows;
    DMatrixRMaj at = CommonOps_DDRM.transpose(a, null);
    DMatrixRMaj ct = CommonOps_DDRM.transpose(c, null);
    DMatrixRMaj sigma = Riccati.solve(at, ct, w, v, new DMatrixRMaj(n, p));
    if (sigma == null) {
      throw new IllegalStateException(
          "LQG: the Kalman filter's Riccati equation of " + name + " has no stabilising solution");
    }
    // L = A Σ Cᵀ (C Σ Cᵀ + V)⁻¹, solved as (CΣCᵀ + V) Lᵀ = C Σ Aᵀ (both sides symmetric pieces).
    DMatrixRMaj sigmaCt = new DMatrixRMaj(n, p);
    CommonOps_DDRM.mult(sigma, ct, sigmaCt);
    DMatrixRMaj innovation = v.copy();
    CommonOps_DDRM.multAdd(c, sigmaCt, innovation);
    DMatrixRMaj rhs = new DMatrixRMaj(p, n);
    CommonOps_DDRM.multTransAB(sigmaCt, a, rhs);
    DMatrixRMaj lt = new DMatrixRMaj(p, n);
    if (!CommonOps_DDRM.solve(innovation, rhs, lt)) {
      throw new IllegalStateException("LQG: singular innovation covariance for " + name);
    }
    return new KalmanPredictor(a, b, c, CommonOps_DDRM.transpose(lt, null));
  }

  /** Starts an episode from the estimate {@code x̂ = initial}. */
  public void reset(double[] initial) {
    System.arraycopy(initial, 0, estimate, 0, estimate.length);
  }

  /** The current estimate x̂ (the predictor's own array: read it, do not keep or change it). */
  public double[] estimate() {
    return estimate;
  }

  /** {@code x̂ ← (A − LC) x̂ + B u + L y} with the action u and the observation y of one step. */
  public void update(double[] action, double[] observation) {
    int n = estimate.length;
    for (int i = 0; i < n; i++) {
      double sum = 0;
      for (int j = 0; j < n; j++) {
        sum += aMinusLc.data[i * n + j] * estimate[j];
      }
      for (int j = 0; j < action.length; j++) {
        sum += b.get(i, j) * action[j];
      }
      for (int j = 0; j < observation.length; j++) {
        sum += l.get(i, j) * observation[j];
      }
      next[i] = sum;
    }
    System.arraycopy(next, 0, estimate, 0, n);
  }

  /** The predictor gain L (a copy). */
  public DMatrixRMaj gain() {
    return l.copy();
  }
}
