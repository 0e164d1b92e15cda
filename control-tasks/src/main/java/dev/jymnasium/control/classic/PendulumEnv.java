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
import java.util.List;
import java.util.Map;

/**
 * The inverted pendulum swing-up problem: a rigid rod hinged at one end, driven by a torque at the
 * hinge; Gymnasium's {@code Pendulum-v1}, number for number (numpy 2 float32 rules included).
 *
 * <h2>Description</h2>
 *
 * The pendulum starts at a random angle and must be swung up and balanced upright. The angle θ is
 * measured from the upright position (θ = 0 is up), counter-clockwise positive; it is not wrapped
 * in the state and grows without bound if the pendulum spins.
 *
 * <h2>Action space</h2>
 *
 * {@code Box(-2.0, 2.0, (1,), float32)}: the torque applied at the free end's hinge (N·m).
 *
 * <h2>Observation space</h2>
 *
 * {@code Box(3,) float32}: x = cos θ (±1), y = sin θ (±1), angular velocity θ̇ (rad/s, ±8).
 *
 * <h2>Rewards</h2>
 *
 * {@code -(norm(θ)² + 0.1·θ̇² + 0.001·u²)} with {@code norm(θ)} the angle normalised into [-π, π),
 * computed from the state and torque before the step. The torque term is float32 arithmetic (the
 * action is float32). Minimum ≈ -16.2736044, maximum 0 (upright, at rest, no torque).
 *
 * <h2>Starting state</h2>
 *
 * θ uniform in [-π, π] and θ̇ uniform in [-1, 1] (reset options {@code x_init} and {@code y_init}
 * replace π and 1).
 *
 * <h2>Episode end</h2>
 *
 * Never terminates; truncated by the registry's time limit of 200 steps.
 *
 * <h2>Arguments</h2>
 *
 * {@code render_mode} ({@code human}, {@code rgb_array}), {@code g} (gravity, m/s², 10.0).
 *
 * <h2>Version history</h2>
 *
 * v1: simplified maths, same behaviour. v0: initial version.
 */
public final class PendulumEnv extends SceneEnv<float[], float[]> {
  private static final Box<float[]> CLIPPED_ACTIONS =
      Box.float32(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, 1);

  /** Maximum angular speed, rad/s. */
  static final double MAX_SPEED_RAD_S = 8;

  /** Maximum torque, N·m. */
  static final double MAX_TORQUE_NM = 2.0;

  static final double DT_SECONDS = 0.05;
  static final double MASS_KG = 1.0;
  static final double LENGTH_M = 1.0;

  /** Default reset half-range of θ, rad. */
  static final double DEFAULT_X_INIT = Math.PI;

  /** Default reset half-range of θ̇, rad/s. */
  static final double DEFAULT_Y_INIT = 1.0;

  static final int SCREEN_DIM = 500;

  private static final EnvMetadata METADATA = new EnvMetadata(List.of("human", "rgb_array"), 30);

  private final double gravity;
  private final Box<float[]> actionSpace;
  private final Box<float[]> observationSpace;

  /** {@code [θ, θ̇]}, float64. */
  private final double[] state = new double[2];

  private final float[] obs = new float[3];
  private final Step<float[]> step = new Step<>();

  /** The last (clipped, float32) torque, for rendering; absent right after reset. */
  private float lastU;

  private boolean hasLastU;

  /**
   * The kwargs of Pendulum.
   *
   * @param renderMode {@code render_mode}: {@code human}, {@code rgb_array} or {@code null}
   * @param g {@code g}: gravitational acceleration (m/s², finite)
   */
  public record Config(
      @Kwarg(doc = "how render() draws: human, rgb_array or None (see render_modes)")
          String renderMode,
      @Kwarg(defaultValue = "10.0", doc = "gravitational acceleration (m/s^2), finite") double g) {
    public Config {
      if (!Double.isFinite(g)) {
        throw new IllegalArgumentException("kwarg 'g' must be finite, got " + g);
      }
    }
  }

  /** Default settings, no rendering. */
  public PendulumEnv() {
    this(ConfigBinder.defaults(Config.class));
  }

  /** An env with the given settings. */
  public PendulumEnv(Config config) {
    super(METADATA, config.renderMode(), "Pendulum-v1");
    ConfigBinder.checked(config, "Pendulum-v1");
    this.gravity = config.g();
    float maxTorque = (float) MAX_TORQUE_NM;
    this.actionSpace = Box.float32(new float[] {-maxTorque}, new float[] {maxTorque});
    float[] high = {1.0f, 1.0f, (float) MAX_SPEED_RAD_S};
    this.observationSpace = Box.float32(new float[] {-high[0], -high[1], -high[2]}, high);
  }

  @Override
  public Space<float[]> observationSpace() {
    return observationSpace;
  }

  @Override
  public Space<float[]> actionSpace() {
    return actionSpace;
  }

  /** Gravitational acceleration, m/s². */
  public double gravity() {
    return gravity;
  }

  @Override
  protected Reset<float[]> doReset(Long seed, Map<String, Object> options) {
    double x = ResetBounds.number(options, "x_init", DEFAULT_X_INIT);
    double y = ResetBounds.number(options, "y_init", DEFAULT_Y_INIT);
    // uniform(low=-high, high=high) with high = [x, y]: one double per element, in order.
    double dx = x - (-x);
    double dy = y - (-y);
    if (!Double.isFinite(dx) || !Double.isFinite(dy)) {
      throw new IllegalArgumentException(
          "reset options x_init/y_init give a range that exceeds valid bounds: " + x + ", " + y);
    }
    state[0] = -x + dx * npRandom().random();
    state[1] = -y + dy * npRandom().random();
    hasLastU = false;
    return new Reset<>(observe(), Map.of());
  }

