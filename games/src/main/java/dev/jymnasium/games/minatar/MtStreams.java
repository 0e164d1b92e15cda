package dev.jymnasium.games.minatar;

import dev.jymnasium.env.rng.Mt19937;

/**
 * The MT19937 streams of a batch of games, one per game, each the stream of a numpy legacy {@code
 * RandomState(seed)} ({@link dev.jymnasium.env.rng.RandomState}, which the batch's equality tests
 * hold it to), all in two flat arrays: the 624-word keys and their tempered outputs, on the
 * generator core {@link Mt19937}. A key is tempered in one pass when it is regenerated, so a draw
 * is one array read; {@link #below} turns two draws into {@code random_sample() < p} with integer
 * arithmetic. A loop that must not call anything (a call on any branch makes the JIT keep the
 * loop's arrays on the stack) prepares the streams first ({@link #ensurePair}) and then draws with
 * {@link #belowReady}.
 */
final class MtStreams {
  private static final int N = Mt19937.KEY_WORDS;

  /**
   * Room per stream in both arrays: its 624 words from {@code HEAD} on; just before them in {@link
   * #out}, the last output of the previous key while {@link #ensurePair} has left it unread
   * (position -1). The key and its outputs at the same index let the JIT temper in vector lanes.
   */
  private static final int STRIDE = 640;

  private static final int HEAD = STRIDE - N;

  private final int[] key;
  private final int[] out;
  private final int[] pos;

  MtStreams(int n) {
    this.key = new int[n * STRIDE];
    this.out = new int[n * STRIDE];
    this.pos = new int[n];
  }

  /**
   * Stream {@code i} becomes that of {@code RandomState(seed)}.
   *
   * @param seed in {@code [0, 2^32 - 1]}
   */
  void seed(int i, long seed) {
    Mt19937.checkSeedWord(seed);
    Mt19937.seedKey(key, i * STRIDE + HEAD, (int) seed);
    pos[i] = N;
  }

  /** The next 32-bit output of stream {@code i} (as an int; numpy's value is its unsigned form). */
  int next32(int i) {
    int p = pos[i];
    if (p == N) {
      regenerate(i);
      p = 0;
    }
    pos[i] = p + 1;
    return out[i * STRIDE + HEAD + p];
  }

  /**
   * Makes sure stream {@code i} has two outputs ready for {@link #belowReady}: with fewer left, the
   * key is regenerated, the one output left kept just before the new ones.
   */
  void ensurePair(int i) {
    int p = pos[i];
    if (p >= N - 1) {
      int o = i * STRIDE + HEAD;
      out[o - 1] = out[o + N - 1];
      regenerate(i);
      pos[i] = p - N;
    }
  }

  /**
   * {@link #below} for a stream that {@link #ensurePair} has prepared: never regenerates. The first
   * draw's 27 bits decide unless they equal the threshold's (once in 2^27 draws), so the second is
   * read only then; both are consumed.
   */
  boolean belowReady(int i, long threshold) {
    int p = pos[i];
    pos[i] = p + 2;
    int o = i * STRIDE + HEAD + p;
    int high = out[o] >>> 5;
    int thresholdHigh = (int) (threshold >>> 26);
    boolean below = high < thresholdHigh;
    if (high == thresholdHigh) {
      below = (out[o + 1] >>> 6) < (int) (threshold & 0x3FFFFFF);
    }
    return below;
  }

  /**
   * Whether {@code random_sample() < p} for stream {@code i}: two draws {@code a, b} make {@code
   * ((a >>> 5) * 2^26 + (b >>> 6)) / 2^53}, below {@code p} exactly when the 53-bit integer is
   * below {@code threshold = ceil(p * 2^53)} ({@link #threshold}). Every {@code rand() < p} of the
   * games.
   */
  boolean below(int i, long threshold) {
    int p = pos[i];
    int a;
    int b;
    if (p < N - 1) {
      int o = i * STRIDE + HEAD + p;
      a = out[o];
      b = out[o + 1];
      pos[i] = p + 2;
    } else {
      a = next32(i);
      b = next32(i);
    }
    return ((long) (a >>> 5) << 26 | (b >>> 6)) < threshold;
  }

  /** numpy's {@code random_sample()} from stream {@code i}. */
  double sample(int i) {
    int a = next32(i) >>> 5;
    int b = next32(i) >>> 6;
    return (a * 67108864.0 + b) / 9007199254740992.0;
  }

  /**
   * numpy's legacy bounded draw in {@code [0, max]} from stream {@code i} ({@code randint(0, max +
   * 1)}): 32-bit words masked to {@code max}'s bit length, rejected above {@code max}; {@code max
   * == 0} draws nothing.
   *
   * @param max in {@code [0, 2^31 - 1]}
   */
  int bounded(int i, int max) {
    if (max == 0) {
      return 0;
    }
    int mask = -1 >>> Integer.numberOfLeadingZeros(max);
    int v;
    do {
      v = next32(i) & mask;
    } while (v > max);
    return v;
  }

  /** The integer bound of {@link #below} for probability {@code p} in {@code [0, 1]}. */
  static long threshold(double p) {
    return (long) Math.ceil(p * 0x1p53);
  }

  private void regenerate(int i) {
    int base = i * STRIDE + HEAD;
    Mt19937.regenerate(key, base);
    for (int k = base; k < base + N; k++) {
      out[k] = Mt19937.temper(key[k]);
    }
  }
}
