package dev.jymnasium.control.classic;

import dev.jymnasium.env.EnvMetadata;
import dev.jymnasium.env.Reset;
import dev.jymnasium.env.Step;
import dev.jymnasium.env.registry.ConfigBinder;
import dev.jymnasium.env.registry.Kwarg;
import dev.jymnasium.env.render.Scene2D;
import dev.jymnasium.env.render.SceneEnv;
import dev.jymnasium.env.spaces.Box;
import dev.jymnasium.env.spaces.Space;
import java.util.Map;

/**
 * The mountain car with a continuous engine force (Moore, 1990); Gymnasium's {@code
 * MountainCarContinuous-v0}, number for number, numpy 2 float32 arithmetic included.
 *
 * <h2>Description</h2>
 *
 * As {@link MountainCarEnv}, but the action is a real-valued force and using it costs reward. After
 * the first step the state is stored as float32, and the next steps compute in float32 wherever
 * numpy 2 would (float32 values combined with Python floats stay float32).
 *
 * <h2>Action space</h2>
 *
 * {@code Box(-1.0, 1.0, (1,), float32)}: the directional force applied to the car (scaled by
 * 0.0015).
 *
 * <h2>Observation space</h2>
 *
 * {@code Box(2,) float32}: position along the x-axis ([-1.2, 0.6]), velocity ([-0.07, 0.07]).
 *
 * <h2>Rewards</h2>
 *
 * {@code -0.1·action²} every step, plus 100 when the car reaches the goal.
 *
 * <h2>Starting state</h2>
 *
 * Position uniform in [-0.6, -0.4] (reset options {@code low}/{@code high}), velocity 0.
 *
 * <h2>Episode end</h2>
 *
 * Terminated when position ≥ 0.45 and velocity ≥ {@code goal_velocity}; truncated by the registry's
 * time limit of 999 steps.
 *
 * <h2>Arguments</h2>
 *
 * {@code render_mode} ({@code human}, {@code rgb_array}), {@code goal_velocity} (0).
 *
 * <h2>Version history</h2>
 *
 * v0: initial version.
 */
public final class ContinuousMountainCarEnv extends SceneEnv<float[], float[]> {
  private static final Box<float[]> CLIPPED_ACTIONS =
      Box.float32(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, 1);
  static final double MIN_ACTION = -1.0;
  static final double MAX_ACTION = 1.0;
  static final double MIN_POSITION = MountainCarEnv.MIN_POSITION;
  static final double MAX_POSITION = MountainCarEnv.MAX_POSITION;

  /** Velocity bound, position units per step. */
  static final double MAX_SPEED = MountainCarEnv.MAX_SPEED;

  static final double GOAL_POSITION = 0.45;

  /** Engine acceleration per step and unit of force. */
  static final double POWER = 0.0015;

  /** Gravity's acceleration coefficient per step. */
  static final double GRAVITY = 0.0025;

  private static final EnvMetadata METADATA = MountainCarEnv.METADATA;

  /** How a value behaves in numpy 2 arithmetic. */
  private static final int F64 = 0; // numpy float64

  private static final int F32 = 1; // numpy float32
  private static final int PY = 2; // Python float (weak: adopts the other operand's precision)

  private final double goalVelocity;
  private final Box<float[]> actionSpace;
  private final Box<float[]> observationSpace = MountainCarEnv.observationBox();

  /** Position and velocity; float32 values when {@link #float32State}. */
  private double position;

  private double velocity;

  /** False right after reset (numpy float64 state), true after a step (float32 state). */
  private boolean float32State;

  private final float[] obs = new float[2];
  private final Step<float[]> step = new Step<>();

  /**
   * The kwargs of MountainCarContinuous.
   *
   * @param renderMode {@code render_mode}: {@code human}, {@code rgb_array} or {@code null}
   * @param goalVelocity {@code goal_velocity}: the velocity the car must have (at least) on
   *     reaching the flag
   */
  public record Config(
      @Kwarg(doc = "how render() draws: human, rgb_array or None (see render_modes)")
          String renderMode,
      @Kwarg(defaultValue = "0.0", doc = "velocity the car needs (at least) on reaching the flag")
          double goalVelocity) {}

  /** Default settings, no rendering. */
  public ContinuousMountainCarEnv() {
    this(ConfigBinder.defaults(Config.class));
  }

  /** An env with the given settings. */
  public ContinuousMountainCarEnv(Config config) {
    super(METADATA, config.renderMode(), "MountainCarContinuous-v0");
    ConfigBinder.checked(config, "MountainCarContinuous-v0");
    this.goalVelocity = config.goalVelocity();
    this.actionSpace =
        Box.float32(new float[] {(float) MIN_ACTION}, new float[] {(float) MAX_ACTION});
  }

  @Override
  public Space<float[]> observationSpace() {
    return observationSpace;
  }

