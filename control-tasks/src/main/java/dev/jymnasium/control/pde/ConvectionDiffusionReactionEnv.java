package dev.jymnasium.control.pde;

import dev.jymnasium.env.registry.ConfigBinder;
import dev.jymnasium.env.registry.Kwarg;
import dev.jymnasium.env.rng.NpRandom;

/**
 * controlgym's linear convection–diffusion–reaction equation {@code u_t = ν u_xx − c u_x + r u} on
 * {@code [0, L)}, periodic, with top-hat actuators; registered as {@code
 * controlgym/convection_diffusion_reaction-v0}.
 *
 * <h2>Description</h2>
 *
 * A pulse drifts at speed c, spreads with diffusivity ν and grows at rate r. Stepped exactly (see
 * {@link LinearPdeEnv}): per Fourier mode k (numpy's full {@code fftfreq} order) the propagator is
 * {@code exp((−cik − νk² + r)·Ts)}. With the defaults three modes (m = 0, ±1) are unstable, the
 * largest {@code |eig(A)| = e^{0.1·0.1} ≈ 1.01005}. {@link #stateMatrix()} and {@link
 * #inputMatrix()} give A and B for LQR ({@link PdeLqrController}).
 *
 * <h2>Action space</h2>
 *
 * {@code Box(-action_limit, action_limit, (n_action,), float64)}: each actuator's impulse per step
 * (not clipped, as in controlgym).
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
 * {@code s = init_spread_mean + U(±init_spread_width/2)}, drawn in that order. This follows
 * controlgym v1.0.x (commit c8a7b12 and later), the release whose other PDE envs this suite
 * re-creates; v0.1.0 started from the fixed pulse {@code sech(10(x − L/2))} perturbed by {@code
 * N(0, random_init_state_cov·I)} noise, with a different draw order.
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
public final class ConvectionDiffusionReactionEnv extends LinearPdeEnv {
  private final double[] coords;
  private final double initAmplitudeMean;
  private final double initAmplitudeWidth;
  private final double initSpreadMean;
  private final double initSpreadWidth;

  /**
   * The kwargs of controlgym's convection–diffusion–reaction env.
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
   * @param diffusivityConstant {@code diffusivity_constant}: ν
   * @param convectiveVelocity {@code convective_velocity}: c
   * @param reactionConstant {@code reaction_constant}: r
   * @param settings the kwargs every PDE env takes
   */
  public record Config(
      @Kwarg(doc = "how render() draws: rgb_array or None") String renderMode,
      @Kwarg(defaultValue = "100", min = 1, doc = "steps until the episode terminates") int nSteps,
      @Kwarg(defaultValue = "1.0", doc = "length L of the periodic domain") double domainLength,
      @Kwarg(defaultValue = "0.1", doc = "time between env steps") double sampleTime,
      @Kwarg(defaultValue = "200", min = 4, doc = "grid points (even)") int nState,
      @Kwarg(min = 0, doc = "truncate when |reward| exceeds this; None: never") Double rewardLimit,
      @Kwarg(defaultValue = "1.0", doc = "mean pulse amplitude") double initAmplitudeMean,
      @Kwarg(defaultValue = "0.2", min = 0, doc = "width of the amplitude's uniform spread")
          double initAmplitudeWidth,
      @Kwarg(defaultValue = "0.05", doc = "mean pulse width s") double initSpreadMean,
      @Kwarg(defaultValue = "0.02", min = 0, doc = "width of s's uniform spread")
          double initSpreadWidth,
      @Kwarg(defaultValue = "0.002", min = 0, doc = "diffusivity ν") double diffusivityConstant,
      @Kwarg(defaultValue = "0.1", doc = "convective velocity c") double convectiveVelocity,
      @Kwarg(defaultValue = "0.1", doc = "reaction rate r") double reactionConstant,
      PdeSettings settings) {}

  /** Default settings, no rendering. */
  public ConvectionDiffusionReactionEnv() {
    this(ConfigBinder.defaults(Config.class));
  }

  /** The env with the given settings. */
  public ConvectionDiffusionReactionEnv(Config c) {
    super(
        new Setup(
            "convection_diffusion_reaction",
            c,
            c.renderMode(),
            c.nSteps(),
            c.domainLength(),
            c.sampleTime(),
            c.nState(),
            c.rewardLimit(),
            c.settings(),
            Actuators.Support.WHOLE_STATE),
        propagator(c));
    this.coords = coordinates(c.nState());
    this.initAmplitudeMean = c.initAmplitudeMean();
    this.initAmplitudeWidth = c.initAmplitudeWidth();
    this.initSpreadMean = c.initSpreadMean();
    this.initSpreadWidth = c.initSpreadWidth();
  }

  /** {@code exp((−cik − νk² + r)·Ts)} per mode, interleaved (re, im). */
  private static double[][][] propagator(Config c) {
    double[] k = fullWavenumbers(c.nState(), c.domainLength());
    double[] e = new double[2 * k.length];
    double ts = c.sampleTime();
    for (int m = 0; m < k.length; m++) {
      double growth = (-c.diffusivityConstant() * (k[m] * k[m]) + c.reactionConstant()) * ts;
      double phase = -c.convectiveVelocity() * k[m] * ts;
      double mag = Math.exp(growth);
      e[2 * m] = mag * Math.cos(phase);
      e[2 * m + 1] = mag * Math.sin(phase);
    }
    return new double[][][] {{e}};
  }

  @Override
  protected void drawInitialState(NpRandom rng, double[] out) {
    double a = initAmplitudeMean + rng.uniform(-0.5 * initAmplitudeWidth, 0.5 * initAmplitudeWidth);
    double s = initSpreadMean + rng.uniform(-0.5 * initSpreadWidth, 0.5 * initSpreadWidth);
    sechPulse(a, s, coords, out);
  }
}
