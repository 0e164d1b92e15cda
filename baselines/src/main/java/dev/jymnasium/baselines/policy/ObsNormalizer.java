package dev.jymnasium.baselines.policy;

/**
 * Running mean and variance of observations (SB3's {@code VecNormalize} for observations): {@code
 * clip((x - mean) / sqrt(var + 1e-8), -10, 10)}. Statistics update while training and are frozen
 * inside a saved policy.
 */
public final class ObsNormalizer {
  private static final double EPS = 1e-8;
  private static final float CLIP = 10f;

  private final double[] mean;
  private final double[] var;
  private double count;

  /** Fresh statistics (mean 0, variance 1, count 1e-4 as SB3). */
  public ObsNormalizer(int dim) {
    this.mean = new double[dim];
    this.var = new double[dim];
    java.util.Arrays.fill(var, 1.0);
    this.count = 1e-4;
  }

  /** Statistics restored from a saved policy or checkpoint. */
  public ObsNormalizer(double[] mean, double[] var, double count) {
    if (mean.length != var.length) {
      throw new IllegalArgumentException("normaliser mean and var lengths differ");
    }
    this.mean = mean.clone();
    this.var = var.clone();
    this.count = count;
  }

  /** Takes over another normaliser's statistics (same dimension). */
  public void restore(ObsNormalizer other) {
    if (other.mean.length != mean.length) {
      throw new IllegalArgumentException(
          "normaliser has dimension " + other.mean.length + ", expected " + mean.length);
    }
    System.arraycopy(other.mean, 0, mean, 0, mean.length);
    System.arraycopy(other.var, 0, var, 0, var.length);
    count = other.count;
  }

  /** A frozen copy. */
  public ObsNormalizer copy() {
    return new ObsNormalizer(mean, var, count);
  }

  public double[] mean() {
    return mean.clone();
  }

  public double[] var() {
    return var.clone();
  }

  public double count() {
    return count;
  }

  /** Merges a batch of {@code n} feature rows into the statistics (parallel algorithm). */
  public void update(float[] batch, int n) {
    int dim = mean.length;
    for (int j = 0; j < dim; j++) {
      double m = 0;
      for (int i = 0; i < n; i++) {
        m += batch[i * dim + j];
      }
      m /= n;
      double v = 0;
      for (int i = 0; i < n; i++) {
        double d = batch[i * dim + j] - m;
        v += d * d;
      }
      v /= n;
      double delta = m - mean[j];
      double total = count + n;
      mean[j] += delta * n / total;
      var[j] = (var[j] * count + v * n + delta * delta * count * n / total) / total;
    }
    count += n;
  }

  /** Normalises {@code n} rows in place. */
  public void normalize(float[] batch, int n) {
    int dim = mean.length;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < dim; j++) {
        int k = i * dim + j;
        float z = (float) ((batch[k] - mean[j]) / Math.sqrt(var[j] + EPS));
        batch[k] = Math.max(-CLIP, Math.min(CLIP, z));
      }
    }
  }
}
