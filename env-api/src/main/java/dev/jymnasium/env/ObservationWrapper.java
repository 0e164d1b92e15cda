package dev.jymnasium.env;

import java.util.Map;

/** A wrapper that passes every observation (reset and step) through {@link #observation}. */
public abstract class ObservationWrapper<O, A, IO> extends Wrapper<O, A, IO, A> {
  private final Step<O> step = new Step<>();

  protected ObservationWrapper(Env<IO, A> env) {
    super(env);
  }

  /** Maps an inner observation to the one this wrapper returns. */
  protected abstract O observation(IO observation);

  @Override
  protected Reset<O> doReset(Long seed, Map<String, Object> options) {
    Reset<IO> r = env.reset(seed, options);
    return new Reset<>(observation(r.observation()), r.info());
  }

  @Override
  protected Step<O> doStep(A action) {
    Step<IO> s = env.step(action);
    return step.set(
        observation(s.observation()), s.reward(), s.terminated(), s.truncated(), s.info());
  }
}
