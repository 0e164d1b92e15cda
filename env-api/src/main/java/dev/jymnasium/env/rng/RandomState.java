package dev.jymnasium.env.rng;

import java.util.Arrays;
import java.util.Objects;

/**
 * Java equivalent of numpy's legacy {@code numpy.random.RandomState(seed)}: the MT19937 Mersenne
 * Twister with numpy's legacy seeding, reproducing numpy's draws bit for bit for the methods
 * implemented here.
 *
 * <p>The algorithms follow numpy's public implementation ({@code numpy/random/_mt19937.pyx} {@code
 * _legacy_seeding}, {@code numpy/random/src/mt19937/mt19937.c}, {@code numpy/random/mtrand.pyx} and
 * {@code numpy/random/src/distributions/distributions.c}), which in turn follow Matsumoto and
 * Nishimura's MT19937 reference ({@code init_genrand}, {@code init_by_array}, {@code
 * genrand_int32}). They are re-created here from that description:
 *
 * <ul>
 *   <li>an integer seed {@code s} in {@code [0, 2^32)} fills the 624-word key with {@code key[0] =
 *       s}, {@code key[i] = 1812433253 * (key[i-1] ^ (key[i-1] >>> 30)) + i} (mod 2^32);
 *   <li>an array seed runs MT19937's {@code init_by_array} ({@code init_genrand(19650218)}, then
 *       the two mixing passes, then {@code key[0] = 0x80000000});
 *   <li>{@link #randomSample()} builds a 53-bit double from two 32-bit draws: {@code ((a >>> 5) *
 *       2^26 + (b >>> 6)) / 2^53};
 *   <li>{@link #randint(long, long)} uses numpy's legacy masked rejection (never Lemire's method):
 *       with {@code rng = high - 1 - low}, a range of at most 32 bits draws 32-bit words, a wider
 *       range draws 64-bit words ({@code (hi << 32) | lo}), each ANDed with the smallest all-ones
 *       mask covering {@code rng} and rejected while above {@code rng};
 *   <li>{@link #choice(int)} with replacement and no {@code p} is {@code randint(0, n)};
 *   <li>{@link #binomial(long, double)} is numpy's legacy binomial: inversion for small means, BTPE
 *       otherwise.
 * </ul>
 *
 * <p>Array variants fill the whole given array and consume exactly what numpy's {@code size=n} call
 * would. The draw methods allocate nothing. Not thread-safe.
 */
public final class RandomState {

  private static final int N = Mt19937.KEY_WORDS;

  private final int[] key = new int[N];
  private int pos;

  private RandomState() {}

  /**
   * Same as {@code numpy.random.RandomState(seed)} for an integer seed.
   *
   * @param seed the seed, in {@code [0, 2^32 - 1]}
   * @throws IllegalArgumentException if {@code seed} is outside that range
   */
  public RandomState(long seed) {
    Mt19937.checkSeedWord(seed);
    initGenrand((int) seed);
  }

  /**
   * Same as {@code numpy.random.RandomState(seed)} for a 1-d array seed (numpy's {@code
   * init_by_array} path).
   *
   * @param seed the seed words, non-empty, each in {@code [0, 2^32 - 1]}
   * @throws IllegalArgumentException if {@code seed} is empty or a word is out of range
   */
  public RandomState(long[] seed) {
    Objects.requireNonNull(seed, "seed");
    if (seed.length == 0) {
      throw new IllegalArgumentException("Seed must be non-empty");
    }
    for (long s : seed) {
      Mt19937.checkSeedWord(s);
    }
    initByArray(seed);
  }

  private void initGenrand(int s) {
    Mt19937.seedKey(key, 0, s);
    pos = N;
  }

  private void initByArray(long[] initKey) {
    initGenrand(19650218);
    int len = initKey.length;
    int i = 1;
    int j = 0;
    for (int k = Math.max(N, len); k > 0; k--) {
      int prev = key[i - 1];
      key[i] = (key[i] ^ ((prev ^ (prev >>> 30)) * 1664525)) + (int) initKey[j] + j;
      i++;
      j++;
      if (i >= N) {
        key[0] = key[N - 1];
        i = 1;
      }
      if (j >= len) {
        j = 0;
      }
    }
    for (int k = N - 1; k > 0; k--) {
      int prev = key[i - 1];
      key[i] = (key[i] ^ ((prev ^ (prev >>> 30)) * 1566083941)) - i;
      i++;
      if (i >= N) {
        key[0] = key[N - 1];
        i = 1;
      }
    }
    key[0] = 0x80000000;
  }

