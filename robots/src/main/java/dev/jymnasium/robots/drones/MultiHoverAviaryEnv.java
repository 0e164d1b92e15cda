package dev.jymnasium.robots.drones;

import dev.jymnasium.env.registry.ConfigBinder;
import dev.jymnasium.env.registry.Kwarg;
import dev.jymnasium.robots.env.PhysicsEnvOptions;

/**
 * gym-pybullet-drones' {@code MultiHoverAviary}: {@code num_drones} quadrotors each climb to a
 * point above their start, drone i by {@code 1/(i+1)} m.
 *
 * <h2>Description</h2>
 *
 * Drone i starts at rest at its start position (by default (4·L·i, 4·L·i, 0.1125)) and must hold
 * {@code start_i + (0, 0, 1/(i+1))}. 240 Hz physics, 30 Hz control.
 *
 * <h2>Action space</h2>
 *
 * {@code Box(-1, 1, (num_drones, dim), float32)}, as {@link HoverAviaryEnv} per drone.
 *
 * <h2>Observation space</h2>
 *
 * {@code Box(-inf, inf, (num_drones, 12 + 15·dim), float32)}, as {@link HoverAviaryEnv} per drone;
 * with {@code obs="rgb"} each drone's onboard camera, {@code (num_drones, 48, 64, 4)}.
 *
 * <h2>Rewards</h2>
 *
 * The sum over drones of {@code max(0, 2 − ‖target_i − p_i‖⁴)}. Reward threshold 949.5 with {@code
 * one_d_rpm} and 2 drones (the original's stop-training reward), 920 otherwise.
 *
 * <h2>Starting state</h2>
 *
 * The start positions and attitudes, at rest; no randomness.
 *
 * <h2>Episode end</h2>
 *
 * Terminated when the sum of the distances to the targets is below 1e-4 m; truncated when any drone
 * has |x| > 2, |y| > 2, z > 2, |roll| > 0.4 or |pitch| > 0.4, or after 8 s (242 steps).
 *
 * <h2>Arguments</h2>
 *
 * See {@link Config}.
 *
 * <h2>Differences from the original</h2>
 *
 * As {@link HoverAviaryEnv}.
 *
 * <h2>Version history</h2>
 *
 * v0: gym-pybullet-drones' current {@code MultiHoverAviary}.
 */
public final class MultiHoverAviaryEnv extends RlAviaryEnv {
  /** Registry id. */
  public static final String ID = "MultiHoverAviary-v0";

  private final double[] targets;

  /**
   * The kwargs of MultiHoverAviary-v0.
   *
   * @param aviary {@code drone_model}, {@code physics}, {@code pyb_freq}, {@code initial_xyzs},
   *     {@code initial_rpys}
   * @param numDrones {@code num_drones}: number of drones (2)
   * @param ctrlFreq {@code ctrl_freq}: control steps per second (30)
   * @param obs {@code obs}: observation type, {@code kin} (default) or {@code rgb}
   * @param act {@code act}: action type (see {@link HoverAviaryEnv.Config})
   * @param options {@code engine}, {@code render_mode}, {@code width}, {@code height}
   */
  public record Config(
      AviaryOptions aviary,
      @Kwarg(defaultValue = "2", min = 1, max = 64, doc = "number of drones") int numDrones,
      @Kwarg(defaultValue = "30", min = 1, doc = "control steps per second") int ctrlFreq,
      @Kwarg(
              defaultValue = "kin",
              oneOf = {"kin", "rgb"},
              doc = "observation: kin (state and action buffer) or rgb (onboard cameras)")
          String obs,
      @Kwarg(
              defaultValue = "rpm",
              oneOf = {"rpm", "one_d_rpm", "pid", "vel", "one_d_pid"},
              doc = "action: rpm, one_d_rpm, pid, vel or one_d_pid")
          String act,
      PhysicsEnvOptions options) {
    public Config {
      aviary.check(ctrlFreq, numDrones);
      checkAct(act, aviary.droneModel());
      checkObs(obs, aviary.pybFreq(), ctrlFreq);
    }
  }

  /** Default settings, no rendering. */
  public MultiHoverAviaryEnv() {
    this(ConfigBinder.defaults(Config.class));
  }

  /** An env with the given settings. */
  public MultiHoverAviaryEnv(Config config) {
    super(
        ID,
        ConfigBinder.checked(config, ID).aviary(),
        config.ctrlFreq(),
        config.numDrones(),
        ObservationType.byName(config.obs()),
        ActionType.byName(config.act()),
        config.options());
    targets = initialXyzs.clone();
    for (int i = 0; i < numDrones; i++) {
      targets[3 * i + 2] += 1.0 / (i + 1);
    }
  }

  @Override
  protected double reward() {
    double sum = 0;
    for (int i = 0; i < numDrones; i++) {
      sum += droneReward(i);
    }
    return sum;
  }

  /** Drone i's share of the reward: {@code max(0, 2 − ‖target_i − p_i‖⁴)}. */
  double droneReward(int i) {
    return Math.max(0, 2 - Math.pow(distance(i), 4));
  }

  @Override
  protected boolean terminated() {
    double sum = 0;
    for (int i = 0; i < numDrones; i++) {
      sum += distance(i);
    }
    return sum < 1e-4;
  }

  @Override
  protected boolean truncated() {
    for (int i = 0; i < numDrones; i++) {
      if (Math.abs(states.pos[3 * i]) > 2.0
          || Math.abs(states.pos[3 * i + 1]) > 2.0
          || states.pos[3 * i + 2] > 2.0
          || Math.abs(states.rpy[3 * i]) > 0.4
          || Math.abs(states.rpy[3 * i + 1]) > 0.4) {
        return true;
      }
    }
    return false;
  }

  private double distance(int i) {
    double dx = targets[3 * i] - states.pos[3 * i];
    double dy = targets[3 * i + 1] - states.pos[3 * i + 1];
    double dz = targets[3 * i + 2] - states.pos[3 * i + 2];
    return Math.sqrt(dx * dx + dy * dy + dz * dz);
  }

  @Override
  double[] targets() {
    return targets;
  }
}
