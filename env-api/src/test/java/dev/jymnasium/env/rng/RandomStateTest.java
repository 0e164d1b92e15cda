package dev.jymnasium.env.rng;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * RandomState against numpy 2.4.6's legacy {@code np.random.RandomState}. Every expected value
 * below was pasted from the output of the Python command quoted next to it ({@code R =
 * np.random.RandomState}).
 */
class RandomStateTest {

  private static final long[] SEEDS = {0L, 1L, 4294967295L, 12345L, 42L};

  private static void assertKey(RandomState r, long[] head, long[] tail) {
    for (int i = 0; i < head.length; i++) {
      assertEquals(head[i], r.keyWord(i), "key[" + i + "]");
    }
    for (int i = 0; i < tail.length; i++) {
      int k = 624 - tail.length + i;
      assertEquals(tail[i], r.keyWord(k), "key[" + k + "]");
    }
    assertEquals(624, r.position());
  }

  // st = R(s).get_state(); list(st[1][:3]), list(st[1][-2:]), st[2]
  @Test
  void intSeedKey() {
    long[][] heads = {
      {0L, 1L, 1812433255L},
      {1L, 1812433254L, 3713160357L},
      {4294967295L, 1340201581L, 3941791902L},
      {12345L, 2003863422L, 2690739229L},
      {42L, 3107752595L, 1895908407L}
    };
    long[][] tails = {
      {3048484911L, 1796872496L},
      {2386671612L, 2069268389L},
      {876078637L, 3413567280L},
      {1711951248L, 277493156L},
      {836540831L, 26719530L}
    };
    for (int s = 0; s < SEEDS.length; s++) {
      assertKey(new RandomState(SEEDS[s]), heads[s], tails[s]);
    }
  }

  // R(s).randint(0, 2**32, size=3, dtype=np.uint64)  (rng == 2^32 - 1: raw 32-bit outputs)
  @Test
  void raw32() {
    long[][] expected = {
      {2357136044L, 2546248239L, 3071714933L},
      {1791095845L, 4282876139L, 3093770124L},
      {419326371L, 479346978L, 3918654476L},
      {3992670690L, 3823185381L, 1358822685L},
      {1608637542L, 3421126067L, 4083286876L}
    };
    for (int s = 0; s < SEEDS.length; s++) {
      RandomState r = new RandomState(SEEDS[s]);
      for (long e : expected[s]) {
        assertEquals(e, r.next32());
      }
      RandomState q = new RandomState(SEEDS[s]);
      long[] out = new long[3];
      q.randint(0L, 1L << 32, out);
      assertArrayEquals(expected[s], out);
    }
  }

  // r = R(7); r.random_sample(400); r.randint(0, 2**32, size=3, dtype=np.uint64)
  // (crosses the key regeneration at output 624)
  @Test
  void raw32AfterRegeneration() {
    RandomState r = new RandomState(7);
    r.randomSample(new double[400]);
    assertEquals(3466276204L, r.next32());
    assertEquals(1272057976L, r.next32());
    assertEquals(2080778319L, r.next32());
  }

  // R(s).random_sample(5)
  @Test
  void randomSample() {
    double[][] expected = {
      {
        0.5488135039273248,
        0.7151893663724195,
        0.6027633760716439,
        0.5448831829968969,
        0.4236547993389047
      },
      {
        0.417022004702574,
        0.7203244934421581,
        0.00011437481734488664,
        0.30233257263183977,
        0.14675589081711304
      },
      {
        0.0976320289940138,
        0.9123828453026218,
        0.78903530185164,
        0.7800035981134678,
        0.01793967398674523
      },
      {
        0.9296160928171479,
        0.3163755545817859,
        0.18391881167709445,
        0.2045602785530397,
        0.5677250290816866
      },
      {
        0.3745401188473625,
        0.9507143064099162,
        0.7319939418114051,
        0.5986584841970366,
        0.15601864044243652
      }
    };
    for (int s = 0; s < SEEDS.length; s++) {
      double[] out = new double[5];
      new RandomState(SEEDS[s]).randomSample(out);
      assertArrayEquals(expected[s], out, 0.0);
      RandomState r = new RandomState(SEEDS[s]);
      for (double e : expected[s]) {
        assertEquals(e, r.rand(), 0.0);
      }
    }
  }

  // R(s).randint(0, 10, size=20)
  @Test
  void randintSmall() {
    int[][] expected = {
      {5, 0, 3, 3, 7, 9, 3, 5, 2, 4, 7, 6, 8, 8, 1, 6, 7, 7, 8, 1},
      {5, 8, 9, 5, 0, 0, 1, 7, 6, 9, 2, 4, 5, 2, 4, 2, 4, 7, 7, 9},
      {3, 2, 7, 4, 0, 6, 9, 0, 2, 6, 7, 7, 6, 5, 9, 9, 9, 4, 0, 7},
      {2, 5, 1, 4, 9, 5, 2, 1, 6, 1, 9, 7, 6, 0, 2, 9, 1, 2, 6, 7},
      {6, 3, 7, 4, 6, 9, 2, 6, 7, 4, 3, 7, 7, 2, 5, 4, 1, 7, 5, 1}
    };
    for (int s = 0; s < SEEDS.length; s++) {
      int[] out = new int[20];
      new RandomState(SEEDS[s]).randint(0, 10, out);
      assertArrayEquals(expected[s], out);
      RandomState r = new RandomState(SEEDS[s]);
      for (int e : expected[s]) {
        assertEquals(e, r.randint(0, 10));
      }
    }
  }