  /**
   * @return an independent generator in the same state (same future draws)
   */
  public RandomState copy() {
    RandomState r = new RandomState();
    System.arraycopy(key, 0, r.key, 0, N);
    r.pos = pos;
    return r;
  }

  /**
   * @param other another generator
   * @return true if both have the same key and position
   */
  public boolean stateEquals(RandomState other) {
    return other != null && pos == other.pos && Arrays.equals(key, other.key);
  }

  /**
   * numpy's {@code get_state()[1][i]}.
   *
   * @param i key index in {@code [0, 624)}
   * @return the key word, as an unsigned 32-bit value
   */
  public long keyWord(int i) {
    return key[i] & 0xFFFFFFFFL;
  }

  /**
   * @return numpy's {@code get_state()[2]}: the index of the next key word to temper (624 means the
   *     key is regenerated on the next draw)
   */
  public int position() {
    return pos;
  }

  // ------------------------------------------------------------------ raw output

  private void regenerate() {
    Mt19937.regenerate(key, 0);
    pos = 0;
  }

  /**
   * @return the next tempered 32-bit output, as an unsigned value in {@code [0, 2^32)}
   */
  public long next32() {
    if (pos >= N) {
      regenerate();
    }
    return Mt19937.temper(key[pos++]) & 0xFFFFFFFFL;
  }

  /**
   * @return numpy's {@code next_uint64} for MT19937: {@code (next32() << 32) | next32()}
   */
  public long next64() {
    long hi = next32();
    return (hi << 32) | next32();
  }

  // ------------------------------------------------------------------ uniform floats

  /**
   * @return a double in {@code [0, 1)}, numpy's {@code random_sample()} (also {@code rand()},
   *     {@code random()})
   */
  public double randomSample() {
    long a = next32() >>> 5;
    long b = next32() >>> 6;
    return (a * 67108864.0 + b) / 9007199254740992.0;
  }

  /**
   * Fills {@code out} with {@link #randomSample()} draws, as {@code random_sample(size=n)}.
   *
   * @param out destination, filled in index order
   */
  public void randomSample(double[] out) {
    for (int i = 0; i < out.length; i++) {
      out[i] = randomSample();
    }
  }

  /**
   * @return same as {@link #randomSample()}, numpy's {@code rand()}
   */
  public double rand() {
    return randomSample();
  }

  // ------------------------------------------------------------------ integers

  /**
   * numpy's {@code randint(low, high)} with the default int64 dtype.
   *
   * @param low inclusive lower bound
   * @param highExclusive exclusive upper bound, {@code > low}
   * @return a draw in {@code [low, highExclusive)}
   * @throws IllegalArgumentException if {@code low >= highExclusive}
   */
  public long randint(long low, long highExclusive) {
    if (low >= highExclusive) {
      throw new IllegalArgumentException("low >= high: " + low + " >= " + highExclusive);
    }
    return low + boundedUnsigned(highExclusive - 1 - low);
  }

  /**
   * numpy's {@code randint(high)}, i.e. {@code randint(0, high)}.
   *
   * @param highExclusive exclusive upper bound, {@code > 0}
   * @return a draw in {@code [0, highExclusive)}
   */
  public long randint(long highExclusive) {
    return randint(0, highExclusive);
  }

  /**
   * {@link #randint(long, long)} for {@code int} bounds (same draws as numpy's int64 {@code
   * randint}).
   *
   * @param low inclusive lower bound
   * @param highExclusive exclusive upper bound, {@code > low}
   * @return a draw in {@code [low, highExclusive)}
   */
  public int randint(int low, int highExclusive) {
    return (int) randint((long) low, (long) highExclusive);
  }

  /**
   * Fills {@code out} as {@code randint(low, high, size=n)}.
   *
   * @param low inclusive lower bound
   * @param highExclusive exclusive upper bound, {@code > low}
   * @param out destination, filled in index order
   */
  public void randint(long low, long highExclusive, long[] out) {
    if (low >= highExclusive) {
      throw new IllegalArgumentException("low >= high: " + low + " >= " + highExclusive);
    }
    long rng = highExclusive - 1 - low;
    for (int i = 0; i < out.length; i++) {
      out[i] = low + boundedUnsigned(rng);
    }
  }

  /**
   * Fills {@code out} as {@code randint(low, high, size=n)} for {@code int} bounds.
   *
   * @param low inclusive lower bound
   * @param highExclusive exclusive upper bound, {@code > low}
   * @param out destination, filled in index order
   */
  public void randint(int low, int highExclusive, int[] out) {
    if (low >= highExclusive) {
      throw new IllegalArgumentException("low >= high: " + low + " >= " + highExclusive);
    }
    long rng = (long) highExclusive - 1 - low;
    for (int i = 0; i < out.length; i++) {
      out[i] = (int) (low + boundedUnsigned(rng));
    }
  }

