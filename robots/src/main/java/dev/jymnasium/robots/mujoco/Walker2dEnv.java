package dev.jymnasium.robots.mujoco;

import dev.jymnasium.env.registry.ConfigBinder;
import dev.jymnasium.env.registry.Kwarg;
import dev.jymnasium.robots.env.PhysicsEnvOptions;

/**
 * Gymnasium's {@code Walker2d-v5} on our physics: a planar biped (torso and two legs of thigh, leg
 * and foot; 23.7 kg). Model: {@code models/walker2d.xml}.
 *
 * <h2>Description</h2>
 *
 * Walk forward (+x) without falling.
 *
 * <h2>Action space</h2>
 *
 * {@code Box(-1, 1, (6,), float32)}: torques on thigh, leg, foot, thigh_left, leg_left, foot_left,
 * gear 100 (N·m per unit).
 *
 * <h2>Observation space</h2>
 *
 * {@code Box(-inf, inf, (17,), float64)}: z, pitch, 6 joint angles, then vx, vz, pitch rate, 6
 * joint rates, velocities clipped to ±10 (18 with x).
 *
 * <h2>Rewards</h2>
 *
 * {@code healthy_reward (while healthy) + forward_reward_weight·vx − ctrl_cost_weight·‖a‖²}; info
 * as Hopper-v5.
 *
 * <h2>Starting state</h2>
 *
 * qpos = (0, 1.25, 0, …) + U(±0.005), qvel = U(±0.005).
 *
 * <h2>Episode end</h2>
 *
 * Terminated when unhealthy: z outside (0.8, 2.0) or pitch outside (−1, 1) (strict); truncated at
 * 1000 steps. No reward threshold.
 *
 * <h2>Arguments</h2>
 *
 * See {@link Config}.
 *
 * <h2>Differences from MuJoCo</h2>
 *
 * On the joint-space engine (the default): none measurable; the same model, contacts and RK4 as
 * MuJoCo, equal to MuJoCo's trajectories to round-off (docs/mujoco-fidelity.md, item 17). On ODE4J
 * and JBullet, as Hopper-v5: hard contacts (friction 0.9, both feet 1.9); on ODE4J joint-space
 * armature, implicit damping and MuJoCo's soft limits (a limit row of their own with MuJoCo's
 * impedance and regularisation, so a thigh or leg that starts past its 0 limit keeps 1 − d of what
 * gravity, the other links and its actuator give it), on JBullet rotor inertia, explicit damping
 * and hard limits; semi-implicit Euler; the two legs never touch each other. dt 0.008 s. Measured
 * against MuJoCo in docs/mujoco-fidelity.md.
 *
 * <h2>Version history</h2>
 *
 * v5 (Jymnasium): Gymnasium v5's interface on ODE4J/JBullet; later the joint-space engine with
 * MuJoCo's contacts, its default.
 */
public final class Walker2dEnv extends PlanarWalkerEnv {
  /** Registry id. */
  public static final String ID = "Walker2d-v5";

  /**
   * The kwargs of Walker2d-v5, Gymnasium's names and defaults.
   *
   * @param walker the kwargs Hopper and Walker2d share: weights, noise, termination, observation
   * @param healthyZRange {@code healthy_z_range}: (low, high) torso heights (m) that count as
   *     healthy (0.8, 2.0)
   * @param healthyAngleRange {@code healthy_angle_range}: (low, high) torso pitch (rad) that counts
   *     as healthy (-1, 1)
   * @param frameSkip {@code frame_skip}: physics steps per env step (4)
   * @param xmlFile {@code xml_file}: the model, a file path, a bundled model or a classpath
   *     resource ({@code walker2d.xml})
   * @param physics the kwargs of every physics env: {@code engine}, {@code render_mode}, {@code
   *     width}, {@code height}
   */
  public record Config(
      PlanarWalkerEnv.WalkerOptions walker,
      @Kwarg(defaultValue = "0.8, 2.0", doc = "(low, high) torso heights (m) that count as healthy")
          double[] healthyZRange,
      @Kwarg(defaultValue = "-1, 1", doc = "(low, high) torso pitch (rad) that counts as healthy")
          double[] healthyAngleRange,
      @Kwarg(defaultValue = "4", min = 1, doc = "physics steps per env step") int frameSkip,
      @Kwarg(
              defaultValue = "walker2d.xml",
              doc = "model: a file, a bundled model or a classpath resource")
          String xmlFile,
      PhysicsEnvOptions physics) {
    public Config {
      PlanarWalkerEnv.checkRange("healthy_z_range", healthyZRange);
      PlanarWalkerEnv.checkRange("healthy_angle_range", healthyAngleRange);
    }
  }

  /** Default settings. */
  public Walker2dEnv() {
    this(ConfigBinder.defaults(Config.class));
  }

  /** An env with the given settings. */
  public Walker2dEnv(Config config) {
    super(
        ID,
        config.xmlFile(),
        config.frameSkip(),
        config.physics(),
        config.walker(),
        config.healthyZRange(),
        config.healthyAngleRange(),
        WorldEngineContacts::of);
    ConfigBinder.checked(config, ID);
  }

  @Override
  boolean isHealthy() {
    double z = qpos[1];
    double angle = qpos[2];
    return z > healthyZRange[0]
        && z < healthyZRange[1]
        && angle > healthyAngleRange[0]
        && angle < healthyAngleRange[1];
  }
}
