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
 * A two-link pendulum actuated only at the joint between the links (Sutton, 1996; dynamics from
 * Sutton and Barto's book); Gymnasium's {@code Acrobot-v1}, number for number, integrated with one
 * classical Runge-Kutta step per environment step.
 *
 * <h2>Description</h2>
 *
 * The first link hangs from a fixed pivot; the agent applies a torque at the second joint and must
 * swing the free end above a line one link-length above the pivot. θ1 = 0 means the first link
 * points down; θ2 is measured relative to the first link.
 *
 * <h2>Action space</h2>
 *
 * {@code Discrete(3)}: torque -1 (0), 0 (1) or +1 (2) N·m on the actuated joint.
 *
 * <h2>Observation space</h2>
 *
 * {@code Box(6,) float32}: cos θ1, sin θ1, cos θ2, sin θ2 (each ±1), θ̇1 (rad/s, ±4π), θ̇2 (rad/s,
 * ±9π).
 *
 * <h2>Rewards</h2>
 *
 * -1 for every step that does not reach the goal, 0 on reaching it.
 *
 * <h2>Starting state</h2>
 *
 * θ1, θ2, θ̇1, θ̇2 each uniform in [-0.1, 0.1] (reset options {@code low}/{@code high}), rounded to
 * float32.
 *
 * <h2>Episode end</h2>
 *
 * Terminated when {@code -cos θ1 - cos(θ2 + θ1) > 1} (the free end above the line); truncated by
 * the registry's time limit of 500 steps.
 *
 * <h2>Arguments</h2>
 *
 * {@code render_mode} ({@code human}, {@code rgb_array}). Settable attributes: {@link
 * #setTorqueNoiseMax} (uniform torque noise, default 0) and {@link #setBookOrNips} ({@code "book"},
 * the default, or {@code "nips"} for the NIPS paper's dynamics without the θ̇1² term).
 *
 * <h2>Version history</h2>
 *
 * v1: maximum episode length 500 (was 200) and reward threshold -100. v0: initial version.
 */
public final class AcrobotEnv extends SceneEnv<float[], Integer> {
  static final double DT_SECONDS = 0.2;

  /** Link lengths, m. */
  static final double LINK_LENGTH_1 = 1.0;

  static final double LINK_LENGTH_2 = 1.0;

  /** Link masses, kg. */
  static final double LINK_MASS_1 = 1.0;

  static final double LINK_MASS_2 = 1.0;

  /** Positions of the links' centres of mass along them, m. */
  static final double LINK_COM_POS_1 = 0.5;

  static final double LINK_COM_POS_2 = 0.5;

  /** Moments of inertia of both links, kg·m². */
  static final double LINK_MOI = 1.0;

  static final double GRAVITY = 9.8;

  /** Angular velocity bounds, rad/s. */
  static final double MAX_VEL_1 = 4 * Math.PI;

  static final double MAX_VEL_2 = 9 * Math.PI;

  /** Torques of actions 0, 1, 2, N·m. */
  static final double[] AVAIL_TORQUE = {-1.0, 0.0, 1.0};

  static final int SCREEN_DIM = 500;

  private static final EnvMetadata METADATA = new EnvMetadata(List.of("human", "rgb_array"), 15);

  private final Discrete actionSpace = new Discrete(3);
  private final Box<float[]> observationSpace;

  /** {@code [θ1, θ2, θ̇1, θ̇2]}: float32 values after reset, float64 after a step. */
  private final double[] state = new double[4];

  private final float[] obs = new float[6];
  private final Step<float[]> step = new Step<>();
  // RK4 work arrays (y = [θ1, θ2, θ̇1, θ̇2, torque]).
  private final double[] y0 = new double[5];
  private final double[] yTmp = new double[5];
  private final double[] k1 = new double[5];
  private final double[] k2 = new double[5];
  private final double[] k3 = new double[5];
  private final double[] k4 = new double[5];
  private double torqueNoiseMax = 0.0;
  private boolean nips;

  /**
   * The kwargs of Acrobot.
   *
   * @param renderMode {@code render_mode}: {@code human}, {@code rgb_array} or {@code null}
   */
  public record Config(
      @Kwarg(doc = "how render() draws: human, rgb_array or None (see render_modes)")
          String renderMode) {}

  /** Default settings, no rendering. */
  public AcrobotEnv() {
    this(ConfigBinder.defaults(Config.class));
  }

  /** An env with the given settings. */
  public AcrobotEnv(Config config) {
    super(METADATA, config.renderMode(), "Acrobot-v1");
    ConfigBinder.checked(config, "Acrobot-v1");
    float[] high = {1.0f, 1.0f, 1.0f, 1.0f, (float) MAX_VEL_1, (float) MAX_VEL_2};
    float[] low = new float[6];
    for (int i = 0; i < 6; i++) {
      low[i] = -high[i];
    }
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

  /** Half-width of the uniform noise added to the torque each step (0: none, no draw). */
  public double torqueNoiseMax() {
    return torqueNoiseMax;
  }

  /** Sets the torque noise half-width; above 0 every step draws one uniform from the env's RNG. */
  public void setTorqueNoiseMax(double value) {
    if (!(value >= 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(
          "torque_noise_max must be a finite number >= 0, got " + value);
    }
    this.torqueNoiseMax = value;
  }

  /** {@code "book"} (default) or {@code "nips"}: which second-joint dynamics are used. */
  public String bookOrNips() {
    return nips ? "nips" : "book";
  }

  /** Chooses the book's dynamics ({@code "book"}) or the NIPS paper's ({@code "nips"}). */
  public void setBookOrNips(String which) {
    if ("book".equals(which)) {
      nips = false;
    } else if ("nips".equals(which)) {
      nips = true;
    } else {
      throw new IllegalArgumentException("book_or_nips must be 'book' or 'nips', got " + which);
    }
  }

  @Override
  protected Reset<float[]> doReset(Long seed, Map<String, Object> options) {
    double[] bounds = ResetBounds.lowHigh(options, -0.1, 0.1);
    npRandom().uniform(bounds[0], bounds[1], state);
    for (int i = 0; i < 4; i++) {
      state[i] = (float) state[i];
    }
    return new Reset<>(observe(), Map.of());
  }

  @Override
  protected Step<float[]> doStep(Integer action) {
    double torque = AVAIL_TORQUE[action];
    if (torqueNoiseMax > 0) {
      torque += npRandom().uniform(-torqueNoiseMax, torqueNoiseMax);
    }
    System.arraycopy(state, 0, y0, 0, 4);
    y0[4] = torque;
    rk4();
    state[0] = wrap(yTmp[0], -Math.PI, Math.PI);
    state[1] = wrap(yTmp[1], -Math.PI, Math.PI);
    state[2] = bound(yTmp[2], -MAX_VEL_1, MAX_VEL_1);
    state[3] = bound(yTmp[3], -MAX_VEL_2, MAX_VEL_2);
    boolean terminated = isTerminal();
    double reward = terminated ? 0.0 : -1.0;
    return step.set(observe(), reward, terminated, false, Map.of());
  }

  private boolean isTerminal() {
    return -Math.cos(state[0]) - Math.cos(state[1] + state[0]) > 1.0;
  }

  /** One classical RK4 step of length dt from {@link #y0}; the result is left in yTmp. */
  private void rk4() {
    double dt = DT_SECONDS - 0;
    double dt2 = dt / 2.0;
    dsdt(y0, k1);
    for (int i = 0; i < 5; i++) {
      yTmp[i] = y0[i] + dt2 * k1[i];
    }
    dsdt(yTmp, k2);
    for (int i = 0; i < 5; i++) {
      yTmp[i] = y0[i] + dt2 * k2[i];
    }
    dsdt(yTmp, k3);
    for (int i = 0; i < 5; i++) {
      yTmp[i] = y0[i] + dt * k3[i];
    }
    dsdt(yTmp, k4);
    double w = dt / 6.0;
    for (int i = 0; i < 5; i++) {
      yTmp[i] = y0[i] + w * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]);
    }
  }

  /** The time derivative of {@code y = [θ1, θ2, θ̇1, θ̇2, torque]} into {@code out}. */
  private void dsdt(double[] y, double[] out) {
    double m1 = LINK_MASS_1;
    double m2 = LINK_MASS_2;
    double l1 = LINK_LENGTH_1;
    double lc1 = LINK_COM_POS_1;
    double lc2 = LINK_COM_POS_2;
    double i1 = LINK_MOI;
    double i2 = LINK_MOI;
    double g = GRAVITY;
    double a = y[4];
    double theta1 = y[0];
    double theta2 = y[1];
    double dtheta1 = y[2];
    double dtheta2 = y[3];
    double cos2 = Math.cos(theta2);
    double sin2 = Math.sin(theta2);
    double d1 = m1 * (lc1 * lc1) + m2 * ((l1 * l1) + (lc2 * lc2) + 2 * l1 * lc2 * cos2) + i1 + i2;
    double d2 = m2 * ((lc2 * lc2) + l1 * lc2 * cos2) + i2;
    double phi2 = m2 * lc2 * g * Math.cos(theta1 + theta2 - Math.PI / 2.0);
    double phi1 =
        -m2 * l1 * lc2 * (dtheta2 * dtheta2) * sin2
            - 2 * m2 * l1 * lc2 * dtheta2 * dtheta1 * sin2
            + (m1 * lc1 + m2 * l1) * g * Math.cos(theta1 - Math.PI / 2)
            + phi2;
    double ddtheta2;
    if (nips) {
      ddtheta2 = (a + d2 / d1 * phi1 - phi2) / (m2 * (lc2 * lc2) + i2 - (d2 * d2) / d1);
    } else {
      ddtheta2 =
          (a + d2 / d1 * phi1 - m2 * l1 * lc2 * (dtheta1 * dtheta1) * sin2 - phi2)
              / (m2 * (lc2 * lc2) + i2 - (d2 * d2) / d1);
    }
    double ddtheta1 = -(d2 * ddtheta2 + phi1) / d1;
    out[0] = dtheta1;
    out[1] = dtheta2;
    out[2] = ddtheta1;
    out[3] = ddtheta2;
    out[4] = 0.0;
  }

  /** Brings {@code x} into [m, M] by whole periods {@code M - m}. */
  static double wrap(double x, double m, double bigM) {
    double diff = bigM - m;
    while (x > bigM) {
      x = x - diff;
    }
    while (x < m) {
      x = x + diff;
    }
    return x;
  }

  /** {@code min(max(x, m), M)}. */
  static double bound(double x, double m, double bigM) {
    return Math.min(Math.max(x, m), bigM);
  }

  private float[] observe() {
    obs[0] = (float) Math.cos(state[0]);
    obs[1] = (float) Math.sin(state[0]);
    obs[2] = (float) Math.cos(state[1]);
    obs[3] = (float) Math.sin(state[1]);
    obs[4] = (float) state[2];
    obs[5] = (float) state[3];
    return obs;
  }

  /** The state {@code [θ1, θ2, θ̇1, θ̇2]} (a copy). */
  public double[] state() {
    return state.clone();
  }

  /** Sets the state {@code [θ1, θ2, θ̇1, θ̇2]}, e.g. to replay a situation. */
  public void setState(double[] newState) {
    if (newState.length != 4) {
      throw new IllegalArgumentException("Acrobot state has 4 values, got " + newState.length);
    }
    System.arraycopy(newState, 0, state, 0, 4);
  }

  /**
   * The picture of the current state, as Gymnasium draws it (500x500, y up, pivot at the centre).
   */
  @Override
  public Scene2D scene() {
    double boundM = LINK_LENGTH_1 + LINK_LENGTH_2 + 0.2;
    double scale = SCREEN_DIM / (boundM * 2);
    double offset = SCREEN_DIM / 2.0;
    Scene2D s = new Scene2D(SCREEN_DIM, SCREEN_DIM, 0xFFFFFF);
    double t1 = state[0];
    double t2 = state[1];
    // Joint positions (x right, y up) relative to the pivot.
    double[] jointX = {0, LINK_LENGTH_1 * Math.sin(t1) * scale};
    double[] jointY = {0, -LINK_LENGTH_1 * Math.cos(t1) * scale};
    double[] thetas = {t1 - Math.PI / 2, t1 + t2 - Math.PI / 2};
    double[] lengths = {LINK_LENGTH_1 * scale, LINK_LENGTH_2 * scale};
    s.line(
        -2.2 * scale + offset,
        1 * scale + offset,
        2.2 * scale + offset,
        1 * scale + offset,
        0x000000,
        1);
    for (int k = 0; k < 2; k++) {
      double x = jointX[k] + offset;
      double y = jointY[k] + offset;
      double cos = Math.cos(thetas[k]);
      double sin = Math.sin(thetas[k]);
      double l = 0;
      double r = lengths[k];
      double t = 0.1 * scale;
      double b = -0.1 * scale;
      double[] corners = {l, b, l, t, r, t, r, b};
      double[] link = new double[8];
      for (int i = 0; i < 4; i++) {
        double px = corners[2 * i];
        double py = corners[2 * i + 1];
        link[2 * i] = px * cos - py * sin + x;
        link[2 * i + 1] = px * sin + py * cos + y;
      }
      s.polygon(link, 0x00CCCC);
      s.circle((int) x, (int) y, (int) (0.1 * scale), 0xCCCC00);
    }
    return s;
  }
}
