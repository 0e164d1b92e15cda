package dev.jymnasium.robots.mujoco;

import dev.jymnasium.env.NumericInfo;
import dev.jymnasium.env.registry.ConfigBinder;
import dev.jymnasium.env.registry.Kwarg;
import dev.jymnasium.physics.PyramidContacts;
import dev.jymnasium.robots.env.CameraConfig;
import dev.jymnasium.robots.env.ModelWorld;
import dev.jymnasium.robots.env.PhysicsEnvOptions;
import java.util.Arrays;
import java.util.function.Consumer;
import org.joml.Vector3d;

/**
 * Gymnasium's {@code Ant-v5} on our physics: a 3-D quadruped (a 0.25 m sphere torso and four
 * two-hinge legs, 0.91 kg) on a free root. Model: {@code models/ant.xml}. Engine: joint-space by
 * default ({@code engine="auto"}), ODE4J or JBullet by the {@code engine} kwarg.
 *
 * <h2>Description</h2>
 *
 * Walk forward (+x).
 *
 * <h2>Action space</h2>
 *
 * {@code Box(-1, 1, (8,), float32)}: torques in actuator order hip_4, ankle_4, hip_1, ankle_1,
 * hip_2, ankle_2, hip_3, ankle_3, gear 150.
 *
 * <h2>Observation space</h2>
 *
 * {@code Box(-inf, inf, (105,), float64)}: qpos[2:] (z, quaternion w x y z, 8 joint angles), qvel
 * (14: linear velocity world, angular velocity body, 8 joint rates), then the 13 moving bodies'
 * contact wrenches (torque, force) clipped to {@code contact_force_range}. 27 without contact
 * forces, +2 with x, y.
 *
 * <h2>Rewards</h2>
 *
 * {@code healthy_reward + forward_reward_weight·vx − ctrl_cost_weight·‖a‖² −
 * contact_cost_weight·‖clip(cfrc_ext)‖²} (1, 1, 0.5, 5e-4), vx of the torso's frame (which MuJoCo,
 * and the joint-space engine, leave at the step's last RK4 stage); info {@code x_position}, {@code
 * y_position} and {@code distance_from_origin} from qpos, {@code x_velocity}, {@code y_velocity},
 * {@code reward_forward}, {@code reward_ctrl}, {@code reward_contact}, {@code reward_survive}.
 *
 * <h2>Starting state</h2>
 *
 * qpos = qpos0 + U(±0.1) (the quaternion too: MuJoCo keeps it off unit length in qpos and
 * normalises a copy for the kinematics; so does the joint-space engine), qvel = 0.1·N(0, 1).
 *
 * <h2>Episode end</h2>
 *
 * Terminated when the state is non-finite or z leaves {@code healthy_z_range} [0.2, 1.0]
 * (inclusive); truncated at 1000 steps. Threshold 6000.
 *
 * <h2>Arguments</h2>
 *
 * See {@link Config}.
 *
 * <h2>Differences from MuJoCo</h2>
 *
 * On the joint-space engine (the default) none: MuJoCo's formulation with its free joint (qpos
 * position and quaternion, the quaternion integrated in each RK4 stage), RK4, armature, damping,
 * soft limits, pyramidal soft contacts of the torso's sphere and the legs' capsules with the floor
 * (margin 0.02, friction 1) and {@code cfrc_ext} as {@code mj_rnePostConstraint} gives it; its
 * trajectories equal Gymnasium + MuJoCo 3.14's to about 1e-14 over 20 steps
 * (docs/mujoco-fidelity.md, item 20). On the world engines the model is the one they were
 * calibrated with (every geom colliding both ways, no margin in the file: {@link
 * WorldEngineContacts}). On ODE4J the contacts are MuJoCo's pyramidal soft contacts ({@link
 * PyramidContacts}: four edge rows per contact with MuJoCo's reference acceleration and
 * regularisation, the floor moved out by the 0.02 m contact margin), stepped with semi-implicit
 * Euler where MuJoCo uses RK4; the contact wrenches include friction. On JBullet the contacts are
 * hard, without margin, and the wrenches hold normal forces only (JBullet's Ant jumps less:
 * episodes of 53 steps against 84). On ODE4J the welded hip stubs are part of the torso's engine
 * body ({@link dev.jymnasium.physics.model.ModelSpec#fuseWeldedLinks()}: rigid as MuJoCo's weld, 24
 * fewer constraint rows per solve; their links keep their own frames and contact wrenches), on
 * JBullet fixed engine joints. On ODE4J the armature is in joint space with MuJoCo's soft limits
 * (the ankles start outside their ranges and are pushed in) and ODE's direct solve (the iterative
 * one diverges beside eight 1 kg·m² armature rows on a 0.008 kg·m² torso), each 10 ms timestep
 * split into four engine sub-steps and the limits MuJoCo's constraint rows at that step; on JBullet
 * rotor inertia on the legs and hard limits. Semi-implicit Euler instead of RK4. dt 0.05 s.
 * Measured against MuJoCo in docs/mujoco-fidelity.md.
 *
 * <h2>Version history</h2>
 *
 * v5 (Jymnasium): Gymnasium v5's interface on ODE4J/JBullet; later the joint-space engine with
 * MuJoCo's free joint and contacts, its default.
 */
