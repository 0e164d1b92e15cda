package dev.jymnasium.env.rng;

import static dev.jymnasium.env.rng.SeedSequenceTest.u64;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * PCG64 against vectors produced by numpy 2.4.6's {@code
 * np.random.PCG64(np.random.SeedSequence(seed))} ({@code .state}, {@code .random_raw()}).
 */
class Pcg64Test {

  private static Pcg64 seeded(long seed) {
    return new Pcg64(new SeedSequence(seed));
  }

  private static void assertState(Pcg64 g, String state, String inc) {
    assertEquals(u64(state.substring(0, 16)), g.stateHi(), "state hi");
    assertEquals(u64(state.substring(16)), g.stateLo(), "state lo");
    assertEquals(u64(inc.substring(0, 16)), g.incHi(), "inc hi");
    assertEquals(u64(inc.substring(16)), g.incLo(), "inc lo");
    assertFalse(g.has32());
  }

  @Test
  void stateAfterSeeding() {
    assertState(seeded(0), "1aa1b5345996452d09585eb7a69561e3", "418ddadb3af71a82588133bc447873a9");
    assertState(seeded(42), "cea44f6798798f2aacbc7c9d68860ac8", "fa505436c9a8416e66caf2e28d25abff");
  }

  @Test
  void next64Seed0() {
    Pcg64 g = seeded(0);
    String[] hex = {
      "a30febcfd9c2825f",
      "4510bdf882d9d721",
      "0a7d3da94ecde8b8",
      "043b27b61342f01d",
      "d0327a782cde513b"
    };
    String[] dec = {
      "11749869230777074271",
      "4976686463289251617",
      "755828109848996024",
      "304881062738325533",
      "15002187965291974971"
    };
    for (int i = 0; i < 5; i++) {
      long v = g.next64();
      assertEquals(u64(hex[i]), v);
      assertEquals(dec[i], Long.toUnsignedString(v));
    }
  }

  @Test
  void next64Seed42() {
    Pcg64 g = seeded(42);
    String[] hex = {
      "c621fbcd16d92688",
      "705a5661a791ffc1",
      "dbcd12c26eda1624",
      "b286b60e1600888d",
      "181c01b5339381eb"
    };
    String[] dec = {
      "14276969152011380360",
      "8095878257575067585",
      "15838336090824644132",
      "12864169557245331597",
      "1737265434024182251"
    };
    for (int i = 0; i < 5; i++) {
      long v = g.next64();
      assertEquals(u64(hex[i]), v);
      assertEquals(dec[i], Long.toUnsignedString(v));
    }
  }

  @Test
  void next32LowHalfFirst() {
    long[][] expected = {
      {3653403231L, 2735729615L, 2195314465L, 1158725112L},
      {383329928L, 3324115917L, 2811363265L, 1884968545L}
    };
    long[] seeds = {0, 42};
    for (int s = 0; s < 2; s++) {
      Pcg64 g = seeded(seeds[s]);
      for (long e : expected[s]) {
        assertEquals(e, g.next32());
      }
    }
  }

  @Test
  void float32Draws() {
    Pcg64 g0 = seeded(0);
    assertEquals(0.8506242036819458f, g0.nextFloat());
    assertEquals(0.6369616389274597f, g0.nextFloat());
    assertEquals(0.5111364722251892f, g0.nextFloat());
    Pcg64 g42 = seeded(42);
    assertEquals(0.08925092220306396f, g42.nextFloat());
    assertEquals(0.7739560008049011f, g42.nextFloat());
    assertEquals(0.6545714735984802f, g42.nextFloat());
  }

  @Test
  void nextDoubleKeepsBuffer() {
    Pcg64 g = seeded(42);
    assertEquals(383329928L, g.next32());
    assertTrue(g.has32());
    assertEquals(0.4388784397520523, g.nextDouble());
    assertEquals(3324115917L, g.next32());
  }

  @Test
  void copyContinuesIdentically() {
    Pcg64 g = seeded(7);
    g.next32();
    Pcg64 c = g.copy();
    assertTrue(g.stateEquals(c));
    for (int i = 0; i < 100; i++) {
      assertEquals(g.next32(), c.next32());
      assertEquals(g.next64(), c.next64());
    }
    c.next32();
    assertFalse(g.stateEquals(c));
  }

  @Test
  void unsignedMultiplyHighMatchesBigInteger() {
    SplittableRandom r = new SplittableRandom(1);
    BigInteger mask = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
    long[] edge = {0, 1, -1, Long.MIN_VALUE, Long.MAX_VALUE};
    for (int i = 0; i < 2000; i++) {
      long a = i < 25 ? edge[i / 5] : r.nextLong();
      long b = i < 25 ? edge[i % 5] : r.nextLong();
      BigInteger p =
          new BigInteger(Long.toUnsignedString(a))
              .multiply(new BigInteger(Long.toUnsignedString(b)));
      assertEquals(p.shiftRight(64).and(mask).longValue(), Pcg64.unsignedMultiplyHigh(a, b));
    }
  }
}
