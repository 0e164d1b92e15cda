package dev.jymnasium.control.pde;

import dev.jymnasium.env.registry.ConfigBinder;
import dev.jymnasium.env.registry.Kwarg;
import dev.jymnasium.env.rng.NpRandom;

/**
 * controlgym's Allen–Cahn equation {@code u_t = ε² u_xx − γ(u³ − u)} on {@code [0, L)}, periodic,
 * with top-hat actuators; registered as {@code controlgym/allen_cahn-v0}.
 *
 * <h2>Description</h2>
 *
 * Phase separation: u relaxes towards the wells ±1 of the double-well potential γ(u² − 1)²/4 while
 * ε² smooths interfaces. Fourier form: {@code L(k) = γ − ε²k²}, nonlinear term {@code −γ·F[u³]};
 * integrated with ETDRK4 (see {@link NonlinearPdeEnv}). Every mode of L is unstable (+γ), so zero
 * control lets u run to the wells.
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
 * {@code c + (x − L/2)² cos(2π(x − L/2)/L)} with {@code c = init_offset_mean +
 * U(±init_offset_width/2)}.
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
 * R_weight}; an unseeded env draws from OS entropy. controlgym's docstring gives a reward limit of
 * 1e15; its code (and this env) default to none.
 */
public final class AllenCahnEnv extends NonlinearPdeEnv {
  private final double[] coords;
  private final double initOffsetMean;
  private final double initOffsetWidth;

  /**
   * The kwargs of controlgym's Allen–Cahn equation env.
   *
   * @param renderMode {@code render_mode}: {@code rgb_array} or null
   * @param nSteps {@code n_steps}
   * @param domainLength {@code domain_length}
   * @param integrationTime {@code integration_time}
   * @param sampleTime {@code sample_time}
   * @param nState {@code n_state}
   * @param rewardLimit {@code reward_limit}
   * @param initOffsetMean {@code init_offset_mean}
   * @param initOffsetWidth {@code init_offset_width}
   * @param diffusivityConstant {@code diffusivity_constant}: ε
   * @param potentialConstant {@code potential_constant}: γ
   * @param settings the kwargs every PDE env takes
   */
  public record Config(
      @Kwarg(doc = "how render() draws: rgb_array or None") String renderMode,
      @Kwarg(defaultValue = "100", min = 1, doc = "steps until the episode terminates") int nSteps,
      @Kwarg(defaultValue = "2.0", doc = "length L of the periodic domain") double domainLength,
      @Kwarg(defaultValue = "0.001", doc = "ETDRK4 step") double integrationTime,
      @Kwarg(defaultValue = "0.01", doc = "time between env steps") double sampleTime,
      @Kwarg(defaultValue = "256", min = 4, doc = "grid points (even)") int nState,
      @Kwarg(min = 0, doc = "truncate when |reward| exceeds this; None: never") Double rewardLimit,
      @Kwarg(defaultValue = "0.0", doc = "mean initial offset c") double initOffsetMean,
      @Kwarg(defaultValue = "0.2", min = 0, doc = "width of c's uniform spread")
          double initOffsetWidth,
      @Kwarg(defaultValue = "1e-4", min = 0, doc = "interface parameter ε (ε² multiplies u_xx)")
          double diffusivityConstant,
      @Kwarg(defaultValue = "5.0", doc = "potential strength γ") double potentialConstant,
      PdeSettings settings) {}

  /** Default settings, no rendering. */
  public AllenCahnEnv() {
    this(ConfigBinder.defaults(Config.class));
  }

  /** The env with the given settings. */
  public AllenCahnEnv(Config c) {
    super(
        new Setup(
            "allen_cahn",
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
    this.initOffsetMean = c.initOffsetMean();
    this.initOffsetWidth = c.initOffsetWidth();
  }

  private static SpectralPde pde(Config c) {
    double[] k = wavenumbers(c.nState(), c.domainLength());
    double eps = c.diffusivityConstant();
    double gamma = c.potentialConstant();
    return new SpectralPde(
        SpectralPde.of(k, km -> gamma - eps * eps * (km * km)),
        new double[k.length],
        SpectralPde.of(k, km -> -gamma),
        new double[k.length],
        Pointwise.CUBE);
  }

  @Override
  protected void drawInitialState(NpRandom rng, double[] out) {
    double offset = initOffsetMean + rng.uniform(-0.5 * initOffsetWidth, 0.5 * initOffsetWidth);
    double half = 0.5 * domainLength();
    for (int j = 0; j < out.length; j++) {
      double d = coords[j] - half;
      out[j] = offset + d * d * Math.cos(2 * Math.PI * d / domainLength());
    }
  }
}