public final class AntEnv extends MujocoEnv {
  /** Registry id. */
  public static final String ID = "Ant-v5";

  /**
   * Engine sub-steps per 10 ms timestep: the ankles start 30° outside their range and their 50
   * rad/s soft limits, stepped whole, leave their rates 6% low after one env step (step-1 error
   * against MuJoCo 0.067; 0.041 at two sub-steps). At four (2.5 ms) the limits are MuJoCo's
   * constraint row itself, as at Hopper's 2 ms: step 1/10 0.041/0.263 → 0.021/0.204.
   */
  private static final int SUB_STEPS = 4;

  /**
   * MuJoCo's contacts for Ant: solref (0.02 s, damping ratio 1), solimp's impedance 0.95 (reached 1
   * mm deep), friction 1, the feet's inverse weight 3.98 1/kg (MuJoCo's body_invweight0 of Ant's
   * foot bodies; the floor adds none) and margin 0.02 m (the foot's 0.01 plus the floor's 0.01:
   * MuJoCo's feet rest 0.02 m above the floor). On engines with such contacts (ODE4J) they make the
   * feet bounce and slide as MuJoCo's do; the regularisation these give, 0.84 per edge, is what
   * MuJoCo reports for Ant's foot contacts (efc_R).
   */
  static final PyramidContacts CONTACTS =
      PyramidContacts.ofMujoco(0.02, 1, 0.95, 0.95, 1, 3.98, 0.02);

  /** qpos index of the root quaternion (w, x, y, z). */
  private static final int ROOT_QUATERNION = 3;

  private final double forwardRewardWeight;
  private final double ctrlCostWeight;
  private final double contactCostWeight;
  private final double healthyReward;
  private final boolean terminateWhenUnhealthy;
  private final double[] healthyZRange;
  private final double[] contactForceRange;
  private final double resetNoiseScale;
  private final boolean excludePositions;
  private final boolean includeContacts;

  /** Fills its array with cfrc_ext (6 per moving link), from whichever engine runs. */
  private final Consumer<double[]> wrenches;

  private final int wrenchRows;
  private final double[] cfrc;

  /**
   * Gymnasium's {@code contact_forces}, whose squares the contact cost sums: the world body's
   * clipped zero wrench, then {@link #cfrc}.
   */
  private final double[] contactForces;

  private final int torso;
  private final Vector3d position = new Vector3d();
  private double xBefore;
  private double yBefore;

