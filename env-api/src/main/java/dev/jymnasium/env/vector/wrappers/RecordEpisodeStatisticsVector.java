package dev.jymnasium.env.vector.wrappers;

import dev.jymnasium.env.vector.AutoresetMode;
import dev.jymnasium.env.vector.VectorEnv;
import dev.jymnasium.env.vector.VectorReset;
import dev.jymnasium.env.vector.VectorStep;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Tracks return, length and wall time of every sub-env's episodes. On a step where some sub-envs
 * finish an episode, the batched infos get {@code "episode" -> {"r": double[n], "l": long[n], "t":
 * double[n]}} (returns, lengths in steps, seconds rounded to 6 decimals; zero for sub-envs that did
 * not finish) and the mask {@code "_episode" -> boolean[n]}; the infos map is then a fresh copy,
 * other steps pass it through untouched. Finished episodes are also pushed to {@link
 * #returnQueue()}, {@link #lengthQueue()}, {@link #timeQueue()} (last {@code bufferLength}
 * episodes, in sub-env order within a step).
 *
 * <p>Autoreset modes: with {@link AutoresetMode#NEXT_STEP} the step after an ending resets that
 * sub-env and is not counted in any episode (its reward is ignored, the new episode's clock and
 * counters start there); with {@link AutoresetMode#SAME_STEP} the next episode starts right after
 * the ending step; with {@link AutoresetMode#DISABLED} it starts at the masked reset.
 */
public final class RecordEpisodeStatisticsVector<BO, BA> extends VectorWrapper<BO, BA> {
  /** Default info key. */
  public static final String DEFAULT_KEY = "episode";

  private final int n;
  private final int bufferLength;
  private final String statsKey;
  private final double[] returns;
  private final long[] lengths;
  private final long[] startNanos;
  private final boolean[] prevDones;
  private final Deque<Double> returnQueue;
  private final Deque<Long> lengthQueue;
  private final Deque<Double> timeQueue;
  private long episodeCount;

  /** Buffer of 100 episodes, key {@code "episode"}. */
  public RecordEpisodeStatisticsVector(VectorEnv<BO, BA> env) {
    this(env, 100, DEFAULT_KEY);
  }

  /**
   * @param bufferLength how many recent episodes the queues keep, {@code >= 1}
   * @param statsKey info key (non-empty); its mask is {@code "_" + statsKey}
   */
  public RecordEpisodeStatisticsVector(VectorEnv<BO, BA> env, int bufferLength, String statsKey) {
    super(env);
    if (bufferLength < 1) {
      throw new IllegalArgumentException("bufferLength must be >= 1, got " + bufferLength);
    }
    if (statsKey == null || statsKey.isEmpty()) {
      throw new IllegalArgumentException("statsKey must be a non-empty string");
    }
    this.n = env.numEnvs();
    this.bufferLength = bufferLength;
    this.statsKey = statsKey;
    this.returns = new double[n];
    this.lengths = new long[n];
    this.startNanos = new long[n];
    this.prevDones = new boolean[n];
    Arrays.fill(startNanos, System.nanoTime());
    this.returnQueue = new ArrayDeque<>(bufferLength);
    this.lengthQueue = new ArrayDeque<>(bufferLength);
    this.timeQueue = new ArrayDeque<>(bufferLength);
  }

  @Override
  public VectorReset<BO> reset(Long seed, Map<String, Object> options) {
    boolean[] mask = resetMask(options, n);
    VectorReset<BO> r = env.reset(seed, options);
    long now = System.nanoTime();
    for (int i = 0; i < n; i++) {
      if (mask == null || mask[i]) {
        returns[i] = 0;
        lengths[i] = 0;
        startNanos[i] = now;
        prevDones[i] = false;
      }
    }
    return r;
  }

  @Override
  public VectorStep<BO> step(BA actions) {
    VectorStep<BO> s = env.step(actions);
    double[] rewards = s.rewards();
    boolean[] terms = s.terminations();
    boolean[] truncs = s.truncations();
    boolean nextStep = env.autoresetMode() == AutoresetMode.NEXT_STEP;
    long now = System.nanoTime();
    double[] r = null;
    long[] l = null;
    double[] t = null;
    boolean[] mask = null;
    for (int i = 0; i < n; i++) {
      if (nextStep && prevDones[i]) {
        // The autoreset step: not part of any episode; the new episode starts here.
        returns[i] = 0;
        lengths[i] = 0;
        startNanos[i] = now;
        prevDones[i] = false;
        continue;
      }
      returns[i] += rewards[i];
      lengths[i]++;
      if (terms[i] || truncs[i]) {
        if (mask == null) {
          r = new double[n];
          l = new long[n];
          t = new double[n];
          mask = new boolean[n];
        }
        double seconds = Math.round((now - startNanos[i]) / 1e3) / 1e6;
        r[i] = returns[i];
        l[i] = lengths[i];
        t[i] = seconds;
        mask[i] = true;
        push(returnQueue, returns[i]);
        push(lengthQueue, lengths[i]);
        push(timeQueue, seconds);
        episodeCount++;
        prevDones[i] = nextStep;
        returns[i] = 0;
        lengths[i] = 0;
        startNanos[i] = now;
      }
    }
    if (mask != null) {
      Map<String, Object> infos = s.infos();
      if (infos.containsKey(statsKey)) {
        throw new IllegalStateException(
            "infos already have the key '"
                + statsKey
                + "' set by an inner wrapper or env; choose another statsKey");
      }
      Map<String, Object> stats = new LinkedHashMap<>(4);
      stats.put("r", r);
      stats.put("l", l);
      stats.put("t", t);
      Map<String, Object> copy = new LinkedHashMap<>(infos);
      copy.put(statsKey, stats);
      copy.put("_" + statsKey, mask);
      s.setInfos(copy);
    }
    return s;
  }

  private <T> void push(Deque<T> queue, T value) {
    if (queue.size() == bufferLength) {
      queue.pollFirst();
    }
    queue.addLast(value);
  }

  /** Returns of the last finished episodes, oldest first (live view). */
  public Deque<Double> returnQueue() {
    return returnQueue;
  }

  /** Lengths (steps) of the last finished episodes, oldest first (live view). */
  public Deque<Long> lengthQueue() {
    return lengthQueue;
  }

  /** Wall times (seconds, 6 decimals) of the last finished episodes, oldest first (live view). */
  public Deque<Double> timeQueue() {
    return timeQueue;
  }

  /** Episodes finished over all sub-envs since construction. */
  public long episodeCount() {
    return episodeCount;
  }
}
