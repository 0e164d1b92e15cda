package dev.jymnasium.baselines.suite.report;

import dev.jymnasium.env.rng.NpRandom;
import java.util.Arrays;
import java.util.function.ToDoubleFunction;

/**
 * Statistics of a score table, after Agarwal et al. 2021, "Deep Reinforcement Learning at the Edge
 * of the Statistical Precipice" (NeurIPS), and their library rliable (google-research/rliable).
 *
 * <p>A table is {@code double[task][run]}: one row per task (env), one score per run (seed); rows
 * may have different lengths. Aggregates weigh every task equally where the paper does (mean and
 * median of per-task means) and pool runs where it does (the interquartile mean).
 *
 * <p>Confidence intervals come from the stratified bootstrap: each replicate resamples the runs of
 * every task with replacement, keeping the tasks. Replicate {@code b} draws, for task {@code t} in
 * order, the indices {@code numpy.random.default_rng(seed).integers(0, n_t, size=n_t)} (one
 * generator for all replicates, so numpy reproduces the draws exactly); the interval is numpy's
 * {@code percentile} (linear) of the replicates at {@code 2.5} and {@code 97.5}.
 */
public final class ScoreStats {
  /** Replicates rliable uses by default. */
  public static final int DEFAULT_REPS = 50_000;

  /** Seed of the bootstrap generator unless one is given. */
  public static final long DEFAULT_SEED = 0;

  private ScoreStats() {}

  /** Mean of the per-task means. */
  public static double aggregateMean(double[][] table) {
    return mean(taskMeans(table));
  }

  /** Median of the per-task means. */
  public static double aggregateMedian(double[][] table) {
    return median(taskMeans(table));
  }

  /**
   * Interquartile mean of all runs of all tasks pooled: the mean of the middle half, cutting {@code
   * floor(n / 4)} scores from each end as {@code scipy.stats.trim_mean(x, 0.25)} does.
   */
  public static double aggregateIqm(double[][] table) {
    return iqm(flatten(table));
  }

  /**
   * Optimality gap: the mean over all runs of {@code max(gamma - score, 0)}, for normalised scores
   * with {@code gamma = 1}.
   */
  public static double optimalityGap(double[][] table, double gamma) {
    double[] all = flatten(table);
    double sum = 0;
    for (double s : all) {
      sum += Math.max(gamma - s, 0);
    }
    return sum / all.length;
  }

  /** Mean of {@code x}. */
  public static double mean(double[] x) {
    double sum = 0;
    for (double v : x) {
      sum += v;
    }
    return sum / x.length;
  }

  /** Median of {@code x} (mean of the two middle values for an even count). */
  public static double median(double[] x) {
    double[] s = x.clone();
    Arrays.sort(s);
    int n = s.length;
    return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
  }

  /** Interquartile mean: {@code scipy.stats.trim_mean(x, 0.25)}. */
  public static double iqm(double[] x) {
    double[] s = x.clone();
    Arrays.sort(s);
    int cut = (int) (0.25 * s.length);
    double sum = 0;
    for (int i = cut; i < s.length - cut; i++) {
      sum += s[i];
    }
    return sum / (s.length - 2 * cut);
  }

  /**
   * The statistic of {@code table} with its 95% stratified-bootstrap interval.
   *
   * @param reps bootstrap replicates, {@code >= 1}
   * @param seed seed of the resampling generator
   */
  public static Interval bootstrap(
      double[][] table, ToDoubleFunction<double[][]> statistic, int reps, long seed) {
    requireReps(reps);
    NpRandom rng = NpRandom.of(seed);
    double[][] sample = emptyLike(table);
    double[] values = new double[reps];
    for (int b = 0; b < reps; b++) {
      resample(table, sample, rng);
      values[b] = statistic.applyAsDouble(sample);
    }
    return new Interval(
        statistic.applyAsDouble(table), percentile(values, 2.5), percentile(values, 97.5));
  }

