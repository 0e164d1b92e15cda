package dev.jymnasium.control.pde;

/**
 * A controlgym PDE integrated pseudo-spectrally with {@link Etdrk4}: {@code sample_time //
 * integration_time} steps of {@code integration_time} per env step, the actuator forcing held
 * constant over the interval.
 *
 * <p>The number of substeps is Python's float floor division, as controlgym computes it, which
 * rounds down when the quotient is not exact in binary: with their defaults KdV takes 999 substeps
 * of 1e-5 and Kuramoto–Sivashinsky 99 of 5e-3, so they advance 0.00999 and 0.495 time units per
 * step instead of 0.01 and 0.5.
 */
public abstract class NonlinearPdeEnv extends PdeEnv {
  private final Etdrk4 integrator;
  private final double integrationTime;
  private final int substeps;

  /**
   * @param setup the shared settings
   * @param integrationTime ETDRK4 step dt; {@code sample_time} must be a multiple of it (both
   *     rounded to 1e-8, as controlgym checks)
   * @param pde the equation on the grid of {@code setup.nState()} points
   */
  protected NonlinearPdeEnv(Setup setup, double integrationTime, SpectralPde pde) {
    super(setup);
    if (!(integrationTime > 0) || !Double.isFinite(integrationTime)) {
      throw new IllegalArgumentException(
          id() + ": kwarg 'integration_time' must be finite and > 0, got " + integrationTime);
    }
    long ts = Math.round(Math.rint(setup.sampleTime() * 1e8));
    long dt = Math.round(Math.rint(integrationTime * 1e8));
    if (dt == 0 || ts % dt != 0) {
      throw new IllegalArgumentException(
          id()
              + ": kwarg 'sample_time' ("
              + setup.sampleTime()
              + ") must be an integer multiple of 'integration_time' ("
              + integrationTime
              + ")");
    }
    this.integrationTime = integrationTime;
    this.substeps = floorDivide(setup.sampleTime(), integrationTime);
    double[][] chi = new double[actionSize()][];
    for (int i = 0; i < chi.length; i++) {
      chi[i] = support(i);
    }
    this.integrator = new Etdrk4(setup.nState(), pde, integrationTime, substeps, chi);
  }

  /** Python's {@code int(a // b)} for positive floats (CPython's float floor division). */
  static int floorDivide(double a, double b) {
    double mod = a % b;
    double div = (a - mod) / b;
    double floor = Math.floor(div);
    if (div - floor > 0.5) {
      floor += 1;
    }
    return (int) floor;
  }

  /** ETDRK4 steps per env step. */
  public final int substeps() {
    return substeps;
  }

  /** The ETDRK4 step dt. */
  public final double integrationTime() {
    return integrationTime;
  }

  @Override
  protected final void advance(double[] state, double[] action, double[] out) {
    integrator.advance(state, action, out);
  }

  /** The real-FFT wavenumbers {@code k_m = 2πm/L}, {@code m = 0…n/2}. */
  protected static double[] wavenumbers(int n, double domainLength) {
    return SpectralPde.wavenumbers(n, domainLength);
  }
}