  /**
   * The kwargs of Ant-v5, Gymnasium's names and defaults.
   *
   * @param forwardRewardWeight {@code forward_reward_weight}: weight of the forward reward w_fwd *
   *     vx (1.0)
   * @param ctrlCostWeight {@code ctrl_cost_weight}: weight of the control cost w_ctrl * |a|^2 (0.5)
   * @param contactCostWeight {@code contact_cost_weight}: weight of the contact cost w_c *
   *     |clip(cfrc_ext)|^2 (5e-4)
   * @param healthyReward {@code healthy_reward}: reward for every healthy step (1.0)
   * @param terminateWhenUnhealthy {@code terminate_when_unhealthy}: end the episode when the robot
   *     is unhealthy (true)
   * @param healthyZRange {@code healthy_z_range}: (low, high) torso heights (m) that count as
   *     healthy (0.2, 1.0)
   * @param contactForceRange {@code contact_force_range}: (low, high) clip of the contact wrenches
   *     (-1.0, 1.0)
   * @param resetNoiseScale {@code reset_noise_scale}: half-width of the uniform qpos and scale of
   *     the normal qvel reset noise (0.1)
   * @param excludeCurrentPositionsFromObservation {@code
   *     exclude_current_positions_from_observation}: leave x and y out of the observation (true)
   * @param includeCfrcExtInObservation {@code include_cfrc_ext_in_observation}: append the clipped
   *     contact wrenches to the observation (true)
   * @param frameSkip {@code frame_skip}: physics steps per env step (5)
   * @param xmlFile {@code xml_file}: the model, a file path, a bundled model or a classpath
   *     resource ({@code ant.xml})
   * @param physics the kwargs of every physics env: {@code engine}, {@code render_mode}, {@code
   *     width}, {@code height}
   */
  public record Config(
      @Kwarg(defaultValue = "1.0", doc = "weight of the forward reward w_fwd * vx")
          double forwardRewardWeight,
      @Kwarg(defaultValue = "0.5", min = 0, doc = "weight of the control cost w_ctrl * |a|^2")
          double ctrlCostWeight,
      @Kwarg(
              defaultValue = "5e-4",
              min = 0,
              doc = "weight of the contact cost w_c * |clip(cfrc_ext)|^2")
          double contactCostWeight,
      @Kwarg(defaultValue = "1.0", doc = "reward for every healthy step") double healthyReward,
      @Kwarg(defaultValue = "true", doc = "end the episode when the robot is unhealthy")
          boolean terminateWhenUnhealthy,
      @Kwarg(defaultValue = "0.2, 1.0", doc = "(low, high) torso heights (m) that count as healthy")
          double[] healthyZRange,
      @Kwarg(defaultValue = "-1.0, 1.0", doc = "(low, high) clip of the contact wrenches")
          double[] contactForceRange,
      @Kwarg(
              defaultValue = "0.1",
              min = 0,
              doc = "half-width of the uniform qpos and scale of the normal qvel reset noise")
          double resetNoiseScale,
      @Kwarg(defaultValue = "true", doc = "leave x and y out of the observation")
          boolean excludeCurrentPositionsFromObservation,
      @Kwarg(defaultValue = "true", doc = "append the clipped contact wrenches to the observation")
          boolean includeCfrcExtInObservation,
      @Kwarg(defaultValue = "5", min = 1, doc = "physics steps per env step") int frameSkip,
      @Kwarg(
              defaultValue = "ant.xml",
              doc = "model: a file, a bundled model or a classpath resource")
          String xmlFile,
      PhysicsEnvOptions physics) {
    public Config {
      PlanarWalkerEnv.checkRange("healthy_z_range", healthyZRange);
      PlanarWalkerEnv.checkRange("contact_force_range", contactForceRange);
    }
  }

  /** Default settings. */
  public AntEnv() {
    this(ConfigBinder.defaults(Config.class));
  }

