package dev.jymnasium.env.spaces;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** batch_space and the batch buffer helpers. */
class BatchTest {

  @Test
  void discreteBatchesToMultiDiscrete() {
    Discrete d = new Discrete(3, 1);
    d.seed(4);
    Space<?> b = Spaces.batchSpace(d, 4);
    assertEquals(
        new MultiDiscrete(new int[] {3, 3, 3, 3}, new int[] {1, 1, 1, 1}, new int[] {4}), b);
    assertTrue(b.npRandom().stateEquals(d.npRandom()));
    assertNotSame(b.npRandom(), d.npRandom());
    assertInstanceOf(int[].class, d.createBatch(4));
  }

  @Test
  void multiDiscreteAndMultiBinaryBatchKeepTheirType() {
    MultiDiscrete md = new MultiDiscrete(new int[] {2, 5}, new int[] {0, -1}, new int[] {2});
    MultiDiscrete bmd = md.batch(3);
    assertArrayEquals(new int[] {3, 2}, bmd.shape());
    assertArrayEquals(new int[] {2, 5, 2, 5, 2, 5}, bmd.nvec());
    assertArrayEquals(new int[] {0, -1, 0, -1, 0, -1}, bmd.start());
    assertEquals(DType.INT64, bmd.dtype());
    MultiBinary mb = new MultiBinary(new int[] {2, 2});
    MultiBinary bmb = mb.batch(3);
    assertArrayEquals(new int[] {3, 2, 2}, bmb.shape());
    assertEquals(new MultiBinary(new int[] {3, 2, 2}), bmb);
    assertThrows(IllegalArgumentException.class, () -> Spaces.batchSpace(mb, 0));
  }

  @Test
  void compositeBatchesAreCompositesOfBatches() {
    Tuple t = new Tuple(new Discrete(2), Box.float32(0, 1, 3));
    assertEquals(new Tuple(new Discrete(2).batch(5), Box.float32(0, 1, 3).batch(5)), t.batch(5));
    Dict d = Dict.ordered("z", new MultiBinary(2), "a", new Discrete(4));
    Dict bd = d.batch(2);
    assertEquals(List.of("z", "a"), bd.keys());
    assertEquals(new MultiBinary(new int[] {2, 2}), bd.get("z"));
    d.seed(8);
    assertTrue(d.batch(2).npRandom().stateEquals(d.npRandom()));
  }

  @Test
  void batchedSamplesAreElementsOfTheBatchedLayout() {
    for (Space<?> s : spaces()) {
      checkBatchedSampleReadsBack(s);
    }
  }

  /** A sample of the batched space, read back per slot, gives elements of the single space. */
  private static <T> void checkBatchedSampleReadsBack(Space<T> single) {
    Space<?> batched = single.batch(3);
    batched.seed(2);
    Object batch = batched.sample();
    for (T item : Spaces.iterate(single, batch, 3)) {
      assertNull(single.mismatch(item), single + " " + Space.format(item));
    }
  }

  @Test
  void writeReadRoundTrips() {
    for (Space<?> s : spaces()) {
      roundTrip(s);
    }
  }

  private static <T> void roundTrip(Space<T> space) {
    space.seed(21);
    List<T> items = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      items.add(space.sample());
    }
    Object batch = Spaces.concatenate(space, items);
    Space<?> batched = Spaces.batchSpace(space, 4);
    assertNull(mismatchErased(batched, batch), space + " batch not in " + batched);
    List<T> back = Spaces.iterate(space, batch, 4);
    T reuse = null;
    for (int i = 0; i < 4; i++) {
      assertEquals(space.toJsonable(items.get(i)), space.toJsonable(back.get(i)), space.toString());
      T read = space.readBatch(batch, i, reuse);
      if (reuse != null && !(read instanceof Integer)) {
        assertSame(reuse, read, "reuse buffer is filled in place for " + space);
      }
      assertEquals(space.toJsonable(items.get(i)), space.toJsonable(read));
      reuse = read;
    }
  }

  private static Object mismatchErased(Space<?> space, Object x) {
    return space.mismatch(x);
  }

  private static Space<?>[] spaces() {
    return new Space<?>[] {
      new Discrete(5, -2),
      Box.float32(-1, 1, 2, 2),
      Box.uint8(3),
      new MultiDiscrete(new int[] {2, 3, 4, 5}, new int[] {1, 0, 0, -3}, new int[] {2, 2}),
      new MultiBinary(new int[] {2, 3}),
      new Tuple(new Discrete(3), new MultiBinary(2), Dict.ordered("x", Box.float64(0, 1, 1))),
      Dict.ordered(
          "pos",
          new MultiDiscrete(new int[] {4, 4}),
          "nested",
          new Tuple(new Discrete(2), Box.float32(-5, 5, 2))),
    };
  }

  @Test
  void compositeBatchLayout() {
    Dict d = Dict.ordered("a", new Discrete(3), "b", Box.float32(0, 1, 2));
    Object batch = d.createBatch(2);
    assertInstanceOf(Map.class, batch);
    Map<?, ?> m = (Map<?, ?>) batch;
    assertArrayEquals(new int[2], (int[]) m.get("a"));
    assertArrayEquals(new float[4], (float[]) m.get("b"));
    d.writeBatch(Map.of("a", 2, "b", new float[] {0.25f, 0.5f}), batch, 1);
    assertArrayEquals(new int[] {0, 2}, (int[]) m.get("a"));
    assertArrayEquals(new float[] {0, 0, 0.25f, 0.5f}, (float[]) m.get("b"));
    Tuple t = new Tuple(new Discrete(3), new MultiBinary(2));
    Object[] tb = (Object[]) t.createBatch(3);
    assertArrayEquals(new int[3], (int[]) tb[0]);
    assertArrayEquals(new byte[6], (byte[]) tb[1]);
  }
}
