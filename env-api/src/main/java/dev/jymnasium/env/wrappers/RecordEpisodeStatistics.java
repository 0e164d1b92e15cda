package dev.jymnasium.env.wrappers;

import dev.jymnasium.env.Env;
import dev.jymnasium.env.Reset;
import dev.jymnasium.env.Step;
import dev.jymnasium.env.Wrapper;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Tracks the return, length and wall time of each episode. On the step that ends an episode ({@code
 * terminated || truncated}) the info gets the key {@code episode} (or the chosen stats key) mapped
 * to {@code {"r": return (Double), "l": length in steps (Integer), "t": wall seconds since the
 * reset, rounded to 6 decimals (Double)}}; the same values are pushed to {@link #returnQueue()},
 * {@link #lengthQueue()} and {@link #timeQueue()}, which keep the last {@code bufferLength}
 * episodes.
 *
 * <p>Counters restart at every reset and right after an ending step. When an {@link Autoreset} is
 * below this wrapper, the step after an ending (the one that resets the env) is not counted in any
 * episode: the next episode's counters and clock start there.
 *
 * <p>Because envs may return immutable or shared info maps, the info of an ending step is replaced
 * by a fresh {@link LinkedHashMap} copy holding the extra key; other steps pass through untouched
 * and allocate nothing.
 */
public final class RecordEpisodeStatistics<O, A> extends Wrapper<O, A, O, A> {
  /** Default info key. */
  public static final String DEFAULT_KEY = "episode";

  private final int bufferLength;
  private final String statsKey;
  private final Deque<Double> returnQueue;
  private final Deque<Integer> lengthQueue;
  private final Deque<Double> timeQueue;
  private double episodeReturn;
  private int episodeLength;
  private long startNanos = System.nanoTime();
  private long episodeCount;
  private final boolean autoresetBelow;
  private boolean skipNext;

  /** With a buffer of 100 episodes and the key {@code episode}. */
  public RecordEpisodeStatistics(Env<O, A> env) {
    this(env, 100, DEFAULT_KEY);
  }

  /**
   * @param bufferLength how many recent episodes the queues keep, {@code >= 1}
   * @param statsKey info key of the episode statistics (non-empty)
   */
  public RecordEpisodeStatistics(Env<O, A> env, int bufferLength, String statsKey) {
    super(env);
    if (bufferLength < 1) {
      throw new IllegalArgumentException("bufferLength must be >= 1, got " + bufferLength);
    }
    if (statsKey == null || statsKey.isEmpty()) {
      throw new IllegalArgumentException("statsKey must be a non-empty string");
    }
    this.bufferLength = bufferLength;
    this.statsKey = statsKey;
    this.returnQueue = new ArrayDeque<>(bufferLength);
    this.lengthQueue = new ArrayDeque<>(bufferLength);
    this.timeQueue = new ArrayDeque<>(bufferLength);
    this.autoresetBelow = Wrapper.find(env, Autoreset.class).isPresent();
  }

  @Override
  protected Reset<O> doReset(Long seed, Map<String, Object> options) {
    Reset<O> r = env.reset(seed, options);
    episodeReturn = 0.0;
    episodeLength = 0;
    skipNext = false;
    startNanos = System.nanoTime();
    return r;
  }

  @Override
  protected Step<O> doStep(A action) {
    Step<O> s = env.step(action);
    if (skipNext) {
      // The Autoreset below just reset the env: this step starts the next episode.
      skipNext = false;
      startNanos = System.nanoTime();
      return s;
    }
    episodeReturn += s.reward();
    episodeLength++;
    if (s.terminated() || s.truncated()) {
      Map<String, Object> info = s.info();
      if (info.containsKey(statsKey)) {
        throw new IllegalStateException(
            "info already has the key '"
                + statsKey
                + "' set by an inner wrapper or env; choose another statsKey");
      }
      double seconds = Math.round((System.nanoTime() - startNanos) / 1e3) / 1e6;
      Map<String, Object> stats = new LinkedHashMap<>(4);
      stats.put("r", episodeReturn);
      stats.put("l", episodeLength);
      stats.put("t", seconds);
      Map<String, Object> copy = new LinkedHashMap<>(info);
      copy.put(statsKey, stats);
      s.setInfo(copy);
      push(returnQueue, episodeReturn);
      push(lengthQueue, episodeLength);
      push(timeQueue, seconds);
      episodeCount++;
      episodeReturn = 0.0;
      episodeLength = 0;
      skipNext = autoresetBelow;
      startNanos = System.nanoTime();
    }
    return s;
  }

  private <T> void push(Deque<T> queue, T value) {
    if (queue.size() == bufferLength) {
      queue.pollFirst();
    }
    queue.addLast(value);
  }

  /** Returns of the last {@code bufferLength} finished episodes, oldest first (live view). */
  public Deque<Double> returnQueue() {
    return returnQueue;
  }

  /** Lengths (steps) of the last finished episodes, oldest first (live view). */
  public Deque<Integer> lengthQueue() {
    return lengthQueue;
  }

  /** Wall times (seconds, 6 decimals) of the last finished episodes, oldest first (live view). */
  public Deque<Double> timeQueue() {
    return timeQueue;
  }

  /** Number of episodes finished since construction. */
  public long episodeCount() {
    return episodeCount;
  }

  /** Return accumulated so far in the current episode. */
  public double episodeReturn() {
    return episodeReturn;
  }

  /** Steps taken so far in the current episode. */
  public int episodeLength() {
    return episodeLength;
  }

  /** Capacity of the queues. */
  public int bufferLength() {
    return bufferLength;
  }
}