  /**
   * Performance profile: for each threshold, the fraction of runs scoring above it, averaged over
   * tasks ({@code numpy.mean(scores > tau)} when all tasks have the same number of runs). Never
   * increases with the threshold.
   */
  public static double[] performanceProfile(double[][] table, double[] thresholds) {
    double[] out = new double[thresholds.length];
    for (int i = 0; i < thresholds.length; i++) {
      double sum = 0;
      for (double[] task : table) {
        int above = 0;
        for (double s : task) {
          if (s > thresholds[i]) {
            above++;
          }
        }
        sum += (double) above / task.length;
      }
      out[i] = sum / table.length;
    }
    return out;
  }

  /**
   * Probability of improvement {@code P(X > Y)}: per task, the chance that a random run of X scores
   * above a random run of Y (ties count half, the Mann-Whitney U statistic over {@code n_x * n_y}),
   * averaged over tasks. Row {@code t} of both tables is the same task.
   */
  public static double probabilityOfImprovement(double[][] x, double[][] y) {
    requireSameTasks(x, y);
    double sum = 0;
    for (int t = 0; t < x.length; t++) {
      double wins = 0;
      for (double a : x[t]) {
        for (double b : y[t]) {
          wins += a > b ? 1 : a == b ? 0.5 : 0;
        }
      }
      sum += wins / ((double) x[t].length * y[t].length);
    }
    return sum / x.length;
  }

  /**
   * {@link #probabilityOfImprovement} with its 95% interval: each replicate resamples the runs of X
   * (all tasks in order) and then those of Y, from one generator as {@link #bootstrap} does.
   */
  public static Interval probabilityOfImprovement(double[][] x, double[][] y, int reps, long seed) {
    requireSameTasks(x, y);
    requireReps(reps);
    NpRandom rng = NpRandom.of(seed);
    double[][] sx = emptyLike(x);
    double[][] sy = emptyLike(y);
    double[] values = new double[reps];
    for (int b = 0; b < reps; b++) {
      resample(x, sx, rng);
      resample(y, sy, rng);
      values[b] = probabilityOfImprovement(sx, sy);
    }
    return new Interval(
        probabilityOfImprovement(x, y), percentile(values, 2.5), percentile(values, 97.5));
  }

  /** numpy's {@code percentile(x, q)} with linear interpolation, {@code q} in [0, 100]. */
  public static double percentile(double[] x, double q) {
    double[] s = x.clone();
    Arrays.sort(s);
    double pos = q / 100 * (s.length - 1);
    int lo = (int) Math.floor(pos);
    int hi = Math.min(lo + 1, s.length - 1);
    double frac = pos - lo;
    return s[lo] + (s[hi] - s[lo]) * frac;
  }

  private static void resample(double[][] table, double[][] sample, NpRandom rng) {
    for (int t = 0; t < table.length; t++) {
      int n = table[t].length;
      for (int i = 0; i < n; i++) {
        sample[t][i] = table[t][(int) rng.integers(0, n)];
      }
    }
  }

  private static double[][] emptyLike(double[][] table) {
    if (table.length == 0) {
      throw new IllegalArgumentException("a score table needs at least one task");
    }
    double[][] out = new double[table.length][];
    for (int t = 0; t < table.length; t++) {
      if (table[t].length == 0) {
        throw new IllegalArgumentException("task " + t + " of the score table has no runs");
      }
      out[t] = new double[table[t].length];
    }
    return out;
  }

  private static double[] taskMeans(double[][] table) {
    double[] m = new double[table.length];
    for (int t = 0; t < table.length; t++) {
      m[t] = mean(table[t]);
    }
    return m;
  }

  private static double[] flatten(double[][] table) {
    return Arrays.stream(table).flatMapToDouble(Arrays::stream).toArray();
  }

  private static void requireSameTasks(double[][] x, double[][] y) {
    if (x.length != y.length) {
      throw new IllegalArgumentException(
          "both score tables need the same tasks, got " + x.length + " and " + y.length);
    }
  }

  private static void requireReps(int reps) {
    if (reps < 1) {
      throw new IllegalArgumentException("bootstrap replicates must be >= 1, got " + reps);
    }
  }
}
