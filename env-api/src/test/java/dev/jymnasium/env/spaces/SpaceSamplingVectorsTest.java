package dev.jymnasium.env.spaces;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Space samples produced by Gymnasium 1.4's {@code gymnasium.spaces} on numpy 2.4.6: each space
 * built as in the test, {@code space.seed(42)}, then {@code space.sample()}.
 */
class SpaceSamplingVectorsTest {

  @Test
  void discrete2() {
    Discrete d = new Discrete(2);
    assertEquals(List.of(42L), d.seed(42));
    int[] expected = {0, 1, 1, 0, 0, 1, 0, 1, 0, 0};
    for (int e : expected) {
      assertEquals(e, d.sample());
    }
  }

  @Test
  void boxFloat32Symmetric() {
    Box<float[]> box = Box.float32(-2, 2, 1);
    box.seed(42);
    assertEquals(1.0958242416381836, (double) box.sample()[0]);
    assertEquals(-0.2444862425327301, (double) box.sample()[0]);

    Box<float[]> unit = Box.float32(-1, 1, 1);
    unit.seed(42);
    assertEquals(0.5479121208190918, (double) unit.sample()[0]);
  }

  @Test
  void boxInt64() {
    Box<long[]> box = Box.of(0, 5, new int[] {4}, DType.INT64);
    box.seed(42);
    assertArrayEquals(new long[] {4, 2, 5, 4}, box.sample());
  }

  @Test
  void multiDiscrete() {
    MultiDiscrete md = new MultiDiscrete(new int[] {5, 2, 3});
    md.seed(42);
    assertArrayEquals(new int[] {3, 0, 2}, md.sample());
  }

  @Test
  void multiBinary() {
    MultiBinary mb = new MultiBinary(8);
    mb.seed(42);
    assertArrayEquals(new byte[] {1, 0, 1, 0, 1, 1, 0, 1}, mb.sample());
  }

  @Test
  void unboundedBoxUsesStandardNormal() {
    Box<double[]> box = Box.float64(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, 3);
    box.seed(42);
    assertArrayEquals(
        new double[] {0.30471707975443135, -1.0399841062404955, 0.7504511958064572}, box.sample());
  }

  @Test
  void halfBoundedBoxUsesExponentials() {
    Box<double[]> box =
        new Box<>(
            new double[] {0, Double.NEGATIVE_INFINITY},
            new double[] {Double.POSITIVE_INFINITY, 1},
            new int[] {2},
            DType.FLOAT64);
    box.seed(42);
    assertArrayEquals(new double[] {2.4042086039659947, -1.3361896558244535}, box.sample());
  }

  @Test
  void dictSortsPlainMapsAndSeedsInKeyOrder() {
    Dict dict = new Dict(Map.of("b", new Discrete(5), "a", Box.float32(0, 1, 2)));
    assertEquals(List.of("a", "b"), dict.keys());
    assertEquals(List.of(42L, 191664963L, 1662057957L), dict.seed(42));
    Map<String, Object> sample = dict.sample();
    assertEquals(List.of("a", "b"), List.copyOf(sample.keySet()));
    assertArrayEquals(new float[] {0.81365544f, 0.620119f}, (float[]) sample.get("a"));
    assertEquals(4, sample.get("b"));
  }

  @Test
  void tupleSeedsChildrenLikeDict() {
    // Same sub-seeds as the Dict vector: one integers(0, 2^31 - 1) draw per child, in order.
    Tuple tuple = new Tuple(Box.float32(0, 1, 2), new Discrete(5));
    assertEquals(List.of(42L, 191664963L, 1662057957L), tuple.seed(42));
    Object[] sample = tuple.sample();
    assertArrayEquals(new float[] {0.81365544f, 0.620119f}, (float[]) sample[0]);
    assertEquals(4, sample[1]);
  }
}
