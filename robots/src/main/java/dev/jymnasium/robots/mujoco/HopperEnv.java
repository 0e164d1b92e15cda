package dev.jymnasium.robots.mujoco;

import dev.jymnasium.env.registry.ConfigBinder;
import dev.jymnasium.env.registry.Kwarg;
import dev.jymnasium.physics.model.ModelSpec;
import dev.jymnasium.robots.env.PhysicsEnvOptions;
import java.util.Map;

/**
 * Gymnasium's {@code Hopper-v5} on our physics: a planar one-legged robot (torso, thigh, leg, foot;
 * 15.8 kg) that hops forward. Model: {@code models/hopper.xml}.
 *
 * <h2>Description</h2>
 *
 * Hop forward (+x) without falling.
 *
 * <h2>Action space</h2>
 *
 * {@code Box(-1, 1, (3,), float32)}: torques on thigh, leg and foot joints, gear 200 (N·m per
 * unit).
 *
 * <h2>Observation space</h2>
 *
 * {@code Box(-inf, inf, (11,), float64)}: z, torso pitch, 3 joint angles, then vx, vz, pitch rate
 * and 3 joint rates, velocities clipped to ±10. x is prepended (12) with {@code
 * exclude_current_positions_from_observation=false}.
 *
 * <h2>Rewards</h2>
 *
 * {@code healthy_reward (while healthy) + forward_reward_weight·vx − ctrl_cost_weight·‖a‖²}; info
 * {@code x_position}, {@code z_distance_from_origin}, {@code x_velocity}, {@code reward_forward},
 * {@code reward_ctrl}, {@code reward_survive}.
 *
 * <h2>Starting state</h2>
 *
 * qpos = (0, 1.25, 0, 0, 0, 0) + U(±0.005), qvel = U(±0.005).
 *
 * <h2>Episode end</h2>
 *
 * Terminated when unhealthy (strict: every qpos[2:] and qvel in {@code healthy_state_range} (−100,
 * 100), z in {@code healthy_z_range} (0.7, inf), pitch in {@code healthy_angle_range} (−0.2, 0.2))
 * and {@code terminate_when_unhealthy}; truncated at 1000 steps. Reward threshold 3800.
 *
 * <h2>Arguments</h2>
 *
 * See {@link Config}.
 *
 * <h2>Differences from MuJoCo</h2>
 *
 * On the joint-space engine (the default): none measurable; the same model, contacts and RK4 as
 * MuJoCo, equal to MuJoCo's trajectories to round-off (docs/mujoco-fidelity.md, item 17). On ODE4J
 * and JBullet: hard contacts (friction 0.9, foot 2.0) instead of soft ones. On ODE4J the armature
 * (1) is joint-space inertia as in MuJoCo, with the damping implicit in the same constraint row,
 * and the limits are soft like MuJoCo's, each a constraint row of its own (the thigh and leg start
 * at their limit), solved directly (MuJoCo's Newton) rather than by PGS; on JBullet the armature is
 * rotor inertia on each child link, damping an explicit torque and the limits hard. The planar root
 * (rootx, rootz, rooty) is one planar joint; semi-implicit Euler instead of RK4. dt 0.008 s as in
 * Gymnasium. Measured against MuJoCo in docs/mujoco-fidelity.md.
 *
 * <h2>Version history</h2>
 *
 * v5 (Jymnasium): Gymnasium v5's interface on ODE4J/JBullet; later the joint-space engine with
 * MuJoCo's contacts, its default.
 */
public final class HopperEnv extends PlanarWalkerEnv {
  /** Registry id. */
  public static final String ID = "Hopper-v5";

  /** The body geoms' friction on ODE4J and JBullet (see {@link #bodyFriction}). */
  private static final Map<String, Double> WORLD_FRICTION =
      Map.of("torso_geom", 0.9, "thigh_geom", 0.9, "leg_geom", 0.9, "foot_geom", 2.0);

  private final double[] healthyStateRange;

  /**
   * The kwargs of Hopper-v5, Gymnasium's names and defaults.
   *
   * @param walker the kwargs Hopper and Walker2d share: weights, noise, termination, observation
   * @param healthyStateRange {@code healthy_state_range}: (low, high) of every qpos[2:] and qvel
   *     entry that counts as healthy (-100, 100)
   * @param healthyZRange {@code healthy_z_range}: (low, high) torso heights (m) that count as
   *     healthy (0.7, inf)
   * @param healthyAngleRange {@code healthy_angle_range}: (low, high) torso pitch (rad) that counts
   *     as healthy (-0.2, 0.2)
   * @param frameSkip {@code frame_skip}: physics steps per env step (4)
   * @param xmlFile {@code xml_file}: the model, a file path, a bundled model or a classpath
   *     resource ({@code hopper.xml})
   * @param physics the kwargs of every physics env: {@code engine}, {@code render_mode}, {@code
   *     width}, {@code height}
   */
  public record Config(
      PlanarWalkerEnv.WalkerOptions walker,
      @Kwarg(
              defaultValue = "-100, 100",
              doc = "(low, high) of each qpos[2:] and qvel entry that is healthy")
          double[] healthyStateRange,
      @Kwarg(defaultValue = "0.7, inf", doc = "(low, high) torso heights (m) that count as healthy")
          double[] healthyZRange,
      @Kwarg(
              defaultValue = "-0.2, 0.2",
              doc = "(low, high) torso pitch (rad) that counts as healthy")
          double[] healthyAngleRange,
      @Kwarg(defaultValue = "4", min = 1, doc = "physics steps per env step") int frameSkip,
      @Kwarg(
              defaultValue = "hopper.xml",
              doc = "model: a file, a bundled model or a classpath resource")
          String xmlFile,
      PhysicsEnvOptions physics) {
    public Config {
      PlanarWalkerEnv.checkRange("healthy_z_range", healthyZRange);
      PlanarWalkerEnv.checkRange("healthy_angle_range", healthyAngleRange);
      PlanarWalkerEnv.checkRange("healthy_state_range", healthyStateRange);
    }
  }

  /** Default settings. */
  public HopperEnv() {
    this(ConfigBinder.defaults(Config.class));
  }

  /** An env with the given settings. */
  public HopperEnv(Config config) {
    super(
        ID,
        config.xmlFile(),
        config.frameSkip(),
        config.physics(),
        config.walker(),
        config.healthyZRange(),
        config.healthyAngleRange(),
        HopperEnv::bodyFriction);
    ConfigBinder.checked(config, ID);
    healthyStateRange = config.healthyStateRange();
  }

  /**
   * The model for ODE4J and JBullet: the body geoms' friction as before MuJoCo's contact parameters
   * came into the file (its {@code condim="1"} makes the loader give them none), 0.9 and the foot's
   * 2.
   */
  private static ModelSpec bodyFriction(ModelSpec spec) {
    return spec.mapGeoms(
        (link, geom) -> {
          Double friction = WORLD_FRICTION.get(geom.name());
          return friction == null ? geom : geom.withFriction(friction);
        });
  }

  @Override
  boolean isHealthy() {
    for (int i = 2; i < qpos.length; i++) {
      if (!(qpos[i] > healthyStateRange[0] && qpos[i] < healthyStateRange[1])) {
        return false;
      }
    }
    for (double v : qvel) {
      if (!(v > healthyStateRange[0] && v < healthyStateRange[1])) {
        return false;
      }
    }
    double z = qpos[1];
    double angle = qpos[2];
    return z > healthyZRange[0]
        && z < healthyZRange[1]
        && angle > healthyAngleRange[0]
        && angle < healthyAngleRange[1];
  }
}
