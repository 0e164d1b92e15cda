package dev.jymnasium.env.wrappers;

import dev.jymnasium.env.ActionWrapper;
import dev.jymnasium.env.Env;
import dev.jymnasium.env.spaces.Box;
import dev.jymnasium.env.spaces.DType;

/**
 * Clips Box actions into the inner env's bounds. The exposed action space is a Box of the same
 * shape and dtype without bounds (infinite for float dtypes, the dtype's full range for integer
 * ones), so any finite action is accepted. The clipped action is written into a buffer owned by the
 * wrapper and reused on every step; the caller's array is never modified.
 *
 * @param <T> the primitive array type of the action Box
 */
public final class ClipAction<O, T> extends ActionWrapper<O, T, T> {
  private final Box<T> inner;
  private final DType dtype;
  private final int size;
  private final double[] low;
  private final double[] high;
  private final Object buffer;

  /**
   * @throws IllegalArgumentException if the action space is not a Box
   */
  @SuppressWarnings("unchecked")
  public ClipAction(Env<O, T> env) {
    super(env);
    this.inner = (Box<T>) WrapperSupport.requireBox(env.actionSpace(), "ClipAction", "action");
    this.dtype = inner.dtype();
    this.size = inner.size();
    this.low = inner.low();
    this.high = inner.high();
    this.buffer = dtype.newArray(size);
    double lo = dtype.isFloat() ? Double.NEGATIVE_INFINITY : dtype.min();
    double hi = dtype.isFloat() ? Double.POSITIVE_INFINITY : dtype.max();
    setActionSpace(Box.of(lo, hi, inner.shape(), dtype));
  }

  @SuppressWarnings("unchecked")
  @Override
  protected T action(T action) {
    if (dtype == DType.FLOAT32) {
      float[] a = (float[]) action;
      float[] out = (float[]) buffer;
      for (int i = 0; i < size; i++) {
        out[i] = (float) Math.min(Math.max(a[i], low[i]), high[i]);
      }
    } else if (dtype == DType.FLOAT64) {
      double[] a = (double[]) action;
      double[] out = (double[]) buffer;
      for (int i = 0; i < size; i++) {
        out[i] = Math.min(Math.max(a[i], low[i]), high[i]);
      }
    } else {
      for (int i = 0; i < size; i++) {
        dtype.set(buffer, i, Math.min(Math.max(dtype.get(action, i), low[i]), high[i]));
      }
    }
    return (T) buffer;
  }
}
