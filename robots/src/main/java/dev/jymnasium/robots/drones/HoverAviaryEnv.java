package dev.jymnasium.robots.drones;

import dev.jymnasium.env.registry.ConfigBinder;
import dev.jymnasium.env.registry.Kwarg;
import dev.jymnasium.robots.env.PhysicsEnvOptions;

/**
 * gym-pybullet-drones' {@code HoverAviary}: one quadrotor learns to climb to (0, 0, 1) and hover
 * there.
 *
 * <h2>Description</h2>
 *
 * A Crazyflie (or the racer) starts level at rest at (0, 0, 0.1125) and must reach and hold (0, 0,
 * 1). Physics at {@code pyb_freq} (240 Hz), control at {@code ctrl_freq} (30 Hz): 8 physics steps
 * per env step.
 *
 * <h2>Action space</h2>
 *
 * {@code Box(-1, 1, (1, dim), float32)} with dim 4 ({@code rpm}, {@code vel}), 3 ({@code pid}) or 1
 * ({@code one_d_rpm}, {@code one_d_pid}); see {@link RlAviaryEnv} for how each becomes RPMs.
 *
 * <h2>Observation space</h2>
 *
 * {@code Box(-inf, inf, (1, 12 + 15·dim), float32)} ({@code kin}): position, roll-pitch-yaw,
 * velocity, angular velocity, then the last 15 actions (0.5 s); z ≥ 0 and actions in [−1, 1]. 72
 * values for {@code rpm}, 27 for {@code one_d_rpm}, 57 for {@code pid}. With {@code obs="rgb"}:
 * {@code Box(0, 255, (1, 48, 64, 4), float32)}, the onboard camera's RGBA picture refreshed at 24
 * fps (see {@link OnboardCameras}); it needs {@code ctrl_freq} 24, 48, 120 or 240 with {@code
 * pyb_freq} 240 (the picture period must be whole control steps; the original exits otherwise).
 *
 * <h2>Rewards</h2>
 *
 * {@code max(0, 2 − ‖(0, 0, 1) − p‖⁴)} per step. Reward threshold (the original's stop-training
 * reward): 474 with {@code one_d_rpm}, 467 otherwise.
 *
 * <h2>Starting state</h2>
 *
 * (0, 0, 0.1125) level at rest, or {@code initial_xyzs}/{@code initial_rpys}; no randomness.
 *
 * <h2>Episode end</h2>
 *
 * Terminated when the distance to the target is below 1e-4 m (never in practice); truncated when
 * |x| > 1.5, |y| > 1.5, z > 2, |roll| > 0.4 or |pitch| > 0.4, or when the clock passes 8 s (tested
 * before the step is counted, so episodes last 242 steps at 30 Hz).
 *
 * <h2>Arguments</h2>
 *
 * See {@link Config}.
 *
 * <h2>Differences from the original</h2>
 *
 * The {@code pyb} modes run on ODE4J or JBullet instead of PyBullet (a collision cylinder per drone
 * rather than the URDF's links; PyBullet's default damping applied as explicit forces); the action
 * buffer and the PID are cleared on reset (the original keeps them across resets). The {@code rgb}
 * pictures come from our renderer, not PyBullet's: other lighting and colours, primitive stand-ins
 * for the landmark meshes (pictures only, no bodies), and the frame's own 4:3 aspect (the original
 * projects with aspect 1, squeezing the 60° view into 64x48).
 *
 * <h2>Version history</h2>
 *
 * v0: gym-pybullet-drones' current {@code HoverAviary} (8 s episodes, quartic reward).
 */
public final class HoverAviaryEnv extends RlAviaryEnv {
  /** Registry id. */
  public static final String ID = "HoverAviary-v0";

  private static final double[] TARGET = {0, 0, 1};

  /**
   * The kwargs of HoverAviary-v0.
   *
   * @param aviary {@code drone_model}, {@code physics}, {@code pyb_freq}, {@code initial_xyzs},
   *     {@code initial_rpys}
   * @param ctrlFreq {@code ctrl_freq}: control steps per second (30)
   * @param obs {@code obs}: observation type, {@code kin} (default) or {@code rgb}
   * @param act {@code act}: action type, {@code rpm} (default), {@code one_d_rpm}, {@code pid},
   *     {@code vel} or {@code one_d_pid}
   * @param options {@code engine}, {@code render_mode}, {@code width}, {@code height}
   */
  public record Config(
      AviaryOptions aviary,
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
      aviary.check(ctrlFreq, 1);
      checkAct(act, aviary.droneModel());
      checkObs(obs, aviary.pybFreq(), ctrlFreq);
    }
  }

  /** Default settings, no rendering. */
  public HoverAviaryEnv() {
    this(ConfigBinder.defaults(Config.class));
  }

  /** An env with the given settings. */
  public HoverAviaryEnv(Config config) {
    super(
        ID,
        ConfigBinder.checked(config, ID).aviary(),
        config.ctrlFreq(),
        1,
        ObservationType.byName(config.obs()),
        ActionType.byName(config.act()),
        config.options());
  }

  @Override
  protected double reward() {
    double d = distance();
    return Math.max(0, 2 - Math.pow(d, 4));
  }

  @Override
  protected boolean terminated() {
    return distance() < 1e-4;
  }

  @Override
  protected boolean truncated() {
    double[] p = states.pos;
    double[] rpy = states.rpy;
    return Math.abs(p[0]) > 1.5
        || Math.abs(p[1]) > 1.5
        || p[2] > 2.0
        || Math.abs(rpy[0]) > 0.4
        || Math.abs(rpy[1]) > 0.4;
  }

  private double distance() {
    double dx = TARGET[0] - states.pos[0];
    double dy = TARGET[1] - states.pos[1];
    double dz = TARGET[2] - states.pos[2];
    return Math.sqrt(dx * dx + dy * dy + dz * dz);
  }

  @Override
  double[] targets() {
    return TARGET;
  }
}
