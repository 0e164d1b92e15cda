package dev.jymnasium.env.rng;

import java.math.BigInteger;
import java.util.Objects;

/**
 * Java equivalent of {@code numpy.random.Generator(PCG64(SeedSequence(seed)))}, i.e. {@code
 * numpy.random.default_rng(seed)}, reproducing numpy's draws bit for bit for the methods Gymnasium
 * uses.
 *
 * <p>Array variants fill the whole given array and consume exactly what numpy's {@code size=n} call
 * would. The draw methods allocate nothing. Not thread-safe: give each thread its own instance (or
 * {@link #copy()}).
 */
public final class NpRandom {

  /** numpy's tolerance for {@code choice(p=...)}: sqrt of the float64 machine epsilon. */
  private static final double P_SUM_TOLERANCE = Math.sqrt(Math.ulp(1.0));

  /** The C literal numpy uses to pick the geometric algorithm (rounds to 1.0 / 3). */
  private static final double GEOMETRIC_SEARCH_MIN_P = 0.333333333333333333333333;

  /** Smallest double above {@code Long.MAX_VALUE}. */
  private static final double TWO_POW_63 = 9.223372036854776e18;

  private final Pcg64 bits;
  private final BigInteger seed;

  /** Byte buffer of {@link #integersInt8}; only meaningful within one call. */
  private long byteBuf;

  private int byteCount;

  private NpRandom(Pcg64 bits, BigInteger seed) {
    this.bits = bits;
    this.seed = seed;
  }

  /**
   * Same as {@code numpy.random.default_rng(seed)}.
   *
   * @param seed the seed, {@code >= 0}
   * @return a freshly seeded generator
   * @throws IllegalArgumentException if {@code seed < 0}
   */
  public static NpRandom of(long seed) {
    if (seed < 0) {
      throw new IllegalArgumentException("seed must be non-negative, got " + seed);
    }
    return of(BigInteger.valueOf(seed));
  }

  /**
   * Same as {@code numpy.random.default_rng(seed)} for a seed of any size.
   *
   * @param seed the seed, non-null and {@code >= 0}
   * @return a freshly seeded generator
   * @throws IllegalArgumentException if {@code seed} is negative
   */
  public static NpRandom of(BigInteger seed) {
    Objects.requireNonNull(seed, "seed");
    if (seed.signum() < 0) {
      throw new IllegalArgumentException("seed must be non-negative, got " + seed);
    }
    return new NpRandom(new Pcg64(new SeedSequence(seed)), seed);
  }

  /**
   * Same as {@code numpy.random.default_rng()}: seeded from 128 bits of OS entropy.
   *
   * @return a new generator; {@link #seed()} returns the entropy drawn
   */
  public static NpRandom fromEntropy() {
    SeedSequence seq = SeedSequence.fromEntropy();
    return new NpRandom(new Pcg64(seq), seq.entropy());
  }

  /**
   * @return the entropy this generator was seeded with (numpy's {@code seed_seq.entropy})
   */
  public BigInteger seed() {
    return seed;
  }

  /**
   * @return an independent generator in the same state (same future draws), same seed
   */
  public NpRandom copy() {
    return new NpRandom(bits.copy(), seed);
  }

  /**
   * @param other another generator
   * @return true if both bit generators are in the same state (incl. the 32-bit buffer)
   */
  public boolean stateEquals(NpRandom other) {
    return other != null && bits.stateEquals(other.bits);
  }

  // ------------------------------------------------------------------ uniform floats

  /**
   * @return a double in {@code [0, 1)}, numpy's {@code random()}
   */
  public double random() {
    return bits.nextDouble();
  }

  /**
   * Fills {@code out} with {@link #random()} draws, as {@code random(size=out.length)}.
   *
   * @param out destination, filled in index order
   */
  public void random(double[] out) {
    for (int i = 0; i < out.length; i++) {
      out[i] = bits.nextDouble();
    }
  }

  /**
   * @return a float in {@code [0, 1)}, numpy's {@code random(dtype=float32)} (uses next32)
   */
  public float randomFloat() {
    return bits.nextFloat();
  }

  /**
   * numpy's {@code uniform(low, high)}: {@code low + (high - low) * random()}.
   *
   * @param low lower bound
   * @param high upper bound, {@code >= low}
   * @return a double in {@code [low, high)} (up to rounding)
   * @throws ArithmeticException if {@code high - low} is not finite (numpy's OverflowError)
   * @throws IllegalArgumentException if {@code high - low < 0}
   */
  public double uniform(double low, double high) {
    double d = uniformRange(low, high);
    return low + d * bits.nextDouble();
  }

