package dev.jymnasium.control.classic;

import dev.jymnasium.env.EnvMetadata;
import dev.jymnasium.env.Reset;
import dev.jymnasium.env.Step;
import dev.jymnasium.env.registry.ConfigBinder;
import dev.jymnasium.env.registry.Kwarg;
import dev.jymnasium.env.render.Scene2D;
import dev.jymnasium.env.render.SceneEnv;
import dev.jymnasium.env.spaces.Box;
import dev.jymnasium.env.spaces.Discrete;
import dev.jymnasium.env.spaces.Space;
import java.util.List;
import java.util.Map;

/**
 * A car at the bottom of a sinusoidal valley whose engine is too weak to drive straight up the
 * right hill (Moore, 1990); Gymnasium's {@code MountainCar-v0}, number for number.
 *
 * <h2>Description</h2>
 *
 * The car must build momentum by rocking back and forth to reach the flag on the right hill. The
 * track's height is {@code 0.45·sin(3x) + 0.55}.
 *
 * <h2>Action space</h2>
 *
 * {@code Discrete(3)}: 0 accelerates to the left, 1 does nothing, 2 accelerates to the right.
 *
 * <h2>Observation space</h2>
 *
 * {@code Box(2,) float32}: position along the x-axis ([-1.2, 0.6]), velocity ([-0.07, 0.07]).
 *
 * <h2>Rewards</h2>
 *
 * -1 for every step, the terminating one included.
 *
 * <h2>Starting state</h2>
 *
 * Position uniform in [-0.6, -0.4] (reset options {@code low}/{@code high}), velocity 0.
 *
 * <h2>Episode end</h2>
 *
 * Terminated when position ≥ 0.5 and velocity ≥ {@code goal_velocity}; truncated by the registry's
 * time limit of 200 steps.
 *
 * <h2>Arguments</h2>
 *
 * {@code render_mode} ({@code human}, {@code rgb_array}), {@code goal_velocity} (0).
 *
 * <h2>Version history</h2>
 *
 * v0: initial version.
 */
public final class MountainCarEnv extends SceneEnv<float[], Integer> {
  static final double MIN_POSITION = -1.2;
  static final double MAX_POSITION = 0.6;

  /** Velocity bound, position units per step. */
  static final double MAX_SPEED = 0.07;

  static final double GOAL_POSITION = 0.5;

  /** Engine acceleration per step and unit of action. */
  static final double FORCE = 0.001;

  /** Gravity's acceleration coefficient per step. */
  static final double GRAVITY = 0.0025;

  static final double RESET_LOW = -0.6;
  static final double RESET_HIGH = -0.4;
  static final int SCREEN_WIDTH = 600;
  static final int SCREEN_HEIGHT = 400;

  static final EnvMetadata METADATA = new EnvMetadata(List.of("human", "rgb_array"), 30);

  private final double goalVelocity;
  private final Discrete actionSpace = new Discrete(3);
  private final Box<float[]> observationSpace = observationBox();

  /** {@code [position, velocity]}, float64. */
  private final double[] state = new double[2];

  private final float[] obs = new float[2];
  private final Step<float[]> step = new Step<>();

  /**
   * The kwargs of MountainCar.
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
  public MountainCarEnv() {
    this(ConfigBinder.defaults(Config.class));
  }

  /** An env with the given settings. */
  public MountainCarEnv(Config config) {
    super(METADATA, config.renderMode(), "MountainCar-v0");
    ConfigBinder.checked(config, "MountainCar-v0");
    this.goalVelocity = config.goalVelocity();
  }

  /** {@code Box([-1.2, -0.07], [0.6, 0.07], float32)}, shared with the continuous variant. */
  static Box<float[]> observationBox() {
    return Box.float32(
        new float[] {(float) MIN_POSITION, (float) -MAX_SPEED},
        new float[] {(float) MAX_POSITION, (float) MAX_SPEED});
  }

  @Override
  public Space<float[]> observationSpace() {
    return observationSpace;
  }

  @Override
  public Space<Integer> actionSpace() {
    return actionSpace;
  }

  /** The velocity required at the goal. */
  public double goalVelocity() {
    return goalVelocity;
  }

