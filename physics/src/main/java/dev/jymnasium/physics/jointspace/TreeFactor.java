package dev.jymnasium.physics.jointspace;

/**
 * MuJoCo's factorisation of a joint-space mass matrix {@code M = Lᵀ·D·L} that follows the kinematic
 * tree (its {@code mj_factorM} and {@code mj_solveM}): eliminating each DOF into its ancestors
 * only, from the leaves up, so no entry outside the tree's ancestor pairs is ever read or filled. A
 * chain of n DOFs costs what dense Cholesky does; branches and separate bodies (an arm beside a
 * puck on slides) cost far less.
 */
final class TreeFactor {
  private TreeFactor() {}

  /**
   * Factors {@code l} (row-major, n × n) in place: on entry it holds the matrix's entries at each
   * DOF k's ancestors in row k (the lower triangle's tree pattern; no other entry is read), on exit
   * L's entries there and 1/D on the diagonal; other entries are not written. {@code parent} is
   * each DOF's parent DOF or -1.
   */
  static void factor(double[] l, int n, int[] parent) {
    for (int k = n - 1; k >= 0; k--) {
      double pivot = l[k * n + k];
      for (int i = parent[k]; i >= 0; i = parent[i]) {
        double ratio = l[k * n + i] / pivot;
        for (int j = i; j >= 0; j = parent[j]) {
          l[i * n + j] -= l[k * n + j] * ratio;
        }
        l[k * n + i] = ratio;
      }
      l[k * n + k] = 1 / pivot;
    }
  }

  /** Solves Lᵀ·D·L·x = b in place of {@code b}. */
  static void solve(double[] l, double[] b, int n, int[] parent) {
    for (int k = n - 1; k >= 0; k--) {
      for (int i = parent[k]; i >= 0; i = parent[i]) {
        b[i] -= l[k * n + i] * b[k];
      }
    }
    for (int k = 0; k < n; k++) {
      b[k] *= l[k * n + k];
    }
    for (int k = 0; k < n; k++) {
      for (int i = parent[k]; i >= 0; i = parent[i]) {
        b[k] -= l[k * n + i] * b[i];
      }
    }
  }
}
