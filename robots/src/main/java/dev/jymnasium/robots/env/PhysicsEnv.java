package dev.jymnasium.robots.env;

import dev.jymnasium.env.EnvMetadata;
import dev.jymnasium.env.render.Scene3D;
import dev.jymnasium.env.render.SceneEnv;
import dev.jymnasium.env.spaces.Box;
import dev.jymnasium.physics.ConstraintSolver;
import dev.jymnasium.physics.PhysicsWorld;
import dev.jymnasium.physics.model.ActuatorSpec;
import dev.jymnasium.physics.model.ArticulatedModel;
import dev.jymnasium.physics.model.ModelSpec;
import dev.jymnasium.robots.model.MjcfModel;

/**
 * Base of envs that simulate one articulated model (a robot, a drone, an arm) in a physics world:
 * builds the world on the engine named by the {@code engine} kwarg, holds the controls on the
 * model's actuators (motors, position servos, thrusters) for a number of physics steps, restores
 * the world's state at construction for seeded resets, and draws the model as a 3D scene. Models
 * come from a {@link ModelSpec} built in code or from a model file ({@code
 * MjcfLoader.loadAny(name)}: a file, a bundled model or any classpath resource).
 *
 * <p>Subclasses define the spaces, {@code doReset} and {@code doStep} (the task), and put their
 * kwargs in a config record with a {@link PhysicsEnvOptions} component.
 *
 * @param <O> observation type
 * @param <A> action type
 */
public abstract class PhysicsEnv<O, A> extends SceneEnv<O, A> {
  /** The world, with the model and anything the task added. */
  protected final PhysicsWorld world;

  /** The model living in {@link #world}. */
  protected final ArticulatedModel model;

  private final ModelWorld modelWorld;
  private final ModelScene modelScene;
  private final Runnable beforePhysicsStep = this::beforePhysicsStep;

  /** Scratch controls for {@link #simulate(float[], int)}. */
  private final double[] ctrl;

  /**
   * Builds {@code spec} in a new world.
   *
   * @param id env id, for messages and the window title
   * @param metadata render modes and frames per second
   * @param spec the model
   * @param solver the solver the model asks for: used where the engine has it, else the iterative
   *     one
   * @param options the {@code engine}, {@code render_mode}, {@code width} and {@code height} kwargs
   * @param camera where the picture is taken from
   * @throws IllegalArgumentException naming the kwarg when the engine is unknown
   */
  protected PhysicsEnv(
      String id,
      EnvMetadata metadata,
      ModelSpec spec,
      ConstraintSolver solver,
      PhysicsEnvOptions options,
      CameraConfig camera) {
    this(id, metadata, spec, solver, spec.worldSettings().solverIterations(), options, camera);
  }

  /**
   * Builds {@code spec} in a new world whose iterative solver runs {@code solverIterations} per
   * physics step instead of the model's default (long servo-driven chains on JBullet need more).
   */
  protected PhysicsEnv(
      String id,
      EnvMetadata metadata,
      ModelSpec spec,
      ConstraintSolver solver,
      int solverIterations,
      PhysicsEnvOptions options,
      CameraConfig camera) {
    this(id, metadata, spec, solver, solverIterations, 1, options, camera);
  }

  /**
   * Builds {@code spec} in a new world that splits each model timestep into {@code
   * subStepsPerTimestep} equal engine sub-steps where the engine has joint-space armature and so
   * soft joint limits (for limits too stiff for the timestep); other engines, with hard limits,
   * step whole timesteps.
   */
  protected PhysicsEnv(
      String id,
      EnvMetadata metadata,
      ModelSpec spec,
      ConstraintSolver solver,
      int solverIterations,
      int subStepsPerTimestep,
      PhysicsEnvOptions options,
      CameraConfig camera) {
    super(metadata, options.renderMode(), id);
    this.modelWorld =
        new ModelWorld(
            id, spec, solver, solverIterations, subStepsPerTimestep, options.worldEngine());
    this.world = modelWorld.world();
    this.model = modelWorld.model();
    this.modelScene = new ModelScene(model, camera, options.width(), options.height());
    this.ctrl = new double[model.actuatorCount()];
  }

  /**
   * Builds a model file's model in a new world, with the solver the file asks for ({@code <option
   * solver>}).
   */
  protected PhysicsEnv(
      String id,
      EnvMetadata metadata,
      MjcfModel mjcf,
      PhysicsEnvOptions options,
      CameraConfig camera) {
    this(id, metadata, mjcf, 1, options, camera);
  }

  /**
   * Builds a model file's model as {@link #PhysicsEnv(String, EnvMetadata, MjcfModel,
   * PhysicsEnvOptions, CameraConfig)} does, with {@code subStepsPerTimestep} engine sub-steps per
   * model timestep.
   */
  protected PhysicsEnv(
      String id,
      EnvMetadata metadata,
      MjcfModel mjcf,
      int subStepsPerTimestep,
      PhysicsEnvOptions options,
      CameraConfig camera) {
    this(
        id,
        metadata,
        mjcf.spec(),
        mjcf.solver(),
        mjcf.spec().worldSettings().solverIterations(),
        subStepsPerTimestep,
        options,
        camera);
  }

  /** The physics engine's name ("ode4j" or "jbullet"). */
  public String engine() {
    return world.engineName();
  }

  /** The model living in the world (read-outs for tests and tools). */
  public ArticulatedModel articulatedModel() {
    return model;
  }

  /**
   * A float32 box with one entry per actuator, bounded by the actuators' control ranges: the action
   * space of envs whose actions are the raw controls.
   */
  protected final Box<float[]> actuatorBox() {
    return actuatorBox(model.spec());
  }

  /**
   * A float32 box with one entry per actuator of {@code spec}, bounded by the actuators' control
   * ranges.
   */
  public static Box<float[]> actuatorBox(ModelSpec spec) {
    float[] low = new float[spec.actuators().size()];
    float[] high = new float[low.length];
    for (int i = 0; i < low.length; i++) {
      ActuatorSpec actuator = spec.actuators().get(i);
      low[i] = (float) actuator.ctrlLower();
      high[i] = (float) actuator.ctrlUpper();
    }
    return Box.float32(low, high);
  }

  /**
   * Puts the world back in its state at construction (contact caches and solver seeds included), so
   * that a seeded reset replays exactly.
   */
  protected final void restoreInitialState() {
    modelWorld.restoreInitialState();
  }

  /**
   * Holds {@code ctrl} on the model's actuators for {@code steps} physics steps of the model's
   * timestep.
   *
   * @throws IllegalArgumentException for a wrong length or a NaN control
   */
  protected final void simulate(double[] ctrl, int steps) {
    modelWorld.simulate(ctrl, steps, beforePhysicsStep);
  }

  /** {@link #simulate(double[], int)} with a float32 action as the controls. */
  protected final void simulate(float[] action, int steps) {
    for (int i = 0; i < ctrl.length; i++) {
      ctrl[i] = action[i];
    }
    simulate(ctrl, steps);
  }

  /** Hook before each physics step: forces that act for one step (fluid drag, wind). */
  protected void beforePhysicsStep() {}

  @Override
  public Scene3D scene() {
    return modelScene.build();
  }

  @Override
  public void close() {
    super.close();
    modelWorld.close();
  }
}
