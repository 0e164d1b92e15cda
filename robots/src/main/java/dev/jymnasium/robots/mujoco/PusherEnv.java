package dev.jymnasium.robots.mujoco;

import dev.jymnasium.env.registry.ConfigBinder;
import dev.jymnasium.env.registry.Kwarg;
import dev.jymnasium.physics.model.ModelSpec;
import dev.jymnasium.robots.env.CameraConfig;
import dev.jymnasium.robots.env.PhysicsEnvOptions;
import dev.jymnasium.robots.model.MjcfLoader;
import org.joml.Vector3d;

/**
 * Gymnasium's {@code Pusher-v5} on our physics: a 7-DOF arm in zero gravity pushes a puck to a goal
 * on a table. Model: {@code models/pusher.xml}.
 *
 * <h2>Description</h2>
 *
 * Push the puck onto the goal marker with the arm's tip.
 *
 * <h2>Action space</h2>
 *
 * {@code Box(-2, 2, (7,), float32)}: joint torques (N·m, gear 1).
 *
 * <h2>Observation space</h2>
 *
 * {@code Box(-inf, inf, (23,), float64)}: 7 arm angles, 7 arm rates, tip position, puck position,
 * goal position (m, world).
 *
 * <h2>Rewards</h2>
 *
 * {@code −reward_dist_weight·‖puck − goal‖ − reward_control_weight·‖a‖² − reward_near_weight·‖puck
 * − tip‖} (1, 0.1, 0.5), after the step; info {@code reward_dist}, {@code reward_ctrl}, {@code
 * reward_near}.
 *
 * <h2>Starting state</h2>
 *
 * Arm at 0; puck slide offsets (y, x) = (U(−0.3, 0), U(−0.2, 0.2)) redrawn until farther than 0.17
 * m from the goal; arm velocities U(±0.005) (drawn for all 11), puck and goal velocities 0.
 *
 * <h2>Episode end</h2>
 *
 * Never terminates; truncated at 100 steps. Reward threshold 0.
 *
 * <h2>Arguments</h2>
 *
 * See {@link Config}.
 *
 * <h2>Differences from MuJoCo</h2>
 *
 * On the joint-space engine (the default) none: {@code pusher.xml} has the values of Gymnasium's
 * gymnasium/envs/mujoco/assets/pusher_v5.xml (the wrist's three capsules, the 8 mg puck, the table
 * and the puck colliding, frictionless, margin 0.002), stepped with MuJoCo's Euler (damping
 * implicit); the puck's contacts with the table, the wrist's capsules with the table and with the
 * puck are MuJoCo's (the capsule-cylinder ones exact where MuJoCo iterates: distances within 4e-11
 * m of MuJoCo's within 6 mm of touching, 5.5e-7 m at 37 mm deep, its extra contacts of turned geoms
 * included; replays of MuJoCo's states agree to 1e-8). ODE4J and JBullet simulate {@code
 * pusher_world_engines.xml} when {@code xml_file} is the bundled model: the gripper simplified to
 * one capsule and a sphere at the tip with explicit wrist inertia, a 10 g puck (stable under
 * explicitly applied slide damping), only the wrist tip and the puck colliding, the table drawn
 * only; hard contacts, semi-implicit Euler; on ODE4J the hinges' armature (0.04) is joint-space
 * inertia with implicit damping and soft limits, on JBullet rotor inertia. The observed fingertip
 * is the tips_arm body's origin (the wrist-roll origin), as Gymnasium's get_body_com returns. dt
 * 0.05 s.
 *
 * <h2>Version history</h2>
 *
 * v5 (Jymnasium): Gymnasium v5's interface; on the joint-space engine by default, as MuJoCo.
 */
public final class PusherEnv extends MujocoEnv {
  /** Registry id. */
  public static final String ID = "Pusher-v5";

  private static final int ARM_DOF = 7;
  private static final double MIN_PUCK_DISTANCE_M = 0.17;
  private static final String DEFAULT_MODEL = "pusher.xml";
  private static final String WORLD_ENGINE_MODEL = "pusher_world_engines.xml";

  private final double nearWeight;
  private final double distWeight;
  private final double controlWeight;
  private final Vector3d tip = new Vector3d();
  private final Vector3d puck = new Vector3d();
  private final Vector3d goal = new Vector3d();
  private final double[] draw = new double[1];