  /**
   * numpy's legacy bounded draw in {@code [0, rng]} ({@code rng} unsigned): masked rejection on
   * 32-bit words when {@code rng < 2^32}, on 64-bit words otherwise.
   */
  private long boundedUnsigned(long rng) {
    if (rng == 0) {
      return 0;
    }
    if (Long.compareUnsigned(rng, 0xFFFFFFFFL) <= 0) {
      if (rng == 0xFFFFFFFFL) {
        return next32();
      }
      long mask = mask(rng);
      long v;
      do {
        v = next32() & mask;
      } while (v > rng);
      return v;
    }
    if (rng == -1L) {
      return next64();
    }
    long mask = mask(rng);
    long v;
    do {
      v = next64() & mask;
    } while (Long.compareUnsigned(v, rng) > 0);
    return v;
  }

  private static long mask(long max) {
    long m = max;
    m |= m >>> 1;
    m |= m >>> 2;
    m |= m >>> 4;
    m |= m >>> 8;
    m |= m >>> 16;
    m |= m >>> 32;
    return m;
  }

  // ------------------------------------------------------------------ choice

  /**
   * numpy's {@code choice(n)} (with replacement, no {@code p}): {@code randint(0, n)}.
   *
   * @param n population size, {@code > 0}
   * @return an index in {@code [0, n)}
   * @throws IllegalArgumentException if {@code n <= 0}
   */
  public int choice(int n) {
    if (n <= 0) {
      throw new IllegalArgumentException("a must be greater than 0 unless no samples are taken");
    }
    return (int) boundedUnsigned(n - 1L);
  }

  /**
   * Fills {@code out} as {@code choice(n, size=out.length)} (with replacement, no {@code p}).
   *
   * @param n population size, {@code > 0}
   * @param out destination, filled in index order
   */
  public void choice(int n, int[] out) {
    if (n <= 0) {
      throw new IllegalArgumentException("a must be greater than 0 unless no samples are taken");
    }
    for (int i = 0; i < out.length; i++) {
      out[i] = (int) boundedUnsigned(n - 1L);
    }
  }

  /**
   * numpy's {@code choice(a)} for a 1-d array (with replacement, no {@code p}).
   *
   * @param a the population, non-empty
   * @return {@code a[randint(0, a.length)]}
   */
  public int choice(int[] a) {
    return a[choice(a.length)];
  }

  /**
   * numpy's {@code choice(a)} for a 1-d array (with replacement, no {@code p}).
   *
   * @param a the population, non-empty
   * @return {@code a[randint(0, a.length)]}
   */
  public long choice(long[] a) {
    return a[choice(a.length)];
  }

  /**
   * numpy's {@code choice(a)} for a 1-d array (with replacement, no {@code p}).
   *
   * @param a the population, non-empty
   * @return {@code a[randint(0, a.length)]}
   */
  public double choice(double[] a) {
    return a[choice(a.length)];
  }

  /**
   * numpy's {@code choice(a)} for a 1-d object array or list (with replacement, no {@code p}).
   *
   * @param <T> element type
   * @param a the population, non-empty
   * @return {@code a[randint(0, a.length)]}
   */
  public <T> T choice(T[] a) {
    return a[choice(a.length)];
  }

  // ------------------------------------------------------------------ binomial

  /**
   * numpy's legacy {@code binomial(n, p)}: inversion when {@code min(p, 1-p) * n <= 30}, otherwise
   * Kachitvichyanukul and Schmeiser's BTPE, both drawing {@link #randomSample()} doubles, as in
   * numpy's {@code legacy_random_binomial} (which, unlike {@code Generator.binomial}, draws once
   * even for {@code n == 0} or {@code p} in {0, 1}).
   *
   * @param n number of trials, {@code >= 0}
   * @param p success probability in {@code [0, 1]}
   * @return the number of successes
   * @throws IllegalArgumentException if {@code n < 0} or {@code p} is outside {@code [0, 1]} or NaN
   */
  public long binomial(long n, double p) {
    if (n < 0) {
      throw new IllegalArgumentException("n < 0");
    }
    if (!(p >= 0.0 && p <= 1.0)) {
      throw new IllegalArgumentException("p < 0, p > 1 or p is NaN");
    }
    // unlike Generator.binomial, the legacy path has no n == 0 / p == 0 shortcut: those still
    // take the inversion branch and consume one draw
    if (p <= 0.5) {
      return p * n <= 30.0 ? binomialInversion(n, p) : binomialBtpe(n, p);
    }
    double q = 1.0 - p;
    return n - (q * n <= 30.0 ? binomialInversion(n, q) : binomialBtpe(n, q));
  }

