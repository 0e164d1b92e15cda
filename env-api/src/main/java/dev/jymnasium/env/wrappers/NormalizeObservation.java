package dev.jymnasium.env.wrappers;

import dev.jymnasium.env.Env;
import dev.jymnasium.env.ObservationWrapper;
import dev.jymnasium.env.spaces.Box;
import dev.jymnasium.env.spaces.DType;

/**
 * Normalises Box observations to roughly zero mean and unit variance with running statistics:
 * returns {@code float32((obs - mean) / sqrt(var + epsilon))} element-wise, where mean and variance
 * start at 0 and 1 with a pseudo-count of {@code 1e-4} and are updated with every observation
 * (reset and step, before normalising it) unless {@link #setUpdateRunningMean(boolean) frozen}.
 *
 * <p>The statistics are float32 arrays and every update is done in float32 arithmetic, as Gymnasium
 * does under numpy 2 for float32 observations (the count is a double). Observations of other dtypes
 * are converted to float32 first. The observation space becomes an unbounded float32 Box of the
 * same shape; the output {@code float[]} is owned by the wrapper and reused.
 */
public final class NormalizeObservation<A> extends ObservationWrapper<float[], A, Object> {
  private final DType dtype;
  private final int size;
  private final float epsilon;
  private final float[] mean;
  private final float[] var;
  private double count = 1e-4;
  private final float[] out;
  private boolean updateRunningMean = true;

  /** With {@code epsilon = 1e-8}. */
  public NormalizeObservation(Env<?, A> env) {
    this(env, 1e-8);
  }

  /**
   * @param epsilon added to the variance before the square root, {@code > 0}
   * @throws IllegalArgumentException if the observation space is not a Box or epsilon is not
   *     positive
   */
  @SuppressWarnings("unchecked")
  public NormalizeObservation(Env<?, A> env, double epsilon) {
    super((Env<Object, A>) env);
    Box<?> box =
        WrapperSupport.requireBox(env.observationSpace(), "NormalizeObservation", "observation");
    if (!(epsilon > 0) || Double.isInfinite(epsilon)) {
      throw new IllegalArgumentException("epsilon must be a positive number, got " + epsilon);
    }
    this.dtype = box.dtype();
    this.size = box.size();
    this.epsilon = (float) epsilon;
    this.mean = new float[size];
    this.var = new float[size];
    java.util.Arrays.fill(var, 1f);
    this.out = new float[size];
    setObservationSpace(
        Box.float32(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, box.shape()));
  }

  /** Whether the statistics are updated with each observation (default {@code true}). */
  public boolean updateRunningMean() {
    return updateRunningMean;
  }

  /** Freezes ({@code false}) or resumes ({@code true}) the statistics, e.g. for evaluation. */
  public void setUpdateRunningMean(boolean update) {
    this.updateRunningMean = update;
  }

  /** A copy of the running mean, one float per element. */
  public float[] mean() {
    return mean.clone();
  }

  /** A copy of the running variance, one float per element. */
  public float[] var() {
    return var.clone();
  }

  /** Observations seen plus the initial pseudo-count {@code 1e-4}. */
  public double count() {
    return count;
  }

  /** Restores saved statistics (arrays of the observation size, {@code count > 0}). */
  public void setStatistics(float[] mean, float[] var, double count) {
    if (mean.length != size || var.length != size || !(count > 0)) {
      throw new IllegalArgumentException(
          "need mean and var of length "
              + size
              + " and count > 0, got lengths "
              + mean.length
              + ", "
              + var.length
              + " and "
              + count);
    }
    System.arraycopy(mean, 0, this.mean, 0, size);
    System.arraycopy(var, 0, this.var, 0, size);
    this.count = count;
  }

  @Override
  protected float[] observation(Object observation) {
    float[] f = dtype == DType.FLOAT32 ? (float[]) observation : null;
    if (updateRunningMean) {
      double total = count + 1.0;
      float totalF = (float) total;
      float countF = (float) count;
      for (int i = 0; i < size; i++) {
        float x = f != null ? f[i] : (float) dtype.get(observation, i);
        float delta = x - mean[i];
        float m2 = var[i] * countF + 0f + delta * delta * countF / totalF;
        mean[i] = mean[i] + delta / totalF;
        var[i] = m2 / totalF;
      }
      count = total;
    }
    for (int i = 0; i < size; i++) {
      float x = f != null ? f[i] : (float) dtype.get(observation, i);
      out[i] = (x - mean[i]) / (float) Math.sqrt(var[i] + epsilon);
    }
    return out;
  }
}
