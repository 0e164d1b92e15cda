package dev.jymnasium.robots.drones;

import dev.jymnasium.env.Reset;
import dev.jymnasium.env.Step;
import dev.jymnasium.env.spaces.Box;
import dev.jymnasium.env.spaces.DType;
import dev.jymnasium.robots.env.PhysicsEnvOptions;
import java.util.Arrays;
import java.util.Map;

/**
 * Base of the RL aviaries (gym-pybullet-drones' {@code BaseRLAviary}): normalised actions of an
 * {@link ActionType}, and the {@code kin} observation with a buffer of the last {@code ctrl_freq/2}
 * actions (0.5 s of history) or the {@code rgb} observation of the onboard cameras ({@link
 * OnboardCameras}, shape {@code (num_drones, 48, 64, 4)}).
 *
 * <p>Observation per drone, float32: {@code [x, y, z, roll, pitch, yaw, vx, vy, vz, ωx, ωy, ωz]}
 * (m, rad, m/s, rad/s world frame) then the buffered actions, oldest first; bounds z ≥ 0, buffered
 * actions in [−1, 1], the rest unbounded. Shape {@code (num_drones, 12 + buffer·dim)}, flattened
 * row-major.
 *
 * <p>Actions, shape {@code (num_drones, dim)} in [−1, 1], to RPMs: {@code rpm}: {@code hover_rpm·(1
 * + 0.05·a)} with {@code 1 + 0.05·a} rounded to float32 as numpy 2 computes it; {@code one_d_rpm}:
 * the same for all four motors; {@code pid}: a as the absolute target position, fed to the PID as a
 * waypoint at most 1 m away; {@code vel}: target velocity {@code speed_limit·|a3|·a[0:3] /‖a[0:3]‖}
 * (float32), target position the current one, target yaw the current one; {@code one_d_pid}: target
 * {@code p + (0, 0, 0.1·a)}.
 */
public abstract class RlAviaryEnv extends AviaryEnv {
  /** The action type. */
  protected final ActionType act;

  /** The observation type. */
  protected final ObservationType obsType;

  private final int bufferSize;
  private final float[][] actionBuffer;
  private int bufferHead;
  private final int obsPerDrone;
  private final Box<float[]> observationSpace;
  private final Box<float[]> actionSpace;
  private final float[] obs;
  private final double[] rpm;
  private final DslPidControl[] controllers;
  private final double[] target = new double[3];
  private final double[] targetVel = new double[3];
  private final double[] zeros = new double[3];
  private final Step<float[]> step = new Step<>();
  private final float speedLimit;

  /** The cameras of the {@code rgb} observation, or {@code null}. */
  private final OnboardCameras cameras;

  /**
   * @param id env id
   * @param aviary the aviary kwargs
   * @param ctrlFreq control steps per second
   * @param numDrones number of drones
   * @param obsType the observation type
   * @param act the action type
   * @param options engine, render mode, picture size
   */
  protected RlAviaryEnv(
      String id,
      AviaryOptions aviary,
      int ctrlFreq,
      int numDrones,
      ObservationType obsType,
      ActionType act,
      PhysicsEnvOptions options) {
    super(id, aviary, ctrlFreq, numDrones, options);
    this.act = act;
    this.obsType = obsType;
    this.bufferSize = ctrlFreq / 2;
    this.actionBuffer = new float[bufferSize][numDrones * act.size];
    this.rpm = new double[4 * numDrones];
    this.speedLimit = (float) model.speedLimitMps();
    this.actionSpace = Box.float32(-1, 1, numDrones, act.size);
    this.controllers = new DslPidControl[act.usesPid() ? numDrones : 0];
    for (int i = 0; i < controllers.length; i++) {
      // The original drives both Crazyflies with the cf2x controller (its mixer) in RL envs.
      controllers[i] = new DslPidControl(DroneModel.CF2X);
    }
    if (obsType == ObservationType.RGB) {
      this.obsPerDrone = OnboardCameras.SIZE;
      this.obs = new float[numDrones * obsPerDrone];
      this.observationSpace =
          Box.float32(0, 255, numDrones, OnboardCameras.HEIGHT, OnboardCameras.WIDTH, 4);
      this.cameras = new OnboardCameras(this, aviaryScene, id);
      return;
    }
    this.cameras = null;
    this.obsPerDrone = 12 + bufferSize * act.size;
    this.obs = new float[numDrones * obsPerDrone];
    double[] low = new double[obs.length];
    double[] high = new double[obs.length];
    for (int i = 0; i < numDrones; i++) {
      for (int k = 0; k < obsPerDrone; k++) {
        boolean action = k >= 12;
        low[i * obsPerDrone + k] = action ? -1 : k == 2 ? 0 : Double.NEGATIVE_INFINITY;
        high[i * obsPerDrone + k] = action ? 1 : Double.POSITIVE_INFINITY;
      }
    }
    this.observationSpace = new Box<>(low, high, new int[] {numDrones, obsPerDrone}, DType.FLOAT32);
  }

  /** Rejects {@code pid}, {@code vel} and {@code one_d_pid} with the racer. */
  static void checkAct(String act, String droneModel) {
    if (ActionType.byName(act).usesPid() && DroneModel.byName(droneModel) == DroneModel.RACER) {
      throw new IllegalArgumentException(
          "kwarg 'act' "
              + act
              + " needs the DSL PID, which supports drone_model cf2x or cf2p, got racer"
              + " (accepted with racer: rpm, one_d_rpm)");
    }
  }

