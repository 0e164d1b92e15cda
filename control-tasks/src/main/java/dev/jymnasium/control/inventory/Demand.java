package dev.jymnasium.control.inventory;

import dev.jymnasium.env.rng.NpRandom;

/** Demand samplers drawing from a numpy-compatible generator with numpy's algorithms. */
final class Demand {
  private Demand() {}

  /**
   * A Poisson draw as numpy's {@code Generator.poisson(lam)}: multiplication of uniforms below 10,
   * Hörmann's transformed rejection (PTRS) from 10 on.
   */
  static long poisson(NpRandom rng, double lam) {
    if (lam >= 10) {
      return poissonPtrs(rng, lam);
    }
    if (lam == 0) {
      return 0;
    }
    double enlam = Math.exp(-lam);
    long x = 0;
    double prod = 1.0;
    while (true) {
      prod *= rng.random();
      if (prod > enlam) {
        x += 1;
      } else {
        return x;
      }
    }
  }

  private static long poissonPtrs(NpRandom rng, double lam) {
    double slam = Math.sqrt(lam);
    double loglam = Math.log(lam);
    double b = 0.931 + 2.53 * slam;
    double a = -0.059 + 0.02483 * b;
    double invalpha = 1.1239 + 1.1328 / (b - 3.4);
    double vr = 0.9277 - 3.6224 / (b - 2);
    while (true) {
      double u = rng.random() - 0.5;
      double v = rng.random();
      double us = 0.5 - Math.abs(u);
      long k = (long) Math.floor((2 * a / us + b) * u + lam + 0.43);
      if (us >= 0.07 && v <= vr) {
        return k;
      }
      if (k < 0 || (us < 0.013 && v > us)) {
        continue;
      }
      if (Math.log(v) + Math.log(invalpha) - Math.log(a / (us * us) + b)
          <= -lam + k * loglam - logGamma(k + 1)) {
        return k;
      }
    }
  }

  private static final double[] LOGGAM_COEFFS = {
    8.333333333333333e-02, -2.777777777777778e-03, 7.936507936507937e-04, -5.952380952380952e-04,
    8.417508417508418e-04, -1.917526917526918e-03, 6.410256410256410e-03, -2.955065359477124e-02,
    1.796443723688307e-01, -1.39243221690590e+00
  };

  /** log Γ(x) for x ≥ 1 by numpy's series (Stirling with a shift below 7). */
  static double logGamma(double x) {
    if (x == 1.0 || x == 2.0) {
      return 0.0;
    }
    long n = x < 7.0 ? (long) (7 - x) : 0;
    double x0 = x + n;
    double x2 = (1.0 / x0) * (1.0 / x0);
    double lg2pi = 1.8378770664093453e+00;
    double gl0 = LOGGAM_COEFFS[9];
    for (int k = 8; k >= 0; k--) {
      gl0 *= x2;
      gl0 += LOGGAM_COEFFS[k];
    }
    double gl = gl0 / x0 + 0.5 * lg2pi + (x0 - 0.5) * Math.log(x0) - x0;
    if (x < 7.0) {
      for (long k = 1; k <= n; k++) {
        gl -= Math.log(x0 - 1.0);
        x0 -= 1.0;
      }
    }
    return gl;
  }

  /** {@code max(mean + std·N(0,1), 0)} rounded half to even to 3 decimals (never -0.0). */
  static double clippedNormal3(NpRandom rng, double mean, double std) {
    double x = mean + std * rng.standardNormal();
    double clipped = Math.max(x, 0.0);
    return Math.rint(clipped * 1000.0) / 1000.0 + 0.0;
  }
}
