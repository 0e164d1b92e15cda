package dev.jymnasium.env.wrappers;

import dev.jymnasium.env.Env;
import dev.jymnasium.env.Reset;
import dev.jymnasium.env.Step;
import dev.jymnasium.env.Wrapper;
import dev.jymnasium.env.rng.NpRandom;
import java.util.Map;

/**
 * Sticky actions (Machado et al., 2018): with probability {@code p} the previous action is repeated
 * instead of the given one. Per step: if a sticky run is active, the previous action is used and
 * the run shortens by one; otherwise, if there is a previous action and the env's generator draws
 * {@code random() < p}, a run starts (its length is {@code duration}, or for a range {@code
 * integers(lo, hi + 1)} drawn from the env's generator) and its first step uses the previous
 * action; otherwise the given action is used and remembered. Draws come from the inner env's
 * generator ({@link #npRandom()}), so runs are reproducible under {@code reset(seed)}. Reset
 * forgets the previous action and any active run.
 */
public final class StickyAction<O, A> extends Wrapper<O, A, O, A> {
  private final double probability;
  private final int minDuration;
  private final int maxDuration;
  private final boolean drawDuration;
  private Object lastAction;
  private boolean hasLast;
  private int remaining;

  /**
   * Repeats for one step at a time.
   *
   * @param repeatActionProbability in {@code [0, 1)}
   */
  public StickyAction(Env<O, A> env, double repeatActionProbability) {
    this(env, repeatActionProbability, 1, 1, false);
  }

  /**
   * Sticky runs of a random length.
   *
   * @param repeatActionProbability in {@code [0, 1)}
   * @param minDuration shortest run, {@code >= 1}
   * @param maxDuration longest run, {@code >= minDuration}
   * @throws IllegalArgumentException on a probability outside {@code [0, 1)} or bad durations
   */
  public StickyAction(
      Env<O, A> env, double repeatActionProbability, int minDuration, int maxDuration) {
    this(env, repeatActionProbability, minDuration, maxDuration, true);
  }

  private StickyAction(Env<O, A> env, double p, int lo, int hi, boolean draw) {
    super(env);
    if (!(p >= 0 && p < 1)) {
      throw new IllegalArgumentException("repeatActionProbability must be in [0, 1), got " + p);
    }
    if (lo < 1 || hi < lo) {
      throw new IllegalArgumentException(
          "repeat durations need 1 <= min <= max, got (" + lo + ", " + hi + ")");
    }
    this.probability = p;
    this.minDuration = lo;
    this.maxDuration = hi;
    this.drawDuration = draw;
  }

  @Override
  protected Reset<O> doReset(Long seed, Map<String, Object> options) {
    hasLast = false;
    remaining = 0;
    return env.reset(seed, options);
  }

  @SuppressWarnings("unchecked")
  @Override
  protected Step<O> doStep(A action) {
    A chosen;
    if (remaining > 0) {
      remaining--;
      chosen = (A) lastAction;
    } else if (hasLast && npRandom().random() < probability) {
      NpRandom rng = npRandom();
      int length = drawDuration ? (int) rng.integers(minDuration, maxDuration + 1L) : minDuration;
      remaining = length - 1;
      chosen = (A) lastAction;
    } else {
      lastAction = WrapperSupport.copyInto(action, lastAction);
      hasLast = true;
      chosen = action;
    }
    return env.step(chosen);
  }

  /** The repeat probability. */
  public double repeatActionProbability() {
    return probability;
  }

  /** Steps left in the current sticky run (0 when none is active). */
  public int remainingRepeats() {
    return remaining;
  }
}
