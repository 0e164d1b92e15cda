package dev.jymnasium.robots.drones;

import dev.jymnasium.env.Reset;
import dev.jymnasium.env.Step;
import dev.jymnasium.env.spaces.Box;
import dev.jymnasium.env.spaces.DType;
import dev.jymnasium.robots.env.PhysicsEnvOptions;
import java.util.Map;

/**
 * Base of the aviaries for control work without RL ({@code CtrlAviary}, {@code VelocityAviary}):
 * the observation is every drone's full 20-element state, the reward −1, and episodes never end by
 * themselves.
 *
 * <p>Observation per drone, float32: {@code [x, y, z, qx, qy, qz, qw, roll, pitch, yaw, vx, vy, vz,
 * ωx, ωy, ωz, rpm0, rpm1, rpm2, rpm3]} (world frame; the RPMs of the last physics step), shape
 * {@code (num_drones, 20)} flattened row-major; bounds z ≥ 0, quaternion in [−1, 1], angles in [−π,
 * π], RPMs in [0, max_rpm].
 */
public abstract class StateAviaryEnv extends AviaryEnv {
  /** Values per drone in the observation. */
  public static final int STATE_SIZE = 20;

  private final Box<float[]> observationSpace;
  private final float[] obs;
  private final Step<float[]> step = new Step<>();

  /** The four RPMs of every drone, filled by {@link #toRpm}. */
  protected final double[] rpm;

  /**
   * @param id env id
   * @param aviary the aviary kwargs
   * @param ctrlFreq control steps per second
   * @param numDrones number of drones
   * @param options engine, render mode, picture size
   */
  protected StateAviaryEnv(
      String id, AviaryOptions aviary, int ctrlFreq, int numDrones, PhysicsEnvOptions options) {
    super(id, aviary, ctrlFreq, numDrones, options);
    this.obs = new float[numDrones * STATE_SIZE];
    this.rpm = new double[4 * numDrones];
    double inf = Double.POSITIVE_INFINITY;
    double[] lowOne = {
      -inf, -inf, 0, -1, -1, -1, -1, -Math.PI, -Math.PI, -Math.PI, -inf, -inf, -inf, -inf, -inf,
      -inf, 0, 0, 0, 0
    };
    double max = model.maxRpm;
    double[] highOne = {
      inf, inf, inf, 1, 1, 1, 1, Math.PI, Math.PI, Math.PI, inf, inf, inf, inf, inf, inf, max, max,
      max, max
    };
    double[] low = new double[obs.length];
    double[] high = new double[obs.length];
    for (int i = 0; i < numDrones; i++) {
      System.arraycopy(lowOne, 0, low, i * STATE_SIZE, STATE_SIZE);
      System.arraycopy(highOne, 0, high, i * STATE_SIZE, STATE_SIZE);
    }
    this.observationSpace = new Box<>(low, high, new int[] {numDrones, STATE_SIZE}, DType.FLOAT32);
  }

  @Override
  public Box<float[]> observationSpace() {
    return observationSpace;
  }

  @Override
  protected Reset<float[]> doReset(Long seed, Map<String, Object> options) {
    restartDrones();
    resetController();
    return new Reset<>(observe(), Map.of());
  }

  @Override
  protected Step<float[]> doStep(float[] action) {
    toRpm(action);
    fly(rpm);
    countStep();
    return step.set(observe(), -1, false, false, Map.of());
  }

  /** Fills {@link #rpm} from the action. */
  protected abstract void toRpm(float[] action);

  /** Clears controller state on reset. */
  protected void resetController() {}

  private float[] observe() {
    for (int i = 0; i < numDrones; i++) {
      states.stateVector(i, obs, i * STATE_SIZE);
    }
    return obs;
  }
}
