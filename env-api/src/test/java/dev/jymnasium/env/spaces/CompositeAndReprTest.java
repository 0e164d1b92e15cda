package dev.jymnasium.env.spaces;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jymnasium.env.rng.NpRandom;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Key order, seeding, equality, reprs and JSON of the new spaces. */
class CompositeAndReprTest {

  @Test
  void reprs() {
    assertEquals("MultiDiscrete([5 2 3])", new MultiDiscrete(new int[] {5, 2, 3}).toString());
    assertEquals(
        "MultiDiscrete([[2 3] [4 5]])",
        new MultiDiscrete(new int[] {2, 3, 4, 5}, null, new int[] {2, 2}).toString());
    assertEquals(
        "MultiDiscrete([5 2], start=[1 0])",
        new MultiDiscrete(new int[] {5, 2}, new int[] {1, 0}, new int[] {2}).toString());
    assertEquals("MultiBinary(8)", new MultiBinary(8).toString());
    assertEquals("MultiBinary((2, 3))", new MultiBinary(new int[] {2, 3}).toString());
    assertEquals(
        "Tuple(Discrete(32), Discrete(11), Discrete(2))",
        new Tuple(new Discrete(32), new Discrete(11), new Discrete(2)).toString());
    assertEquals(
        "Dict('a': Box(0.0, 1.0, (2,), float32), 'b': Discrete(5))",
        new Dict(Map.of("b", new Discrete(5), "a", Box.float32(0, 1, 2))).toString());
  }

  @Test
  void equalityAndHashCode() {
    MultiDiscrete md = new MultiDiscrete(new int[] {5, 2, 3});
    assertEquals(md, new MultiDiscrete(new int[] {5, 2, 3}, new int[3], new int[] {3}));
    assertEquals(md.hashCode(), new MultiDiscrete(new int[] {5, 2, 3}).hashCode());
    assertNotEquals(md, new MultiDiscrete(new int[] {5, 2, 3}, new int[] {0, 0, 1}, new int[] {3}));
    assertNotEquals(md, new MultiDiscrete(new int[] {5, 2, 3}, null, new int[] {3, 1}));
    assertEquals(new MultiBinary(4), new MultiBinary(new int[] {4}));
    assertNotEquals(new MultiBinary(4), new MultiBinary(new int[] {2, 2}));
    Tuple t = new Tuple(new Discrete(2), md);
    assertEquals(t, new Tuple(new Discrete(2), new MultiDiscrete(new int[] {5, 2, 3})));
    assertEquals(
        t.hashCode(),
        new Tuple(new Discrete(2), new MultiDiscrete(new int[] {5, 2, 3})).hashCode());
    assertNotEquals(t, new Tuple(md, new Discrete(2)));
    Dict ab = Dict.ordered("a", new Discrete(2), "b", md);
    Dict ba = Dict.ordered("b", md, "a", new Discrete(2));
    assertEquals(ab, ba, "key order does not matter for equality");
    assertEquals(ab.hashCode(), ba.hashCode());
    assertNotEquals(ab, Dict.ordered("a", new Discrete(3), "b", md));
    assertNotEquals(ab, Dict.ordered("a", new Discrete(2)));
  }

  @Test
  void dictKeyOrderRules() {
    Map<String, Space<?>> linked = new LinkedHashMap<>();
    linked.put("z", new Discrete(2));
    linked.put("a", new Discrete(3));
    assertEquals(List.of("z", "a"), new Dict(linked).keys());
    Map<String, Space<?>> hashed = new HashMap<>(linked);
    hashed.put("m", new Discrete(4));
    assertEquals(List.of("a", "m", "z"), new Dict(hashed).keys());
    Dict built = Dict.builder().put("y", new Discrete(2)).put("b", new Discrete(2)).build();
    assertEquals(List.of("y", "b"), built.keys());
    assertEquals(List.of("y", "b"), List.copyOf(built.sample().keySet()));
    assertEquals(List.of("y", "b"), List.copyOf(built.spaces().keySet()));
    assertEquals(new Discrete(2), built.get("b"));
  }

