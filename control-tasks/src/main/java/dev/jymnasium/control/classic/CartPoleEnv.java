package dev.jymnasium.control.classic;

import dev.jymnasium.env.EnvMetadata;
import dev.jymnasium.env.Reset;
import dev.jymnasium.env.Step;
import dev.jymnasium.env.Warnings;
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
 * A pole hinged on a cart that moves along a frictionless track (Barto, Sutton and Anderson, 1983);
 * Gymnasium's {@code CartPole-v1}, number for number.
 *
 * <h2>Action space</h2>
 *
 * {@code Discrete(2)}: 0 pushes the cart left, 1 pushes it right, with a force of 10 N.
 *
 * <h2>Observation space</h2>
 *
 * {@code Box(4,) float32}: cart position (m, ±4.8), cart velocity (m/s, unbounded), pole angle
 * (rad, ±0.418), pole angular velocity (rad/s, unbounded).
 *
 * <h2>Rewards</h2>
 *
 * +1 for every step, the terminating one included; 0 for steps taken after termination without a
 * reset (with a warning). With {@code sutton_barto_reward}: 0 per step and -1 on termination.
 *
 * <h2>Starting state</h2>
 *
 * Every state variable uniform in [-0.05, 0.05] (reset options {@code low}/{@code high}).
 *
 * <h2>Episode end</h2>
 *
 * Terminated when |angle| &gt; 12° or |position| &gt; 2.4; truncated by the registry's time limit
 * (500 steps for v1, 200 for v0).
 *
 * <h2>Arguments</h2>
 *
 * {@code render_mode} ({@code human}, {@code rgb_array}), {@code sutton_barto_reward} (false).
 *
 * <h2>Version history</h2>
 *
 * v1: 500-step limit, threshold 475. v0: 200 steps, threshold 195.
 */
public final class CartPoleEnv extends SceneEnv<float[], Integer> {
  static final double GRAVITY = 9.8;
  static final double MASS_CART_KG = 1.0;
  static final double MASS_POLE_KG = 0.1;
  static final double TOTAL_MASS_KG = MASS_POLE_KG + MASS_CART_KG;

  /** Half the pole's length, metres. */
  static final double HALF_POLE_LENGTH_M = 0.5;

  static final double POLE_MASS_LENGTH = MASS_POLE_KG * HALF_POLE_LENGTH_M;
  static final double FORCE_N = 10.0;
  static final double TAU_SECONDS = 0.02;
  static final double THETA_THRESHOLD_RAD = 12 * 2 * Math.PI / 360;
  static final double X_THRESHOLD_M = 2.4;

  private static final EnvMetadata METADATA = new EnvMetadata(List.of("human", "rgb_array"), 50);

  private final boolean suttonBartoReward;
  private final Discrete actionSpace = new Discrete(2);
  private final Box<float[]> observationSpace;
  private final double[] state = new double[4];
  private final float[] obs = new float[4];
  private final Step<float[]> step = new Step<>();

  /** -1 until the episode terminates, then the number of steps taken after termination. */
  private int stepsBeyondTerminated = -1;

  /**
   * The kwargs of CartPole.
   *
   * @param renderMode {@code render_mode}: {@code human}, {@code rgb_array} or {@code null}
   * @param suttonBartoReward {@code sutton_barto_reward}: 0 per step and -1 on failure instead of
   *     +1 per step
   */
  public record Config(
      @Kwarg(doc = "how render() draws: human, rgb_array or None (see render_modes)")
          String renderMode,
      @Kwarg(defaultValue = "false", doc = "0 per step and -1 on failure instead of +1 per step")
          boolean suttonBartoReward) {}

  /** Default settings, no rendering. */
  public CartPoleEnv() {
    this(ConfigBinder.defaults(Config.class));
  }

  /** An env with the given settings. */
  public CartPoleEnv(Config config) {
    super(METADATA, config.renderMode(), "CartPole-v1");
    ConfigBinder.checked(config, "CartPole-v1");
    this.suttonBartoReward = config.suttonBartoReward();
    float inf = Float.POSITIVE_INFINITY;
    float[] high = {(float) (X_THRESHOLD_M * 2), inf, (float) (THETA_THRESHOLD_RAD * 2), inf};
    float[] low = {-high[0], -inf, -high[2], -inf};
    this.observationSpace = Box.float32(low, high);
  }

  @Override
  public Space<float[]> observationSpace() {
    return observationSpace;
  }

  @Override
  public Space<Integer> actionSpace() {
    return actionSpace;
  }

  @Override
  protected Reset<float[]> doReset(Long seed, Map<String, Object> options) {
    double[] bounds = ResetBounds.lowHigh(options, -0.05, 0.05);
    npRandom().uniform(bounds[0], bounds[1], state);
    stepsBeyondTerminated = -1;
    return new Reset<>(observe(), Map.of());
  }

