package dev.jymnasium.control.pde;

import dev.jymnasium.control.linear.Riccati;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * controlgym's LQG controller for the linear PDE envs: the {@link PdeLqrController} law {@code u =
 * K x̂ + K_ff x*} on the estimate x̂ of a steady-state Kalman predictor fed with the sensor
 * readings.
 *
 * <p>The predictor's covariance Σ solves the dual Riccati equation for {@code (Aᵀ, Cᵀ, W, V)} with
 * {@code W = process_noise_cov·I} and {@code V = sensor_noise_cov·I} (C reads the sensor points);
 * {@code L = A Σ Cᵀ(CΣCᵀ + V)⁻¹} and, after each step, {@code x̂ ← (A − LC) x̂ + B u + L y}, y
 * being the observation the step returned (of the state before the step, which is what a one-step
 * predictor expects). controlgym's {@code LQG.run} starts x̂ at the true initial state ({@code
 * info["state"]} of the reset).
 *
 * <p>Use: {@link #reset} with the episode, then per step {@link #act}, step the env with that
 * action, and {@link #update} with the observation the step returned.
 */
public final class PdeLqgController {
  private final PdeLqrController lqr;
  private final DMatrixRMaj aMinusLc;
  private final DMatrixRMaj b;
  private final DMatrixRMaj l;
  private final double[] estimate;
  private final double[] next;
  private final double[] lastAction;

  private PdeLqgController(
      PdeLqrController lqr, DMatrixRMaj aMinusLc, DMatrixRMaj b, DMatrixRMaj l) {
    this.lqr = lqr;
    this.aMinusLc = aMinusLc;
    this.b = b;
    this.l = l;
    this.estimate = new double[aMinusLc.numRows];
    this.next = new double[aMinusLc.numRows];
    this.lastAction = new double[b.numCols];
  }

  /**
   * The LQG controller of {@code env} for its current target state.
   *
   * @throws IllegalArgumentException if {@code sensor_noise_cov} is not positive (controlgym
   *     asserts the same)
   * @throws IllegalStateException when either Riccati equation has no stabilising solution (wave
   *     and Schrödinger: see {@link PdeLqrController})
   */
  public static PdeLqgController of(LinearPdeEnv env) {
    if (!(env.sensorNoiseCov() > 0)) {
      throw new IllegalArgumentException(
          "LQG on " + env.id() + " needs sensor_noise_cov > 0, got " + env.sensorNoiseCov());
    }
    PdeLqrController lqr = PdeLqrController.of(env);
    DMatrixRMaj a = env.stateMatrix();
    int n = a.numRows;
    int[] sensors = env.sensorIndices();
    int p = sensors.length;
    DMatrixRMaj c = new DMatrixRMaj(p, n);
    for (int i = 0; i < p; i++) {
      c.set(i, sensors[i], 1.0);
    }
    DMatrixRMaj w = CommonOps_DDRM.identity(n);
    CommonOps_DDRM.scale(env.processNoiseCov(), w);
    DMatrixRMaj v = CommonOps_DDRM.identity(p);
    CommonOps_DDRM.scale(env.sensorNoiseCov(), v);
    DMatrixRMaj at = CommonOps_DDRM.transpose(a, null);
    DMatrixRMaj ct = CommonOps_DDRM.transpose(c, null);
    DMatrixRMaj sigma = Riccati.solve(at, ct, w, v, new DMatrixRMaj(n, p));
    if (sigma == null) {
      throw new IllegalStateException(
          "LQG: the Kalman filter's Riccati equation of "
              + env.id()
              + " has no stabilising solution");
    }
    // L = A Σ Cᵀ (C Σ Cᵀ + V)⁻¹, solved as (CΣCᵀ + V) Lᵀ = C Σ Aᵀ.
    DMatrixRMaj sigmaCt = new DMatrixRMaj(n, p);
    CommonOps_DDRM.mult(sigma, ct, sigmaCt);
    DMatrixRMaj innovation = v.copy();
    CommonOps_DDRM.multAdd(c, sigmaCt, innovation);
    DMatrixRMaj rhs = new DMatrixRMaj(p, n);
    CommonOps_DDRM.multTransAB(sigmaCt, a, rhs);
    DMatrixRMaj lt = new DMatrixRMaj(p, n);
    if (!CommonOps_DDRM.solve(innovation, rhs, lt)) {
      throw new IllegalStateException("LQG: singular innovation covariance for " + env.id());
    }
    DMatrixRMaj l = CommonOps_DDRM.transpose(lt, null);
    DMatrixRMaj aMinusLc = a.copy();
    CommonOps_DDRM.multAdd(-1, l, c, aMinusLc);
    return new PdeLqgController(lqr, aMinusLc, env.inputMatrix(), l);
  }

  /**
   * Starts an episode from the estimate {@code x̂ = initial} (controlgym: the true initial state).
   */
  public void reset(double[] initial) {
    System.arraycopy(initial, 0, estimate, 0, estimate.length);
  }

  /** Writes {@code u = K x̂ + K_ff x*} into {@code action} and remembers it for {@link #update}. */
  public void act(double[] action) {
    lqr.act(estimate, action);
    System.arraycopy(action, 0, lastAction, 0, lastAction.length);
  }

  /** {@code x̂ ← (A − LC) x̂ + B u + L y} with the last action and the step's observation. */
  public void update(double[] observation) {
    int n = estimate.length;
    for (int i = 0; i < n; i++) {
      double sum = 0;
      int row = i * n;
      for (int j = 0; j < n; j++) {
        sum += aMinusLc.data[row + j] * estimate[j];
      }
      for (int j = 0; j < lastAction.length; j++) {
        sum += b.get(i, j) * lastAction[j];
      }
      for (int j = 0; j < observation.length; j++) {
        sum += l.get(i, j) * observation[j];
      }
      next[i] = sum;
    }
    System.arraycopy(next, 0, estimate, 0, n);
  }

  /** The Kalman predictor gain L (a copy). */
  public DMatrixRMaj kalmanGain() {
    return l.copy();
  }
}