  /** An env with the given settings. */
  public AntEnv(Config config) {
    super(
        ID,
        config.xmlFile(),
        config.frameSkip(),
        SUB_STEPS,
        config.physics(),
        new CameraConfig("torso", 0, 0, 0, 4, 45, -25, true),
        spec -> WorldEngineContacts.of(spec).withFusedWeldedLinks(true));
    ConfigBinder.checked(config, ID);
    if (physics instanceof JointSpacePhysics jointSpace) {
      wrenchRows = jointSpace.movingLinkCount();
      wrenches = jointSpace::contactWrenches;
    } else {
      ModelWorld modelWorld = modelWorld();
      modelWorld.world().usePyramidContacts(CONTACTS);
      ContactWrenches world = new ContactWrenches(modelWorld.model(), modelWorld.world());
      wrenchRows = world.rows();
      wrenches = world::compute;
    }
    forwardRewardWeight = config.forwardRewardWeight();
    ctrlCostWeight = config.ctrlCostWeight();
    contactCostWeight = config.contactCostWeight();
    healthyReward = config.healthyReward();
    terminateWhenUnhealthy = config.terminateWhenUnhealthy();
    healthyZRange = config.healthyZRange();
    contactForceRange = config.contactForceRange();
    resetNoiseScale = config.resetNoiseScale();
    excludePositions = config.excludeCurrentPositionsFromObservation();
    includeContacts = config.includeCfrcExtInObservation();
    cfrc = new double[6 * wrenchRows];
    contactForces = new double[6 + cfrc.length];
    Arrays.fill(contactForces, 0, 6, clip(0));
    torso = physics.poses().linkIndex("torso");
    observationSize(
        qpos.length
            + qvel.length
            - (excludePositions ? 2 : 0)
            + (includeContacts ? cfrc.length : 0));
  }

  @Override
  protected void resetModel() {
    uniformNoise(initQpos, resetNoiseScale, qposNoise);
    normalNoise(initQvel, resetNoiseScale, qvelNoise);
    setState(qposNoise, qvelNoise);
  }

  /**
   * MuJoCo keeps the noisy, unnormalised root quaternion in qpos until the first step normalises
   * it, so the reset observation shows it raw; the engine holds the normalised one.
   */
  @Override
  protected void adjustResetState() {
    System.arraycopy(qposNoise, ROOT_QUATERNION, qpos, ROOT_QUATERNION, 4);
  }

  @Override
  protected void fillObservation() {
    wrenches.accept(cfrc);
    for (int i = 0; i < cfrc.length; i++) {
      cfrc[i] = clip(cfrc[i]);
    }
    System.arraycopy(cfrc, 0, contactForces, 6, cfrc.length);
    int n =
        Observations.positionsThenVelocities(
            qpos, qvel, excludePositions ? 2 : 0, obs, Double.POSITIVE_INFINITY);
    if (includeContacts) {
      System.arraycopy(cfrc, 0, obs, n, cfrc.length);
    }
  }

  /** Gymnasium's v5 position info: from qpos (its velocities come from the torso's frame). */
  @Override
  protected void resetInfo(NumericInfo dest) {
    dest.set("x_position", qpos[0]);
    dest.set("y_position", qpos[1]);
    dest.set("distance_from_origin", Math.hypot(qpos[0], qpos[1]));
  }

  @Override
  protected void beforeStep() {
    physics.poses().linkPosition(torso, position);
    xBefore = position.x;
    yBefore = position.y;
  }

  private boolean healthy() {
    for (double v : qpos) {
      if (!Double.isFinite(v)) {
        return false;
      }
    }
    for (double v : qvel) {
      if (!Double.isFinite(v)) {
        return false;
      }
    }
    return qpos[2] >= healthyZRange[0] && qpos[2] <= healthyZRange[1];
  }

  /** Gymnasium's clip of a contact force to {@code contact_force_range}. */
  private double clip(double force) {
    return Math.max(contactForceRange[0], Math.min(contactForceRange[1], force));
  }

  @Override
  protected double afterStep(float[] action) {
    physics.poses().linkPosition(torso, position);
    double xVelocity = (position.x - xBefore) / dt();
    double yVelocity = (position.y - yBefore) / dt();
    fillObservation();
    boolean healthy = healthy();
    double forward = forwardRewardWeight * xVelocity;
    double survive = healthy ? healthyReward : 0;
    double ctrlCost = controlCost(ctrlCostWeight, action);
    double contactCost = contactCostWeight * NumpySums.sumOfSquares(contactForces);
    terminated = !healthy && terminateWhenUnhealthy;
    resetInfo(info);
    info.set("x_velocity", xVelocity);
    info.set("y_velocity", yVelocity);
    info.set("reward_forward", forward);
    info.set("reward_ctrl", -ctrlCost);
    info.set("reward_contact", -contactCost);
    info.set("reward_survive", survive);
    return (forward + survive) - (ctrlCost + contactCost);
  }
}
