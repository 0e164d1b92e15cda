package dev.jymnasium.env.wrappers;

import dev.jymnasium.env.Env;
import dev.jymnasium.env.ObservationWrapper;
import dev.jymnasium.env.spaces.Box;
import dev.jymnasium.env.spaces.DType;
import dev.jymnasium.env.spaces.Space;
import dev.jymnasium.env.spaces.Spaces;

/**
 * Flattens observations to 1-D primitive arrays as {@link Spaces#flatten} does (Box values
 * row-major, discrete values one-hot, Tuple/Dict children concatenated in order); the space becomes
 * {@link Spaces#flattenSpace}. The output array has the flat dtype's Java type ({@code float[]} for
 * float32 leaves, {@code double[]} for mixed float32/int leaves, ...), is owned by the wrapper and
 * reused on every reset and step.
 *
 * @param <T> the primitive array type of the flat dtype, e.g. {@code float[]}
 */
public final class FlattenObservation<T, A> extends ObservationWrapper<T, A, Object> {
  private final Space<Object> inner;
  private final DType dtype;
  private final double[] scratch;
  private final Object out;

  /**
   * @throws IllegalArgumentException if the observation space cannot be flattened to a Box
   */
  @SuppressWarnings("unchecked")
  public FlattenObservation(Env<?, A> env) {
    super((Env<Object, A>) env);
    this.inner = (Space<Object>) env.observationSpace();
    Box<?> flat = Spaces.flattenSpace(inner);
    setObservationSpace((Space<T>) flat);
    this.dtype = flat.dtype();
    this.scratch = new double[flat.size()];
    this.out = dtype == DType.FLOAT64 ? scratch : dtype.newArray(flat.size());
  }

  @SuppressWarnings("unchecked")
  @Override
  protected T observation(Object observation) {
    inner.flattenInto(observation, scratch, 0);
    if (out != scratch) {
      for (int i = 0; i < scratch.length; i++) {
        dtype.set(out, i, scratch[i]);
      }
    }
    return (T) out;
  }
}
