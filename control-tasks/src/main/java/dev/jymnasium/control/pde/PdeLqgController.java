package dev.jymnasium.control.pde;

import dev.jymnasium.control.linear.KalmanPredictor;
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
  private final KalmanPredictor predictor;
  private final double[] lastAction;

  private PdeLqgController(PdeLqrController lqr, KalmanPredictor predictor, int actions) {
    this.lqr = lqr;
    this.predictor = predictor;
    this.lastAction = new double[actions];
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
    DMatrixRMaj b = env.inputMatrix();
    return new PdeLqgController(lqr, KalmanPredictor.of(a, b, c, w, v, env.id()), b.numCols);
  }

  /**
   * Starts an episode from the estimate {@code x̂ = initial} (controlgym: the true initial state).
   */
  public void reset(double[] initial) {
    predictor.reset(initial);
  }

  /** Writes {@code u = K x̂ + K_ff x*} into {@code action} and remembers it for {@link #update}. */
  public void act(double[] action) {
    lqr.act(predictor.estimate(), action);
    System.arraycopy(action, 0, lastAction, 0, lastAction.length);
  }

  /** {@code x̂ ← (A − LC) x̂ + B u + L y} with the last action and the step's observation. */
  public void update(double[] observation) {
    predictor.update(lastAction, observation);
  }

  /** The Kalman predictor gain L (a copy). */
  public DMatrixRMaj kalmanGain() {
    return predictor.gain();
  }
}
