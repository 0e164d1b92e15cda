package dev.jymnasium.robots.manipulators;

import dev.jymnasium.env.EnvMetadata;
import dev.jymnasium.env.Reset;
import dev.jymnasium.env.Step;
import dev.jymnasium.env.goal.GoalEnv;
import dev.jymnasium.env.registry.ConfigBinder;
import dev.jymnasium.env.registry.Kwarg;
import dev.jymnasium.env.render.Scene3D;
import dev.jymnasium.env.spaces.Box;
import dev.jymnasium.env.spaces.Dict;
import dev.jymnasium.env.spaces.Space;
import dev.jymnasium.physics.ConstraintSolver;
import dev.jymnasium.physics.WorldSnapshot;
import dev.jymnasium.robots.env.CameraConfig;
import dev.jymnasium.robots.env.PhysicsEnv;
import dev.jymnasium.robots.env.PhysicsEnvOptions;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.joml.Vector3d;

/**
 * The panda-gym v3 tasks (qgallouedec/panda-gym, PyBullet) on our physics: a Franka Panda on a
 * table reaches, pushes, slides, picks and places, stacks or flips, with goals in the observation.
 * Ids {@code Panda{Reach,Push,Slide,PickAndPlace,Stack,Flip}{,Joints}{,Dense}-v3}.
 *
 * <h2>Description</h2>
 *
 * The arm's base is at (−0.6, 0, 0) on a table whose top is z = 0 (1.1 × 0.7 m, centred at x =
 * −0.3; Slide's is 1.4 m long, centred at x = −0.1). Goals and objects are sampled around the
 * origin. Reach: bring the grasp target (0.105 m beyond the hand) to a point. Push: slide a 4 cm
 * cube (1 kg) with closed fingers. Slide: hit a low-friction puck (radius 3 cm, 3 cm thick, 1 kg,
 * friction 0.04) towards a goal 0.25–0.55 m ahead, out of reach. PickAndPlace: carry a cube to a
 * point up to 0.2 m above the table. Stack: put a 2 kg cube on a spot and a 1 kg cube on it. Flip:
 * turn a cube to a random orientation.
 *
 * <h2>Action space</h2>
 *
 * {@code Box(−1, 1, (n,), float32)}, clipped: with {@code control_type="ee"} (3 entries) the grasp
 * target's target position is the current one plus {@code 0.05·a} m (z floored at 0), turned into
 * joint targets by our damped-least-squares IK holding the hand pointing down; with {@code
 * "joints"} (7 entries) each arm joint's target is its angle plus {@code 0.05·a} rad. Tasks with an
 * active gripper (PickAndPlace, Stack, Flip) add one entry: target finger width = width + 0.2·a (0
 * … 0.08 m, half per finger). Blocked grippers are held closed.
 *
 * <h2>Observation space</h2>
 *
 * {@code Dict(achieved_goal, desired_goal, observation)}, each {@code Box(−10, 10, float32)}.
 * {@code observation} = grasp-target position (3, m) and velocity (3, m/s), the finger width (1,
 * active grippers only), then per object its position (3), rotation (XYZ Euler angles, 3; Flip: a
 * quaternion x, y, z, w, 4), linear (3) and angular velocity (3). Sizes (ee and joints alike):
 * Reach 6, Push and Slide 18, PickAndPlace 19, Stack 31, Flip 20. Goals: the target point (3), the
 * object's position (3), both cubes' positions (Stack, 6) or the cube's quaternion (Flip, 4).
 *
 * <h2>Rewards</h2>
 *
 * With distance d between achieved and desired goal (Euclidean, rounded to 1e-6; Flip: {@code 1 −
 * ⟨q_a, q_d⟩²}): sparse {@code −1} if d &gt; threshold else 0; dense {@code −d}. Thresholds: 0.05
 * (Reach, Push, Slide, PickAndPlace), 0.1 (Stack), 0.2 (Flip). {@link #computeRewards} gives the
 * same for relabelled goal batches.
 *
 * <h2>Starting state</h2>
 *
 * The arm at panda-gym's neutral pose (0, 0.41, 0, −1.85, 0, 2.26, 0.79) rad at rest, fingers
 * closed; goal then objects drawn with numpy's uniform draws in panda-gym's order: goal xy U(±0.15)
 * (Slide: x U(0.25, 0.55)), Reach z U(0, 0.3), PickAndPlace z 0.02 + U(0, 0.2) set to 0.02 with
 * probability 0.3, objects at xy U(±0.15) resting on the table (Slide's puck starts 1.5 cm up and
 * drops, as in panda-gym); Flip's goal a uniformly random rotation.
 *
 * <h2>Episode end</h2>
 *
 * Terminates on success ({@code info["is_success"]}, d &lt; threshold); truncated at 50 steps
 * (Stack 100). A non-finite physics state truncates with {@code info["physics_blowup"]}.
 *
 * <h2>Arguments</h2>
 *
 * See {@link Config}: {@code reward_type}, {@code control_type}, {@code engine}, {@code
 * render_mode}, {@code width}, {@code height}.
 *
 * <h2>Version history</h2>
 *
 * v3 (Jymnasium): panda-gym v3's interface and numbers on ODE4J/JBullet.
 *
 * <h2>Differences from the original</h2>
 *
 * The arm is built from capsules and boxes (no meshes), with the URDF's masses and rough inertias;
 * PyBullet's Featherstone multibody becomes jointed rigid bodies solved iteratively; contacts use
 * the product of both bodies' frictions without spinning or rolling friction; the IK is ours
 * (damped least squares from the current angles, at most 20 iterations, as PyBullet's defaults), so
 * ee-mode joint targets differ slightly; Flip's cube is one colour (goal markers are translucent,
 * opacity 0.3, as panda-gym's). Physics steps are 1/250 s, ten per action, where PyBullet takes
 * twenty of 1/500 s (the servos close the same share of their error per action), and the fingers
 * are coupled by a centring spring that stands in for the real gripper's single drive; Reach and
 * Push, whose gripper is blocked, weld the closed fingers to the hand and take physics steps of
 * 1/125 s, five per action. Observation entries are clipped to the ±10 box (velocities of knocked
 * objects and of the arm under random actions leave it now and then).
 */
