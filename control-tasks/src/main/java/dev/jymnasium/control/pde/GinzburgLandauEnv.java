package dev.jymnasium.control.pde;

import dev.jymnasium.env.registry.ConfigBinder;
import dev.jymnasium.env.registry.Kwarg;
import dev.jymnasium.env.rng.NpRandom;

/**
 * controlgym's Ginzburg–Landau equation {@code u_t = u + u_xx − u³} on {@code [0, L)}, periodic,
 * with top-hat actuators; registered as {@code controlgym/ginzburg_landau-v0}.
 *
 * <h2>Description</h2>
 *
 * The real (non-oscillatory) Ginzburg–Landau equation: modes with {@code |k| < 1} grow and the
 * cubic term saturates them. Fourier form: {@code L(k) = 1 − k²}, nonlinear term {@code −F[u³]};
 * integrated with ETDRK4 (see {@link NonlinearPdeEnv}).
 *
 * <h2>Action space</h2>
 *
 * {@code Box(-action_limit, action_limit, (n_action,), float64)}: the amplitude of each actuator's
 * forcing, held over the sample interval (not clipped, as in controlgym).
 *
 * <h2>Observation space</h2>
 *
 * {@code Box(-observation_limit, observation_limit, (n_observation,), float64)}: u at {@code
 * n_observation} evenly spaced grid points plus Gaussian noise, before the step.
 *
 * <h2>Rewards</h2>
 *
 * {@code −(q‖x − x*‖² + r‖u‖²)} of the state before the step (see {@link PdeEnv}).
 *
 * <h2>Starting state</h2>
 *
 * {@code a[tanh(x − L/2 + s/2) − tanh(x − L/2 − s/2)]} with {@code a = init_amplitude_mean +
 * U(±init_amplitude_width/2)} and {@code s = init_spread_mean + U(±init_spread_width/2)}, drawn in
 * that order.
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
 * See {@link PdeEnv}: kwargs {@code q_weight}, {@code r_weight} for {@code Q_weight}, {@code
 * R_weight}; an unseeded env draws from OS entropy.
 */
public final class GinzburgLandauEnv extends NonlinearPdeEnv {
  private final double[] coords;
  private final double initAmplitudeMean;
  private final double initAmplitudeWidth;
  private final double initSpreadMean;
  private final double initSpreadWidth;

  /**
   * The kwargs of controlgym's Ginzburg–Landau equation env.
   *
   * @param renderMode {@code render_mode}: {@code rgb_array} or null
   * @param nSteps {@code n_steps}
   * @param domainLength {@code domain_length}
   * @param integrationTime {@code integration_time}
   * @param sampleTime {@code sample_time}
   * @param nState {@code n_state}
   * @param rewardLimit {@code reward_limit}
   * @param initAmplitudeMean {@code init_amplitude_mean}
   * @param initAmplitudeWidth {@code init_amplitude_width}
   * @param initSpreadMean {@code init_spread_mean}
   * @param initSpreadWidth {@code init_spread_width}
   * @param settings the kwargs every PDE env takes
   */
  public record Config(
      @Kwarg(doc = "how render() draws: rgb_array or None") String renderMode,
      @Kwarg(defaultValue = "100", min = 1, doc = "steps until the episode terminates") int nSteps,
      @Kwarg(defaultValue = "100.0", doc = "length L of the periodic domain") double domainLength,
      @Kwarg(defaultValue = "0.01", doc = "ETDRK4 step") double integrationTime,
      @Kwarg(defaultValue = "0.1", doc = "time between env steps") double sampleTime,
      @Kwarg(defaultValue = "256", min = 4, doc = "grid points (even)") int nState,
      @Kwarg(min = 0, doc = "truncate when |reward| exceeds this; None: never") Double rewardLimit,
      @Kwarg(defaultValue = "0.1", doc = "mean initial amplitude") double initAmplitudeMean,
      @Kwarg(defaultValue = "0.05", min = 0, doc = "width of the amplitude's uniform spread")
          double initAmplitudeWidth,
      @Kwarg(defaultValue = "20.0", doc = "mean plateau width s") double initSpreadMean,
      @Kwarg(defaultValue = "10.0", min = 0, doc = "width of s's uniform spread")
          double initSpreadWidth,
      PdeSettings settings) {}

  /** Default settings, no rendering. */
  public GinzburgLandauEnv() {
    this(ConfigBinder.defaults(Config.class));
  }

  /** The env with the given settings. */
  public GinzburgLandauEnv(Config c) {
    super(
        new Setup(
            "ginzburg_landau",
            c,
            c.renderMode(),
            c.nSteps(),
            c.domainLength(),
            c.sampleTime(),
            c.nState(),
            c.rewardLimit(),
            c.settings(),
            Actuators.Support.WHOLE_STATE),
        c.integrationTime(),
        pde(c));
    this.coords = coordinates(c.nState());
    this.initAmplitudeMean = c.initAmplitudeMean();
    this.initAmplitudeWidth = c.initAmplitudeWidth();
    this.initSpreadMean = c.initSpreadMean();
    this.initSpreadWidth = c.initSpreadWidth();
  }

  private static SpectralPde pde(Config c) {
    double[] k = wavenumbers(c.nState(), c.domainLength());
    return new SpectralPde(
        SpectralPde.of(k, km -> 1 - km * km),
        new double[k.length],
        SpectralPde.of(k, km -> -1.0),
        new double[k.length],
        Pointwise.CUBE);
  }

  @Override
  protected void drawInitialState(NpRandom rng, double[] out) {
    double a = initAmplitudeMean + rng.uniform(-0.5 * initAmplitudeWidth, 0.5 * initAmplitudeWidth);
    double s = initSpreadMean + rng.uniform(-0.5 * initSpreadWidth, 0.5 * initSpreadWidth);
    double half = domainLength() / 2;
    for (int j = 0; j < out.length; j++) {
      out[j] = a * (Math.tanh(coords[j] - half + s / 2) - Math.tanh(coords[j] - half - s / 2));
    }
  }
}
