package dev.jymnasium.physics.jointspace;

/**
 * Dense Cholesky factorisation and solve of a small symmetric positive definite matrix. The factor
 * keeps the reciprocals of its diagonal in place of the diagonal, so that solving multiplies.
 */
final class Cholesky {
  private Cholesky() {}

  /**
   * Lower factor L of a = L·Lᵀ into {@code l} (row-major, n × n), with 1/L_ii on the diagonal; a
   * non-positive pivot gives non-finite entries.
   */
  static void factor(double[] a, double[] l, int n) {
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < i; j++) {
        double sum = a[i * n + j];
        for (int k = 0; k < j; k++) {
          sum -= l[i * n + k] * l[j * n + k];
        }
        l[i * n + j] = sum * l[j * n + j];
      }
      double sum = a[i * n + i];
      for (int k = 0; k < i; k++) {
        sum -= l[i * n + k] * l[i * n + k];
      }
      l[i * n + i] = 1 / Math.sqrt(sum);
    }
  }

  /** Solves L·Lᵀ·x = b in place of {@code b}. */
  static void solve(double[] l, double[] b, int n) {
    solve(l, b, 0, n);
  }

  /** Solves L·Lᵀ·x = b in place of {@code b[o..o+n-1]}. */
  static void solve(double[] l, double[] b, int o, int n) {
    for (int i = 0; i < n; i++) {
      double sum = b[o + i];
      for (int k = 0; k < i; k++) {
        sum -= l[i * n + k] * b[o + k];
      }
      b[o + i] = sum * l[i * n + i];
    }
    for (int i = n - 1; i >= 0; i--) {
      double sum = b[o + i];
      for (int k = i + 1; k < n; k++) {
        sum -= l[k * n + i] * b[o + k];
      }
      b[o + i] = sum * l[i * n + i];
    }
  }
}