public final class PandaEnv extends PhysicsEnv<Map<String, Object>, float[]> implements GoalEnv {
  /** Duration of one action (s): panda-gym's 20 PyBullet steps of 1/500 s. */
  static final double ACTION_S = 0.04;

  /**
   * Physics steps per action with an active gripper: 10 of 4 ms where PyBullet takes 20 of 2 ms
   * (half the solver work; the servos' gain is compounded to match, see {@link PandaArm}). The
   * fingers' servos and centring spring make ODE4J's arm blow up at 8 ms.
   */
  static final int SUBSTEPS = 10;

  /** Physics step (s) with an active gripper. */
  static final double TIMESTEP_S = ACTION_S / SUBSTEPS;

  /**
   * Physics steps per action of Reach and Push: their fingers are welded shut, which leaves the 7
   * arm servos, stable at 8 ms steps (see {@link PandaTask#fingersWelded}).
   */
  static final int SUBSTEPS_LONG = 5;

  /**
   * Iterations of JBullet's solver per physics step: PyBullet's default, which the arm's nine
   * servo-driven joints need there (ODE4J solves them directly).
   */
  static final int SOLVER_ITERATIONS = 50;

  /** The arm's base (m, world). */
  static final double BASE_X = -0.6;

  /** Largest grasp-target move per action (m) and joint move per action (rad). */
  static final double EE_STEP_M = 0.05;

  static final double JOINT_STEP_RAD = 0.05;

  /** Largest finger-width change per action (m). */
  static final double FINGER_STEP_M = 0.2;

