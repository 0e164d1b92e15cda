package dev.jymnasium.env.spaces;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The Cartesian product of sub-spaces, as Gymnasium's {@code Tuple(spaces)}. Elements are {@code
 * Object[]}s holding one element of each sub-space, in order.
 */
public final class Tuple extends Space<Object[]> {
  private final Space<?>[] spaces;

  /**
   * @param spaces the sub-spaces (none may be null; may be empty)
   */
  public Tuple(Space<?>... spaces) {
    if (spaces == null) {
      throw new IllegalArgumentException("Tuple spaces must not be null");
    }
    for (int i = 0; i < spaces.length; i++) {
      if (spaces[i] == null) {
        throw new IllegalArgumentException("Tuple sub-space " + i + " is null");
      }
    }
    this.spaces = spaces.clone();
  }

  /** The sub-spaces, in order (unmodifiable). */
  public List<Space<?>> spaces() {
    return List.of(spaces);
  }

  /** Sub-space {@code i}, {@code 0 <= i < size()}. */
  public Space<?> get(int i) {
    return spaces[i];
  }

  /** Number of sub-spaces. */
  public int size() {
    return spaces.length;
  }

  /**
   * Seeds this space's generator with {@code seed}, draws one sub-seed per sub-space from it
   * ({@code integers(0, 2^31 - 1)}) and seeds sub-space {@code i} with sub-seed {@code i}.
   *
   * @return {@code [seed, subseed_0, subseed_1, ...]}
   */
  @Override
  public List<Long> seed(long seed) {
    return Composites.seed(this, seed, spaces);
  }

  /** One sample of each sub-space, in order. */
  @Override
  public Object[] sample() {
    Object[] out = new Object[spaces.length];
    for (int i = 0; i < spaces.length; i++) {
      out[i] = spaces[i].sample();
    }
    return out;
  }

  @Override
  public String mismatch(Object x) {
    if (!(x instanceof Object[] a)) {
      return "expected an Object[], got " + (x == null ? "null" : x.getClass().getSimpleName());
    }
    if (a.length != spaces.length) {
      return "expected " + spaces.length + " entries, got " + a.length;
    }
    for (int i = 0; i < spaces.length; i++) {
      String why = spaces[i].mismatch(a[i]);
      if (why != null) {
        return "entry " + i + " is not in " + spaces[i] + ": " + why;
      }
    }
    return null;
  }

  /** Whether every sub-space is flattenable. */
  @Override
  public boolean isFlattenable() {
    for (Space<?> s : spaces) {
      if (!s.isFlattenable()) {
        return false;
      }
    }
    return true;
  }

  /** Sum of the sub-spaces' flat dimensions. */
  @Override
  public int flatdim() {
    int n = 0;
    for (Space<?> s : spaces) {
      Composites.requireFlattenable(s);
      n = Math.addExact(n, s.flatdim());
    }
    return n;
  }

  @Override
  public void flattenInto(Object[] x, double[] out, int offset) {
    int o = offset;
    for (int i = 0; i < spaces.length; i++) {
      Composites.flattenInto(spaces[i], x[i], out, o);
      o += spaces[i].flatdim();
    }
  }

  @Override
  public Object[] unflattenFrom(double[] flat, int offset) {
    Object[] out = new Object[spaces.length];
    int o = offset;
    for (int i = 0; i < spaces.length; i++) {
      out[i] = spaces[i].unflattenFrom(flat, o);
      o += spaces[i].flatdim();
    }
    return out;
  }

  /** A Tuple of the batched sub-spaces, with a copy of this space's generator. */
  @Override
  public Tuple batch(int n) {
    Space<?>[] batched = new Space<?>[spaces.length];
    for (int i = 0; i < spaces.length; i++) {
      batched[i] = spaces[i].batch(n);
    }
    Tuple b = new Tuple(batched);
    b.setNpRandom(npRandom().copy());
    return b;
  }

  /** An {@code Object[]} holding each sub-space's batch. */
  @Override
  public Object createBatch(int n) {
    Object[] out = new Object[spaces.length];
    for (int i = 0; i < spaces.length; i++) {
      out[i] = spaces[i].createBatch(n);
    }
    return out;
  }

  @Override
  public void writeBatch(Object[] value, Object batch, int index) {
    Object[] b = (Object[]) batch;
    for (int i = 0; i < spaces.length; i++) {
      Composites.writeBatch(spaces[i], value[i], b[i], index);
    }
  }

  @Override
  public Object[] readBatch(Object batch, int index, Object[] reuse) {
    Object[] b = (Object[]) batch;
    Object[] out = reuse != null ? reuse : new Object[spaces.length];
    for (int i = 0; i < spaces.length; i++) {
      out[i] = Composites.readBatch(spaces[i], b[i], index, reuse != null ? reuse[i] : null);
    }
    return out;
  }

  /** A list with each sub-space's JSON value. */
  @Override
  public Object toJsonable(Object[] x) {
    List<Object> out = new ArrayList<>(spaces.length);
    for (int i = 0; i < spaces.length; i++) {
      out.add(Composites.toJsonable(spaces[i], x[i]));
    }
    return out;
  }

  @Override
  public Object[] fromJsonable(Object json) {
    if (!(json instanceof List<?> list) || list.size() != spaces.length) {
      throw new IllegalArgumentException(
          "expected a list of " + spaces.length + " values for " + this + ", got " + format(json));
    }
    Object[] out = new Object[spaces.length];
    for (int i = 0; i < spaces.length; i++) {
      out[i] = spaces[i].fromJsonable(list.get(i));
    }
    return out;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Tuple t && Arrays.equals(t.spaces, spaces);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(spaces);
  }

  /** E.g. {@code Tuple(Discrete(32), Discrete(11), Discrete(2))}. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("Tuple(");
    for (int i = 0; i < spaces.length; i++) {
      b.append(i == 0 ? "" : ", ").append(spaces[i]);
    }
    return b.append(')').toString();
  }
}