  // r = R(s); [r.randint(-5, 2**40) for _ in range(4)]  (64-bit masked path)
  @Test
  void randintWide() {
    long[][] expected = {
      {741280623146L, 506137267387L, 841157541218L, 41332891342L},
      {163196666086L, 1095766950788L, 876169207424L, 620178591868L},
      {53956357186L, 922432766453L, 547627168374L, 1042369230950L},
      {128661371644L, 508790099308L, 452577545302L, 1061522527601L},
      {441507790254L, 458615280706L, 810017303567L, 440001501300L}
    };
    for (int s = 0; s < SEEDS.length; s++) {
      RandomState r = new RandomState(SEEDS[s]);
      for (long e : expected[s]) {
        assertEquals(e, r.randint(-5L, 1L << 40));
      }
    }
  }

  // r = R(3); [r.randint(-2**63, 2**63 - 1) for _ in range(3)]
  // r = R(3); [r.randint(-2**31, 2**31) for _ in range(3)]
  @Test
  void randintExtremeRanges() {
    RandomState r = new RandomState(3);
    assertEquals(937055941807507096L, r.randint(Long.MIN_VALUE, Long.MAX_VALUE));
    assertEquals(3839649608876091011L, r.randint(Long.MIN_VALUE, Long.MAX_VALUE));
    assertEquals(-3857126681373350968L, r.randint(Long.MIN_VALUE, Long.MAX_VALUE));
    RandomState q = new RandomState(3);
    assertEquals(218175338L, q.randint(-(1L << 31), 1L << 31));
    assertEquals(-1843722600L, q.randint(-(1L << 31), 1L << 31));
    assertEquals(893988089L, q.randint(-(1L << 31), 1L << 31));
  }

  // r = R(5); [int(r.randint(4, 5)) for _ in range(2)], r.random_sample()
  // (a one-value range draws nothing)
  @Test
  void randintSingleValueDrawsNothing() {
    RandomState r = new RandomState(5);
    assertEquals(4, r.randint(4, 5));
    assertEquals(4L, r.randint(4L, 5L));
    assertEquals(0.22199317108973948, r.randomSample(), 0.0);
  }

  // R(s).choice(7, 10)
  @Test
  void choiceN() {
    int[][] expected = {
      {4, 5, 0, 3, 3, 3, 1, 3, 5, 2},
      {5, 3, 4, 0, 1, 3, 5, 0, 0, 1},
      {3, 2, 4, 4, 0, 6, 2, 1, 0, 3},
      {2, 5, 5, 1, 4, 1, 6, 6, 5, 2},
      {6, 3, 4, 6, 2, 4, 4, 6, 1, 2}
    };
    for (int s = 0; s < SEEDS.length; s++) {
      int[] out = new int[10];
      new RandomState(SEEDS[s]).choice(7, out);
      assertArrayEquals(expected[s], out);
      RandomState r = new RandomState(SEEDS[s]);
      for (int e : expected[s]) {
        assertEquals(e, r.choice(7));
      }
    }
  }

  // r = R(5); [r.choice(['a', 'b', 'c', 'd', 'e']) for _ in range(8)]
  @Test
  void choiceArray() {
    String[] a = {"a", "b", "c", "d", "e"};
    String[] expected = {"d", "a", "b", "a", "e", "d", "a", "a"};
    RandomState r = new RandomState(5);
    for (String e : expected) {
      assertEquals(e, r.choice(a));
    }
    int[] ints = {10, 11, 12, 13, 14};
    long[] longs = {10, 11, 12, 13, 14};
    double[] doubles = {10, 11, 12, 13, 14};
    RandomState ri = new RandomState(5);
    RandomState rl = new RandomState(5);
    RandomState rd = new RandomState(5);
    for (String e : expected) {
      int want = 10 + (e.charAt(0) - 'a');
      assertEquals(want, ri.choice(ints));
      assertEquals(want, rl.choice(longs));
      assertEquals(want, rd.choice(doubles), 0.0);
    }
  }

