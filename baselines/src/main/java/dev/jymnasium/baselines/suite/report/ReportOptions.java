package dev.jymnasium.baselines.suite.report;

import java.nio.file.Path;

/**
 * Options of {@code jym suite report DIR}.
 *
 * @param outDir where the report goes
 * @param reps bootstrap replicates per interval, {@code >= 1}
 * @param seed seed of the bootstrap generator
 * @param curvePoints points per sample-efficiency curve (slices of the budget), {@code >= 2}
 */
public record ReportOptions(Path outDir, int reps, long seed, int curvePoints) {
  /** Replicates unless told otherwise: enough for two stable decimals of a 95% interval. */
  public static final int DEFAULT_REPS = 10_000;

  /** Points per sample-efficiency curve unless told otherwise. */
  public static final int DEFAULT_CURVE_POINTS = 20;

  public ReportOptions {
    if (reps < 1) {
      throw new IllegalArgumentException("--reps must be >= 1, got " + reps);
    }
    if (curvePoints < 2) {
      throw new IllegalArgumentException("--curve-points must be >= 2, got " + curvePoints);
    }
  }
}
