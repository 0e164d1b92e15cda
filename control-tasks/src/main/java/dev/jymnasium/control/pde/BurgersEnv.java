package dev.jymnasium.control.pde;

import dev.jymnasium.env.registry.ConfigBinder;
import dev.jymnasium.env.registry.Kwarg;
import dev.jymnasium.env.rng.NpRandom;

/**
 * controlgym's viscous Burgers' equation {@code u_t = ν u_xx − u u_x} on {@code [0, L)}, periodic,
 * with top-hat actuators; registered as {@code controlgym/burgers-v0}.
 *
 * <h2>Description</h2>
 *
 * A soliton-like pulse steepens into a shock while viscosity ν smooths it. Fourier form: {@code
 * L(k) = −νk²}, nonlinear term {@code −½ik·F[u²]}; integrated with ETDRK4 (see {@link
 * NonlinearPdeEnv}).
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
 * {@code a·sech((x − L/2)/s)} with {@code a = init_amplitude_mean + U(±init_amplitude_width/2)} and
 * {@code s = init_spread_mean + U(±init_spread_width/2)}, drawn in that order.
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
public final class BurgersEnv extends NonlinearPdeEnv {
  private final double[] coords;
  private final double amplitudeMean;
  private final double amplitudeWidth;
  private final double spreadMean;
  private final double spreadWidth;

  /**
   * The kwargs of controlgym's Burgers env.
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
   * @param diffusivityConstant {@code diffusivity_constant}: ν
   * @param settings the kwargs every PDE env takes
   */
  public record Config(
      @Kwarg(doc = "how render() draws: rgb_array or None") String renderMode,
      @Kwarg(defaultValue = "100", min = 1, doc = "steps until the episode terminates") int nSteps,
      @Kwarg(defaultValue = "1.0", doc = "length L of the periodic domain") double domainLength,
      @Kwarg(defaultValue = "0.001", doc = "ETDRK4 step") double integrationTime,
      @Kwarg(defaultValue = "0.05", doc = "time between env steps") double sampleTime,
      @Kwarg(defaultValue = "256", min = 4, doc = "grid points (even)") int nState,
      @Kwarg(min = 0, doc = "truncate when |reward| exceeds this; None: never") Double rewardLimit,
      @Kwarg(defaultValue = "1.0", doc = "mean pulse amplitude") double initAmplitudeMean,
      @Kwarg(defaultValue = "0.2", min = 0, doc = "width of the amplitude's uniform spread")
          double initAmplitudeWidth,
      @Kwarg(defaultValue = "0.05", doc = "mean pulse width s") double initSpreadMean,
      @Kwarg(defaultValue = "0.02", min = 0, doc = "width of s's uniform spread")
          double initSpreadWidth,
      @Kwarg(defaultValue = "0.001", min = 0, doc = "viscosity ν") double diffusivityConstant,
      PdeSettings settings) {}

  /** Default settings, no rendering. */
  public BurgersEnv() {
    this(ConfigBinder.defaults(Config.class));
  }

  /** The env with the given settings. */
  public BurgersEnv(Config c) {
    super(
        new Setup(
            "burgers",
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
    this.amplitudeMean = c.initAmplitudeMean();
    this.amplitudeWidth = c.initAmplitudeWidth();
    this.spreadMean = c.initSpreadMean();
    this.spreadWidth = c.initSpreadWidth();
  }

  private static SpectralPde pde(Config c) {
    double[] k = wavenumbers(c.nState(), c.domainLength());
    double nu = c.diffusivityConstant();
    return new SpectralPde(
        SpectralPde.of(k, km -> -nu * (km * km)),
        new double[k.length],
        new double[k.length],
        SpectralPde.of(k, km -> -0.5 * km),
        Pointwise.SQUARE);
  }

  @Override
  protected void drawInitialState(NpRandom rng, double[] out) {
    double a = amplitudeMean + rng.uniform(-0.5 * amplitudeWidth, 0.5 * amplitudeWidth);
    double s = spreadMean + rng.uniform(-0.5 * spreadWidth, 0.5 * spreadWidth);
    sechPulse(a, s, coords, out);
  }
}
