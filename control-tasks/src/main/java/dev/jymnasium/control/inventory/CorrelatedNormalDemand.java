package dev.jymnasium.control.inventory;

import dev.jymnasium.env.rng.NpRandom;

/**
 * Demand of {@code n} stores drawn jointly Normal with means {@code μ_i}, standard deviations
 * {@code σ_i} and one correlation {@code ρ} between every pair, then raised to a floor (0 in the
 * one_warehouse setting of Alvo, Russo and Kanoria 2023, none in the transshipment one) and rounded
 * to 3 decimals. Draws use the Cholesky factor of the covariance on numpy-compatible standard
 * normals; numpy's {@code multivariate_normal} factors by SVD instead, so draws are not numpy's.
 */
final class CorrelatedNormalDemand {
  private final double[] means;
  private final double[] chol;
  private final double[] normals;
  private final int n;
  private final double floor;

  /**
   * @param means {@code μ_i}
   * @param stds {@code σ_i ≥ 0}
   * @param correlation {@code ρ ∈ (−1/(n−1), 1)} so that the covariance is positive definite
   */
  CorrelatedNormalDemand(double[] means, double[] stds, double correlation) {
    this(means, stds, correlation, 0.0);
  }

  /**
   * @param floor demand below it is raised to it ({@code -inf}: no clipping)
   */
  CorrelatedNormalDemand(double[] means, double[] stds, double correlation, double floor) {
    this.floor = floor;
    this.n = means.length;
    this.means = means.clone();
    this.normals = new double[n];
    // Cholesky of the correlation matrix (1 on the diagonal, ρ elsewhere), scaled by σ per row.
    double[] l = new double[n * n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j <= i; j++) {
        double sum = i == j ? 1.0 : correlation;
        for (int k = 0; k < j; k++) {
          sum -= l[i * n + k] * l[j * n + k];
        }
        if (i == j) {
          if (!(sum > 0)) {
            throw new IllegalArgumentException(
                "demand correlation " + correlation + " is not valid for " + n + " stores");
          }
          l[i * n + i] = Math.sqrt(sum);
        } else {
          l[i * n + j] = sum / l[j * n + j];
        }
      }
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j <= i; j++) {
        l[i * n + j] *= stds[i];
      }
    }
    this.chol = l;
  }

  /** Fills {@code out} with one draw per store. */
  void sample(NpRandom rng, double[] out) {
    for (int i = 0; i < n; i++) {
      normals[i] = rng.standardNormal();
    }
    for (int i = 0; i < n; i++) {
      double x = means[i];
      for (int j = 0; j <= i; j++) {
        x += chol[i * n + j] * normals[j];
      }
      out[i] = Math.rint(Math.max(x, floor) * 1000.0) / 1000.0 + 0.0;
    }
  }
}