  /** PyBullet's IK defaults: iterations and residual. */
  private static final int IK_ITERATIONS = 20;

  private static final double IK_TOLERANCE = 1e-4;

  /** Hand pointing down: 180° about x (quaternion x, y, z, w = 1, 0, 0, 0). */
  private static final double[] POINTING_DOWN = {1, 0, 0, 0, -1, 0, 0, 0, -1};

  /**
   * Bound of the observation box (panda-gym's ±10). Velocities can leave it (a cube knocked by the
   * arm spins faster than 10 rad/s; PyBullet's can too, unclipped): they are clipped to it.
   */
  private static final float OBS_BOUND = 10;

  /** Info key set when the physics state stopped being finite. */
  public static final String PHYSICS_BLOWUP = "physics_blowup";

  /** Info key of the success flag. */
  public static final String IS_SUCCESS = "is_success";

  private static final EnvMetadata METADATA =
      new EnvMetadata(List.of("human", "rgb_array"), 1 / ACTION_S);

  /**
   * The kwargs of every panda-gym env (panda-gym's names and defaults).
   *
   * @param rewardType {@code reward_type}: {@code sparse} (−1 / 0) or {@code dense} (−distance)
   * @param controlType {@code control_type}: {@code ee} (grasp-target displacement through IK) or
   *     {@code joints} (arm joint displacements)
   * @param physics the kwargs of every physics env: {@code engine}, {@code render_mode}, {@code
   *     width}, {@code height}
   */
  public record Config(
      @Kwarg(
              defaultValue = "sparse",
              oneOf = {"sparse", "dense"},
              doc = "sparse: -1 until the goal is reached, else 0; dense: minus the goal distance")
          String rewardType,
      @Kwarg(
              defaultValue = "ee",
              oneOf = {"ee", "joints"},
              doc = "ee: move the grasp target (IK); joints: move the 7 arm joints")
          String controlType,
      PhysicsEnvOptions physics) {}

  private final PandaTask task;
  private final boolean dense;
  private final boolean jointControl;
  private final PandaArm arm;
  private final PandaKinematics kinematics;
  private final WorldSnapshot start;
  private final Dict observationSpace;
  private final Box<float[]> actionSpace;
  private final Box<float[]> clippingSpace;
  private final int robotSize;
  private final double[] goal;
  private final int substeps;
  private final double timestepS;
  private final double[] armTargets = new double[PandaModel.ARM_JOINTS];
  private final double[] eeTarget = new double[3];
  private final float[] clipped;
  private final Vector3d v = new Vector3d();
  private final Map<Integer, SavedState> saved = new HashMap<>();
  private final Step<Map<String, Object>> step = new Step<>();
  private int nextStateId;

  /** A saved world with its goal. */
  private record SavedState(WorldSnapshot world, double[] goal) {}

  PandaEnv(String id, PandaTask task, Config config) {
    super(
        id,
        METADATA,
        PandaModel.spec(BASE_X, 0, 0, ACTION_S / substeps(task), task.fingersWelded()),
        ConstraintSolver.DIRECT,
        SOLVER_ITERATIONS,
        config.physics(),
        new CameraConfig(null, -0.25, 0, 0.1, 1.9, 215, -28, false));
    ConfigBinder.checked(config, id);
    this.task = task;
    this.substeps = substeps(task);
    this.timestepS = ACTION_S / substeps;
    this.dense = "dense".equals(config.rewardType());
    this.jointControl = "joints".equals(config.controlType());
    task.table().addTo(world);
    task.addBodies(world);
    this.start = world.snapshot();
    this.arm =
        new PandaArm(
            model,
            "jbullet".equals(engine()) ? PandaArm.Feedforward.GRAVITY : PandaArm.Feedforward.NONE);
    this.kinematics = new PandaKinematics(BASE_X, 0, 0);
    this.goal = new double[task.goalSize()];
    this.robotSize = task.gripperBlocked() ? 6 : 7;
    int observationSize = robotSize + task.observationSize();
    this.observationSpace =
        Dict.ordered(
            ACHIEVED_GOAL,
            Box.float32(-10, 10, task.goalSize()),
            DESIRED_GOAL,
            Box.float32(-10, 10, task.goalSize()),
            OBSERVATION,
            Box.float32(-10, 10, observationSize));
    int actionSize = (jointControl ? PandaModel.ARM_JOINTS : 3) + (task.gripperBlocked() ? 0 : 1);
    this.actionSpace = Box.float32(-1, 1, actionSize);
    this.clippingSpace =
        Box.float32(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, actionSize);
    this.clipped = new float[actionSize];
  }