  @Test
  void nestedSeedingFollowsTheRule() {
    Tuple inner = new Tuple(new Discrete(10), new Discrete(10));
    Tuple outer = new Tuple(new Discrete(10), inner);
    List<Long> seeds = outer.seed(5);
    NpRandom own = NpRandom.of(5);
    long s0 = own.integers(0, Integer.MAX_VALUE);
    long s1 = own.integers(0, Integer.MAX_VALUE);
    assertEquals(List.of(5L, s0, s1), seeds);
    assertTrue(own.stateEquals(outer.npRandom()), "own generator is left advanced");
    NpRandom innerOwn = NpRandom.of(s1);
    long i0 = innerOwn.integers(0, Integer.MAX_VALUE);
    long i1 = innerOwn.integers(0, Integer.MAX_VALUE);
    Object[] sample = outer.sample();
    assertEquals((int) NpRandom.of(s0).integers(0, 10), sample[0]);
    Object[] innerSample = (Object[]) sample[1];
    assertEquals((int) NpRandom.of(i0).integers(0, 10), innerSample[0]);
    assertEquals((int) NpRandom.of(i1).integers(0, 10), innerSample[1]);
  }

  @Test
  void sameSeedSameSamples() {
    Dict d =
        Dict.ordered(
            "img",
            Box.uint8(2, 2),
            "pos",
            new MultiDiscrete(new int[] {4, 4}),
            "flags",
            new MultiBinary(3),
            "t",
            new Tuple(new Discrete(3), Box.float64(-1, 1, 2)));
    d.seed(123);
    Map<String, Object> a = d.sample();
    d.seed(123);
    Map<String, Object> b = d.sample();
    assertEquals(Space.format(d.toJsonable(a)), Space.format(d.toJsonable(b)));
    assertEquals(d.toJsonable(a), d.toJsonable(b));
  }

  @Test
  void multiDiscreteIndexing() {
    MultiDiscrete md =
        new MultiDiscrete(new int[] {2, 3, 4, 5}, new int[] {0, 1, 2, 3}, new int[] {2, 2});
    md.seed(1);
    Space<?> row = md.get(1);
    assertEquals(new MultiDiscrete(new int[] {4, 5}, new int[] {2, 3}, new int[] {2}), row);
    assertTrue(row.npRandom().stateEquals(md.npRandom()));
    assertFalse(row.npRandom() == md.npRandom());
    Space<?> leaf = ((MultiDiscrete) row).get(0);
    assertEquals(new Discrete(4, 2), leaf);
    assertThrows(IndexOutOfBoundsException.class, () -> md.get(2));
  }

  @Test
  void jsonRoundTrips() {
    MultiDiscrete md = new MultiDiscrete(new int[] {2, 3, 4, 5}, null, new int[] {2, 2});
    Object mdJson = md.toJsonable(new int[] {1, 2, 3, 4});
    assertEquals(List.of(List.of(1, 2), List.of(3, 4)), mdJson);
    assertArrayEquals(new int[] {1, 2, 3, 4}, md.fromJsonable(mdJson));
    assertThrows(IllegalArgumentException.class, () -> md.fromJsonable(List.of(1, 2, 3, 4, 5)));
    assertThrows(
        IllegalArgumentException.class,
        () -> md.fromJsonable(List.of(List.of(2, 0), List.of(0, 0))));

    MultiBinary mb = new MultiBinary(3);
    assertEquals(List.of(1, 0, 1), mb.toJsonable(new byte[] {1, 0, 1}));
    assertArrayEquals(new byte[] {1, 0, 1}, mb.fromJsonable(List.of(1, 0, 1)));
    assertThrows(IllegalArgumentException.class, () -> mb.fromJsonable(List.of(1, 0, 2)));
    assertThrows(IllegalArgumentException.class, () -> mb.fromJsonable(List.of(1, 0, 0.5)));

    Tuple t = new Tuple(new Discrete(3), mb);
    Object tJson = t.toJsonable(new Object[] {2, new byte[] {0, 0, 1}});
    assertEquals(List.of(2, List.of(0, 0, 1)), tJson);
    Object[] back = t.fromJsonable(tJson);
    assertEquals(2, back[0]);
    assertArrayEquals(new byte[] {0, 0, 1}, (byte[]) back[1]);
    assertThrows(IllegalArgumentException.class, () -> t.fromJsonable(List.of(1)));

    Dict d = Dict.ordered("t", t, "md", md);
    d.seed(9);
    Map<String, Object> x = d.sample();
    Object json = d.toJsonable(x);
    assertInstanceOf(Map.class, json);
    assertEquals(List.of("t", "md"), List.copyOf(((Map<?, ?>) json).keySet()));
    Map<String, Object> y = d.fromJsonable(json);
    assertTrue(d.contains(y));
    assertEquals(json, d.toJsonable(y));
    assertThrows(IllegalArgumentException.class, () -> d.fromJsonable(Map.of("t", tJson)));
  }
}
