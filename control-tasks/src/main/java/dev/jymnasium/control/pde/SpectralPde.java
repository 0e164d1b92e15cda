package dev.jymnasium.control.pde;

import java.util.function.DoubleUnaryOperator;

/**
 * A nonlinear PDE in controlgym's Fourier form {@code ∂ₜû = L(k)û + P(k)·F[g(u)] + F[f]}: a
 * diagonal linear operator L, a pointwise nonlinearity g whose transform is multiplied by P (for
 * example {@code P = −½ik, g(u) = u²} for Burgers' {@code −u uₓ}), and the actuator forcing f.
 * Coefficients are given at the real-FFT wavenumbers {@code k_m = 2πm/L}, {@code m = 0…n/2}.
 *
 * @param linearRe real part of L(k_m)
 * @param linearIm imaginary part of L(k_m)
 * @param termRe real part of P(k_m)
 * @param termIm imaginary part of P(k_m)
 * @param pointwise g, applied to the field's values on the dealiasing grid
 */
record SpectralPde(
    double[] linearRe, double[] linearIm, double[] termRe, double[] termIm, Pointwise pointwise) {

  /** The real-FFT wavenumbers {@code 2π·rfftfreq(n, L/n)} as numpy computes them. */
  static double[] wavenumbers(int n, double domainLength) {
    double[] k = new double[n / 2 + 1];
    double spacing = domainLength / n;
    // numpy: arange(0, n/2 + 1) * (1 / (n * d)), then * 2π.
    double val = 1.0 / (n * spacing);
    for (int m = 0; m < k.length; m++) {
      k[m] = m * val * 2 * Math.PI;
    }
    return k;
  }

  /** A real-valued array of {@code n/2 + 1} entries, each {@code f(k_m)}. */
  static double[] of(double[] wavenumbers, DoubleUnaryOperator f) {
    double[] out = new double[wavenumbers.length];
    for (int m = 0; m < out.length; m++) {
      out[m] = f.applyAsDouble(wavenumbers[m]);
    }
    return out;
  }
}
