package dev.jymnasium.env.wrappers;

import dev.jymnasium.env.Env;
import dev.jymnasium.env.Reset;
import dev.jymnasium.env.Step;
import dev.jymnasium.env.Wrapper;
import java.util.Map;

/**
 * Truncates episodes after {@code maxEpisodeSteps} steps: the step that reaches the limit has
 * {@code truncated = true} ({@code terminated} is left as the env says; both may be true).
 */
public final class TimeLimit<O, A> extends Wrapper<O, A, O, A> {
  private final int maxEpisodeSteps;
  private int elapsedSteps;

  /**
   * @param maxEpisodeSteps the limit, {@code > 0}
   */
  public TimeLimit(Env<O, A> env, int maxEpisodeSteps) {
    super(env);
    if (maxEpisodeSteps <= 0) {
      throw new IllegalArgumentException("maxEpisodeSteps must be > 0, got " + maxEpisodeSteps);
    }
    this.maxEpisodeSteps = maxEpisodeSteps;
  }

  /** The limit. */
  public int maxEpisodeSteps() {
    return maxEpisodeSteps;
  }

  /** Steps taken since the last reset. */
  public int elapsedSteps() {
    return elapsedSteps;
  }

  @Override
  protected Reset<O> doReset(Long seed, Map<String, Object> options) {
    elapsedSteps = 0;
    return env.reset(seed, options);
  }

  @Override
  protected Step<O> doStep(A action) {
    Step<O> s = env.step(action);
    if (++elapsedSteps >= maxEpisodeSteps) {
      s.setTruncated(true);
    }
    return s;
  }
}
