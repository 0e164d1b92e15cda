package dev.jymnasium.games.minigrid.wrappers;

import dev.jymnasium.env.Env;
import dev.jymnasium.env.Reset;
import dev.jymnasium.env.Wrapper;
import java.util.Map;

/**
 * Minigrid's {@code ReseedWrapper}: every reset uses the next seed of a fixed list (cycling), so
 * training sees a fixed set of generated grids; a seed given to reset is ignored.
 *
 * @param <O> the observation type
 * @param <A> the action type
 */
public final class ReseedWrapper<O, A> extends Wrapper<O, A, O, A> {
  private final long[] seeds;
  private int next;

  /** Resets always with seed 0. */
  public ReseedWrapper(Env<O, A> env) {
    this(env, new long[] {0}, 0);
  }

  /**
   * @param env the env to reset
   * @param seeds the seeds to cycle through, non-empty, each {@code >= 0}
   * @param seedIdx index of the first seed used
   */
  public ReseedWrapper(Env<O, A> env, long[] seeds, int seedIdx) {
    super(env);
    if (seeds.length == 0) {
      throw new IllegalArgumentException("ReseedWrapper needs at least one seed");
    }
    for (long s : seeds) {
      if (s < 0) {
        throw new IllegalArgumentException("seeds must be >= 0, got " + s);
      }
    }
    if (seedIdx < 0 || seedIdx >= seeds.length) {
      throw new IllegalArgumentException(
          "seedIdx must be in [0, " + seeds.length + "), got " + seedIdx);
    }
    this.seeds = seeds.clone();
    this.next = seedIdx;
  }

  @Override
  protected Reset<O> doReset(Long seed, Map<String, Object> options) {
    long s = seeds[next];
    next = (next + 1) % seeds.length;
    return env.reset(s, options);
  }
}
