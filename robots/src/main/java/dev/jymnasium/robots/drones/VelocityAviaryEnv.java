package dev.jymnasium.robots.drones;

import dev.jymnasium.env.registry.ConfigBinder;
import dev.jymnasium.env.registry.Kwarg;
import dev.jymnasium.env.spaces.Box;
import dev.jymnasium.robots.env.PhysicsEnvOptions;

/**
 * gym-pybullet-drones' {@code VelocityAviary}: drones flown by velocity commands through the DSL
 * PID controller.
 *
 * <h2>Description</h2>
 *
 * Each drone's action is a direction and a speed; a {@link DslPidControl} with the airframe's mixer
 * holds the current position and yaw while tracking that velocity.
 *
 * <h2>Action space</h2>
 *
 * {@code Box(-1, 1, (num_drones, 4), float32)}: target velocity {@code speed_limit·|a3|·a[0:3] /
 * ‖a[0:3]‖} (zero when a[0:3] is zero), computed in float32 as numpy 2 does; speed_limit is 3 % of
 * the top speed (0.25 m/s for the Crazyflies).
 *
 * <h2>Observation space</h2>
 *
 * {@code (num_drones, 20)} float32: the full state of every drone (see {@link StateAviaryEnv}).
 *
 * <h2>Rewards</h2>
 *
 * −1 per step (none is meant).
 *
 * <h2>Starting state</h2>
 *
 * As {@link CtrlAviaryEnv}.
 *
 * <h2>Episode end</h2>
 *
 * Never terminated nor truncated by the env.
 *
 * <h2>Arguments</h2>
 *
 * See {@link Config}. {@code drone_model=racer} is refused: the PID's gains are the Crazyflie's.
 *
 * <h2>Differences from the original</h2>
 *
 * Observations are float32 as the space says; the PID is cleared on reset.
 *
 * <h2>Version history</h2>
 *
 * v0: gym-pybullet-drones' {@code VelocityAviary}.
 */
public final class VelocityAviaryEnv extends StateAviaryEnv {
  /** Registry id. */
  public static final String ID = "VelocityAviary-v0";

  private final Box<float[]> actionSpace;
  private final DslPidControl[] controllers;
  private final float speedLimit;
  private final double[] target = new double[3];
  private final double[] targetVel = new double[3];
  private final double[] zeros = new double[3];

  /**
   * The kwargs of VelocityAviary-v0.
   *
   * @param aviary {@code drone_model} (cf2x or cf2p), {@code physics}, {@code pyb_freq}, {@code
   *     initial_xyzs}, {@code initial_rpys}
   * @param numDrones {@code num_drones}: number of drones (1)
   * @param ctrlFreq {@code ctrl_freq}: control steps per second (240)
   * @param options {@code engine}, {@code render_mode}, {@code width}, {@code height}
   */
  public record Config(
      AviaryOptions aviary,
      @Kwarg(defaultValue = "1", min = 1, max = 64, doc = "number of drones") int numDrones,
      @Kwarg(defaultValue = "240", min = 1, doc = "control steps per second") int ctrlFreq,
      PhysicsEnvOptions options) {
    public Config {
      aviary.check(ctrlFreq, numDrones);
      if (aviary.model() == DroneModel.RACER) {
        throw new IllegalArgumentException(
            "kwarg 'drone_model' must be cf2x or cf2p (the DSL PID's airframes), got racer");
      }
    }
  }

  /** Default settings, no rendering. */
  public VelocityAviaryEnv() {
    this(ConfigBinder.defaults(Config.class));
  }

  /** An env with the given settings. */
  public VelocityAviaryEnv(Config config) {
    super(
        ID,
        ConfigBinder.checked(config, ID).aviary(),
        config.ctrlFreq(),
        config.numDrones(),
        config.options());
    actionSpace = Box.float32(-1, 1, numDrones, 4);
    speedLimit = (float) model.speedLimitMps();
    controllers = new DslPidControl[numDrones];
    for (int i = 0; i < numDrones; i++) {
      controllers[i] = new DslPidControl(model);
    }
  }

  @Override
  public Box<float[]> actionSpace() {
    return actionSpace;
  }

  @Override
  protected void resetController() {
    for (DslPidControl c : controllers) {
      c.reset();
    }
  }

  @Override
  protected void toRpm(float[] action) {
    for (int i = 0; i < numDrones; i++) {
      int a = 4 * i;
      float x = action[a];
      float y = action[a + 1];
      float z = action[a + 2];
      float norm = (float) Math.sqrt(x * x + y * y + z * z);
      float magnitude = speedLimit * Math.abs(action[a + 3]);
      for (int k = 0; k < 3; k++) {
        targetVel[k] = norm != 0 ? magnitude * (action[a + k] / norm) : 0;
      }
      System.arraycopy(states.pos, 3 * i, target, 0, 3);
      controllers[i].computeControl(
          1.0 / ctrlFreq,
          states.pos,
          3 * i,
          states.quat,
          4 * i,
          states.vel,
          3 * i,
          target,
          states.rpy[3 * i + 2],
          targetVel,
          zeros,
          rpm,
          4 * i);
    }
  }
}
