package dev.jymnasium.env.rng;

/**
 * numpy's {@code PCG64} bit generator: a 128-bit linear congruential generator with the XSL-RR
 * output function, plus the 32-bit buffer numpy keeps for {@code next_uint32}.
 *
 * <p>The 128-bit state and increment are stored as (high, low) pairs of {@code long}s; all
 * arithmetic is modulo 2^128. The generating methods allocate nothing. Not thread-safe.
 */
public final class Pcg64 {

  private static final long MULT_HI = 0x2360ED051FC65DA4L;
  private static final long MULT_LO = 0x4385DF649FCCF645L;

  private long stateHi;
  private long stateLo;
  private long incHi;
  private long incLo;
  private boolean has32;
  private long buffered32;

  private Pcg64() {}

  /**
   * Seeds from {@code seq.generateState(4)} exactly as numpy's {@code PCG64(seed_seq)}.
   *
   * @param seq the seed sequence
   */
  public Pcg64(SeedSequence seq) {
    long[] s = seq.generateState(4);
    // inc = (initseq << 1) | 1, with initseq = s2 * 2^64 + s3
    incHi = (s[2] << 1) | (s[3] >>> 63);
    incLo = (s[3] << 1) | 1L;
    stateHi = 0;
    stateLo = 0;
    step();
    long lo = stateLo + s[1];
    stateHi += s[0] + carry(lo, stateLo);
    stateLo = lo;
    step();
  }

  /**
   * Builds a generator from raw 128-bit values; {@code inc} is used as given (numpy keeps it odd).
   *
   * @param stateHi high 64 bits of the state
   * @param stateLo low 64 bits of the state
   * @param incHi high 64 bits of the increment
   * @param incLo low 64 bits of the increment
   * @return a generator with an empty 32-bit buffer
   */
  public static Pcg64 fromState(long stateHi, long stateLo, long incHi, long incLo) {
    Pcg64 g = new Pcg64();
    g.stateHi = stateHi;
    g.stateLo = stateLo;
    g.incHi = incHi;
    g.incLo = incLo;
    return g;
  }

  /**
   * @return an independent generator with the same state, increment and 32-bit buffer
   */
  public Pcg64 copy() {
    Pcg64 g = fromState(stateHi, stateLo, incHi, incLo);
    g.has32 = has32;
    g.buffered32 = buffered32;
    return g;
  }

  /**
   * @param other another generator
   * @return true if state, increment and 32-bit buffer (flag and, when set, value) are equal
   */
  public boolean stateEquals(Pcg64 other) {
    return other != null
        && stateHi == other.stateHi
        && stateLo == other.stateLo
        && incHi == other.incHi
        && incLo == other.incLo
        && has32 == other.has32
        && (!has32 || buffered32 == other.buffered32);
  }

  /**
   * Advances the LCG, then returns the XSL-RR output of the new state.
   *
   * @return 64 uniformly random bits (the unsigned numpy value as a two's-complement long)
   */
  public long next64() {
    step();
    return Long.rotateRight(stateHi ^ stateLo, (int) (stateHi >>> 58));
  }

  /**
   * numpy's {@code next_uint32}: the low half of a fresh {@link #next64()}, and on the following
   * call its buffered high half. The buffer survives calls to the other methods.
   *
   * @return the unsigned 32-bit value, in {@code [0, 2^32)}, held in a {@code long}
   */
  public long next32() {
    if (has32) {
      has32 = false;
      return buffered32;
    }
    long r = next64();
    buffered32 = r >>> 32;
    has32 = true;
    return r & 0xFFFFFFFFL;
  }

  /**
   * @return {@code (next64() >>> 11) * 2^-53}, in {@code [0, 1)}; leaves the 32-bit buffer alone
   */
  public double nextDouble() {
    return (next64() >>> 11) * 0x1.0p-53;
  }

  /**
   * @return {@code (next32() >>> 8) * 2^-24}, in {@code [0, 1)} (numpy's float32 draw)
   */
  public float nextFloat() {
    return (next32() >>> 8) * 0x1.0p-24f;
  }

  /**
   * @return high 64 bits of the 128-bit LCG state
   */
  public long stateHi() {
    return stateHi;
  }

  /**
   * @return low 64 bits of the 128-bit LCG state
   */
  public long stateLo() {
    return stateLo;
  }

  /**
   * @return high 64 bits of the 128-bit increment
   */
  public long incHi() {
    return incHi;
  }

  /**
   * @return low 64 bits of the 128-bit increment
   */
  public long incLo() {
    return incLo;
  }

  /**
   * @return whether a buffered 32-bit half is pending for {@link #next32()}
   */
  public boolean has32() {
    return has32;
  }

  /** state = state * MULT + inc (mod 2^128). */
  private void step() {
    long lo = stateLo * MULT_LO;
    long hi = unsignedMultiplyHigh(stateLo, MULT_LO) + stateLo * MULT_HI + stateHi * MULT_LO;
    long newLo = lo + incLo;
    stateHi = hi + incHi + carry(newLo, lo);
    stateLo = newLo;
  }

  /**
   * @return 1 if the unsigned addition that produced {@code sum} from {@code addend} overflowed
   */
  private static long carry(long sum, long addend) {
    return Long.compareUnsigned(sum, addend) < 0 ? 1L : 0L;
  }

  /**
   * High 64 bits of the unsigned 128-bit product (Java 17 lacks {@code Math.unsignedMultiplyHigh}).
   */
  static long unsignedMultiplyHigh(long a, long b) {
    return Math.multiplyHigh(a, b) + ((a >> 63) & b) + ((b >> 63) & a);
  }
}
