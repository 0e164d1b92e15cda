package dev.jymnasium.env.spaces;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link Spaces} flattening (Gymnasium's spaces.utils). */
class FlattenTest {

  private static Space<?>[] allSpaces() {
    Box<float[]> box =
        new Box<>(
            new double[] {-1, 0, Double.NEGATIVE_INFINITY, 2},
            new double[] {1, 5, 0, Double.POSITIVE_INFINITY},
            new int[] {2, 2},
            DType.FLOAT32);
    return new Space<?>[] {
      box,
      Box.uint8(3),
      Box.of(-3, 3, new int[] {2}, DType.INT64),
      new Discrete(4, 2),
      new MultiDiscrete(new int[] {2, 3, 1, 4}, new int[] {0, -1, 5, 0}, new int[] {2, 2}),
      new MultiBinary(new int[] {2, 3}),
      new Tuple(new Discrete(3), box, new MultiBinary(2)),
      Dict.ordered(
          "z",
          new Tuple(new Discrete(2), Dict.ordered("q", Box.float64(-2, 2, 3))),
          "a",
          new MultiDiscrete(new int[] {3, 3}),
          "img",
          Box.uint8(2, 2)),
    };
  }

  @Test
  void roundTripsForEverySpace() {
    for (Space<?> space : allSpaces()) {
      roundTrip(space);
    }
  }

  private static <T> void roundTrip(Space<T> space) {
    space.seed(11);
    Box<?> flatSpace = Spaces.flattenSpace(space);
    assertEquals(Spaces.flatdim(space), flatSpace.size(), space.toString());
    for (int k = 0; k < 20; k++) {
      T x = space.sample();
      Object flat = Spaces.flatten(space, x);
      assertNull(flatSpace.mismatch(flat), space + " -> " + flatSpace);
      T back = Spaces.unflatten(space, flat);
      assertNull(space.mismatch(back), space.toString());
      assertEquals(space.toJsonable(x), space.toJsonable(back), space.toString());
      assertEquals(
          space.toJsonable(x),
          space.toJsonable(Spaces.unflatten(space, Spaces.flattenToDoubles(space, x))));
    }
  }

  @Test
  void boxFlattensRowMajorWithItsDtype() {
    Box<float[]> box = Box.float32(-1, 1, 2, 2);
    Box<?> flat = Spaces.flattenSpace(box);
    assertEquals(Box.float32(-1, 1, 4), flat);
    float[] x = {0.1f, 0.2f, 0.3f, 0.4f};
    float[] f = (float[]) Spaces.flatten(box, x);
    assertArrayEquals(x, f);
    assertEquals(4, Spaces.flatdim(box));
  }

  @Test
  void discreteIsOneHotInt64() {
    Discrete d = new Discrete(4, 2);
    assertEquals(Box.of(0, 1, new int[] {4}, DType.INT64), Spaces.flattenSpace(d));
    assertArrayEquals(new long[] {0, 1, 0, 0}, (long[]) Spaces.flatten(d, 3));
    assertEquals(3, Spaces.unflatten(d, new long[] {0, 1, 0, 0}));
    assertEquals(2, Spaces.unflatten(d, new double[] {1, 1, 0, 0}), "first nonzero wins");
    assertThrows(IllegalArgumentException.class, () -> Spaces.unflatten(d, new double[4]));
    assertThrows(IllegalArgumentException.class, () -> Spaces.flatten(d, 6));
    assertThrows(IllegalArgumentException.class, () -> Spaces.flatten(d, 1));
  }

  @Test
  void multiDiscreteConcatenatesOneHots() {
    MultiDiscrete md = new MultiDiscrete(new int[] {2, 3}, new int[] {0, 1}, new int[] {2});
    assertEquals(5, Spaces.flatdim(md));
    assertEquals(Box.of(0, 1, new int[] {5}, DType.INT64), Spaces.flattenSpace(md));
    assertArrayEquals(new long[] {0, 1, 0, 0, 1}, (long[]) Spaces.flatten(md, new int[] {1, 3}));
    assertArrayEquals(new int[] {1, 3}, Spaces.unflatten(md, new float[] {0, 1, 0, 0, 1}));
    assertThrows(
        IllegalArgumentException.class, () -> Spaces.unflatten(md, new double[] {1, 0, 0, 0, 0}));
    assertThrows(IllegalArgumentException.class, () -> Spaces.flatten(md, new int[] {1, 0}));
  }

  @Test
  void multiBinaryIsInt8() {
    MultiBinary mb = new MultiBinary(new int[] {2, 2});
    assertEquals(Box.of(0, 1, new int[] {4}, DType.INT8), Spaces.flattenSpace(mb));
    assertArrayEquals(
        new byte[] {1, 0, 0, 1}, (byte[]) Spaces.flatten(mb, new byte[] {1, 0, 0, 1}));
    assertArrayEquals(new byte[] {1, 0, 0, 1}, Spaces.unflatten(mb, new byte[] {1, 0, 0, 1}));
  }

  @Test
  void compositeDtypeIsNumpyResultType() {
    assertEquals(
        DType.FLOAT64,
        Spaces.flattenSpace(new Tuple(Box.float32(0, 1, 2), new Discrete(3))).dtype());
    assertEquals(
        DType.FLOAT32,
        Spaces.flattenSpace(new Tuple(Box.float32(0, 1, 2), new MultiBinary(3))).dtype());
    assertEquals(
        DType.INT64, Spaces.flattenSpace(new Tuple(new MultiBinary(2), new Discrete(3))).dtype());
    assertEquals(
        DType.INT32, Spaces.flattenSpace(new Tuple(Box.uint8(2), new MultiBinary(2))).dtype());
    assertEquals(DType.UINT8, Spaces.flattenSpace(Dict.ordered("a", Box.uint8(2))).dtype());
    assertEquals(DType.FLOAT32, Spaces.promote(DType.FLOAT32, DType.UINT8));
    assertEquals(DType.FLOAT64, Spaces.promote(DType.INT32, DType.FLOAT32));
    assertEquals(DType.INT32, Spaces.promote(DType.INT8, DType.INT32));
    assertEquals(DType.INT64, Spaces.promote(DType.UINT8, DType.INT64));
  }

  @Test
  void compositeFlattensInOrderWithConcatenatedBounds() {
    Dict d = new Dict(Map.of("b", new Discrete(3), "a", Box.float32(-2, 2, 2)));
    Box<?> flat = Spaces.flattenSpace(d);
    assertEquals(
        new Box<>(
            new double[] {-2, -2, 0, 0, 0},
            new double[] {2, 2, 1, 1, 1},
            new int[] {5},
            DType.FLOAT64),
        flat);
    Object f = Spaces.flatten(d, Map.of("a", new float[] {0.5f, -1.5f}, "b", 2));
    assertInstanceOf(double[].class, f);
    assertArrayEquals(new double[] {0.5, -1.5, 0, 0, 1}, (double[]) f);
    Map<String, Object> back = Spaces.unflatten(d, f);
    assertArrayEquals(new float[] {0.5f, -1.5f}, (float[]) back.get("a"));
    assertEquals(2, back.get("b"));
  }

  @Test
  void unsignedBytesRoundTrip() {
    Box<byte[]> img = Box.uint8(2);
    byte[] x = {(byte) 200, 7};
    byte[] flat = (byte[]) Spaces.flatten(img, x);
    assertArrayEquals(x, Spaces.unflatten(img, flat));
    assertArrayEquals(x, Spaces.unflatten(img, new double[] {200, 7}));
  }

  @Test
  void errors() {
    assertThrows(IllegalArgumentException.class, () -> Spaces.flattenSpace(new Tuple()));
    assertThrows(
        IllegalArgumentException.class, () -> Spaces.unflatten(new Discrete(3), new double[2]));
    assertThrows(
        IllegalArgumentException.class, () -> Spaces.unflatten(new Discrete(3), "not an array"));
    Space<String> custom = new NotFlattenable();
    assertThrows(IllegalArgumentException.class, () -> Spaces.flatdim(custom));
    assertThrows(IllegalArgumentException.class, () -> Spaces.flattenSpace(custom));
    assertThrows(
        IllegalArgumentException.class,
        () -> Spaces.flattenSpace(new Tuple(new Discrete(2), custom)));
    assertThrows(IllegalArgumentException.class, () -> new Tuple(custom).flatdim());
  }

  /** A space that, like Gymnasium's Sequence, cannot become a Box. */
  private static final class NotFlattenable extends Space<String> {
    @Override
    public String sample() {
      return "x";
    }

    @Override
    public String mismatch(Object x) {
      return "x".equals(x) ? null : "not x";
    }

    @Override
    public boolean isFlattenable() {
      return false;
    }

    @Override
    public int flatdim() {
      throw new IllegalArgumentException("dynamic");
    }

    @Override
    public void flattenInto(String x, double[] out, int offset) {}

    @Override
    public String unflattenFrom(double[] flat, int offset) {
      return "x";
    }

    @Override
    public Space<?> batch(int n) {
      return new Tuple();
    }

    @Override
    public Object createBatch(int n) {
      return new String[n];
    }

    @Override
    public void writeBatch(String value, Object batch, int index) {}

    @Override
    public String readBatch(Object batch, int index, String reuse) {
      return "x";
    }

    @Override
    public Object toJsonable(String x) {
      return x;
    }

    @Override
    public String fromJsonable(Object json) {
      return "x";
    }
  }
}
