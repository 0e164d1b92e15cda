package dev.jymnasium.env.rng;

/**
 * The MT19937 core of numpy's legacy {@link RandomState} (Matsumoto and Nishimura 1998, as numpy's
 * {@code randomkit} runs it) on a 624-word key stored at any offset of an {@code int[]}, so that a
 * single generator and a batch of generators in one flat array share one implementation. Integer
 * words hold the unsigned 32-bit values of the reference.
 */
public final class Mt19937 {
  /** Words in a key. */
  public static final int KEY_WORDS = 624;

  private static final int M = 397;
  private static final int MATRIX_A = 0x9908b0df;
  private static final int UPPER_MASK = 0x80000000;
  private static final int LOWER_MASK = 0x7fffffff;

  private Mt19937() {}

  /**
   * Checks a seed word as numpy does.
   *
   * @throws IllegalArgumentException if {@code seed} is outside {@code [0, 2^32 - 1]}
   */
  public static void checkSeedWord(long seed) {
    if (seed < 0 || seed > 0xFFFFFFFFL) {
      throw new IllegalArgumentException("Seed must be between 0 and 2**32 - 1, got " + seed);
    }
  }

  /**
   * Fills {@code key[offset, offset + 624)} from an integer seed ({@code init_genrand}): {@code
   * key[0] = seed}, {@code key[i] = 1812433253 * (key[i-1] ^ (key[i-1] >>> 30)) + i} (mod 2^32).
   */
  public static void seedKey(int[] key, int offset, int seed) {
    key[offset] = seed;
    for (int i = 1; i < KEY_WORDS; i++) {
      int prev = key[offset + i - 1];
      key[offset + i] = 1812433253 * (prev ^ (prev >>> 30)) + i;
    }
  }

  /** Regenerates the key at {@code offset} in place (the generator's twist of all 624 words). */
  public static void regenerate(int[] key, int offset) {
    int end = offset + KEY_WORDS - M;
    int last = offset + KEY_WORDS - 1;
    for (int k = offset; k < end; k++) {
      int y = (key[k] & UPPER_MASK) | (key[k + 1] & LOWER_MASK);
      key[k] = key[k + M] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
    }
    for (int k = end; k < last; k++) {
      int y = (key[k] & UPPER_MASK) | (key[k + 1] & LOWER_MASK);
      key[k] = key[k + (M - KEY_WORDS)] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
    }
    int y = (key[last] & UPPER_MASK) | (key[offset] & LOWER_MASK);
    key[last] = key[offset + M - 1] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
  }

  /** The tempered output of key word {@code y}. */
  public static int temper(int y) {
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y;
  }
}
