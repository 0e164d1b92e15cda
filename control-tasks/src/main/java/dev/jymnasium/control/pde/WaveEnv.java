package dev.jymnasium.control.pde;

import dev.jymnasium.env.registry.ConfigBinder;
import dev.jymnasium.env.registry.Kwarg;
import dev.jymnasium.env.rng.NpRandom;
import java.util.Arrays;

/**
 * controlgym's linear wave equation {@code u_tt = c² u_xx} on {@code [0, L)}, periodic, with
 * top-hat actuators on the second half of the state; registered as {@code controlgym/wave-v0}.
 *
 * <h2>Description</h2>
 *
 * The state stacks u and its velocity u_t, each on {@code n/2} grid points. Stepped exactly (see
 * {@link LinearPdeEnv}): per Fourier mode k, with {@code ω = c|k|}, the propagator of {@code (û,
 * û_t)} is {@code [[cos ωT, sin(ωT)/ω], [−ω sin ωT, cos ωT]]} (T at k = 0). Undamped: energy only
 * grows under forcing, hence controlgym's default {@code reward_limit} of 1e15. {@link
 * #stateMatrix()} and {@link #inputMatrix()} give A and B for LQR ({@link PdeLqrController}).
 *
 * <h2>Action space</h2>
 *
 * {@code Box(-action_limit, action_limit, (n_action,), float64)}: each actuator's impulse per step
 * on the second half of the state (not clipped, as in controlgym).
 *
 * <h2>Observation space</h2>
 *
 * {@code Box(-observation_limit, observation_limit, (n_observation,), float64)}: the state at
 * {@code n_observation} evenly spaced indices of the whole state plus Gaussian noise, before the
 * step. As in controlgym, the sensors spread over both halves: with the defaults half of them read
 * the first field and half the second.
 *
 * <h2>Rewards</h2>
 *
 * {@code −(q‖x − x*‖² + r‖u‖²)} of the state before the step (see {@link PdeEnv}).
 *
 * <h2>Starting state</h2>
 *
 * u = {@code a·sech((x − L/2)/s)} on the first half and u_t = 0 on the second, with {@code a =
 * init_amplitude_mean + U(±init_amplitude_width/2)} and {@code s = init_spread_mean +
 * U(±init_spread_width/2)}, drawn in that order.
 *
 * <h2>Episode end</h2>
 *
 * Terminated after {@code n_steps} steps; truncated when |reward| exceeds {@code reward_limit}.
 *
 * <h2>Arguments</h2>
 *
 * See {@link Config} and {@link PdeSettings}; defaults are controlgym's.
 *
 * <h2>Version history</h2>
 *
 * v0: controlgym v1.0.x.
 *
 * <h2>Differences from the original</h2>
 *
 * See {@link PdeEnv} and {@link LinearPdeEnv}: kwargs {@code q_weight}, {@code r_weight} for {@code
 * Q_weight}, {@code R_weight}; an unseeded env draws from OS entropy; no {@code integration_time}
 * kwarg (controlgym's is unused here).
 */
public final class WaveEnv extends LinearPdeEnv {
  private final double[] coords;
  private final double initAmplitudeMean;
  private final double initAmplitudeWidth;
  private final double initSpreadMean;
  private final double initSpreadWidth;

  /**
   * The kwargs of controlgym's wave env.
   *
   * @param renderMode {@code render_mode}: {@code rgb_array} or null
   * @param nSteps {@code n_steps}
   * @param domainLength {@code domain_length}
   * @param sampleTime {@code sample_time}
   * @param nState {@code n_state}
   * @param rewardLimit {@code reward_limit}
   * @param initAmplitudeMean {@code init_amplitude_mean}
   * @param initAmplitudeWidth {@code init_amplitude_width}
   * @param initSpreadMean {@code init_spread_mean}
   * @param initSpreadWidth {@code init_spread_width}
   * @param waveSpeed {@code wave_speed}: c
   * @param settings the kwargs every PDE env takes
   */
  public record Config(
      @Kwarg(doc = "how render() draws: rgb_array or None") String renderMode,
      @Kwarg(defaultValue = "200", min = 1, doc = "steps until the episode terminates") int nSteps,
      @Kwarg(defaultValue = "1.0", doc = "length L of the periodic domain") double domainLength,
      @Kwarg(defaultValue = "0.1", doc = "time between env steps") double sampleTime,
      @Kwarg(defaultValue = "200", min = 4, doc = "state size n (even): two fields of n/2 points")
          int nState,
      @Kwarg(
              defaultValue = "1e15",
              acceptsNone = true,
              min = 0,
              doc = "truncate when |reward| exceeds this; None: never")
          Double rewardLimit,
      @Kwarg(defaultValue = "1.0", doc = "mean pulse amplitude") double initAmplitudeMean,
      @Kwarg(defaultValue = "0.2", min = 0, doc = "width of the amplitude's uniform spread")
          double initAmplitudeWidth,
      @Kwarg(defaultValue = "0.05", doc = "mean pulse width s") double initSpreadMean,
      @Kwarg(defaultValue = "0.02", min = 0, doc = "width of s's uniform spread")
          double initSpreadWidth,
      @Kwarg(defaultValue = "0.1", min = 0, doc = "wave speed c") double waveSpeed,
      PdeSettings settings) {}

  /** Default settings, no rendering. */
  public WaveEnv() {
    this(ConfigBinder.defaults(Config.class));
  }

  /** The env with the given settings. */
  public WaveEnv(Config c) {
    super(
        new Setup(
            "wave",
            c,
            c.renderMode(),
            c.nSteps(),
            c.domainLength(),
            c.sampleTime(),
            c.nState(),
            c.rewardLimit(),
            c.settings(),
            Actuators.Support.SECOND_HALF),
        propagator(c));
    this.coords = coordinates(c.nState() / 2);
    this.initAmplitudeMean = c.initAmplitudeMean();
    this.initAmplitudeWidth = c.initAmplitudeWidth();
    this.initSpreadMean = c.initSpreadMean();
    this.initSpreadWidth = c.initSpreadWidth();
  }

  /** The 2×2 per-mode propagator of (û, û_t) over one sample interval, interleaved (re, im). */
  private static double[][][] propagator(Config c) {
    int g = c.nState() / 2;
    double[] k = fullWavenumbers(g, c.domainLength());
    double t = c.sampleTime();
    double[][][] e = new double[2][2][2 * g];
    for (int m = 0; m < g; m++) {
      double omega = c.waveSpeed() * Math.abs(k[m]);
      double cos = Math.cos(omega * t);
      e[0][0][2 * m] = cos;
      e[0][1][2 * m] = omega == 0 ? t : Math.sin(omega * t) / omega;
      e[1][0][2 * m] = -omega * Math.sin(omega * t);
      e[1][1][2 * m] = cos;
    }
    return e;
  }

  @Override
  protected String fieldName() {
    return "u(x, t)";
  }

  @Override
  protected void drawInitialState(NpRandom rng, double[] out) {
    double a = initAmplitudeMean + rng.uniform(-0.5 * initAmplitudeWidth, 0.5 * initAmplitudeWidth);
    double s = initSpreadMean + rng.uniform(-0.5 * initSpreadWidth, 0.5 * initSpreadWidth);
    sechPulse(a, s, coords, out);
    Arrays.fill(out, coords.length, out.length, 0.0);
  }
}