  // r = R(seed); st = r.get_state(); list(st[1][:3]), list(st[1][-2:]), st[2],
  // r.random_sample(3)   for seed in [[0], [1, 2, 3], [2**32 - 1, 0, 12345], list(range(700))]
  @Test
  void arraySeed() {
    long[][] seeds = {{0}, {1, 2, 3}, {4294967295L, 0, 12345}, new long[700]};
    for (int i = 0; i < 700; i++) {
      seeds[3][i] = i;
    }
    long[][] heads = {
      {2147483648L, 766982754L, 497961170L},
      {2147483648L, 188977461L, 1294596893L},
      {2147483648L, 3349145239L, 1545416172L},
      {2147483648L, 713984477L, 3287419211L}
    };
    long[][] tails = {
      {1057334138L, 2902720905L},
      {2189402571L, 2738794993L},
      {1037519415L, 3738330908L},
      {2413000651L, 2209263432L}
    };
    double[][] draws = {
      {0.8444218515250481, 0.7579544029403025, 0.420571580830845},
      {0.6098612722867289, 0.8866970434146851, 0.47633673750662764},
      {0.5222111461526461, 0.5401072498386634, 0.023274641135067164},
      {0.867898393018711, 0.9148838731573538, 0.42691324373540374}
    };
    for (int s = 0; s < seeds.length; s++) {
      RandomState r = new RandomState(seeds[s]);
      assertKey(r, heads[s], tails[s]);
      for (double e : draws[s]) {
        assertEquals(e, r.randomSample(), 0.0);
      }
    }
  }

  @Test
  void copyAndStateEquals() {
    RandomState a = new RandomState(99);
    a.randomSample(new double[700]);
    RandomState b = a.copy();
    assertTrue(a.stateEquals(b));
    assertEquals(a.next64(), b.next64());
    b.next32();
    assertFalse(a.stateEquals(b));
    assertFalse(a.stateEquals(null));
  }

  @Test
  void rejectsBadArguments() {
    assertThrows(IllegalArgumentException.class, () -> new RandomState(-1));
    assertThrows(IllegalArgumentException.class, () -> new RandomState(1L << 32));
    assertThrows(IllegalArgumentException.class, () -> new RandomState(new long[0]));
    assertThrows(IllegalArgumentException.class, () -> new RandomState(new long[] {1, -1}));
    RandomState r = new RandomState(0);
    assertThrows(IllegalArgumentException.class, () -> r.randint(3, 3));
    assertThrows(IllegalArgumentException.class, () -> r.randint(5L, 2L));
    assertThrows(IllegalArgumentException.class, () -> r.choice(0));
  }

  // cases = [(10, 0.3), (100, 0.5), (1000, 0.1), (5, 0.9), (200, 0.8), (1000000, 0.4),
  //          (50, 0.02), (7, 1.0), (0, 0.5), (40, 0.75)]
  // for n, p in cases: r = R(2024); r.binomial(n, p, size=12), r.random_sample()
  @Test
  void binomial() {
    long[] ns = {10, 100, 1000, 5, 200, 1000000, 50, 7, 0, 40};
    double[] ps = {0.3, 0.5, 0.1, 0.9, 0.8, 0.4, 0.02, 1.0, 0.5, 0.75};
    long[][] expected = {
      {3, 4, 2, 1, 2, 1, 4, 4, 3, 3, 0, 4},
      {53, 53, 44, 57, 54, 49, 54, 49, 51, 38, 56, 57},
      {105, 104, 107, 88, 95, 110, 106, 124, 96, 105, 96, 100},
      {5, 4, 5, 5, 5, 5, 4, 4, 5, 5, 5, 4},
      {156, 157, 166, 166, 167, 155, 161, 152, 155, 160, 159, 168},
      {
        400085, 400220, 400177, 400304, 400192, 399220, 399824, 400293, 400396, 400163, 400264,
        398619
      },
      {1, 1, 0, 0, 0, 0, 1, 1, 1, 1, 0, 2},
      {7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7},
      {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0},
      {29, 29, 32, 34, 32, 33, 28, 29, 30, 30, 35, 28}
    };
    double[] after = {
      0.6024485390081266,
      0.5964326869209966,
      0.8835387027765857,
      0.6024485390081266,
      0.42009813893059855,
      0.2821651194436432,
      0.6024485390081266,
      0.6024485390081266,
      0.6024485390081266,
      0.6024485390081266
    };
    for (int c = 0; c < ns.length; c++) {
      RandomState r = new RandomState(2024);
      for (int i = 0; i < 12; i++) {
        assertEquals(expected[c][i], r.binomial(ns[c], ps[c]), "case " + c + " draw " + i);
      }
      assertEquals(after[c], r.randomSample(), 0.0, "case " + c + " next draw");
    }
  }

  // r = R(2024); [r.binomial(0, 0.5) for _ in range(3)], r.random_sample()
  // (the legacy binomial draws once even for n == 0; R(2024).random_sample(4)[3] is the same)
  @Test
  void binomialDegenerateStillDraws() {
    RandomState r = new RandomState(2024);
    for (int i = 0; i < 3; i++) {
      assertEquals(0, r.binomial(0, 0.5));
    }
    assertEquals(0.043808563746864815, r.randomSample(), 0.0);
    RandomState q = new RandomState(2024);
    for (int i = 0; i < 3; i++) {
      assertEquals(0, q.binomial(10, 0.0));
    }
    assertEquals(0.043808563746864815, q.randomSample(), 0.0);
    assertThrows(IllegalArgumentException.class, () -> q.binomial(-1, 0.5));
    assertThrows(IllegalArgumentException.class, () -> q.binomial(1, 1.5));
    assertThrows(IllegalArgumentException.class, () -> q.binomial(1, Double.NaN));
  }
}
