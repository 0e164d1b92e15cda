package dev.jymnasium.env.wrappers;

import dev.jymnasium.env.Env;
import dev.jymnasium.env.ObservationWrapper;
import dev.jymnasium.env.spaces.Space;
import java.util.function.Function;

/**
 * Passes every observation (reset and step) through a function. When the function changes the
 * observation's type or range, give the new observation space; without one the inner space is kept
 * (then the function must map that space into itself). For allocation-free stepping, let the
 * function write into a buffer it owns and return that.
 *
 * @param <O> observation type after the function
 * @param <IO> observation type of the inner env
 */
public final class TransformObservation<O, A, IO> extends ObservationWrapper<O, A, IO> {
  private final Function<? super IO, ? extends O> func;

  /** Keeps the inner observation space. */
  public TransformObservation(Env<IO, A> env, Function<? super IO, ? extends O> func) {
    this(env, func, null);
  }

  /**
   * @param func maps an inner observation to the returned one
   * @param observationSpace the space of the returned observations, or {@code null} to keep the
   *     inner one
   */
  public TransformObservation(
      Env<IO, A> env, Function<? super IO, ? extends O> func, Space<O> observationSpace) {
    super(env);
    if (func == null) {
      throw new IllegalArgumentException("TransformObservation needs a function");
    }
    this.func = func;
    if (observationSpace != null) {
      setObservationSpace(observationSpace);
    }
  }

  @Override
  protected O observation(IO observation) {
    return func.apply(observation);
  }
}