  @Override
  protected Step<float[]> doStep(Integer action) {
    integrate(state, 0, 1, action == 1 ? FORCE_N : -FORCE_N);
    boolean terminated = failed(state[0], state[2]);
    double reward;
    if (!terminated) {
      reward = suttonBartoReward ? 0.0 : 1.0;
    } else if (stepsBeyondTerminated < 0) {
      stepsBeyondTerminated = 0;
      reward = suttonBartoReward ? -1.0 : 1.0;
    } else {
      if (stepsBeyondTerminated == 0) {
        Warnings.warn(
            "You are calling 'step()' even though this environment has already returned "
                + "terminated = True. You should always call 'reset()' once you receive "
                + "'terminated = True' -- any further steps are undefined behavior.");
      }
      stepsBeyondTerminated++;
      reward = suttonBartoReward ? -1.0 : 0.0;
    }
    return step.set(observe(), reward, terminated, false, Map.of());
  }

  /**
   * One Euler step of the cart-pole equations of motion on a state stored with a stride (so the
   * vector env can keep its state row-major): x, xDot, theta, thetaDot at {@code s[i]}, {@code s[i
   * + stride]}, {@code s[i + 2 stride]}, {@code s[i + 3 stride]}.
   */
  static void integrate(double[] s, int i, int stride, double forceN) {
    double x = s[i];
    double xDot = s[i + stride];
    double theta = s[i + 2 * stride];
    double thetaDot = s[i + 3 * stride];
    double cos = Math.cos(theta);
    double sin = Math.sin(theta);
    double temp = (forceN + POLE_MASS_LENGTH * (thetaDot * thetaDot) * sin) / TOTAL_MASS_KG;
    double thetaAcc =
        (GRAVITY * sin - cos * temp)
            / (HALF_POLE_LENGTH_M * (4.0 / 3.0 - MASS_POLE_KG * (cos * cos) / TOTAL_MASS_KG));
    double xAcc = temp - POLE_MASS_LENGTH * thetaAcc * cos / TOTAL_MASS_KG;
    // Euler integration, each update from the old values.
    s[i] = x + TAU_SECONDS * xDot;
    s[i + stride] = xDot + TAU_SECONDS * xAcc;
    s[i + 2 * stride] = theta + TAU_SECONDS * thetaDot;
    s[i + 3 * stride] = thetaDot + TAU_SECONDS * thetaAcc;
  }

  /** Whether the cart left the track or the pole fell past 12 degrees (strict bounds). */
  static boolean failed(double x, double theta) {
    return x < -X_THRESHOLD_M
        || x > X_THRESHOLD_M
        || theta < -THETA_THRESHOLD_RAD
        || theta > THETA_THRESHOLD_RAD;
  }

  private float[] observe() {
    for (int i = 0; i < 4; i++) {
      obs[i] = (float) state[i];
    }
    return obs;
  }

  /** The float64 state {@code [x, xDot, theta, thetaDot]} (a copy). */
  public double[] state() {
    return state.clone();
  }

  /** Sets the float64 state, e.g. to replay a situation. */
  public void setState(double[] newState) {
    if (newState.length != 4) {
      throw new IllegalArgumentException("CartPole state has 4 values, got " + newState.length);
    }
    System.arraycopy(newState, 0, state, 0, 4);
  }

  /** The picture of the current state, as Gymnasium draws it (600x400, y up). */
  @Override
  public Scene2D scene() {
    int width = 600;
    int height = 400;
    double scale = width / (X_THRESHOLD_M * 2);
    double poleLength = scale * (2 * HALF_POLE_LENGTH_M);
    double cartWidth = 50.0;
    double cartHeight = 30.0;
    double cartY = 100;
    double cartX = state[0] * scale + width / 2.0;
    Scene2D s = new Scene2D(width, height, 0xFFFFFF);
    double l = -cartWidth / 2;
    double r = cartWidth / 2;
    double t = cartHeight / 2;
    double b = -cartHeight / 2;
    s.polygon(
        new double[] {
          l + cartX, b + cartY, l + cartX, t + cartY, r + cartX, t + cartY, r + cartX, b + cartY
        },
        0x000000);
    double axleOffset = cartHeight / 4.0;
    double poleWidth = 10.0;
    double[] corners = {
      -poleWidth / 2,
      -poleWidth / 2,
      -poleWidth / 2,
      poleLength - poleWidth / 2,
      poleWidth / 2,
      poleLength - poleWidth / 2,
      poleWidth / 2,
      -poleWidth / 2
    };
    double angle = -state[2];
    double[] pole = new double[8];
    for (int i = 0; i < 4; i++) {
      double px = corners[2 * i];
      double py = corners[2 * i + 1];
      pole[2 * i] = px * Math.cos(angle) - py * Math.sin(angle) + cartX;
      pole[2 * i + 1] = px * Math.sin(angle) + py * Math.cos(angle) + cartY + axleOffset;
    }
    s.polygon(pole, 0xCA9865);
    s.circle((int) cartX, (int) (cartY + axleOffset), poleWidth / 2, 0x8184CB);
    s.line(0, cartY, width, cartY, 0x000000, 1);
    return s;
  }
}
