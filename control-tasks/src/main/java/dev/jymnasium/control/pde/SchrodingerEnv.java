package dev.jymnasium.control.pde;

import dev.jymnasium.env.registry.ConfigBinder;
import dev.jymnasium.env.registry.Kwarg;
import dev.jymnasium.env.rng.NpRandom;
import java.util.Arrays;

/**
 * controlgym's linear Schrödinger equation {@code iħ ψ_t = −(ħ²/2μ) ψ_xx + Vψ} on {@code [0, L)},
 * periodic, with top-hat actuators on the second half of the state; registered as {@code
 * controlgym/schrodinger-v0}.
 *
 * <h2>Description</h2>
 *
 * A free (constant-potential) quantum particle; the state stacks Re ψ and Im ψ, each on {@code n/2}
 * grid points. Stepped exactly (see {@link LinearPdeEnv}): per Fourier mode k, with {@code ω =
 * ħk²/2μ + V/ħ}, the propagator of {@code (Re ψ̂, Im ψ̂)} is the rotation {@code [[cos ωT, sin ωT],
 * [−sin ωT, cos ωT]]}. {@link #stateMatrix()} and {@link #inputMatrix()} give A and B for LQR
 * ({@link PdeLqrController}).
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
 * Re ψ = {@code a·sech((x − L/2)/s)} on the first half and Im ψ = 0 on the second, with {@code a =
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
public final class SchrodingerEnv extends LinearPdeEnv {
  private final double[] coords;
  private final double initAmplitudeMean;
  private final double initAmplitudeWidth;
  private final double initSpreadMean;
  private final double initSpreadWidth;

  /**
   * The kwargs of controlgym's Schrödinger env.
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
   * @param planckConstant {@code planck_constant}: ħ
   * @param particleMass {@code particle_mass}: μ
   * @param potential {@code potential}: V
   * @param settings the kwargs every PDE env takes
   */
  public record Config(
      @Kwarg(doc = "how render() draws: rgb_array or None") String renderMode,
      @Kwarg(defaultValue = "500", min = 1, doc = "steps until the episode terminates") int nSteps,
      @Kwarg(defaultValue = "1.0", doc = "length L of the periodic domain") double domainLength,
      @Kwarg(defaultValue = "0.001", doc = "time between env steps") double sampleTime,
      @Kwarg(defaultValue = "256", min = 4, doc = "state size n (even): two fields of n/2 points")
          int nState,
      @Kwarg(min = 0, doc = "truncate when |reward| exceeds this; None: never") Double rewardLimit,
      @Kwarg(defaultValue = "1.0", doc = "mean pulse amplitude") double initAmplitudeMean,
      @Kwarg(defaultValue = "0.2", min = 0, doc = "width of the amplitude's uniform spread")
          double initAmplitudeWidth,
      @Kwarg(defaultValue = "0.05", doc = "mean pulse width s") double initSpreadMean,
      @Kwarg(defaultValue = "0.02", min = 0, doc = "width of s's uniform spread")
          double initSpreadWidth,
      @Kwarg(defaultValue = "1.0", min = 0, doc = "Planck constant ħ") double planckConstant,
      @Kwarg(defaultValue = "1.0", min = 0, doc = "particle mass μ") double particleMass,
      @Kwarg(defaultValue = "0.0", doc = "constant potential V") double potential,
      PdeSettings settings) {}

  /** Default settings, no rendering. */
  public SchrodingerEnv() {
    this(ConfigBinder.defaults(Config.class));
  }

  /** The env with the given settings. */
  public SchrodingerEnv(Config c) {
    super(
        new Setup(
            "schrodinger",
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

  /** The per-mode rotation of (Re ψ̂, Im ψ̂) over one sample interval, interleaved (re, im). */
  private static double[][][] propagator(Config c) {
    int g = c.nState() / 2;
    double[] k = fullWavenumbers(g, c.domainLength());
    double t = c.sampleTime();
    double hbar = c.planckConstant();
    double[][][] e = new double[2][2][2 * g];
    for (int m = 0; m < g; m++) {
      double omega = hbar / (2 * c.particleMass()) * (k[m] * k[m]) + c.potential() / hbar;
      double cos = Math.cos(omega * t);
      double sin = Math.sin(omega * t);
      e[0][0][2 * m] = cos;
      e[0][1][2 * m] = sin;
      e[1][0][2 * m] = -sin;
      e[1][1][2 * m] = cos;
    }
    return e;
  }

  @Override
  protected String fieldName() {
    return "Re ψ(x, t)";
  }

  @Override
  protected void drawInitialState(NpRandom rng, double[] out) {
    double a = initAmplitudeMean + rng.uniform(-0.5 * initAmplitudeWidth, 0.5 * initAmplitudeWidth);
    double s = initSpreadMean + rng.uniform(-0.5 * initSpreadWidth, 0.5 * initSpreadWidth);
    sechPulse(a, s, coords, out);
    Arrays.fill(out, coords.length, out.length, 0.0);
  }
}
