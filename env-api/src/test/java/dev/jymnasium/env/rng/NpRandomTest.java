package dev.jymnasium.env.rng;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/**
 * Generator methods against vectors produced by numpy 2.4.6's {@code
 * np.random.Generator(np.random.PCG64(seed))} (equivalently {@code np.random.default_rng(seed)}).
 */
class NpRandomTest {

  @Test
  void randomScalarAndArray() {
    double[] e0 = {
      0.6369616873214543,
      0.2697867137638703,
      0.04097352393619469,
      0.016527635528529094,
      0.8132702392002724
    };
    double[] e42 = {
      0.7739560485559633,
      0.4388784397520523,
      0.8585979199113825,
      0.6973680290593639,
      0.09417734788764953
    };
    NpRandom r = NpRandom.of(0);
    for (double e : e0) {
      assertEquals(e, r.random());
    }
    double[] out = new double[5];
    NpRandom.of(42).random(out);
    assertArrayEquals(e42, out);
  }

  @Test
  void uniform() {
    double[] out = new double[4];
    NpRandom.of(0).uniform(-0.05, 0.05, out);
    assertArrayEquals(
        new double[] {
          0.013696168732145436, -0.02302132862361297, -0.045902647606380534, -0.04834723644714709
        },
        out);
    NpRandom r = NpRandom.of(42);
    double[] e42 = {
      0.027395604855596334, -0.006112156024794771, 0.03585979199113824, 0.019736802905936393
    };
    for (double e : e42) {
      assertEquals(e, r.uniform(-0.05, 0.05));
    }
  }

  @Test
  void uniformErrors() {
    NpRandom r = NpRandom.of(0);
    assertThrows(ArithmeticException.class, () -> r.uniform(-1e308, 1e308));
    assertThrows(
        ArithmeticException.class, () -> r.uniform(0, Double.POSITIVE_INFINITY, new double[2]));
    assertThrows(ArithmeticException.class, () -> r.uniform(Double.NaN, 1));
    assertThrows(IllegalArgumentException.class, () -> r.uniform(1, 0));
    assertTrue(r.stateEquals(NpRandom.of(0)), "failed calls draw nothing");
  }

  @Test
  void integersSmallRange() {
    long[] e0 = {8, 6, 5, 2, 3, 0, 0, 0};
    long[] e42 = {0, 7, 6, 4, 4, 8, 0, 6};
    NpRandom r = NpRandom.of(0);
    for (long e : e0) {
      assertEquals(e, r.integers(0, 10));
    }
    long[] out = new long[8];
    NpRandom.of(42).integers(0, 10, out);
    assertArrayEquals(e42, out);
  }

  @Test
  void interleavingKeepsThe32BitBuffer() {
    NpRandom r = NpRandom.of(42);
    assertEquals(0, r.integers(0, 10));
    assertEquals(0.4388784397520523, r.random());
    assertEquals(7, r.integers(0, 10));
  }

  @Test
  void integers64BitPath() {
    NpRandom r = NpRandom.of(42);
    long[] e = {850973674774L, 482551947687L, 944038396526L};
    for (long v : e) {
      assertEquals(v, r.integers(0, 1L << 40));
    }
  }

  /** Extra vectors (numpy 2.4.6): full-width ranges, negative offsets, empty range. */
  @Test
  void integersWideAndOffsetRanges() {
    long[] out = new long[3];
    NpRandom.of(12345).integers(Long.MIN_VALUE, Long.MAX_VALUE, out);
    assertArrayEquals(
        new long[] {-5029762611667811940L, -3380212011015813923L, 5485424487778545624L}, out);
    long[] out4 = new long[4];
    NpRandom.of(7).integers(-5, 1L << 33, out4);
    assertArrayEquals(new long[] {5369529170L, 7707007864L, 6663089342L, 1934515027L}, out4);

    NpRandom r = NpRandom.of(3);
    NpRandom before = r.copy();
    assertEquals(17, r.integers(17, 18));
    assertTrue(r.stateEquals(before), "range 0 draws nothing");
    assertThrows(IllegalArgumentException.class, () -> r.integers(5, 5));
  }

  @Test
  void integersInt8() {
    byte[] out = new byte[6];
    NpRandom.of(42).integersInt8(0, 6, out);
    assertArrayEquals(new byte[] {3, 0, 5, 0, 4, 5}, out);

    // Extra vectors (numpy 2.4.6): the rng == 0xFF path, then (0, 2) in a new call dropping
    // leftovers.
    NpRandom r = NpRandom.of(7);
    byte[] full = new byte[7];
    r.integersInt8(-128, 128, full);
    assertArrayEquals(new byte[] {11, -54, 101, 113, 41, -63, -122}, full);
    byte[] bin = new byte[9];
    r.integersInt8(0, 2, bin);
    assertArrayEquals(new byte[] {1, 0, 0, 1, 1, 1, 1, 1, 0}, bin);
    assertThrows(IllegalArgumentException.class, () -> r.integersInt8(0, 129, bin));
    assertThrows(IllegalArgumentException.class, () -> r.integersInt8(2, 2, bin));
  }