  /**
   * Fills {@code out} as {@code uniform(low, high, size=out.length)}; the range is checked once,
   * before any draw; same exceptions as {@link #uniform(double, double)}.
   *
   * @param low lower bound
   * @param high upper bound, {@code >= low}
   * @param out destination, filled in index order
   */
  public void uniform(double low, double high, double[] out) {
    double d = uniformRange(low, high);
    for (int i = 0; i < out.length; i++) {
      out[i] = low + d * bits.nextDouble();
    }
  }

  private static double uniformRange(double low, double high) {
    double d = high - low;
    if (!Double.isFinite(d)) {
      throw new ArithmeticException(
          "high - low range exceeds valid bounds: low=" + low + ", high=" + high);
    }
    if (d < 0) {
      throw new IllegalArgumentException("high - low < 0: low=" + low + ", high=" + high);
    }
    return d;
  }

  // ------------------------------------------------------------------ bounded integers

  /**
   * numpy's {@code integers(low, high)} (int64, Lemire's method). Ranges up to 2^32 use the
   * buffered {@code next32}; larger ones {@code next64}; a one-value range draws nothing.
   *
   * @param low lowest value
   * @param highExclusive exclusive upper bound
   * @return a long in {@code [low, highExclusive)}
   * @throws IllegalArgumentException if {@code low >= highExclusive}
   */
  public long integers(long low, long highExclusive) {
    checkBounds(low, highExclusive);
    return low + boundedUnsigned(highExclusive - 1 - low);
  }

  /**
   * Fills {@code out} as {@code integers(low, high, size=out.length)}; same rules as {@link
   * #integers(long, long)}.
   *
   * @param low lowest value
   * @param highExclusive exclusive upper bound
   * @param out destination, filled in index order
   */
  public void integers(long low, long highExclusive, long[] out) {
    checkBounds(low, highExclusive);
    long rng = highExclusive - 1 - low;
    for (int i = 0; i < out.length; i++) {
      out[i] = low + boundedUnsigned(rng);
    }
  }

  /**
   * numpy's {@code integers(low, high, size=out.length, dtype=int8)}: bytes are cut from {@code
   * next32} words, least significant first; bytes left over at the end of the call are dropped (the
   * main 32-bit buffer is not involved).
   *
   * @param low lowest value, {@code >= -128}
   * @param highExclusive upper bound, {@code <= 128} and {@code > low}
   * @param out destination, filled in index order
   * @throws IllegalArgumentException if the bounds are out of int8 range or empty
   */
  public void integersInt8(int low, int highExclusive, byte[] out) {
    if (low < Byte.MIN_VALUE || highExclusive > Byte.MAX_VALUE + 1) {
      throw new IllegalArgumentException(
          "int8 bounds out of range: low=" + low + ", high=" + highExclusive);
    }
    if (low >= highExclusive) {
      throw new IllegalArgumentException("low >= high: low=" + low + ", high=" + highExclusive);
    }
    int rng = highExclusive - 1 - low;
    byteCount = 0;
    for (int i = 0; i < out.length; i++) {
      out[i] = (byte) (low + boundedByte(rng));
    }
    byteCount = 0;
    byteBuf = 0;
  }

  private static void checkBounds(long low, long highExclusive) {
    if (low >= highExclusive) {
      throw new IllegalArgumentException("low >= high: low=" + low + ", high=" + highExclusive);
    }
  }

  /** Uniform value in {@code [0, rng]} (rng unsigned), numpy's {@code random_bounded_uint64}. */
  private long boundedUnsigned(long rng) {
    if (rng == 0) {
      return 0;
    }
    if (Long.compareUnsigned(rng, 0xFFFFFFFFL) <= 0) {
      return rng == 0xFFFFFFFFL ? bits.next32() : lemire32(rng);
    }
    return rng == -1L ? bits.next64() : lemire64(rng);
  }

  private long lemire32(long rng) {
    long excl = rng + 1;
    long m = bits.next32() * excl;
    long leftover = m & 0xFFFFFFFFL;
    if (leftover < excl) {
      long threshold = (0xFFFFFFFFL - rng) % excl;
      while (leftover < threshold) {
        m = bits.next32() * excl;
        leftover = m & 0xFFFFFFFFL;
      }
    }
    return m >>> 32;
  }

  private long lemire64(long rng) {
    long excl = rng + 1;
    long x = bits.next64();
    long leftover = x * excl;
    if (Long.compareUnsigned(leftover, excl) < 0) {
      long threshold = Long.remainderUnsigned(-1L - rng, excl);
      while (Long.compareUnsigned(leftover, threshold) < 0) {
        x = bits.next64();
        leftover = x * excl;
      }
    }
    return Pcg64.unsignedMultiplyHigh(x, excl);
  }