  /**
   * The kwargs of Pusher-v5, Gymnasium's names and defaults.
   *
   * @param rewardNearWeight {@code reward_near_weight}: weight of the fingertip-to-object distance
   *     cost (0.5)
   * @param rewardDistWeight {@code reward_dist_weight}: weight of the object-to-goal distance cost
   *     (1.0)
   * @param rewardControlWeight {@code reward_control_weight}: weight of the control cost |a|^2
   *     (0.1)
   * @param frameSkip {@code frame_skip}: physics steps per env step (5)
   * @param xmlFile {@code xml_file}: the model, a file path, a bundled model or a classpath
   *     resource ({@code pusher.xml})
   * @param physics the kwargs of every physics env: {@code engine}, {@code render_mode}, {@code
   *     width}, {@code height}
   */
  public record Config(
      @Kwarg(defaultValue = "0.5", min = 0, doc = "weight of the fingertip-to-object distance cost")
          double rewardNearWeight,
      @Kwarg(defaultValue = "1.0", min = 0, doc = "weight of the object-to-goal distance cost")
          double rewardDistWeight,
      @Kwarg(defaultValue = "0.1", min = 0, doc = "weight of the control cost |a|^2")
          double rewardControlWeight,
      @Kwarg(defaultValue = "5", min = 1, doc = "physics steps per env step") int frameSkip,
      @Kwarg(
              defaultValue = "pusher.xml",
              doc = "model: a file, a bundled model or a classpath resource")
          String xmlFile,
      PhysicsEnvOptions physics) {}

  /** Default settings. */
  public PusherEnv() {
    this(ConfigBinder.defaults(Config.class));
  }

  /** An env with the given settings. */
  public PusherEnv(Config config) {
    super(
        ID,
        config.xmlFile(),
        config.frameSkip(),
        1,
        config.physics(),
        new CameraConfig(null, 0.2, -0.4, -0.2, 2.2, 70, -40, false),
        spec -> forWorldEngines(config.xmlFile(), spec));
    ConfigBinder.checked(config, ID);
    nearWeight = config.rewardNearWeight();
    distWeight = config.rewardDistWeight();
    controlWeight = config.rewardControlWeight();
    observationSize(23);
  }

  /**
   * The model ODE4J and JBullet simulate: {@value #WORLD_ENGINE_MODEL} (a 10 g puck, explicit wrist
   * inertia, a simpler gripper: what their solvers need) in place of the bundled {@value
   * #DEFAULT_MODEL}, any other file as it is.
   */
  private static ModelSpec forWorldEngines(String xmlFile, ModelSpec spec) {
    return DEFAULT_MODEL.equals(xmlFile)
        ? MjcfLoader.loadResource(WORLD_ENGINE_MODEL).spec()
        : spec;
  }

  @Override
  protected void resetModel() {
    System.arraycopy(initQpos, 0, qposNoise, 0, initQpos.length);
    double y;
    double x;
    do {
      y = uniform(-0.3, 0);
      x = uniform(-0.2, 0.2);
    } while (Math.hypot(y, x) <= MIN_PUCK_DISTANCE_M);
    int n = qposNoise.length;
    qposNoise[n - 4] = y;
    qposNoise[n - 3] = x;
    qposNoise[n - 2] = 0;
    qposNoise[n - 1] = 0;
    uniformNoise(initQvel, 0.005, qvelNoise);
    for (int i = qvelNoise.length - 4; i < qvelNoise.length; i++) {
      qvelNoise[i] = 0;
    }
    setState(qposNoise, qvelNoise);
  }

  /** One numpy {@code uniform(low, high, size=1)} draw. */
  private double uniform(double low, double high) {
    npRandom().uniform(low, high, draw);
    return draw[0];
  }

  @Override
  protected void fillObservation() {
    for (int i = 0; i < ARM_DOF; i++) {
      obs[i] = qpos[i];
      obs[ARM_DOF + i] = qvel[i];
    }
    physics.poses().sitePosition("tips_arm", tip);
    physics.poses().sitePosition("object", puck);
    physics.poses().sitePosition("goal", goal);
    put(14, tip);
    put(17, puck);
    put(20, goal);
  }

  private void put(int at, Vector3d v) {
    obs[at] = v.x;
    obs[at + 1] = v.y;
    obs[at + 2] = v.z;
  }

  @Override
  protected double afterStep(float[] action) {
    fillObservation();
    double near = -nearWeight * puck.distance(tip);
    double dist = -distWeight * puck.distance(goal);
    double ctrl = -controlCost(controlWeight, action);
    info.set("reward_dist", dist);
    info.set("reward_ctrl", ctrl);
    info.set("reward_near", near);
    return dist + ctrl + near;
  }
}
