package dev.jymnasium.env.spaces;

/**
 * The integers {@code start, ..., start + n - 1}, as Gymnasium's {@code Discrete(n, start)}.
 * Elements are {@code Integer}s; the batched space is a {@link MultiDiscrete}.
 */
public final class Discrete extends Space<Integer> {
  private final int n;
  private final int start;

  /** {@code Discrete(n)} starting at 0. */
  public Discrete(int n) {
    this(n, 0);
  }

  /**
   * @param n number of elements, {@code > 0}
   * @param start smallest element
   */
  public Discrete(int n, int start) {
    if (n <= 0) {
      throw new IllegalArgumentException("Discrete needs n > 0, got " + n);
    }
    this.n = n;
    this.start = start;
  }

  /** Number of elements. */
  public int n() {
    return n;
  }

  /** Smallest element. */
  public int start() {
    return start;
  }

  @Override
  public Integer sample() {
    return start + (int) npRandom().integers(0, n);
  }

  /**
   * A random element among those whose mask entry is 1; {@code start} when none is (no draw).
   *
   * @param mask one 0/1 entry per element
   */
  public Integer sample(byte[] mask) {
    if (mask.length != n) {
      throw new IllegalArgumentException(
          "mask of " + this + " must have length " + n + ", got " + mask.length);
    }
    int allowed = 0;
    for (byte m : mask) {
      if (m != 0 && m != 1) {
        throw new IllegalArgumentException("mask entries must be 0 or 1, got " + m);
      }
      allowed += m;
    }
    if (allowed == 0) {
      return start;
    }
    int k = (int) npRandom().integers(0, allowed);
    for (int i = 0; i < n; i++) {
      if (mask[i] == 1 && k-- == 0) {
        return start + i;
      }
    }
    throw new AssertionError("unreachable");
  }

  /** A random element drawn with the given probabilities (one per element, summing to 1). */
  public Integer sampleWithProbability(double[] probability) {
    if (probability.length != n) {
      throw new IllegalArgumentException(
          "probability of " + this + " must have length " + n + ", got " + probability.length);
    }
    return start + npRandom().choice(probability);
  }

  @Override
  public String mismatch(Object x) {
    if (!(x instanceof Integer v)) {
      return x == null
          ? "null is not an integer"
          : "expected an Integer, got " + x.getClass().getSimpleName();
    }
    int i = v;
    if (i < start || (long) i - start >= n) {
      return "out of range [" + start + ", " + (start + n - 1) + "]";
    }
    return null;
  }

  @Override
  public int[] shape() {
    return new int[0];
  }

  @Override
  public DType dtype() {
    return DType.INT64;
  }

  @Override
  public int flatdim() {
    return n;
  }

  @Override
  public void flattenInto(Integer x, double[] out, int offset) {
    if (x < start || x - start >= n) {
      throw new IllegalArgumentException("cannot one-hot encode " + x + " in " + this);
    }
    java.util.Arrays.fill(out, offset, offset + n, 0.0);
    out[offset + x - start] = 1.0;
  }

  @Override
  public Integer unflattenFrom(double[] flat, int offset) {
    for (int i = 0; i < n; i++) {
      if (flat[offset + i] != 0) {
        return start + i;
      }
    }
    throw new IllegalArgumentException("flat vector of " + this + " has no nonzero entry");
  }

  @Override
  public MultiDiscrete batch(int count) {
    int[] nvec = new int[count];
    int[] starts = new int[count];
    java.util.Arrays.fill(nvec, n);
    java.util.Arrays.fill(starts, start);
    MultiDiscrete b = new MultiDiscrete(nvec, starts, new int[] {count});
    b.setNpRandom(npRandom().copy());
    return b;
  }

  @Override
  public Object createBatch(int count) {
    return new int[count];
  }

  @Override
  public void writeBatch(Integer value, Object batch, int index) {
    ((int[]) batch)[index] = value;
  }

  @Override
  public Integer readBatch(Object batch, int index, Integer reuse) {
    return ((int[]) batch)[index];
  }

  @Override
  public Object toJsonable(Integer x) {
    return x;
  }

  @Override
  public Integer fromJsonable(Object json) {
    if (json instanceof Number num
        && num.doubleValue() == Math.rint(num.doubleValue())
        && !(json instanceof Float)
        && !(json instanceof Double)) {
      return num.intValue();
    }
    throw new IllegalArgumentException("expected an integer for " + this + ", got " + format(json));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Discrete d && d.n == n && d.start == start;
  }

  @Override
  public int hashCode() {
    return 31 * n + start;
  }

  @Override
  public String toString() {
    return start == 0 ? "Discrete(" + n + ")" : "Discrete(" + n + ", start=" + start + ")";
  }
}