  @Override
  protected Reset<float[]> doReset(Long seed, Map<String, Object> options) {
    double[] bounds = ResetBounds.lowHigh(options, RESET_LOW, RESET_HIGH);
    state[0] = npRandom().uniform(bounds[0], bounds[1]);
    state[1] = 0.0;
    return new Reset<>(observe(), Map.of());
  }

  @Override
  protected Step<float[]> doStep(Integer action) {
    double position = state[0];
    double velocity = state[1];
    velocity += (action - 1) * FORCE + Math.cos(3 * position) * (-GRAVITY);
    velocity = Math.min(Math.max(velocity, -MAX_SPEED), MAX_SPEED);
    position += velocity;
    position = Math.min(Math.max(position, MIN_POSITION), MAX_POSITION);
    if (position == MIN_POSITION && velocity < 0) {
      velocity = 0;
    }
    boolean terminated = position >= GOAL_POSITION && velocity >= goalVelocity;
    state[0] = position;
    state[1] = velocity;
    return step.set(observe(), -1.0, terminated, false, Map.of());
  }

  private float[] observe() {
    obs[0] = (float) state[0];
    obs[1] = (float) state[1];
    return obs;
  }

  /** The float64 state {@code [position, velocity]} (a copy). */
  public double[] state() {
    return state.clone();
  }

  /** Sets the float64 state {@code [position, velocity]}, e.g. to replay a situation. */
  public void setState(double[] newState) {
    if (newState.length != 2) {
      throw new IllegalArgumentException("MountainCar state has 2 values, got " + newState.length);
    }
    System.arraycopy(newState, 0, state, 0, 2);
  }

  /** The picture of the current state, as Gymnasium draws it (600x400, y up). */
  @Override
  public Scene2D scene() {
    return scene(state[0], GOAL_POSITION);
  }

  /** The track's height at {@code x}. */
  static double height(double x) {
    return Math.sin(3 * x) * 0.45 + 0.55;
  }

  /**
   * The mountain-car picture shared by both variants: track, car with two wheels, flag.
   *
   * @param position the car's position
   * @param goalPosition where the flag stands
   */
  static Scene2D scene(double position, double goalPosition) {
    double worldWidth = MAX_POSITION - MIN_POSITION;
    double scale = SCREEN_WIDTH / worldWidth;
    double carWidth = 40;
    double carHeight = 20;
    Scene2D s = new Scene2D(SCREEN_WIDTH, SCREEN_HEIGHT, 0xFFFFFF);

    int points = 100;
    double stepX = (MAX_POSITION - MIN_POSITION) / (points - 1);
    double[] track = new double[2 * points];
    for (int i = 0; i < points; i++) {
      double x = i == points - 1 ? MAX_POSITION : i * stepX + MIN_POSITION;
      track[2 * i] = (x - MIN_POSITION) * scale;
      track[2 * i + 1] = height(x) * scale;
    }
    s.polyline(track, 0x000000, 1);

    double clearance = 10;
    double angle = Math.cos(3 * position);
    double cos = Math.cos(angle);
    double sin = Math.sin(angle);
    double baseX = (position - MIN_POSITION) * scale;
    double baseY = clearance + height(position) * scale;
    double l = -carWidth / 2;
    double r = carWidth / 2;
    double t = carHeight;
    double b = 0;
    double[] corners = {l, b, l, t, r, t, r, b};
    double[] car = new double[8];
    for (int i = 0; i < 4; i++) {
      double px = corners[2 * i];
      double py = corners[2 * i + 1];
      car[2 * i] = px * cos - py * sin + baseX;
      car[2 * i + 1] = px * sin + py * cos + baseY;
    }
    s.polygon(car, 0x000000);
    double[] wheelOffsets = {carWidth / 4, -carWidth / 4};
    for (double wx : wheelOffsets) {
      int cx = (int) (wx * cos + baseX);
      int cy = (int) (wx * sin + baseY);
      s.circle(cx, cy, (int) (carHeight / 2.5), 0x808080);
    }

    int flagX = (int) ((goalPosition - MIN_POSITION) * scale);
    int flagY1 = (int) (height(goalPosition) * scale);
    int flagY2 = flagY1 + 50;
    s.line(flagX, flagY1, flagX, flagY2, 0x000000, 1);
    s.polygon(new double[] {flagX, flagY2, flagX, flagY2 - 10, flagX + 25, flagY2 - 5}, 0xCCCC00);
    return s;
  }
}
