package dev.jymnasium.env.wrappers;

import dev.jymnasium.env.Env;
import dev.jymnasium.env.ObservationWrapper;
import dev.jymnasium.env.spaces.Box;
import dev.jymnasium.env.spaces.DType;
import dev.jymnasium.env.spaces.Discrete;
import dev.jymnasium.env.spaces.MultiBinary;
import dev.jymnasium.env.spaces.MultiDiscrete;
import dev.jymnasium.env.spaces.Space;

/**
 * Casts observations to another dtype as numpy's {@code astype} does (float to int truncates toward
 * zero; float64 to float32 rounds to nearest). The space becomes a Box of the new dtype: a Box
 * keeps its shape and bounds (cast the same way, infinite bounds of integer targets become the
 * dtype's range); a Discrete becomes a 0-d Box {@code [start, start + n]} (Gymnasium's bound); a
 * MultiDiscrete a Box {@code [start, start + nvec - 1]} of its shape; a MultiBinary a Box {@code
 * [0, 1]}. The output array is owned by the wrapper and reused.
 *
 * @param <T> the primitive array type of the new dtype
 */
public final class DtypeObservation<T, A> extends ObservationWrapper<T, A, Object> {
  private final Space<?> inner;
  private final DType from;
  private final DType to;
  private final int size;
  private final Object out;

  /**
   * @param dtype the new element type
   * @throws IllegalArgumentException if the space is not a Box, Discrete, MultiDiscrete or
   *     MultiBinary, or a bound is not representable in the new dtype
   */
  @SuppressWarnings("unchecked")
  public DtypeObservation(Env<?, A> env, DType dtype) {
    super((Env<Object, A>) env);
    if (dtype == null) {
      throw new IllegalArgumentException("DtypeObservation needs a dtype");
    }
    this.inner = env.observationSpace();
    this.to = dtype;
    double[] low;
    double[] high;
    int[] shape;
    if (inner instanceof Box<?> b) {
      from = b.dtype();
      low = b.low();
      high = b.high();
      shape = b.shape();
    } else if (inner instanceof Discrete d) {
      from = null;
      low = new double[] {d.start()};
      high = new double[] {(double) d.start() + d.n()};
      shape = new int[0];
    } else if (inner instanceof MultiDiscrete m) {
      from = null;
      int[] nvec = m.nvec();
      int[] start = m.start();
      low = new double[nvec.length];
      high = new double[nvec.length];
      for (int i = 0; i < nvec.length; i++) {
        low[i] = start[i];
        high[i] = (double) start[i] + nvec[i] - 1;
      }
      shape = m.shape();
    } else if (inner instanceof MultiBinary m) {
      from = DType.INT8;
      low = new double[m.size()];
      high = new double[m.size()];
      java.util.Arrays.fill(high, 1.0);
      shape = m.shape();
    } else {
      throw new IllegalArgumentException(
          "DtypeObservation needs a Box, Discrete, MultiDiscrete or "
              + "MultiBinary observation space, got "
              + inner);
    }
    this.size = low.length;
    for (int i = 0; i < size; i++) {
      low[i] = castBound(low[i]);
      high[i] = castBound(high[i]);
    }
    setObservationSpace((Space<T>) new Box<T>(low, high, shape, to));
    this.out = to.newArray(size);
  }

  private double castBound(double v) {
    if (to.isFloat()) {
      return v;
    }
    if (Double.isInfinite(v)) {
      return v < 0 ? to.min() : to.max();
    }
    double t = v < 0 ? Math.ceil(v) : Math.floor(v);
    return Math.min(Math.max(t, to.min()), to.max());
  }

  @Override
  @SuppressWarnings("unchecked")
  protected T observation(Object observation) {
    if (observation instanceof Integer v) {
      to.set(out, 0, v);
    } else if (inner instanceof MultiDiscrete) {
      int[] a = (int[]) observation;
      for (int i = 0; i < size; i++) {
        to.set(out, i, a[i]);
      }
    } else {
      for (int i = 0; i < size; i++) {
        to.set(out, i, from.get(observation, i));
      }
    }
    return (T) out;
  }
}
