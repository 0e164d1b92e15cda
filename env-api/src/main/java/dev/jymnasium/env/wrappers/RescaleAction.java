package dev.jymnasium.env.wrappers;

import dev.jymnasium.env.ActionWrapper;
import dev.jymnasium.env.Env;
import dev.jymnasium.env.spaces.Box;
import dev.jymnasium.env.spaces.DType;
import java.util.Arrays;

/**
 * Exposes a float Box action space with bounds {@code [min, max]} and maps each action affinely
 * onto the inner bounds {@code [low, high]}: {@code inner = low + (high - low) / (max - min) * (a -
 * min)}, clipped into {@code [low, high]} against rounding. The map is computed in double precision
 * and written into a buffer owned by the wrapper and reused on every step.
 *
 * @param <T> {@code float[]} or {@code double[]}
 */
public final class RescaleAction<O, T> extends ActionWrapper<O, T, T> {
  private final DType dtype;
  private final int size;
  private final double[] low;
  private final double[] high;
  private final double[] gradient;
  private final double[] intercept;
  private final Object buffer;

  /** Same {@code min}/{@code max} for every element (e.g. {@code -1, 1}). */
  public RescaleAction(Env<O, T> env, double min, double max) {
    this(env, fill(env, min), fill(env, max));
  }

  /**
   * @param min lower bound of each exposed element (row-major), finite
   * @param max upper bound of each exposed element, finite and {@code > min}
   * @throws IllegalArgumentException if the action space is not a float Box with finite bounds, the
   *     bound lengths differ from its size, or some {@code min >= max}
   */
  @SuppressWarnings("unchecked")
  public RescaleAction(Env<O, T> env, double[] min, double[] max) {
    super(env);
    Box<T> inner = (Box<T>) WrapperSupport.requireBox(env.actionSpace(), "RescaleAction", "action");
    this.dtype = inner.dtype();
    if (!dtype.isFloat()) {
      throw new IllegalArgumentException(
          "RescaleAction needs a float32 or float64 Box, got " + inner);
    }
    this.size = inner.size();
    if (min.length != size || max.length != size) {
      throw new IllegalArgumentException(
          "RescaleAction bounds must have "
              + size
              + " elements for "
              + inner
              + ", got min "
              + min.length
              + " and max "
              + max.length);
    }
    this.low = inner.low();
    this.high = inner.high();
    for (int i = 0; i < size; i++) {
      if (!Double.isFinite(low[i]) || !Double.isFinite(high[i])) {
        throw new IllegalArgumentException(
            "RescaleAction needs finite inner action bounds, got " + inner);
      }
      if (!Double.isFinite(min[i]) || !Double.isFinite(max[i])) {
        throw new IllegalArgumentException(
            "RescaleAction bounds must be finite, got min "
                + Arrays.toString(min)
                + ", max "
                + Arrays.toString(max));
      }
      if (!(min[i] < max[i])) {
        throw new IllegalArgumentException(
            "RescaleAction needs min < max at every element, got "
                + "min "
                + min[i]
                + " and max "
                + max[i]
                + " at index "
                + i);
      }
    }
    Box<T> exposed = new Box<>(min, max, inner.shape(), dtype);
    setActionSpace(exposed);
    this.gradient = new double[size];
    this.intercept = new double[size];
    for (int i = 0; i < size; i++) {
      double lo = exposed.low(i);
      double hi = exposed.high(i);
      gradient[i] = (high[i] - low[i]) / (hi - lo);
      intercept[i] = low[i] - gradient[i] * lo;
    }
    this.buffer = dtype.newArray(size);
  }

  private static double[] fill(Env<?, ?> env, double v) {
    int n = WrapperSupport.requireBox(env.actionSpace(), "RescaleAction", "action").size();
    double[] out = new double[n];
    Arrays.fill(out, v);
    return out;
  }

  @SuppressWarnings("unchecked")
  @Override
  protected T action(T action) {
    if (dtype == DType.FLOAT32) {
      float[] a = (float[]) action;
      float[] out = (float[]) buffer;
      for (int i = 0; i < size; i++) {
        out[i] = (float) map(i, a[i]);
      }
    } else {
      double[] a = (double[]) action;
      double[] out = (double[]) buffer;
      for (int i = 0; i < size; i++) {
        out[i] = map(i, a[i]);
      }
    }
    return (T) buffer;
  }

  private double map(int i, double a) {
    return Math.min(Math.max(gradient[i] * a + intercept[i], low[i]), high[i]);
  }
}
