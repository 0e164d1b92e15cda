package dev.jymnasium.env.rng;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Objects;

/**
 * numpy's {@code SeedSequence} with the default pool of four 32-bit words and no spawn key.
 *
 * <p>A seed (a non-negative integer of any size) is split into 32-bit words, least significant
 * first, hashed into the pool, and {@link #generateState(int)} stretches the pool into as many
 * 64-bit words as a bit generator needs. Identical seeds give identical states, bit for bit with
 * numpy. Instances are immutable.
 */
public final class SeedSequence {

  private static final int INIT_A = 0x43b0d7e5;
  private static final int MULT_A = 0x931e8875;
  private static final int INIT_B = 0x8b51f9dd;
  private static final int MULT_B = 0x58f38ded;
  private static final int MIX_L = 0xca01f9dd;
  private static final int MIX_R = 0x4973f715;
  private static final int POOL_SIZE = 4;
  private static final BigInteger WORD_MASK = BigInteger.valueOf(0xFFFFFFFFL);
  private static final SecureRandom OS_ENTROPY = new SecureRandom();

  private final BigInteger entropy;
  private final int[] pool = new int[POOL_SIZE];

  /**
   * Builds the sequence for a seed.
   *
   * @param seed the entropy, must be {@code >= 0}
   * @throws IllegalArgumentException if {@code seed < 0}
   */
  public SeedSequence(long seed) {
    this(BigInteger.valueOf(seed));
  }

  /**
   * Builds the sequence for a seed of any size (seeds of 2^128 and more use the extra-word rule).
   *
   * @param seed the entropy, must be non-null and {@code >= 0}
   * @throws IllegalArgumentException if {@code seed} is negative
   */
  public SeedSequence(BigInteger seed) {
    Objects.requireNonNull(seed, "seed");
    if (seed.signum() < 0) {
      throw new IllegalArgumentException("seed must be non-negative, got " + seed);
    }
    this.entropy = seed;
    mixEntropy(words(seed));
  }

  /**
   * Builds a sequence from 128 fresh bits of OS entropy (numpy's {@code SeedSequence(None)}).
   *
   * @return a new sequence; its {@link #entropy()} is the random 128-bit value
   */
  public static SeedSequence fromEntropy() {
    return new SeedSequence(new BigInteger(128, OS_ENTROPY));
  }

  /**
   * @return the entropy this sequence was built from (the seed), always {@code >= 0}
   */
  public BigInteger entropy() {
    return entropy;
  }

  /**
   * Stretches the pool into {@code nWords64} 64-bit words, as numpy's {@code generate_state(n,
   * dtype=uint64)}.
   *
   * @param nWords64 number of 64-bit words, {@code >= 0}
   * @return a new array of that length
   */
  public long[] generateState(int nWords64) {
    if (nWords64 < 0) {
      throw new IllegalArgumentException("nWords64 must be >= 0, got " + nWords64);
    }
    long[] out = new long[nWords64];
    int g = INIT_B;
    for (int k = 0; k < 2 * nWords64; k++) {
      int v = pool[k % POOL_SIZE] ^ g;
      g *= MULT_B;
      v *= g;
      v ^= v >>> 16;
      long w = Integer.toUnsignedLong(v);
      out[k >> 1] |= (k & 1) == 0 ? w : w << 32;
    }
    return out;
  }

  /**
   * Returns a copy of the mixed pool (4 words, unsigned 32-bit values held in {@code int}s);
   * exposed for testing against numpy's {@code SeedSequence.pool}.
   *
   * @return a new 4-element array
   */
  public int[] pool() {
    return pool.clone();
  }

  private static int[] words(BigInteger seed) {
    if (seed.signum() == 0) {
      return new int[] {0};
    }
    int n = (seed.bitLength() + 31) / 32;
    int[] w = new int[n];
    for (int i = 0; i < n; i++) {
      w[i] = seed.shiftRight(32 * i).and(WORD_MASK).intValue();
    }
    return w;
  }

  private void mixEntropy(int[] words) {
    int[] h = {INIT_A};
    for (int i = 0; i < POOL_SIZE; i++) {
      pool[i] = hash(i < words.length ? words[i] : 0, h);
    }
    for (int src = 0; src < POOL_SIZE; src++) {
      for (int dst = 0; dst < POOL_SIZE; dst++) {
        if (src != dst) {
          pool[dst] = mix(pool[dst], hash(pool[src], h));
        }
      }
    }
    for (int i = POOL_SIZE; i < words.length; i++) {
      for (int dst = 0; dst < POOL_SIZE; dst++) {
        pool[dst] = mix(pool[dst], hash(words[i], h));
      }
    }
  }

  /** Hash with a running multiplier {@code h[0]} shared by all calls of one mixing pass. */
  private static int hash(int value, int[] h) {
    int v = value ^ h[0];
    h[0] *= MULT_A;
    v *= h[0];
    return v ^ (v >>> 16);
  }

  private static int mix(int x, int y) {
    int t = MIX_L * x - MIX_R * y;
    return t ^ (t >>> 16);
  }
}