  /**
   * Rejects {@code rgb} at frequencies where the picture period is not a whole number of control
   * steps (the original exits there).
   */
  static void checkObs(String obs, int pybFreq, int ctrlFreq) {
    if (ObservationType.byName(obs) == ObservationType.RGB) {
      OnboardCameras.checkFrequencies(pybFreq, ctrlFreq);
    }
  }

  @Override
  boolean showsLandmarks() {
    return obsType == ObservationType.RGB;
  }

  @Override
  public Box<float[]> observationSpace() {
    return observationSpace;
  }

  @Override
  public Box<float[]> actionSpace() {
    return actionSpace;
  }

  @Override
  protected Reset<float[]> doReset(Long seed, Map<String, Object> options) {
    // The original keeps the buffer and the PID state across resets; a fresh episode is cleaner.
    restartDrones();
    for (float[] a : actionBuffer) {
      Arrays.fill(a, 0);
    }
    bufferHead = 0;
    for (DslPidControl c : controllers) {
      c.reset();
    }
    return new Reset<>(observe(), Map.of());
  }

  @Override
  protected Step<float[]> doStep(float[] action) {
    System.arraycopy(action, 0, actionBuffer[bufferHead], 0, action.length);
    bufferHead = (bufferHead + 1) % bufferSize;
    toRpm(action);
    fly(rpm);
    float[] o = observe();
    double reward = reward();
    boolean terminated = terminated();
    boolean truncated = truncated() || timeSeconds() > episodeSeconds();
    countStep();
    return step.set(o, reward, terminated, truncated, Map.of());
  }

  /** The episode's length (s): truncated once the clock passes it. */
  protected double episodeSeconds() {
    return 8;
  }

  /** The reward of the state after a step. */
  protected abstract double reward();

  /** Whether the task is achieved. */
  protected abstract boolean terminated();

  /** Whether a drone left the allowed box or tilted too far (time is checked apart). */
  protected abstract boolean truncated();

  private void toRpm(float[] action) {
    double dt = 1.0 / ctrlFreq;
    for (int i = 0; i < numDrones; i++) {
      int a = i * act.size;
      switch (act) {
        case RPM -> {
          for (int k = 0; k < 4; k++) {
            rpm[4 * i + k] = model.hoverRpm * (double) (1f + 0.05f * action[a + k]);
          }
        }
        case ONE_D_RPM -> {
          double r = model.hoverRpm * (double) (1f + 0.05f * action[a]);
          Arrays.fill(rpm, 4 * i, 4 * i + 4, r);
        }
        case PID -> {
          nextWaypoint(i, action, a);
          pid(i, dt, 0);
        }
        case VEL -> {
          float x = action[a];
          float y = action[a + 1];
          float z = action[a + 2];
          float norm = (float) Math.sqrt(x * x + y * y + z * z);
          float magnitude = speedLimit * Math.abs(action[a + 3]);
          for (int k = 0; k < 3; k++) {
            targetVel[k] = norm != 0 ? magnitude * (action[a + k] / norm) : 0;
          }
          System.arraycopy(states.pos, 3 * i, target, 0, 3);
          pid(i, dt, states.rpy[3 * i + 2]);
          Arrays.fill(targetVel, 0);
        }
        case ONE_D_PID -> {
          System.arraycopy(states.pos, 3 * i, target, 0, 3);
          target[2] = states.pos[3 * i + 2] + 0.1 * (double) action[a];
          pid(i, dt, 0);
        }
        default -> throw new AssertionError(act);
      }
    }
  }

  /**
   * The PID toward {@link #target} at {@link #targetVel} and the given yaw, into drone i's RPMs.
   */
  private void pid(int i, double dt, double yaw) {
    controllers[i].computeControl(
        dt,
        states.pos,
        3 * i,
        states.quat,
        4 * i,
        states.vel,
        3 * i,
        target,
        yaw,
        targetVel,
        zeros,
        rpm,
        4 * i);
  }

  /** The target position a, or the point 1 m toward it when it is farther. */
  private void nextWaypoint(int i, float[] action, int a) {
    double dx = action[a] - states.pos[3 * i];
    double dy = action[a + 1] - states.pos[3 * i + 1];
    double dz = action[a + 2] - states.pos[3 * i + 2];
    double distance = Math.sqrt(dx * dx + dy * dy + dz * dz);
    if (distance <= 1) {
      target[0] = action[a];
      target[1] = action[a + 1];
      target[2] = action[a + 2];
    } else {
      target[0] = states.pos[3 * i] + dx / distance * 1;
      target[1] = states.pos[3 * i + 1] + dy / distance * 1;
      target[2] = states.pos[3 * i + 2] + dz / distance * 1;
    }
  }

  private float[] observe() {
    if (cameras != null) {
      // The original refreshes the pictures at 24 fps and returns the last ones in between.
      if (stepCounter % OnboardCameras.captureEvery(pybFreq) == 0) {
        for (int i = 0; i < numDrones; i++) {
          cameras.capture(i, obs, i * obsPerDrone);
        }
      }
      return obs;
    }
    for (int i = 0; i < numDrones; i++) {
      int o = i * obsPerDrone;
      for (int k = 0; k < 3; k++) {
        obs[o + k] = (float) states.pos[3 * i + k];
        obs[o + 3 + k] = (float) states.rpy[3 * i + k];
        obs[o + 6 + k] = (float) states.vel[3 * i + k];
        obs[o + 9 + k] = (float) states.angVel[3 * i + k];
      }
      for (int b = 0; b < bufferSize; b++) {
        float[] a = actionBuffer[(bufferHead + b) % bufferSize];
        System.arraycopy(a, i * act.size, obs, o + 12 + b * act.size, act.size);
      }
    }
    return obs;
  }

  @Override
  public void close() {
    super.close();
    if (cameras != null) {
      cameras.close();
    }
  }
}
