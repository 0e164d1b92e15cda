package dev.jymnasium.control.pde;

import dev.jymnasium.env.registry.ConfigBinder;
import dev.jymnasium.env.registry.Kwarg;
import dev.jymnasium.env.rng.NpRandom;

/**
 * controlgym's Cahn–Hilliard equation {@code u_t = D[(u³)_xx − u_xx − κ u_xxxx]} on {@code [0, L)},
 * periodic, with top-hat actuators; registered as {@code controlgym/cahn_hilliard-v0}.
 *
 * <h2>Description</h2>
 *
 * Conserved phase separation (spinodal decomposition) with mobility D and surface tension κ.
 * Fourier form: {@code L(k) = D(k² − κk⁴)}, nonlinear term {@code −Dk²·F[u³]}; integrated with
 * ETDRK4 (see {@link NonlinearPdeEnv}).
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
 * {@code a cos(π(x − L/2)) − exp(−4π²(x − L/2)²)} with {@code a = init_amplitude_mean +
 * U(±init_amplitude_width/2)}.
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
public final class CahnHilliardEnv extends NonlinearPdeEnv {
  private final double[] coords;
  private final double initAmplitudeMean;
  private final double initAmplitudeWidth;

  /**
   * The kwargs of controlgym's Cahn–Hilliard equation env.
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
   * @param diffusivityConstant {@code diffusivity_constant}: D
   * @param surfaceTensionConstant {@code surface_tension_constant}: κ
   * @param settings the kwargs every PDE env takes
   */
  public record Config(
      @Kwarg(doc = "how render() draws: rgb_array or None") String renderMode,
      @Kwarg(defaultValue = "50", min = 1, doc = "steps until the episode terminates") int nSteps,
      @Kwarg(defaultValue = "2.0", doc = "length L of the periodic domain") double domainLength,
      @Kwarg(defaultValue = "0.001", doc = "ETDRK4 step") double integrationTime,
      @Kwarg(defaultValue = "0.01", doc = "time between env steps") double sampleTime,
      @Kwarg(defaultValue = "256", min = 4, doc = "grid points (even)") int nState,
      @Kwarg(min = 0, doc = "truncate when |reward| exceeds this; None: never") Double rewardLimit,
      @Kwarg(defaultValue = "1.0", doc = "mean initial amplitude") double initAmplitudeMean,
      @Kwarg(defaultValue = "0.2", min = 0, doc = "width of the amplitude's uniform spread")
          double initAmplitudeWidth,
      @Kwarg(defaultValue = "1.0", doc = "mobility D") double diffusivityConstant,
      @Kwarg(defaultValue = "0.02", doc = "surface tension κ") double surfaceTensionConstant,
      PdeSettings settings) {}

  /** Default settings, no rendering. */
  public CahnHilliardEnv() {
    this(ConfigBinder.defaults(Config.class));
  }

  /** The env with the given settings. */
  public CahnHilliardEnv(Config c) {
    super(
        new Setup(
            "cahn_hilliard",
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
  }

  private static SpectralPde pde(Config c) {
    double[] k = wavenumbers(c.nState(), c.domainLength());
    double d = c.diffusivityConstant();
    double kappa = c.surfaceTensionConstant();
    return new SpectralPde(
        SpectralPde.of(k, km -> d * (km * km - kappa * Math.pow(km, 4))),
        new double[k.length],
        SpectralPde.of(k, km -> -d * (km * km)),
        new double[k.length],
        Pointwise.CUBE);
  }

  @Override
  protected void drawInitialState(NpRandom rng, double[] out) {
    double a = initAmplitudeMean + rng.uniform(-0.5 * initAmplitudeWidth, 0.5 * initAmplitudeWidth);
    double half = 0.5 * domainLength();
    for (int j = 0; j < out.length; j++) {
      double d = Math.PI * (coords[j] - half);
      out[j] = a * Math.cos(d) - Math.exp(-4 * (d * d));
    }
  }
}
