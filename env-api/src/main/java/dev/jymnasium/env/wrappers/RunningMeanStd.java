package dev.jymnasium.env.wrappers;

/**
 * Running mean and variance of a scalar stream in double precision, merged batch by batch with the
 * parallel (Chan et al.) form of Welford's algorithm, as Gymnasium's {@code RunningMeanStd} with
 * {@code shape=()}: starts at mean 0, variance 1 and a pseudo-count of {@code 1e-4}.
 */
public final class RunningMeanStd {
  private double mean;
  private double var = 1.0;
  private double count;

  /** Mean 0, variance 1, count {@code 1e-4}. */
  public RunningMeanStd() {
    this(1e-4);
  }

  /**
   * @param initialCount pseudo-count of the initial (0, 1) statistics, {@code > 0}
   */
  public RunningMeanStd(double initialCount) {
    if (!(initialCount > 0)) {
      throw new IllegalArgumentException("initialCount must be > 0, got " + initialCount);
    }
    this.count = initialCount;
  }

  /** Adds one value (a batch of one: mean {@code x}, variance 0). */
  public void update(double x) {
    updateFromMoments(x, 0.0, 1.0);
  }

  /**
   * Adds {@code values[from, to)} as one batch (population variance). Does nothing for an empty
   * range.
   */
  public void update(double[] values, int from, int to) {
    int n = to - from;
    if (n <= 0) {
      return;
    }
    double sum = 0;
    for (int i = from; i < to; i++) {
      sum += values[i];
    }
    double bm = sum / n;
    double sq = 0;
    for (int i = from; i < to; i++) {
      double d = values[i] - bm;
      sq += d * d;
    }
    updateFromMoments(bm, sq / n, n);
  }

  /**
   * Merges a batch given by its moments.
   *
   * @param batchMean mean of the batch
   * @param batchVar population variance of the batch, {@code >= 0}
   * @param batchCount number of values in the batch, {@code > 0}
   */
  public void updateFromMoments(double batchMean, double batchVar, double batchCount) {
    double delta = batchMean - mean;
    double total = count + batchCount;
    double m2 = var * count + batchVar * batchCount + delta * delta * count * batchCount / total;
    mean = mean + delta * batchCount / total;
    var = m2 / total;
    count = total;
  }

  /** The running mean. */
  public double mean() {
    return mean;
  }

  /** The running (population) variance. */
  public double var() {
    return var;
  }

  /** The number of values seen plus the initial pseudo-count. */
  public double count() {
    return count;
  }

  /** Replaces the statistics (e.g. to restore saved ones); {@code count > 0}, {@code var >= 0}. */
  public void set(double mean, double var, double count) {
    if (!(count > 0) || !(var >= 0)) {
      throw new IllegalArgumentException(
          "need count > 0 and var >= 0, got count " + count + ", var " + var);
    }
    this.mean = mean;
    this.var = var;
    this.count = count;
  }
}
