package dev.jymnasium.games.minatar;

/**
 * The MT19937 streams of a batch of games, one per game, each the stream of a numpy legacy {@code
 * RandomState(seed)} ({@link dev.jymnasium.env.rng.RandomState}, which the batch's equality tests
 * hold it to), all in two flat arrays: the 624-word keys and their tempered outputs. A key is
 * tempered in one pass when it is regenerated, so a draw is one array read; {@link #sticky} turns
 * two draws into {@code random_sample() < p} with integer arithmetic.
 */
final class MtStreams {
  private static final int N = 624;
  private static final int M = 397;
  private static final int MATRIX_A = 0x9908b0df;
  private static final int UPPER_MASK = 0x80000000;
  private static final int LOWER_MASK = 0x7fffffff;

  private final int[] key;
  private final int[] out;
  private final int[] pos;

  MtStreams(int n) {
    this.key = new int[n * N];
    this.out = new int[n * N];
    this.pos = new int[n];
  }

  /**
   * Stream {@code i} becomes that of {@code RandomState(seed)}.
   *
   * @param seed in {@code [0, 2^32 - 1]}
   */
  void seed(int i, long seed) {
    if (seed < 0 || seed > 0xFFFFFFFFL) {
      throw new IllegalArgumentException("Seed must be between 0 and 2**32 - 1, got " + seed);
    }
    int base = i * N;
    key[base] = (int) seed;
    for (int k = 1; k < N; k++) {
      int prev = key[base + k - 1];
      key[base + k] = 1812433253 * (prev ^ (prev >>> 30)) + k;
    }
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
    return out[i * N + p];
  }

  /**
   * Whether {@code random_sample() < p} for stream {@code i}: two draws {@code a, b} make {@code
   * ((a >>> 5) * 2^26 + (b >>> 6)) / 2^53}, below {@code p} exactly when the 53-bit integer is
   * below {@code threshold = ceil(p * 2^53)} ({@link #threshold}).
   */
  boolean sticky(int i, long threshold) {
    int p = pos[i];
    int a;
    int b;
    if (p < N - 1) {
      int o = i * N + p;
      a = out[o];
      b = out[o + 1];
      pos[i] = p + 2;
    } else {
      a = next32(i);
      b = next32(i);
    }
    return ((long) (a >>> 5) << 26 | (b >>> 6)) < threshold;
  }

  /** The integer bound of {@link #sticky} for probability {@code p} in {@code [0, 1]}. */
  static long threshold(double p) {
    return (long) Math.ceil(p * 0x1p53);
  }

  private void regenerate(int i) {
    int[] s = key;
    int base = i * N;
    int end = base + N - M;
    for (int k = base; k < end; k++) {
      int y = (s[k] & UPPER_MASK) | (s[k + 1] & LOWER_MASK);
      s[k] = s[k + M] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
    }
    for (int k = end; k < base + N - 1; k++) {
      int y = (s[k] & UPPER_MASK) | (s[k + 1] & LOWER_MASK);
      s[k] = s[k + (M - N)] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
    }
    int last = base + N - 1;
    int y = (s[last] & UPPER_MASK) | (s[base] & LOWER_MASK);
    s[last] = s[base + M - 1] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
    int[] t = out;
    for (int k = base; k < base + N; k++) {
      int w = s[k];
      w ^= w >>> 11;
      w ^= (w << 7) & 0x9d2c5680;
      w ^= (w << 15) & 0xefc60000;
      w ^= w >>> 18;
      t[k] = w;
    }
  }
}