  /** Uniform value in {@code [0, rng]} for rng in {@code [0, 255]}, numpy's 8-bit Lemire. */
  private int boundedByte(int rng) {
    if (rng == 0) {
      return 0;
    }
    if (rng == 0xFF) {
      return nextByte();
    }
    int excl = rng + 1;
    int m = nextByte() * excl;
    int leftover = m & 0xFF;
    if (leftover < excl) {
      int threshold = (0xFF - rng) % excl;
      while (leftover < threshold) {
        m = nextByte() * excl;
        leftover = m & 0xFF;
      }
    }
    return m >>> 8;
  }

  private int nextByte() {
    if (byteCount == 0) {
      byteBuf = bits.next32();
      byteCount = 3;
    } else {
      byteBuf >>>= 8;
      byteCount--;
    }
    return (int) (byteBuf & 0xFF);
  }

  // ------------------------------------------------------------------ shuffle

  /**
   * numpy's {@code random_interval(max)}: a value in {@code [0, max]} by masked rejection sampling,
   * from the buffered {@code next32} while {@code max < 2^32}, else from {@code next64}.
   *
   * @param max largest value, {@code >= 0}
   */
  public long randomInterval(long max) {
    if (max < 0) {
      throw new IllegalArgumentException("max must be >= 0, got " + max);
    }
    if (max == 0) {
      return 0;
    }
    long mask = max;
    mask |= mask >>> 1;
    mask |= mask >>> 2;
    mask |= mask >>> 4;
    mask |= mask >>> 8;
    mask |= mask >>> 16;
    mask |= mask >>> 32;
    long value;
    if (max <= 0xFFFFFFFFL) {
      do {
        value = bits.next32() & mask;
      } while (value > max);
    } else {
      do {
        value = bits.next64() & mask;
      } while (value > max);
    }
    return value;
  }

  /**
   * numpy's {@code shuffle(x)} of a list or 1-D array, in place: for {@code i} from {@code n - 1}
   * down to 1, swap {@code x[i]} with {@code x[random_interval(i)]}.
   *
   * @param x the items to permute
   */
  public void shuffle(int[] x) {
    for (int i = x.length - 1; i > 0; i--) {
      int j = (int) randomInterval(i);
      int t = x[i];
      x[i] = x[j];
      x[j] = t;
    }
  }

  // ------------------------------------------------------------------ choice

  /**
   * numpy's {@code choice(n)}: same draw as {@code integers(0, n)}.
   *
   * @param n population size, {@code > 0}
   * @return an index in {@code [0, n)}
   * @throws IllegalArgumentException if {@code n <= 0}
   */
  public int choice(int n) {
    if (n <= 0) {
      throw new IllegalArgumentException(
          "a cannot be empty unless no samples are taken (n=" + n + ")");
    }
    return (int) integers(0, n);
  }

  /**
   * numpy's {@code choice(len(p), p=p)}: one {@link #random()} draw {@code u}, returns the number
   * of normalised cumulative sums {@code <= u}.
   *
   * @param p probabilities, non-empty, each in {@code [0, 1]}, summing to 1 within sqrt(eps)
   * @return an index in {@code [0, p.length)}
   * @throws IllegalArgumentException if {@code p} is invalid (same checks as numpy)
   */
  public int choice(double[] p) {
    double last = checkedCdfTotal(p);
    return cdfIndex(p, last, bits.nextDouble());
  }

  /**
   * Fills {@code out} as {@code choice(len(p), size=out.length, p=p)}; same checks as {@link
   * #choice(double[])}, one {@link #random()} draw per element.
   *
   * @param p probabilities
   * @param out destination, filled in index order
   */
  public void choice(double[] p, int[] out) {
    double last = checkedCdfTotal(p);
    for (int i = 0; i < out.length; i++) {
      out[i] = cdfIndex(p, last, bits.nextDouble());
    }
  }

  /** Validates {@code p} like numpy and returns the last entry of its sequential cumulative sum. */
  private static double checkedCdfTotal(double[] p) {
    if (p.length == 0) {
      throw new IllegalArgumentException("a cannot be empty unless no samples are taken");
    }
    double kahan = p[0];
    double c = 0.0;
    for (int i = 1; i < p.length; i++) {
      double y = p[i] - c;
      double t = kahan + y;
      c = (t - kahan) - y;
      kahan = t;
    }
    if (Double.isNaN(kahan)) {
      throw new IllegalArgumentException("Probabilities contain NaN");
    }
    double total = 0.0;
    for (double v : p) {
      if (v < 0) {
        throw new IllegalArgumentException("Probabilities are not non-negative: " + v);
      }
      total += v;
    }
    if (Math.abs(kahan - 1.0) > P_SUM_TOLERANCE) {
      throw new IllegalArgumentException("Probabilities do not sum to 1 (sum=" + kahan + ")");
    }
    return total;
  }