  @Test
  void choiceFromDeck() {
    int[] deck = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 10, 10, 10};
    int[] expected = {2, 10, 9, 6, 6, 10};
    NpRandom r = NpRandom.of(42);
    for (int e : expected) {
      assertEquals(e, deck[r.choice(deck.length)]);
    }
  }

  @Test
  void choiceWithProbabilities() {
    String[] letters = {"F", "H"};
    double[] p = {0.8, 0.2};
    NpRandom r = NpRandom.of(42);
    StringBuilder rows = new StringBuilder();
    for (int row = 0; row < 3; row++) {
      for (int col = 0; col < 3; col++) {
        rows.append(letters[r.choice(p)]);
      }
      rows.append('/');
    }
    assertEquals("FFH/FFH/FFF/", rows.toString());

    int[] out = new int[9];
    NpRandom.of(42).choice(p, out);
    assertArrayEquals(new int[] {0, 0, 1, 0, 0, 1, 0, 0, 0}, out);
  }

  @Test
  void choiceRejectsBadProbabilities() {
    NpRandom r = NpRandom.of(0);
    assertThrows(IllegalArgumentException.class, () -> r.choice(new double[] {0.5, 0.6, -0.1}));
    assertThrows(IllegalArgumentException.class, () -> r.choice(new double[] {0.5, 0.6, 0.1}));
    assertThrows(IllegalArgumentException.class, () -> r.choice(new double[] {0.5, Double.NaN}));
    assertThrows(IllegalArgumentException.class, () -> r.choice(new double[0]));
    assertThrows(IllegalArgumentException.class, () -> r.choice(0));
    assertTrue(r.stateEquals(NpRandom.of(0)), "failed calls draw nothing");
    r.choice(new double[] {0.5, 0.5 + 1e-9});
  }

  @Test
  void standardNormal() {
    double[] out = new double[3];
    NpRandom.of(42).standardNormal(out);
    assertArrayEquals(
        new double[] {0.30471707975443135, -1.0399841062404955, 0.7504511958064572}, out);
  }

  @Test
  void standardExponential() {
    NpRandom r = NpRandom.of(42);
    assertEquals(2.4042086039659947, r.standardExponential());
    assertEquals(2.3361896558244535, r.standardExponential());
    assertEquals(2.384760999874255, r.standardExponential());
  }

  @Test
  void geometric() {
    NpRandom r = NpRandom.of(42);
    for (long e : new long[] {9, 9, 9, 1, 1}) {
      assertEquals(e, r.geometric(0.25));
    }
    assertThrows(IllegalArgumentException.class, () -> r.geometric(0));
    assertThrows(IllegalArgumentException.class, () -> r.geometric(1.5));
    assertThrows(IllegalArgumentException.class, () -> r.geometric(Double.NaN));
    assertEquals(1, r.geometric(1.0));
  }

  @Test
  void categoricalSample() {
    // seed 42's first random() is 0.7739560485559633
    assertEquals(2, NpRandom.categoricalSample(new double[] {0.5, 0.2, 0.3}, NpRandom.of(42)));
    assertEquals(
        0,
        NpRandom.categoricalSample(new double[] {0.3, 0.3}, NpRandom.of(42)),
        "no sum exceeds u -> 0");
    NpRandom r = NpRandom.of(42);
    assertEquals(0, NpRandom.categoricalSample(new double[] {1.0}, r));
    assertEquals(0.4388784397520523, r.random(), "exactly one draw");
  }

  @Test
  void seeding() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> NpRandom.of(-3));
    assertTrue(e.getMessage().contains("-3"));
    assertThrows(IllegalArgumentException.class, () -> NpRandom.of(BigInteger.valueOf(-1)));
    assertEquals(BigInteger.valueOf(42), NpRandom.of(42).seed());
    assertTrue(NpRandom.of(42).stateEquals(NpRandom.of(BigInteger.valueOf(42))));
    assertFalse(NpRandom.of(42).stateEquals(NpRandom.of(43)));

    NpRandom a = NpRandom.of(2024);
    NpRandom b = NpRandom.of(2024);
    for (int i = 0; i < 1000; i++) {
      assertEquals(a.integers(0, 1000), b.integers(0, 1000));
      assertEquals(a.standardNormal(), b.standardNormal());
      assertEquals(a.random(), b.random());
    }
    NpRandom f = NpRandom.fromEntropy();
    assertTrue(f.seed().signum() >= 0 && f.seed().bitLength() <= 128);
    assertTrue(f.stateEquals(NpRandom.of(f.seed())));
  }

  @Test
  void copyContinuesIdentically() {
    NpRandom r = NpRandom.of(5);
    r.integers(0, 3); // leaves a buffered half
    NpRandom c = r.copy();
    assertEquals(r.seed(), c.seed());
    assertTrue(r.stateEquals(c));
    for (int i = 0; i < 500; i++) {
      assertEquals(r.integers(0, 7), c.integers(0, 7));
      assertEquals(r.randomFloat(), c.randomFloat());
      assertEquals(r.standardExponential(), c.standardExponential());
      assertEquals(r.uniform(-2, 3), c.uniform(-2, 3));
    }
    r.random();
    assertFalse(r.stateEquals(c));
  }

  /**
   * {@code r = np.random.default_rng(5); a = list(range(10)); r.shuffle(a); r.integers(0, 100)}
   * and, seed 9, an {@code arange(6)} then a list of 3 (numpy 2.4).
   */
  @Test
  void shuffleMatchesNumpy() {
    NpRandom r = NpRandom.of(5);
    int[] a = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
    r.shuffle(a);
    assertArrayEquals(new int[] {7, 6, 1, 3, 2, 4, 0, 9, 5, 8}, a);
    assertEquals(40, r.integers(0, 100));
    r = NpRandom.of(9);
    int[] b = {0, 1, 2, 3, 4, 5};
    int[] c = {0, 1, 2};
    r.shuffle(b);
    r.shuffle(c);
    assertArrayEquals(new int[] {3, 5, 2, 4, 0, 1}, b);
    assertArrayEquals(new int[] {2, 1, 0}, c);
    assertEquals(642, r.integers(0, 1000));
  }
}
