package dev.jymnasium.baselines.suite.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Statistics on a fixed ragged table against numpy 2.4 / scipy 1.17. The reference values were
 * printed by a script that, with {@code a} and {@code b} the tables below, computes {@code
 * scipy.stats.trim_mean(np.concatenate(a), 0.25)}, the mean of the task means, and bootstraps with
 * {@code rng = np.random.default_rng(seed)}, per replicate {@code [x[rng.integers(0, len(x),
 * size=len(x))] for x in a]}, then {@code np.percentile(values, [2.5, 97.5])}.
 */
class ScoreStatsTest {
  private static final double[][] A = {{0.1, 0.5, 0.9, 0.3, 0.7}, {1.2, 0.2, 0.8, 0.4}};
  private static final double[][] B = {{0.2, 0.4, 0.6, 0.3, 0.5}, {0.9, 0.4, 0.8, 0.1}};
  private static final double EPS = 1e-12;

  @Test
  void pointEstimatesMatchHandComputedValues() {
    // pooled and sorted: 0.1 0.2 0.3 0.4 0.5 0.7 0.8 0.9 1.2; trim int(9 / 4) = 2 each side
    assertEquals((0.3 + 0.4 + 0.5 + 0.7 + 0.8) / 5, ScoreStats.aggregateIqm(A), EPS);
    assertEquals((0.5 + 0.65) / 2, ScoreStats.aggregateMean(A), EPS);
    assertEquals(0.575, ScoreStats.aggregateMedian(A), EPS);
    assertEquals(0.4555555555555555, ScoreStats.optimalityGap(A, 1.0), EPS);
    // scipy.stats.trim_mean([5, 1, 9, 3, 7, 2, 8], 0.25) = 5.0 (cuts 1 each side)
    assertEquals(5.0, ScoreStats.iqm(new double[] {5, 1, 9, 3, 7, 2, 8}), EPS);
    assertEquals(3.0, ScoreStats.median(new double[] {4, 1, 2, 9}), EPS);
  }

  @Test
  void stratifiedBootstrapIntervalsMatchNumpy() {
    Interval iqm = ScoreStats.bootstrap(A, ScoreStats::aggregateIqm, 1000, 42);
    assertEquals(0.54, iqm.value(), EPS);
    assertEquals(0.28, iqm.low(), 1e-12);
    assertEquals(0.82, iqm.high(), 1e-12);
    Interval mean = ScoreStats.bootstrap(A, ScoreStats::aggregateMean, 1000, 42);
    assertEquals(0.364875, mean.low(), 1e-12);
    assertEquals(0.7902499999999998, mean.high(), 1e-12);
  }

  @Test
  void probabilityOfImprovementMatchesNumpy() {
    assertEquals(0.58125, ScoreStats.probabilityOfImprovement(A, B), EPS);
    Interval pi = ScoreStats.probabilityOfImprovement(A, B, 1000, 7);
    assertEquals(0.28798437499999996, pi.low(), 1e-12);
    assertEquals(0.817546875, pi.high(), 1e-12);
    assertEquals(0.5, ScoreStats.probabilityOfImprovement(A, A), EPS);
  }

  @Test
  void performanceProfileMatchesNumpyAndNeverRises() {
    double[] taus = {0, 0.3, 0.5, 1.0};
    double[] p = ScoreStats.performanceProfile(A, taus);
    double[] expected = {1.0, 0.675, 0.45, 0.125};
    for (int i = 0; i < taus.length; i++) {
      assertEquals(expected[i], p[i], EPS);
    }
    double[] fine = new double[200];
    for (int i = 0; i < fine.length; i++) {
      fine[i] = -0.5 + i * 0.01;
    }
    double[] q = ScoreStats.performanceProfile(A, fine);
    for (int i = 1; i < q.length; i++) {
      assertTrue(q[i] <= q[i - 1], "profile rises at " + fine[i]);
    }
    assertEquals(1.0, q[0], EPS);
    assertEquals(0.0, q[q.length - 1], EPS);
  }

  @Test
  void badTablesAreRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ScoreStats.bootstrap(new double[][] {{1}, {}}, ScoreStats::aggregateMean, 10, 0));
    assertTrue(e.getMessage().contains("task 1"), e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> ScoreStats.probabilityOfImprovement(A, new double[][] {{1}}));
    assertThrows(
        IllegalArgumentException.class,
        () -> ScoreStats.bootstrap(A, ScoreStats::aggregateMean, 0, 0));
  }
}
