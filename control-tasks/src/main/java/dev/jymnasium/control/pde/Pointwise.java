package dev.jymnasium.control.pde;

/**
 * The pointwise nonlinearities g(u) of the spectral PDEs. An enum rather than a lambda, so that the
 * loop over the dealiasing grid stays monomorphic (and vectorisable) when several PDE envs share a
 * JVM.
 */
enum Pointwise {
  /** {@code u²}: Burgers, KdV, Kuramoto–Sivashinsky. */
  SQUARE,
  /** {@code u³}: Allen–Cahn, Cahn–Hilliard, Ginzburg–Landau. */
  CUBE,
  /** {@code u(1 − u)}: Fisher–KPP. */
  LOGISTIC;

  /** Replaces each {@code v[i]} by {@code g(scale · v[i])}. */
  void applyScaled(double[] v, double scale) {
    switch (this) {
      case SQUARE -> {
        for (int i = 0; i < v.length; i++) {
          double u = scale * v[i];
          v[i] = u * u;
        }
      }
      case CUBE -> {
        for (int i = 0; i < v.length; i++) {
          double u = scale * v[i];
          v[i] = u * u * u;
        }
      }
      case LOGISTIC -> {
        for (int i = 0; i < v.length; i++) {
          double u = scale * v[i];
          v[i] = u * (1 - u);
        }
      }
    }
  }
}