  @Override
  public Space<float[]> actionSpace() {
    return actionSpace;
  }

  /** The velocity required at the goal. */
  public double goalVelocity() {
    return goalVelocity;
  }

  @Override
  protected Reset<float[]> doReset(Long seed, Map<String, Object> options) {
    double[] bounds =
        ResetBounds.lowHigh(options, MountainCarEnv.RESET_LOW, MountainCarEnv.RESET_HIGH);
    position = npRandom().uniform(bounds[0], bounds[1]);
    velocity = 0.0;
    float32State = false;
    return new Reset<>(observe(), Map.of());
  }

  /** Like Gymnasium, out-of-range actions are clipped rather than rejected (NaN still is). */
  @Override
  protected Space<float[]> actionSpaceToCheck() {
    return CLIPPED_ACTIONS;
  }

  @Override
  protected Step<float[]> doStep(float[] action) {
    return physicsStep(action[0]);
  }

  /** One step of the dynamics for any float32 action, clipping it to [-1, 1] as Gymnasium does. */
  private Step<float[]> physicsStep(float a) {
    int type = float32State ? F32 : F64;
    double p = position;
    double v = velocity;
    int pType = type;
    int vType = type;

    // force = min(max(a, -1.0), 1.0): a Python float when clipped, else the float32 action.
    boolean clipped = a < MIN_ACTION || a > MAX_ACTION;
    double dv;
    int dvType;
    double cos3p = pType == F32 ? Math.cos(3f * (float) p) : Math.cos(3 * p);
    double term2 = GRAVITY * cos3p;
    if (clipped) {
      double force = a < MIN_ACTION ? MIN_ACTION : MAX_ACTION;
      dv = force * POWER - term2;
      dvType = PY;
    } else {
      float term1 = a * (float) POWER;
      dv = term1 - (float) term2;
      dvType = F32;
    }

    // v = v + dv
    if (vType == F32) {
      v = (float) v + (float) dv; // a Python dv is rounded to float32 first
    } else {
      v = v + dv; // float64 (+ float32 widened, or + Python float)
    }
    // A float32 dv combined with a float64 v gives float64; types only change when clipped.
    if (greater(v, vType, MAX_SPEED)) {
      v = MAX_SPEED;
      vType = PY;
    }
    if (less(v, vType, -MAX_SPEED)) {
      v = -MAX_SPEED;
      vType = PY;
    }

    // p = p + v
    if (pType == F32) {
      p = (float) p + (float) v;
    } else {
      p = p + v;
    }
    if (greater(p, pType, MAX_POSITION)) {
      p = MAX_POSITION;
      pType = PY;
    }
    if (less(p, pType, MIN_POSITION)) {
      p = MIN_POSITION;
      pType = PY;
    }
    if (equal(p, pType, MIN_POSITION) && less(v, vType, 0)) {
      v = 0;
      vType = PY;
    }
    boolean terminated =
        greaterOrEqual(p, pType, GOAL_POSITION) && greaterOrEqual(v, vType, goalVelocity);

    double reward = terminated ? 100.0 : 0.0;
    double ad = a;
    reward -= ad * ad * 0.1;

    position = (float) p;
    velocity = (float) v;
    float32State = true;
    return step.set(observe(), reward, terminated, false, Map.of());
  }

  // Comparisons against Python floats happen in the precision of the numpy operand.
  private static boolean greater(double x, int type, double pyFloat) {
    return type == F32 ? (float) x > (float) pyFloat : x > pyFloat;
  }

  private static boolean less(double x, int type, double pyFloat) {
    return type == F32 ? (float) x < (float) pyFloat : x < pyFloat;
  }

  private static boolean equal(double x, int type, double pyFloat) {
    return type == F32 ? (float) x == (float) pyFloat : x == pyFloat;
  }

  private static boolean greaterOrEqual(double x, int type, double pyFloat) {
    return type == F32 ? (float) x >= (float) pyFloat : x >= pyFloat;
  }

  private float[] observe() {
    obs[0] = (float) position;
    obs[1] = (float) velocity;
    return obs;
  }

  /** The state {@code [position, velocity]} (a copy; float32 values after the first step). */
  public double[] state() {
    return new double[] {position, velocity};
  }

  /** Sets the state {@code [position, velocity]} as float64 values (like a fresh reset). */
  public void setState(double[] newState) {
    if (newState.length != 2) {
      throw new IllegalArgumentException("MountainCar state has 2 values, got " + newState.length);
    }
    position = newState[0];
    velocity = newState[1];
    float32State = false;
  }

  /** The picture of the current state, as Gymnasium draws it (600x400, y up, flag at 0.45). */
  @Override
  public Scene2D scene() {
    return MountainCarEnv.scene(position, GOAL_POSITION);
  }
}
