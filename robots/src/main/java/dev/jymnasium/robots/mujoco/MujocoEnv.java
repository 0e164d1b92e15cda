package dev.jymnasium.robots.mujoco;

import dev.jymnasium.env.EnvMetadata;
import dev.jymnasium.env.NumericInfo;
import dev.jymnasium.env.Reset;
import dev.jymnasium.env.Step;
import dev.jymnasium.env.render.Scene3D;
import dev.jymnasium.env.render.SceneEnv;
import dev.jymnasium.env.spaces.Box;
import dev.jymnasium.env.spaces.Space;
import dev.jymnasium.physics.model.ModelSpec;
import dev.jymnasium.robots.env.CameraConfig;
import dev.jymnasium.robots.env.ModelScene;
import dev.jymnasium.robots.env.ModelWorld;
import dev.jymnasium.robots.env.PhysicsEnv;
import dev.jymnasium.robots.env.PhysicsEnvOptions;
import dev.jymnasium.robots.model.MjcfLoader;
import dev.jymnasium.robots.model.MjcfModel;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Base of Gymnasium's MuJoCo v5 family on our physics layer: loads the model, builds it on the
 * engine the {@code engine} kwarg names ({@link MujocoPhysics}: a world of ODE4J or JBullet, or the
 * joint-space engine for models without contacts), holds the control for {@code frame_skip} physics
 * steps per env step, resets through generalized coordinates (qpos, qvel) and draws a 3D scene.
 *
 * <p>Observations are float64 {@code Box(-inf, inf)} arrays, actions float32 boxes bounded by the
 * actuators' control ranges. As in Gymnasium, an action outside its box is not an error: the engine
 * clamps each control to its range and the rewards use the raw action; as in MuJoCo, a control
 * beyond ±1e10 or infinite (MuJoCo's "bad control" warning) makes every control zero for the step.
 * A NaN action is refused. The observation array, the {@link Step} and the info map are reused from
 * step to step: copy what you keep.
 *
 * <p>A non-finite physics state ends the episode with {@code truncated = true}, reward 0, the
 * previous observation and info {@code "physics_blowup": true}.
 */
public abstract class MujocoEnv extends SceneEnv<double[], float[]> {
  /** Info key set when the physics state turned non-finite. */
  public static final String PHYSICS_BLOWUP = "physics_blowup";

  private static final Map<String, Object> BLOWUP_INFO = Map.of(PHYSICS_BLOWUP, true);

  /** MuJoCo's {@code mjMAXVAL}: a control beyond it is "bad" and all controls become zero. */
  private static final double MAX_CONTROL = 1e10;

  protected final String id;
  protected final MjcfModel mjcf;

  /** The model on its engine: state, controls, read-outs. */
  protected final MujocoPhysics physics;

  protected final int frameSkip;
  protected final double timestep;

  /** qpos and qvel of the written pose (Gymnasium's init_qpos, init_qvel). */
  protected final double[] initQpos;

  protected final double[] initQvel;

  /** Scratch state read by {@link #readState()}. */
  protected final double[] qpos;

  protected final double[] qvel;

  /** Scratch arrays for reset noise. */
  protected final double[] qposNoise;

  protected final double[] qvelNoise;
  protected final NumericInfo info = new NumericInfo();
  protected double[] obs;

  /** Set by {@link #afterStep} when the MDP reached a terminal state. */
  protected boolean terminated;

  private final Box<float[]> actionSpace;

  /** What {@link #step} checks: the action's shape, any value but NaN (clamped by the engine). */
  private final Box<float[]> unboundedActions;

  private Box<double[]> observationSpace;
  private final Step<double[]> step = new Step<>();
  private final ModelScene modelScene;

  /** The action as controls, for the engine. */
  private final double[] ctrl;

  /**
   * Loads {@code xmlFile} (a file, a bundled model or a classpath resource) onto the engine {@code
   * options.engine()} names; {@code auto} takes the joint-space engine where it can simulate the
   * model, else the preferred world engine.
   *
   * @param frameSkip physics steps per env step, {@code >= 1}
   */
  protected MujocoEnv(
      String id, String xmlFile, int frameSkip, PhysicsEnvOptions options, CameraConfig camera) {
    this(id, xmlFile, frameSkip, 1, options, camera, UnaryOperator.identity());
  }

  /**
   * As {@link #MujocoEnv(String, String, int, PhysicsEnvOptions, CameraConfig)}, a world engine
   * splitting each model timestep into {@code subStepsPerTimestep} equal sub-steps and simulating
   * the model as {@code forWorldEngines} changes it.
   */
  protected MujocoEnv(
      String id,
      String xmlFile,
      int frameSkip,
      int subStepsPerTimestep,
      PhysicsEnvOptions options,
      CameraConfig camera,
      UnaryOperator<ModelSpec> forWorldEngines) {
    this(
        id,
        MjcfLoader.loadAny(xmlFile),
        frameSkip,
        subStepsPerTimestep,
        options,
        camera,
        forWorldEngines);
  }

  private MujocoEnv(
      String id,
      MjcfModel mjcf,
      int frameSkip,
      int subStepsPerTimestep,
      PhysicsEnvOptions options,
      CameraConfig camera,
      UnaryOperator<ModelSpec> forWorldEngines) {
    super(
        new EnvMetadata(
            List.of("human", "rgb_array"),
            Math.round(1 / (mjcf.spec().timestepSeconds() * frameSkip))),
        options.renderMode(),
        id);
    this.id = id;
    this.mjcf = mjcf;
    this.frameSkip = frameSkip;
    boolean jointSpace =
        JointSpacePhysics.NAME.equalsIgnoreCase(options.engine())
            || (PhysicsEnvOptions.AUTO.equalsIgnoreCase(options.engine())
                && JointSpacePhysics.automatic(mjcf));
    this.physics =
        jointSpace
            ? new JointSpacePhysics(id, mjcf)
            : new WorldPhysics(
                id,
                mjcf.withSpec(forWorldEngines.apply(mjcf.spec())),
                subStepsPerTimestep,
                options.worldEngine());
    this.timestep = mjcf.spec().timestepSeconds();
    this.initQpos = physics.initialQpos();
    this.initQvel = new double[physics.qvelSize()];
    this.qpos = new double[physics.qposSize()];
    this.qvel = new double[physics.qvelSize()];
    this.qposNoise = new double[physics.qposSize()];
    this.qvelNoise = new double[physics.qvelSize()];
    this.ctrl = new double[mjcf.spec().actuators().size()];
    this.actionSpace = PhysicsEnv.actuatorBox(mjcf.spec());
    this.unboundedActions =
        Box.float32(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, actionSpace.size());
    this.modelScene = new ModelScene(physics.poses(), camera, options.width(), options.height());
  }

  /** Sets the observation length; subclasses call it once from their constructor. */
  protected final void observationSize(int size) {
    this.obs = new double[size];
    this.observationSpace = Box.float64(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, size);
  }

  @Override
  public Box<double[]> observationSpace() {
    return observationSpace;
  }

  @Override
  public Box<float[]> actionSpace() {
    return actionSpace;
  }

  @Override
  protected Space<float[]> actionSpaceToCheck() {
    return unboundedActions;
  }

  /** Env step length: model timestep × frame skip (s). */
  public double dt() {
    return timestep * frameSkip;
  }

  /** The loaded model file. */
  public MjcfModel modelFile() {
    return mjcf;
  }

  /** The physics engine's name ("ode4j", "jbullet" or "joint-space"). */
  public String engine() {
    return physics.engineName();
  }

  /** Current qpos (a copy). */
  public double[] qpos() {
    double[] copy = new double[qpos.length];
    physics.qpos(copy);
    return copy;
  }

  /** Current qvel (a copy). */
  public double[] qvel() {
    double[] copy = new double[qvel.length];
    physics.qvel(copy);
    return copy;
  }

  /**
   * Puts the physics in the state {@code (qpos, qvel)}, everything else as at construction (a
   * world's contact caches and solver seeds included), so a seeded reset replays exactly.
   */
  public void setState(double[] newQpos, double[] newQvel) {
    physics.setState(newQpos, newQvel);
  }

  /** Fills {@link #qpos} and {@link #qvel} from the physics. */
  protected final void readState() {
    physics.qpos(qpos);
    physics.qvel(qvel);
  }

  /**
   * The world and the model in it, for envs that read contacts.
   *
   * @throws IllegalStateException on the joint-space engine, which has no world
   */
  protected final ModelWorld modelWorld() {
    if (physics instanceof WorldPhysics world) {
      return world.modelWorld();
    }
    throw new IllegalStateException(id + " on engine " + engine() + " has no physics world");
  }

  /**
   * Gymnasium's control cost {@code weight · np.sum(np.square(action))} of the raw float32 action:
   * with NumPy 2 the squares, their sum and the product are float32 (the weight rounded to float32
   * first), and so is the {@code reward_ctrl} it reports.
   */
  protected static double controlCost(double weight, float[] action) {
    return (float) weight * NumpySums.sumOfSquares(action);
  }

  /** {@code init + uniform(-scale, scale)} per element, drawn in one numpy call. */
  protected final void uniformNoise(double[] init, double scale, double[] dest) {
    npRandom().uniform(-scale, scale, dest);
    for (int i = 0; i < dest.length; i++) {
      dest[i] += init[i];
    }
  }

  /** {@code init + scale · standard_normal()} per element, drawn in one numpy call. */
  protected final void normalNoise(double[] init, double scale, double[] dest) {
    npRandom().standardNormal(dest);
    for (int i = 0; i < dest.length; i++) {
      dest[i] = init[i] + scale * dest[i];
    }
  }

  @Override
  protected final Reset<double[]> doReset(Long seed, Map<String, Object> options) {
    resetModel();
    readState();
    adjustResetState();
    fillObservation();
    NumericInfo resetInfo = new NumericInfo();
    resetInfo(resetInfo);
    return new Reset<>(obs, resetInfo);
  }

  /** Draws the reset noise (Gymnasium's order) and calls {@link #setState}. */
  protected abstract void resetModel();

  /**
   * After a reset, before the first observation: adjusts the state read back into {@link #qpos}/
   * {@link #qvel} where MuJoCo observes something else (none by default).
   */
  protected void adjustResetState() {}

  /** Writes the observation of the state in {@link #qpos}/{@link #qvel} into {@link #obs}. */
  protected abstract void fillObservation();

  /** Info of reset (position info); none by default. */
  protected void resetInfo(NumericInfo dest) {}

  /** Called before the physics steps of {@code step} (remember positions for velocities). */
  protected void beforeStep() {}

  /**
   * Called after the physics steps with {@link #qpos}/{@link #qvel} read: fill {@link #obs} and
   * {@link #info}, set {@link #terminated}, return the reward.
   */
  protected abstract double afterStep(float[] action);

  @Override
  protected final Step<double[]> doStep(float[] action) {
    info.clear();
    terminated = false;
    beforeStep();
    boolean badControl = false;
    for (int i = 0; i < ctrl.length; i++) {
      ctrl[i] = action[i];
      badControl |= !(Math.abs(ctrl[i]) <= MAX_CONTROL);
    }
    if (badControl) {
      Arrays.fill(ctrl, 0);
    }
    physics.simulate(ctrl, frameSkip);
    if (!physics.isFinite()) {
      return step.set(obs, 0.0, false, true, BLOWUP_INFO);
    }
    readState();
    double reward = afterStep(action);
    return step.set(obs, reward, terminated, false, info);
  }

  @Override
  public Scene3D scene() {
    return modelScene.build();
  }

  @Override
  public void close() {
    super.close();
    physics.close();
  }
}
