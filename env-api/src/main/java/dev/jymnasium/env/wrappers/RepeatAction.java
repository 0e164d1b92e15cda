package dev.jymnasium.env.wrappers;

import dev.jymnasium.env.Env;
import dev.jymnasium.env.Step;
import dev.jymnasium.env.Wrapper;

/**
 * Steps the inner env {@code numRepeats} times with the same action and returns the last step with
 * the rewards summed (as doubles); stops early when the episode ends. The observation, flags and
 * info are those of the last inner step.
 */
public final class RepeatAction<O, A> extends Wrapper<O, A, O, A> {
  private final int numRepeats;

  /**
   * @param numRepeats inner steps per step, {@code >= 1}
   */
  public RepeatAction(Env<O, A> env, int numRepeats) {
    super(env);
    if (numRepeats < 1) {
      throw new IllegalArgumentException("numRepeats must be >= 1, got " + numRepeats);
    }
    this.numRepeats = numRepeats;
  }

  /** Inner steps per step. */
  public int numRepeats() {
    return numRepeats;
  }

  @Override
  protected Step<O> doStep(A action) {
    double total = 0;
    Step<O> s = null;
    for (int i = 0; i < numRepeats; i++) {
      s = env.step(action);
      total += s.reward();
      if (s.terminated() || s.truncated()) {
        break;
      }
    }
    s.setReward(total);
    return s;
  }
}
