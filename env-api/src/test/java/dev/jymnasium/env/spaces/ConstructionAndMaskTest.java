package dev.jymnasium.env.spaces;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jymnasium.env.rng.NpRandom;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Argument validation and masked / probability sampling. */
class ConstructionAndMaskTest {

  @Test
  void badConstructorArguments() {
    assertThrows(IllegalArgumentException.class, () -> new Discrete(0));
    assertThrows(IllegalArgumentException.class, () -> new Discrete(-3));
    assertThrows(IllegalArgumentException.class, () -> Box.float32(1, 0, 2));
    assertThrows(IllegalArgumentException.class, () -> Box.float32(Double.NaN, 1, 2));
    assertThrows(IllegalArgumentException.class, () -> Box.float64(0, Double.NaN, 2));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Box<>(new double[] {0, 0}, new double[] {1}, new int[] {2}, DType.FLOAT32));
    assertThrows(
        IllegalArgumentException.class,
        () -> Box.of(0, Double.POSITIVE_INFINITY, new int[] {1}, DType.UINT8));
    assertThrows(IllegalArgumentException.class, () -> new MultiDiscrete(new int[] {2, 0}));
    assertThrows(IllegalArgumentException.class, () -> new MultiDiscrete(new int[] {2, -1}));
    assertThrows(
        IllegalArgumentException.class,
        () -> new MultiDiscrete(new int[] {2, 2}, new int[] {0}, new int[] {2}));
    assertThrows(
        IllegalArgumentException.class,
        () -> new MultiDiscrete(new int[] {2, 2}, null, new int[] {3}));
    assertThrows(
        IllegalArgumentException.class,
        () -> new MultiDiscrete(new int[] {2}, new int[] {Integer.MAX_VALUE}, new int[] {1}));
    assertThrows(IllegalArgumentException.class, () -> new MultiBinary(0));
    assertThrows(IllegalArgumentException.class, () -> new MultiBinary(new int[] {2, 0}));
    assertThrows(IllegalArgumentException.class, () -> new Tuple(new Discrete(2), null));
    Map<String, Space<?>> withNull = new LinkedHashMap<>();
    withNull.put("a", null);
    assertThrows(IllegalArgumentException.class, () -> new Dict(withNull));
    assertThrows(IllegalArgumentException.class, () -> Dict.ordered("a"));
    assertThrows(IllegalArgumentException.class, () -> Dict.ordered(1, new Discrete(2)));
    assertThrows(
        IllegalArgumentException.class,
        () -> Dict.ordered("a", new Discrete(2), "a", new Discrete(3)));
  }

  @Test
  void intBoxInfiniteBoundsClampToDtypeRange() {
    Box<long[]> b = Box.of(Double.NEGATIVE_INFINITY, 3, new int[] {1}, DType.INT64);
    assertTrue(b.contains(new long[] {Long.MIN_VALUE}));
  }

  @Test
  void discreteMask() {
    Discrete d = new Discrete(5, 10);
    d.seed(0);
    for (int k = 0; k < 100; k++) {
      int v = d.sample(new byte[] {0, 1, 0, 1, 0});
      assertTrue(v == 11 || v == 13, "got " + v);
    }
    NpRandom before = d.npRandom().copy();
    assertEquals(10, d.sample(new byte[5]));
    assertTrue(before.stateEquals(d.npRandom()), "an all-zero mask draws nothing");
    assertEquals(12, d.sample(new byte[] {0, 0, 1, 0, 0}));
    assertThrows(IllegalArgumentException.class, () -> d.sample(new byte[4]));
    assertThrows(IllegalArgumentException.class, () -> d.sample(new byte[] {0, 2, 0, 0, 0}));
  }

  @Test
  void discreteMaskDrawsIntegersOverAllowedIndices() {
    Discrete d = new Discrete(4);
    d.seed(42);
    NpRandom ref = NpRandom.of(42);
    int[] allowed = {0, 2, 3};
    for (int k = 0; k < 20; k++) {
      assertEquals(allowed[(int) ref.integers(0, 3)], d.sample(new byte[] {1, 0, 1, 1}));
    }
  }

  @Test
  void multiDiscreteMaskPerLeaf() {
    MultiDiscrete md = new MultiDiscrete(new int[] {3, 4}, new int[] {1, -2}, new int[] {2});
    md.seed(3);
    for (int k = 0; k < 50; k++) {
      int[] v = md.sample(new byte[][] {{0, 0, 0}, {0, 0, 1, 1}});
      assertEquals(1, v[0], "all-zero mask gives the start");
      assertTrue(v[1] == 0 || v[1] == 1, "got " + v[1]);
    }
    assertThrows(IllegalArgumentException.class, () -> md.sample(new byte[][] {{1, 1, 1}}));
    assertThrows(
        IllegalArgumentException.class, () -> md.sample(new byte[][] {{1, 1}, {1, 1, 1, 1}}));
    assertArrayEquals(
        new int[] {3, -2}, md.sampleWithProbability(new double[][] {{0, 0, 1}, {1, 0, 0, 0}}));
  }

  @Test
  void multiBinaryMask() {
    MultiBinary mb = new MultiBinary(8);
    mb.seed(42);
    // Random part is the full seed-42 sample [1,0,1,0,1,1,0,1]; entries 0/1 are forced.
    assertArrayEquals(
        new byte[] {0, 1, 1, 0, 1, 1, 0, 1}, mb.sample(new byte[] {0, 1, 2, 2, 2, 2, 2, 2}));
    assertThrows(
        IllegalArgumentException.class, () -> mb.sample(new byte[] {3, 0, 0, 0, 0, 0, 0, 0}));
    assertThrows(IllegalArgumentException.class, () -> mb.sample(new byte[7]));
    assertArrayEquals(
        new byte[] {1, 0, 1, 0, 1, 0, 1, 0},
        mb.sampleWithProbability(new double[] {1, 0, 1, 0, 1, 0, 1, 0}));
  }
}
