package dev.jymnasium.env.spaces;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Text against Gymnasium 1.3.0; the expected samples were printed by {@code t = Text(5,
 * min_length=2, charset='abcd'); t.seed(42); [t.sample() for _ in range(5)]} and alike.
 */
class TextTest {
  private static List<String> samples(Text t, long seed, int n) {
    t.seed(seed);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(t.sample());
    }
    return out;
  }

  @Test
  void samplesMatchGymnasium() {
    assertEquals(
        List.of("bd", "caddd", "bbdc", "db", "cad"), samples(new Text(5, 2, "abcd"), 42, 5));
    assertEquals(List.of("zzx", "xz", "zzy", "", "xxy"), samples(new Text(3, 0, "xyz"), 7, 5));
  }

  @Test
  void batchSeedsEachCopyLikeGymnasium() {
    Text t = new Text(4, 1, "ab");
    t.seed(3);
    Tuple b = t.batch(3);
    Object[] s = b.sample();
    assertArrayEquals(new Object[] {"abba", "ab", "abbb"}, s);
    Object[] empty = (Object[]) new Text(4, 2, "ba").createBatch(2);
    assertArrayEquals(new Object[] {"aa", "aa"}, empty);
  }

  @Test
  void containsChecksLengthAndCharset() {
    Text t = new Text(4, 2, "abc");
    assertTrue(t.contains("ab"));
    assertTrue(t.contains("cccc"));
    assertFalse(t.contains("a"));
    assertFalse(t.contains("abcab"));
    assertFalse(t.contains("abd"));
    assertFalse(t.contains(3));
    assertTrue(new Text(3, 0, "x").contains(""));
  }

  @Test
  void flattensToPaddedInt32Indices() {
    Text t = new Text(6, 1, "abcd");
    Object f = Spaces.flatten(t, "dab");
    assertArrayEquals(new int[] {3, 0, 1, 4, 4, 4}, (int[]) f);
    assertEquals("dab", Spaces.unflatten(t, f));
    Box<?> box = Spaces.flattenSpace(t);
    assertEquals(DType.INT32, box.dtype());
    assertArrayEquals(new int[] {6}, box.shape());
    assertEquals(4.0, box.high(5));
    assertEquals(0.0, box.low(0));
  }

  @Test
  void reprAndEquality() {
    assertEquals(
        "Text(1, 6, charset=0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz)",
        new Text(6).toString());
    assertEquals(new Text(3, 1, "ab"), new Text(3, 1, "ba"));
    assertTrue(Spaces.isSpaceDtypeShapeEquiv(new Text(3, 1, "ab"), new Text(3, 2, "ba")));
    assertFalse(Spaces.isSpaceDtypeShapeEquiv(new Text(3, 1, "ab"), new Text(4, 1, "ab")));
  }

  @Test
  void badArgumentsNameTheValue() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new Text(2, 3, "ab"));
    assertTrue(e.getMessage().contains("min_length=3"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new Text(2, -1, "ab"));
    assertThrows(IllegalArgumentException.class, () -> new Text(2, 1, ""));
  }
}