  /** Count of {@code cumsum(p)[i] / last <= u}, evaluated without allocating the cdf. */
  private static int cdfIndex(double[] p, double last, double u) {
    double running = 0.0;
    int count = 0;
    for (double v : p) {
      running += v;
      if (running / last <= u) {
        count++;
      }
    }
    return count;
  }

  /**
   * Gymnasium's toy-text {@code categorical_sample}: one {@link NpRandom#random()} draw {@code u},
   * returns the first index whose running sum of {@code probs} exceeds {@code u}, else 0.
   *
   * @param probs probabilities (not validated)
   * @param rng the generator to draw from (exactly one draw)
   * @return an index in {@code [0, probs.length)}, or 0
   */
  public static int categoricalSample(double[] probs, NpRandom rng) {
    double u = rng.random();
    double running = 0.0;
    for (int i = 0; i < probs.length; i++) {
      running += probs[i];
      if (running > u) {
        return i;
      }
    }
    return 0;
  }

  // ------------------------------------------------------------------ ziggurat & geometric

  /**
   * @return a standard normal draw (numpy's 256-level ziggurat), any finite double
   */
  public double standardNormal() {
    for (; ; ) {
      long r = bits.next64();
      int idx = (int) (r & 0xFF);
      r >>>= 8;
      long rabs = (r >>> 1) & 0x000FFFFFFFFFFFFFL;
      double x = rabs * ZigguratTables.WI[idx];
      if ((r & 1) != 0) {
        x = -x;
      }
      if (rabs < ZigguratTables.KI[idx]) {
        return x;
      }
      if (idx == 0) {
        for (; ; ) {
          double xx = -ZigguratTables.NOR_INV_R * StrictMath.log1p(-bits.nextDouble());
          double yy = -StrictMath.log1p(-bits.nextDouble());
          if (yy + yy > xx * xx) {
            return ((rabs >>> 8) & 1) != 0
                ? -(ZigguratTables.NOR_R + xx)
                : ZigguratTables.NOR_R + xx;
          }
        }
      }
      double f =
          (ZigguratTables.FI[idx - 1] - ZigguratTables.FI[idx]) * bits.nextDouble()
              + ZigguratTables.FI[idx];
      if (f < StrictMath.exp(-0.5 * x * x)) {
        return x;
      }
    }
  }

  /**
   * Fills {@code out} with {@link #standardNormal()} draws.
   *
   * @param out destination, filled in index order
   */
  public void standardNormal(double[] out) {
    for (int i = 0; i < out.length; i++) {
      out[i] = standardNormal();
    }
  }

  /**
   * @return a standard exponential draw (numpy's 256-level ziggurat), {@code >= 0}
   */
  public double standardExponential() {
    for (; ; ) {
      long ri = bits.next64() >>> 3;
      int idx = (int) (ri & 0xFF);
      ri >>>= 8;
      double x = ri * ZigguratTables.WE[idx];
      if (ri < ZigguratTables.KE[idx]) {
        return x;
      }
      if (idx == 0) {
        return ZigguratTables.EXP_R - StrictMath.log1p(-bits.nextDouble());
      }
      double f =
          (ZigguratTables.FE[idx - 1] - ZigguratTables.FE[idx]) * bits.nextDouble()
              + ZigguratTables.FE[idx];
      if (f < StrictMath.exp(-x)) {
        return x;
      }
    }
  }

  /**
   * Fills {@code out} with {@link #standardExponential()} draws.
   *
   * @param out destination, filled in index order
   */
  public void standardExponential(double[] out) {
    for (int i = 0; i < out.length; i++) {
      out[i] = standardExponential();
    }
  }

  /**
   * numpy's {@code geometric(p)}: number of trials up to and including the first success.
   *
   * @param p success probability in {@code (0, 1]}
   * @return a value {@code >= 1} (saturates at {@code Long.MAX_VALUE})
   * @throws IllegalArgumentException if {@code p} is not in {@code (0, 1]}
   */
  public long geometric(double p) {
    if (!(p > 0 && p <= 1)) {
      throw new IllegalArgumentException("p <= 0, p > 1 or p contains NaNs: " + p);
    }
    if (p >= GEOMETRIC_SEARCH_MIN_P) {
      long x = 1;
      double sum = p;
      double prod = p;
      double q = 1.0 - p;
      double u = bits.nextDouble();
      while (u > sum) {
        prod *= q;
        sum += prod;
        x++;
      }
      return x;
    }
    double z = Math.ceil(-standardExponential() / StrictMath.log1p(-p));
    return z >= TWO_POW_63 ? Long.MAX_VALUE : (long) z;
  }
}
