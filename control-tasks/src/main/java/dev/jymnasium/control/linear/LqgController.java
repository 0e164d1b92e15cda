package dev.jymnasium.control.linear;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.MatrixFeatures_DDRM;

/**
 * LQG for a {@link LinearControlEnv}: the {@link LqrController} gain applied to the state estimate
 * of a steady-state Kalman predictor, controlgym's output-feedback baseline.
 *
 * <p>The predictor's covariance Σ solves the dual Riccati equation for {@code (A_dᵀ, Cᵀ, W, V)}
 * with {@code W = B1_d B1_dᵀ} and {@code V = D21 D21ᵀ}, replaced by {@code noise_cov·I} when it is
 * not positive definite (as in controlgym); {@code L = A_d Σ Cᵀ(CΣCᵀ + V)⁻¹} and, after each step,
 * {@code x̂ ← (A_d − LC) x̂ + B2_d u + L y}. The observation a step returns measures the state
 * before that step, which is what this one-step predictor expects.
 *
 * <p>Use: {@link #reset} with the episode, then per step {@link #act}, step the env with that
 * action, and {@link #update} with the observation the step returned.
 */
public final class LqgController {
  private final DMatrixRMaj k;
  private final KalmanPredictor predictor;
  private final double[] lastAction;

  private LqgController(DMatrixRMaj k, KalmanPredictor predictor) {
    this.k = k;
    this.predictor = predictor;
    this.lastAction = new double[k.numRows];
  }

  /**
   * The LQG controller of {@code sys} for disturbances of variance {@code noiseCov}.
   *
   * @throws IllegalStateException when either Riccati equation has no stabilising solution
   */
  public static LqgController of(DiscreteLinearSystem sys, double noiseCov) {
    LqrController lqr = LqrController.of(sys);
    DMatrixRMaj c = sys.continuous().c;
    DMatrixRMaj d21 = sys.continuous().d21;
    int p = c.numRows;
    DMatrixRMaj w = new DMatrixRMaj(sys.b1d.numRows, sys.b1d.numRows);
    CommonOps_DDRM.multTransB(sys.b1d, sys.b1d, w);
    DMatrixRMaj v = new DMatrixRMaj(p, p);
    CommonOps_DDRM.multTransB(d21, d21, v);
    if (!MatrixFeatures_DDRM.isPositiveDefinite(v)) {
      v = CommonOps_DDRM.identity(p);
      CommonOps_DDRM.scale(noiseCov, v);
    }
    return new LqgController(
        lqr.gain(), KalmanPredictor.of(sys.ad, sys.b2d, c, w, v, sys.continuous().name()));
  }

  /** Starts an episode from the estimate {@code x̂ = mean} (e.g. zeros, the default init_state). */
  public void reset(double[] mean) {
    predictor.reset(mean);
  }

  /** Writes {@code u = K x̂} into {@code action} and remembers it for {@link #update}. */
  public void act(double[] action) {
    double[] estimate = predictor.estimate();
    int n = estimate.length;
    for (int i = 0; i < k.numRows; i++) {
      double sum = 0;
      for (int j = 0; j < n; j++) {
        sum += k.data[i * n + j] * estimate[j];
      }
      action[i] = sum;
      lastAction[i] = sum;
    }
  }

  /** {@code x̂ ← (A_d − LC) x̂ + B2_d u + L y} with the last action and the step's observation. */
  public void update(double[] observation) {
    predictor.update(lastAction, observation);
  }

  /** The Kalman predictor gain L (a copy). */
  public DMatrixRMaj kalmanGain() {
    return predictor.gain();
  }
}
