package dev.jymnasium.baselines.algo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import dev.jymnasium.baselines.nn.Torch;
import org.junit.jupiter.api.Test;

/** {@link Sac#squashedGaussian} against the squashed-Gaussian density in double precision. */
class SquashedGaussianTest {
  private static final double LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);

  @Test
  void logProbIsTheGaussianDensityLessTheTanhJacobian() {
    // Three rows of two action dimensions; the last element of row 2 has u = 2 + e^-1 * 30 = 13.04,
    // which tanh saturates to exactly 1 in float32.
    float[] mean = {0.3f, -1.2f, 0, 0.8f, 0.5f, 2};
    float[] logStd = {-0.5f, 0.2f, 0, -2, 0.1f, -1};
    double[] noise = {0.7, -1.3, 0.4, 1.9, -0.6, 30};
    try (NDManager m = Torch.engine().newBaseManager()) {
      Sac.SquashedSample s =
          Sac.squashedGaussian(
              m,
              m.create(mean, new Shape(3, 2)),
              m.create(logStd, new Shape(3, 2)),
              noise,
              m.create(1f + 1e-6f));
      float[] action = s.action().toFloatArray();
      float[] logProb = s.logProb().toFloatArray();
      assertEquals(new Shape(3, 1), s.logProb().getShape());
      for (int i = 0; i < 3; i++) {
        double direct = 0; // SB3's formula, epsilon 1e-6 inside the Jacobian's log
        double exact = 0; // with log(1 - tanh(u)^2) = 2 * (log 2 - u - softplus(-2u)), no epsilon
        for (int j = 0; j < 2; j++) {
          int k = i * 2 + j;
          double u = mean[k] + Math.exp(logStd[k]) * noise[k];
          double a = Math.tanh(u);
          assertEquals(a, action[k], 1e-6, "action " + k);
          double gaussian = -0.5 * noise[k] * noise[k] - LOG_SQRT_2PI - logStd[k];
          direct += gaussian - Math.log(1 - a * a + 1e-6);
          exact += gaussian - 2 * (Math.log(2) - u - Math.log1p(Math.exp(-2 * u)));
        }
        if (i < 2) {
          assertEquals(direct, logProb[i], 1e-5, "row " + i);
          // Away from saturation the epsilon barely moves the density.
          assertEquals(exact, logProb[i], 1e-4, "row " + i);
        } else {
          // Saturated: 1 + 1e-6f is 1 + 2^-20 in float32 and tanh(u)^2 is 1, so the Jacobian
          // term -log(1 + 1e-6 - a^2) is 20 ln 2 (the exact -log(1 - tanh(u)^2) is about 24.7):
          // finite, where log(1 - a^2) alone would be -infinity.
          double first =
              -0.5 * 0.6 * 0.6
                  - LOG_SQRT_2PI
                  - 0.1
                  - Math.log(1 - Math.pow(Math.tanh(0.5 + Math.exp(0.1) * -0.6), 2) + 1e-6);
          double saturated = -0.5 * 30 * 30 - LOG_SQRT_2PI + 1 + 20 * Math.log(2);
          assertEquals(first + saturated, logProb[i], 1e-3, "row " + i);
        }
      }
    }
  }
}
