package dev.jymnasium.env.spaces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Membership rules and their messages. */
class ContainsTest {

  @Test
  void boxRejectsWrongTypeLengthNanAndOutOfBounds() {
    Box<float[]> box = Box.float32(-1, 1, 2);
    assertTrue(box.contains(new float[] {0f, 1f}));
    assertTrue(box.mismatch(new double[] {0, 0}).contains("float[]"));
    assertFalse(box.contains(null));
    assertFalse(box.contains(0.5f));
    assertTrue(box.mismatch(new float[] {0f}).contains("expected 2 elements"));
    assertTrue(box.mismatch(new float[] {0f, Float.NaN}).contains("NaN"));
    assertTrue(box.mismatch(new float[] {0f, 1.5f}).contains("outside"));
    Box<long[]> ints = Box.of(0, 3, new int[] {1}, DType.INT64);
    assertTrue(ints.contains(new long[] {3}));
    assertFalse(ints.contains(new int[] {3}));
    assertFalse(ints.contains(new long[] {4}));
  }

  @Test
  void discreteRejectsNonIntegersAndOutOfRange() {
    Discrete d = new Discrete(3, -1);
    assertTrue(d.contains(-1));
    assertTrue(d.contains(1));
    assertFalse(d.contains(2));
    assertFalse(d.contains(-2));
    assertFalse(d.contains(1L));
    assertFalse(d.contains(1.0));
    assertFalse(d.contains(null));
    assertTrue(d.mismatch(5).contains("out of range [-1, 1]"));
  }

  @Test
  void multiDiscrete() {
    MultiDiscrete md = new MultiDiscrete(new int[] {2, 3}, new int[] {0, 5}, new int[] {2});
    assertTrue(md.contains(new int[] {1, 7}));
    assertFalse(md.contains(new int[] {1, 8}));
    assertFalse(md.contains(new int[] {1, 4}));
    assertFalse(md.contains(new int[] {1}));
    assertFalse(md.contains(new long[] {1, 5}));
    assertFalse(md.contains(null));
    assertTrue(md.mismatch(new int[] {2, 5}).contains("element 0 = 2 is outside [0, 1]"));
    // Overflow-safe range check.
    MultiDiscrete neg = new MultiDiscrete(new int[] {3}, new int[] {-5}, new int[] {1});
    assertFalse(neg.contains(new int[] {Integer.MAX_VALUE}));
  }

  @Test
  void multiBinary() {
    MultiBinary mb = new MultiBinary(new int[] {2, 2});
    assertTrue(mb.contains(new byte[] {0, 1, 1, 0}));
    assertFalse(mb.contains(new byte[] {0, 1, 2, 0}));
    assertFalse(mb.contains(new byte[] {0, 1, -1, 0}));
    assertFalse(mb.contains(new byte[] {0, 1, 1}));
    assertFalse(mb.contains(new int[] {0, 1, 1, 0}));
    assertTrue(mb.mismatch(new byte[] {0, 1, 2, 0}).contains("element 2"));
  }

  @Test
  void tupleChecksArityAndChildren() {
    Tuple t = new Tuple(new Discrete(2), Box.float32(0, 1, 1));
    assertTrue(t.contains(new Object[] {1, new float[] {0.5f}}));
    assertFalse(t.contains(new Object[] {1}));
    assertFalse(t.contains(new Object[] {2, new float[] {0.5f}}));
    assertFalse(t.contains(java.util.List.of(1, new float[] {0.5f})));
    String why = t.mismatch(new Object[] {1, new float[] {Float.NaN}});
    assertTrue(why.contains("entry 1") && why.contains("NaN"), why);
  }

