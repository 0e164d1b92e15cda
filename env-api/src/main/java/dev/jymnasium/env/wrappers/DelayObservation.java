package dev.jymnasium.env.wrappers;

import dev.jymnasium.env.Env;
import dev.jymnasium.env.Reset;
import dev.jymnasium.env.Step;
import dev.jymnasium.env.Wrapper;
import dev.jymnasium.env.spaces.Space;
import java.util.Map;

/**
 * Delays observations by {@code delay} calls: the reset and each step return the observation from
 * {@code delay} calls (reset or step) earlier in the episode; the first {@code delay} outputs of an
 * episode are the space's zero element (zeros clipped into the bounds). Rewards, flags and infos
 * are not delayed. The space is unchanged. Array observations are returned in a buffer owned by the
 * wrapper.
 */
public final class DelayObservation<O, A> extends Wrapper<O, A, O, A> {
  private final Space<O> space;
  private final int delay;
  private final Object ring;
  private final Object zero;
  private final Step<O> step = new Step<>();
  private O element;
  private long calls;

  /**
   * @param delay number of calls to delay by, {@code >= 0} (0 passes observations through)
   * @throws IllegalArgumentException on a negative delay or a space without a zero element
   */
  public DelayObservation(Env<O, A> env, int delay) {
    super(env);
    if (delay < 0) {
      throw new IllegalArgumentException("delay must be >= 0, got " + delay);
    }
    this.space = env.observationSpace();
    this.delay = delay;
    this.ring = space.createBatch(delay + 1);
    this.zero = space.createBatch(1);
    writeErased(space, WrapperSupport.zeroElement(space), zero, 0);
  }

  @SuppressWarnings("unchecked")
  private static <T> void writeErased(Space<T> space, Object value, Object batch, int index) {
    space.writeBatch((T) value, batch, index);
  }

  /** The delay in calls. */
  public int delay() {
    return delay;
  }

  @Override
  protected Reset<O> doReset(Long seed, Map<String, Object> options) {
    Reset<O> r = env.reset(seed, options);
    calls = 0;
    return new Reset<>(push(r.observation()), r.info());
  }

  @Override
  protected Step<O> doStep(A action) {
    Step<O> s = env.step(action);
    return step.set(push(s.observation()), s.reward(), s.terminated(), s.truncated(), s.info());
  }

  private O push(O observation) {
    int slots = delay + 1;
    space.writeBatch(observation, ring, (int) (calls % slots));
    O result;
    if (calls < delay) {
      result = space.readBatch(zero, 0, element);
    } else {
      result = space.readBatch(ring, (int) ((calls - delay) % slots), element);
    }
    element = result;
    calls++;
    return result;
  }
}