  private long binomialInversion(long n, double p) {
    double q = 1.0 - p;
    double qn = Math.exp(n * Math.log(q));
    double np = n * p;
    long bound = (long) Math.min((double) n, np + 10.0 * Math.sqrt(np * q + 1));
    long x = 0;
    double px = qn;
    double u = randomSample();
    while (u > px) {
      x++;
      if (x > bound) {
        x = 0;
        px = qn;
        u = randomSample();
      } else {
        u -= px;
        px = ((n - x + 1) * p * px) / (x * q);
      }
    }
    return x;
  }

  /** BTPE for {@code p <= 0.5}; the labels in comments are the algorithm's steps. */
  private long binomialBtpe(long n, double p) {
    final double r = Math.min(p, 1.0 - p);
    final double q = 1.0 - r;
    final double fm = n * r + r;
    final long m = (long) Math.floor(fm);
    final double p1 = Math.floor(2.195 * Math.sqrt(n * r * q) - 4.6 * q) + 0.5;
    final double xm = m + 0.5;
    final double xl = xm - p1;
    final double xr = xm + p1;
    final double c = 0.134 + 20.5 / (15.3 + m);
    double a = (fm - xl) / (fm - xl * r);
    final double laml = a * (1.0 + a / 2.0);
    a = (xr - fm) / (xr * q);
    final double lamr = a * (1.0 + a / 2.0);
    final double p2 = p1 * (1.0 + 2.0 * c);
    final double p3 = p2 + c / laml;
    final double p4 = p3 + c / lamr;
    final double nrq = n * r * q;
    while (true) {
      // step 10
      double u = randomSample() * p4;
      double v = randomSample();
      long y;
      if (u <= p1) {
        return (long) Math.floor(xm - p1 * v + u);
      }
      if (u <= p2) {
        // step 20: parallelogram
        double x = xl + (u - p1) / c;
        v = v * c + 1.0 - Math.abs(m - x + 0.5) / p1;
        if (v > 1.0) {
          continue;
        }
        y = (long) Math.floor(x);
      } else if (u <= p3) {
        // step 30: left tail
        y = (long) Math.floor(xl + Math.log(v) / laml);
        if (y < 0 || v == 0.0) {
          continue;
        }
        v = v * (u - p2) * laml;
      } else {
        // step 40: right tail
        y = (long) Math.floor(xr - Math.log(v) / lamr);
        if (y > n || v == 0.0) {
          continue;
        }
        v = v * (u - p3) * lamr;
      }
      // step 50
      long k = Math.abs(y - m);
      if (!(k > 20 && k < nrq / 2.0 - 1)) {
        double s = r / q;
        double aa = s * (n + 1);
        double f = 1.0;
        if (m < y) {
          for (long i = m + 1; i <= y; i++) {
            f *= aa / i - s;
          }
        } else if (m > y) {
          for (long i = y + 1; i <= m; i++) {
            f /= aa / i - s;
          }
        }
        if (v > f) {
          continue;
        }
        return y;
      }
      // step 52: squeeze
      double rho = (k / nrq) * ((k * (k / 3.0 + 0.625) + 0.16666666666666666) / nrq + 0.5);
      double t = -k * k / (2 * nrq);
      double bigA = Math.log(v);
      if (bigA < t - rho) {
        return y;
      }
      if (bigA > t + rho) {
        continue;
      }
      double x1 = y + 1;
      double f1 = m + 1;
      double z = n + 1 - m;
      double w = n - y + 1;
      double x2 = x1 * x1;
      double f2 = f1 * f1;
      double z2 = z * z;
      double w2 = w * w;
      double bound =
          xm * Math.log(f1 / x1)
              + (n - m + 0.5) * Math.log(z / w)
              + (y - m) * Math.log(w * r / (x1 * q))
              + stirling(f1, f2)
              + stirling(z, z2)
              + stirling(x1, x2)
              + stirling(w, w2);
      if (bigA > bound) {
        continue;
      }
      return y;
    }
  }

  private static double stirling(double v, double v2) {
    return (13680. - (462. - (132. - (99. - 140. / v2) / v2) / v2) / v2) / v / 166320.;
  }
}
