package dev.jymnasium.env.rng;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/**
 * SeedSequence against vectors produced by numpy 2.4.6's {@code np.random.SeedSequence(seed)}
 * ({@code .pool}, {@code .generate_state(n, np.uint64)}), for seeds 0, 42 and a few larger ones.
 */
class SeedSequenceTest {

  static long u64(String hex) {
    return Long.parseUnsignedLong(hex, 16);
  }

  static int[] u32(long... words) {
    int[] out = new int[words.length];
    for (int i = 0; i < words.length; i++) {
      out[i] = (int) words[i];
    }
    return out;
  }

  @Test
  void poolSeed0() {
    assertArrayEquals(
        u32(0xfe40eb07L, 0x4f363a36L, 0x4eb2009dL, 0xc89a7aa7L), new SeedSequence(0).pool());
  }

  @Test
  void poolSeed42() {
    assertArrayEquals(
        u32(0x631d3606L, 0x07ae90aeL, 0x6fc4be28L, 0x2ced5c75L), new SeedSequence(42).pool());
  }

  @Test
  void generateStateSeed0() {
    assertArrayEquals(
        new long[] {
          u64("db2cd7e7b0f478be"),
          u64("abf4641a2c71ba49"),
          u64("20c6ed6d9d7b8d41"),
          u64("2c4099de223c39d4")
        },
        new SeedSequence(0).generateState(4));
  }

  @Test
  void generateStateSeed42() {
    assertArrayEquals(
        new long[] {
          u64("9f1e2e6dcd540ab7"),
          u64("d57873dc79fb94b6"),
          u64("7d282a1b64d420b7"),
          u64("336579714692d5ff")
        },
        new SeedSequence(42).generateState(4));
  }

  /** Multi-word and more-than-four-word seeds; values produced with numpy 2.4.6. */
  @Test
  void largeSeeds() {
    SeedSequence twoWords =
        new SeedSequence(BigInteger.ONE.shiftLeft(32).add(BigInteger.valueOf(5)));
    assertArrayEquals(u32(0x73d34ef0L, 0xda919992L, 0x5c469880L, 0x2789f14bL), twoWords.pool());
    assertArrayEquals(
        new long[] {u64("f9c15bd6e249d9ac"), u64("b2021b4036320ed7")}, twoWords.generateState(2));

    SeedSequence fiveWords =
        new SeedSequence(BigInteger.ONE.shiftLeft(130).add(BigInteger.valueOf(7)));
    assertArrayEquals(u32(0x410bf850L, 0x555234e3L, 0x9ba08a5cL, 0xaea4a64aL), fiveWords.pool());
    assertArrayEquals(
        new long[] {u64("fe5332f1749c1bd9"), u64("3dbf79501db1f308")}, fiveWords.generateState(2));

    SeedSequence maxU64 = new SeedSequence(new BigInteger("18446744073709551615"));
    assertArrayEquals(u32(0xfaf3ecf4L, 0xfa0f8930L, 0xe9f89a67L, 0x0e23d1f9L), maxU64.pool());
    assertArrayEquals(
        new long[] {u64("aebca151928cad0d"), u64("119c30448638dc7a")}, maxU64.generateState(2));
  }

  @Test
  void longAndBigIntegerAgree() {
    assertArrayEquals(
        new SeedSequence(123456789L).generateState(4),
        new SeedSequence(BigInteger.valueOf(123456789L)).generateState(4));
    assertEquals(BigInteger.valueOf(42), new SeedSequence(42).entropy());
  }

  @Test
  void negativeSeedRejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new SeedSequence(-1));
    assertTrue(e.getMessage().contains("-1"));
    assertThrows(IllegalArgumentException.class, () -> new SeedSequence(BigInteger.valueOf(-7)));
  }

  @Test
  void entropyIs128Bits() {
    SeedSequence a = SeedSequence.fromEntropy();
    SeedSequence b = SeedSequence.fromEntropy();
    assertTrue(a.entropy().signum() >= 0 && a.entropy().bitLength() <= 128);
    assertNotEquals(a.entropy(), b.entropy());
  }
}