  /** Like Gymnasium, out-of-range actions are clipped rather than rejected (NaN still is). */
  @Override
  protected Space<float[]> actionSpaceToCheck() {
    return CLIPPED_ACTIONS;
  }

  @Override
  protected Step<float[]> doStep(float[] action) {
    double th = state[0];
    double thDot = state[1];
    // The action is float32, so the clip and both torque terms stay float32 (numpy 2 rules).
    float u = Math.min(Math.max(action[0], (float) -MAX_TORQUE_NM), (float) MAX_TORQUE_NM);
    lastU = u;
    hasLastU = true;

    double an = angleNormalize(th);
    float torqueCost = 0.001f * (u * u);
    double cost = an * an + 0.1 * (thDot * thDot) + torqueCost;

    float torqueAcc = (float) (3.0 / (MASS_KG * (LENGTH_M * LENGTH_M))) * u;
    double gravityAcc = (3 * gravity / (2 * LENGTH_M)) * Math.sin(th);
    double newThDot = thDot + (gravityAcc + torqueAcc) * DT_SECONDS;
    newThDot = Math.min(Math.max(newThDot, -MAX_SPEED_RAD_S), MAX_SPEED_RAD_S);
    double newTh = th + newThDot * DT_SECONDS;
    state[0] = newTh;
    state[1] = newThDot;
    return step.set(observe(), -cost, false, false, Map.of());
  }

  /** {@code ((x + π) mod 2π) − π} with Python's floor modulo. */
  static double angleNormalize(double x) {
    double a = x + Math.PI;
    double b = 2 * Math.PI;
    double r = a % b;
    if (r != 0 && (r < 0) != (b < 0)) {
      r += b;
    }
    return r - Math.PI;
  }

  private float[] observe() {
    obs[0] = (float) Math.cos(state[0]);
    obs[1] = (float) Math.sin(state[0]);
    obs[2] = (float) state[1];
    return obs;
  }

  /** The float64 state {@code [θ, θ̇]} (a copy). */
  public double[] state() {
    return state.clone();
  }

  /** Sets the float64 state {@code [θ, θ̇]}, e.g. to replay a situation. */
  public void setState(double[] newState) {
    if (newState.length != 2) {
      throw new IllegalArgumentException("Pendulum state has 2 values, got " + newState.length);
    }
    System.arraycopy(newState, 0, state, 0, 2);
  }

  /**
   * The picture of the current state, as Gymnasium draws it (500x500, y up, pivot at the centre).
   * Gymnasium blits a bitmap of a circular arrow for the last torque; here it is drawn as an arc
   * with an arrowhead of the same size (diameter {@code scale·|u|/2}), counter-clockwise for a
   * positive torque.
   */
  @Override
  public Scene2D scene() {
    double bound = 2.2;
    double scale = SCREEN_DIM / (bound * 2);
    int offset = SCREEN_DIM / 2;
    double rodLength = 1 * scale;
    double rodWidth = 0.2 * scale;
    Scene2D s = new Scene2D(SCREEN_DIM, SCREEN_DIM, 0xFFFFFF);
    double angle = state[0] + Math.PI / 2;
    double cos = Math.cos(angle);
    double sin = Math.sin(angle);
    double l = 0;
    double r = rodLength;
    double t = rodWidth / 2;
    double b = -rodWidth / 2;
    double[] corners = {l, b, l, t, r, t, r, b};
    double[] rod = new double[8];
    for (int i = 0; i < 4; i++) {
      double px = corners[2 * i];
      double py = corners[2 * i + 1];
      rod[2 * i] = px * cos - py * sin + offset;
      rod[2 * i + 1] = px * sin + py * cos + offset;
    }
    int rodColour = 0xCC4D4D;
    s.polygon(rod, rodColour);
    s.circle(offset, offset, (int) (rodWidth / 2), rodColour);
    int endX = (int) (rodLength * cos + offset);
    int endY = (int) (rodLength * sin + offset);
    s.circle(endX, endY, (int) (rodWidth / 2), rodColour);
    if (hasLastU && lastU != 0) {
      torqueArrow(s, offset, scale * Math.abs(lastU) / 4, lastU > 0);
    }
    s.circle(offset, offset, (int) (0.05 * scale), 0x000000);
    return s;
  }

  /** A circular arrow of the given radius around the pivot (three quarters of a turn). */
  private static void torqueArrow(
      Scene2D s, double centre, double radius, boolean counterClockwise) {
    int n = 24;
    double start = Math.PI / 4;
    double sweep = 1.5 * Math.PI * (counterClockwise ? 1 : -1);
    double[] arc = new double[2 * (n + 1)];
    for (int i = 0; i <= n; i++) {
      double a = start + sweep * i / n;
      arc[2 * i] = centre + radius * Math.cos(a);
      arc[2 * i + 1] = centre + radius * Math.sin(a);
    }
    double width = Math.max(1, radius / 5);
    s.polyline(arc, 0x000000, width);
    double end = start + sweep;
    double tipX = centre + radius * Math.cos(end);
    double tipY = centre + radius * Math.sin(end);
    // Tangent direction of travel at the arc's end.
    double dir = counterClockwise ? 1 : -1;
    double tx = -Math.sin(end) * dir;
    double ty = Math.cos(end) * dir;
    double head = Math.max(3, radius / 2.5);
    s.polygon(
        new double[] {
          tipX + tx * head,
          tipY + ty * head,
          tipX - ty * head * 0.6,
          tipY + tx * head * 0.6,
          tipX + ty * head * 0.6,
          tipY - tx * head * 0.6
        },
        0x000000);
  }
}
