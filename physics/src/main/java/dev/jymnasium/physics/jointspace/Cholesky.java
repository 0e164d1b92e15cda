package dev.jymnasium.physics.jointspace;

/**
 * Dense square-root-free Cholesky factorisation (a = L·D·Lᵀ, L unit lower triangular) and solve of
 * a small symmetric positive definite matrix. The factor keeps 1/D in place of L's unit diagonal,
 * so that solving multiplies, and no square root is taken.
 */
final class Cholesky {
  private Cholesky() {}

  /**
   * Factor of a = L·D·Lᵀ into {@code l} (row-major, n × n): L below the diagonal, 1/D on it; the
   * upper triangle is scratch (L·D). A non-positive pivot gives a non-positive or infinite 1/D.
   */
  static void factor(double[] a, double[] l, int n) {
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < i; j++) {
        double sum = a[i * n + j];
        for (int k = 0; k < j; k++) {
          sum -= l[k * n + i] * l[j * n + k];
        }
        // L·D in the upper triangle, L below.
        l[j * n + i] = sum;
        l[i * n + j] = sum * l[j * n + j];
      }
      double sum = a[i * n + i];
      for (int k = 0; k < i; k++) {
        sum -= l[k * n + i] * l[i * n + k];
      }
      l[i * n + i] = 1 / sum;
    }
  }

  /** Solves L·D·Lᵀ·x = b in place of {@code b}. */
  static void solve(double[] l, double[] b, int n) {
    solve(l, b, 0, n);
  }

  /** Solves L·D·Lᵀ·x = b in place of {@code b[o..o+n-1]}. */
  static void solve(double[] l, double[] b, int o, int n) {
    for (int i = 0; i < n; i++) {
      double sum = b[o + i];
      for (int k = 0; k < i; k++) {
        sum -= l[i * n + k] * b[o + k];
      }
      b[o + i] = sum;
    }
    for (int i = n - 1; i >= 0; i--) {
      double sum = b[o + i] * l[i * n + i];
      for (int k = i + 1; k < n; k++) {
        sum -= l[k * n + i] * b[o + k];
      }
      b[o + i] = sum;
    }
  }
}