  /** Physics steps per action for {@code task}. */
  static int substeps(PandaTask task) {
    return task.fingersWelded() ? SUBSTEPS_LONG : SUBSTEPS;
  }

  @Override
  public Space<Map<String, Object>> observationSpace() {
    return observationSpace;
  }

  @Override
  public Box<float[]> actionSpace() {
    return actionSpace;
  }

  /** Out-of-range actions are clipped, as panda-gym clips them; NaN and wrong shapes are errors. */
  @Override
  protected Space<float[]> actionSpaceToCheck() {
    return clippingSpace;
  }

  @Override
  protected Reset<Map<String, Object>> doReset(Long seed, Map<String, Object> options) {
    world.restore(start);
    arm.resetNeutral();
    task.reset(npRandom(), goal);
    Map<String, Object> obs = observe();
    Map<String, Object> info = new LinkedHashMap<>();
    info.put(IS_SUCCESS, success(obs));
    return new Reset<>(obs, info);
  }

  @Override
  protected Step<Map<String, Object>> doStep(float[] action) {
    for (int i = 0; i < clipped.length; i++) {
      clipped[i] = Math.max(-1, Math.min(1, action[i]));
    }
    arm.setTargets(jointControl ? jointTargets() : eeTargets(), fingerTarget());
    for (int k = 0; k < substeps; k++) {
      arm.applyServos(timestepS);
      world.step(timestepS);
    }
    Map<String, Object> info = new LinkedHashMap<>();
    if (!world.isFinite()) {
      // No distance can be trusted: the worst sparse reward, and the caller resets.
      info.put(IS_SUCCESS, false);
      info.put(PHYSICS_BLOWUP, true);
      return step.set(observe(), -1, false, true, info);
    }
    Map<String, Object> obs = observe();
    boolean success = success(obs);
    info.put(IS_SUCCESS, success);
    double reward = reward(task.distance(achieved(obs), desired(obs), 0), task.distanceThreshold());
    return step.set(obs, reward, success, false, info);
  }

  private double[] eeTargets() {
    arm.eePosition(v);
    eeTarget[0] = v.x + EE_STEP_M * clipped[0];
    eeTarget[1] = v.y + EE_STEP_M * clipped[1];
    eeTarget[2] = Math.max(0, v.z + EE_STEP_M * clipped[2]);
    arm.armAngles(armTargets);
    kinematics.inverse(eeTarget, POINTING_DOWN, armTargets, IK_ITERATIONS, IK_TOLERANCE);
    return armTargets;
  }

  private double[] jointTargets() {
    arm.armAngles(armTargets);
    for (int i = 0; i < PandaModel.ARM_JOINTS; i++) {
      armTargets[i] += JOINT_STEP_RAD * clipped[i];
    }
    return armTargets;
  }

  private double fingerTarget() {
    if (task.gripperBlocked()) {
      return 0;
    }
    return arm.fingerWidth() + FINGER_STEP_M * clipped[clipped.length - 1];
  }