  @Test
  void dictNeedsExactlyTheSameKeys() {
    Dict d = Dict.ordered("x", new Discrete(2), "y", new Discrete(3));
    Map<String, Object> ok = new TreeMap<>(Map.of("y", 2, "x", 1));
    assertTrue(d.contains(ok));
    assertFalse(d.contains(Map.of("x", 1)));
    assertFalse(d.contains(Map.of("x", 1, "y", 2, "z", 0)));
    assertFalse(d.contains(Map.of("x", 1, "y", 3)));
    Map<String, Object> nullValue = new LinkedHashMap<>();
    nullValue.put("x", 1);
    nullValue.put("y", null);
    assertFalse(d.contains(nullValue));
    assertTrue(d.mismatch(Map.of("x", 1)).contains("missing key 'y'"));
    assertTrue(d.mismatch(Map.of("x", 1, "y", 2, "z", 0)).contains("unexpected keys"));
    assertFalse(d.contains(new Object[] {1, 2}));
  }

  @Test
  void requireContainsNamesTheSpaceAndTheRole() {
    Dict d = Dict.ordered("x", new Discrete(2));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> d.requireContains(Map.of("x", 4), "action"));
    assertTrue(e.getMessage().startsWith("action "), e.getMessage());
    assertTrue(e.getMessage().contains("Dict('x': Discrete(2))"), e.getMessage());
    assertTrue(e.getMessage().contains("Discrete(2)"), e.getMessage());
    MultiDiscrete md = new MultiDiscrete(new int[] {5, 2, 3});
    e =
        assertThrows(
            IllegalArgumentException.class,
            () -> md.requireContains(new int[] {5, 0, 0}, "observation"));
    assertTrue(e.getMessage().contains("MultiDiscrete([5 2 3])"), e.getMessage());
    md.requireContains(new int[] {4, 1, 2}, "observation");
  }

  @Test
  void mismatchDoesNotAllocateForMembers() {
    java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
    assumeTrue(bean instanceof com.sun.management.ThreadMXBean);
    com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) bean;
    assumeTrue(mx.isThreadAllocatedMemorySupported() && mx.isThreadAllocatedMemoryEnabled());
    Space<?>[] spaces = {
      new MultiDiscrete(new int[] {5, 2, 3}),
      new MultiBinary(4),
      new Tuple(new Discrete(3), Box.float32(0, 1, 2)),
      Dict.ordered("a", new Discrete(3), "b", new MultiBinary(2))
    };
    Object[] members = {
      new int[] {1, 1, 1},
      new byte[] {0, 1, 0, 1},
      new Object[] {2, new float[] {0.5f, 0.25f}},
      new LinkedHashMap<>(Map.of("a", 1, "b", new byte[] {1, 1}))
    };
    long tid = Thread.currentThread().getId();
    for (int round = 0; round < 3; round++) {
      long before = mx.getThreadAllocatedBytes(tid);
      int found = 0;
      for (int k = 0; k < 20_000; k++) {
        for (int i = 0; i < spaces.length; i++) {
          if (spaces[i].mismatch(members[i]) == null) {
            found++;
          }
        }
      }
      long allocated = mx.getThreadAllocatedBytes(tid) - before;
      assertEquals(80_000, found);
      // One allocation per call would be >= 1.28 MB; allow a little for the measurement.
      if (round == 2) {
        assertTrue(allocated < 64_000, "mismatch allocated " + allocated + " bytes");
      }
    }
  }

  @Test
  void containsAcceptsSamples() {
    Space<?>[] spaces = {
      new Discrete(4, 2),
      new MultiDiscrete(new int[] {3, 4}, new int[] {-1, 2}, new int[] {2}),
      new MultiBinary(new int[] {2, 3}),
      Box.float32(-1, 1, 2, 2),
      new Tuple(new Discrete(2), Dict.ordered("z", new MultiBinary(3), "a", Box.uint8(2))),
    };
    for (Space<?> s : spaces) {
      s.seed(7);
      for (int k = 0; k < 50; k++) {
        Object x = s.sample();
        assertNull(s.mismatch(x), s + " " + Space.format(x));
      }
      assertNotNull(s.mismatch("nope"));
    }
  }
}
