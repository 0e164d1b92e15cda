package dev.jymnasium.env.wrappers;

import dev.jymnasium.env.Env;
import dev.jymnasium.env.Reset;
import dev.jymnasium.env.Step;
import dev.jymnasium.env.Wrapper;
import java.util.Map;

/**
 * Resets the env automatically, one step late (Gymnasium's next-step autoreset): the step after one
 * that ended the episode ignores its action, calls the inner {@code reset()} (no seed, no options)
 * and returns the reset observation with reward {@code 0.0}, both flags {@code false} and the reset
 * info. An explicit {@link #reset} clears the pending reset.
 */
public final class Autoreset<O, A> extends Wrapper<O, A, O, A> {
  private final Step<O> resetStep = new Step<>();
  private boolean pending;

  /** Wraps {@code env}; no reset is pending until a step ends an episode. */
  public Autoreset(Env<O, A> env) {
    super(env);
  }

  /** Whether the next step will reset the env instead of stepping it. */
  public boolean resetPending() {
    return pending;
  }

  @Override
  protected Reset<O> doReset(Long seed, Map<String, Object> options) {
    pending = false;
    return env.reset(seed, options);
  }

  @Override
  protected Step<O> doStep(A action) {
    if (pending) {
      pending = false;
      Reset<O> r = env.reset();
      return resetStep.set(r.observation(), 0.0, false, false, r.info());
    }
    Step<O> s = env.step(action);
    pending = s.terminated() || s.truncated();
    return s;
  }
}