  /** A fresh observation (new arrays: goal-conditioned learners keep them in replay buffers). */
  private Map<String, Object> observe() {
    float[] observation = new float[robotSize + task.observationSize()];
    arm.eePosition(v);
    put(observation, 0, v);
    arm.eeVelocity(v);
    put(observation, 3, v);
    if (!task.gripperBlocked()) {
      observation[6] = (float) arm.fingerWidth();
    }
    task.observe(observation, robotSize);
    for (int k = 0; k < observation.length; k++) {
      observation[k] = Math.max(-OBS_BOUND, Math.min(OBS_BOUND, observation[k]));
    }
    float[] achieved = new float[goal.length];
    task.achievedGoal(arm, achieved);
    float[] desired = new float[goal.length];
    for (int k = 0; k < goal.length; k++) {
      desired[k] = (float) goal[k];
    }
    Map<String, Object> obs = new LinkedHashMap<>();
    obs.put(ACHIEVED_GOAL, achieved);
    obs.put(DESIRED_GOAL, desired);
    obs.put(OBSERVATION, observation);
    return obs;
  }

  private static void put(float[] out, int at, Vector3d value) {
    out[at] = (float) value.x;
    out[at + 1] = (float) value.y;
    out[at + 2] = (float) value.z;
  }

  private static float[] achieved(Map<String, Object> obs) {
    return (float[]) obs.get(ACHIEVED_GOAL);
  }

  private static float[] desired(Map<String, Object> obs) {
    return (float[]) obs.get(DESIRED_GOAL);
  }

  private boolean success(Map<String, Object> obs) {
    return task.distance(achieved(obs), desired(obs), 0) < task.distanceThreshold();
  }

  /** panda-gym's reward: sparse −(d &gt; threshold), dense −d, both as float32. */
  private double reward(double distance, double threshold) {
    return dense ? -(float) distance : (distance > threshold ? -1 : 0);
  }

  @Override
  public int goalDim() {
    return goal.length;
  }

  @Override
  public void computeRewards(
      float[] achieved, float[] desired, List<Map<String, Object>> infos, double[] out) {
    int batch = achieved.length / goal.length;
    if (achieved.length != desired.length || achieved.length % goal.length != 0) {
      throw new IllegalArgumentException(
          "goal batches must hold whole goals of "
              + goal.length
              + " values and match: got "
              + achieved.length
              + " and "
              + desired.length);
    }
    for (int i = 0; i < batch; i++) {
      out[i] = reward(task.distance(achieved, desired, i), task.distanceThreshold());
    }
  }

  /** panda-gym ends an episode on success. */
  @Override
  public boolean computeTerminated(float[] achieved, float[] desired, Map<String, Object> info) {
    return task.distance(achieved, desired, 0) < task.distanceThreshold();
  }

  /** The desired goal of the current episode (a copy). */
  public double[] goal() {
    return goal.clone();
  }

  /** The arm, for tests and tools. */
  public PandaArm arm() {
    return arm;
  }

  PandaTask task() {
    return task;
  }

  /**
   * Saves the world and the goal (panda-gym's {@code save_state}); returns the id for {@link
   * #restoreState}.
   */
  public int saveState() {
    int id = nextStateId++;
    saved.put(id, new SavedState(world.snapshot(), goal.clone()));
    return id;
  }

  /**
   * Puts the world and goal back as saved under {@code stateId}.
   *
   * @throws IllegalArgumentException for an unknown id, listing the saved ones
   */
  public void restoreState(int stateId) {
    SavedState state = savedState(stateId);
    world.restore(state.world());
    System.arraycopy(state.goal(), 0, goal, 0, goal.length);
  }

  /** Forgets a saved state. */
  public void removeState(int stateId) {
    savedState(stateId);
    saved.remove(stateId);
  }

  private SavedState savedState(int stateId) {
    SavedState state = saved.get(stateId);
    if (state == null) {
      throw new IllegalArgumentException(
          "no saved state with id " + stateId + "; saved ids: " + saved.keySet());
    }
    return state;
  }

  @Override
  public Scene3D scene() {
    Scene3D scene = super.scene();
    task.table().draw(scene);
    task.draw(scene, goal);
    return scene;
  }
}
