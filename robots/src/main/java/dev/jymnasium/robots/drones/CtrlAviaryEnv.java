package dev.jymnasium.robots.drones;

import dev.jymnasium.env.registry.ConfigBinder;
import dev.jymnasium.env.registry.Kwarg;
import dev.jymnasium.env.spaces.Box;
import dev.jymnasium.robots.env.PhysicsEnvOptions;

/**
 * gym-pybullet-drones' {@code CtrlAviary}: drones flown by their motor speeds, for control work
 * (the PID examples) rather than RL.
 *
 * <h2>Description</h2>
 *
 * {@code num_drones} drones start at rest; each step holds the given RPMs for {@code pyb_freq /
 * ctrl_freq} physics steps (240 Hz and 240 Hz by default: one).
 *
 * <h2>Action space</h2>
 *
 * {@code Box(0, max_rpm, (num_drones, 4), float32)}: the four motor speeds (RPM), clipped to the
 * range (max_rpm 21702.6 for the Crazyflies, 31640.9 for the racer).
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
 * Drone i at (4·L·i, 4·L·i, 0.1125) level at rest, or {@code initial_xyzs}/{@code initial_rpys}.
 *
 * <h2>Episode end</h2>
 *
 * Never terminated nor truncated by the env.
 *
 * <h2>Arguments</h2>
 *
 * See {@link Config}.
 *
 * <h2>Differences from the original</h2>
 *
 * Observations are float32 as the space says (the original returns float64).
 *
 * <h2>Version history</h2>
 *
 * v0: gym-pybullet-drones' {@code CtrlAviary}.
 */
public final class CtrlAviaryEnv extends StateAviaryEnv {
  /** Registry id. */
  public static final String ID = "CtrlAviary-v0";

  private final Box<float[]> actionSpace;

  /**
   * The kwargs of CtrlAviary-v0.
   *
   * @param aviary {@code drone_model}, {@code physics}, {@code pyb_freq}, {@code initial_xyzs},
   *     {@code initial_rpys}
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
    }
  }

  /** Default settings, no rendering. */
  public CtrlAviaryEnv() {
    this(ConfigBinder.defaults(Config.class));
  }

  /** An env with the given settings. */
  public CtrlAviaryEnv(Config config) {
    super(
        ID,
        ConfigBinder.checked(config, ID).aviary(),
        config.ctrlFreq(),
        config.numDrones(),
        config.options());
    actionSpace = Box.float32(0, model.maxRpm, numDrones, 4);
  }

  @Override
  public Box<float[]> actionSpace() {
    return actionSpace;
  }

  @Override
  protected void toRpm(float[] action) {
    for (int k = 0; k < rpm.length; k++) {
      rpm[k] = Math.max(0, Math.min(model.maxRpm, action[k]));
    }
  }
}
