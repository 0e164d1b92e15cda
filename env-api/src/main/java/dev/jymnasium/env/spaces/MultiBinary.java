package dev.jymnasium.env.spaces;

import dev.jymnasium.env.rng.NpRandom;
import java.util.Arrays;

/**
 * Binary arrays of a fixed shape, as Gymnasium's {@code MultiBinary(n)}. Elements are flat
 * row-major {@code byte[]}s holding 0 or 1; the dtype is {@code int8}.
 *
 * <p>Deviations from Gymnasium: {@link #batch(int)} returns a MultiBinary of shape {@code (n,
 * *shape)} rather than an int8 {@link Box}(0, 1) (same elements, same Java type), and equality
 * compares shapes, so {@code MultiBinary(8)} equals {@code MultiBinary(new int[] {8})}.
 */
public final class MultiBinary extends Space<byte[]> {
  private final int[] shape;
  private final int size;

  /** Whether the space was built from a single int (only affects {@link #toString()}). */
  private final boolean scalarN;

  /**
   * {@code MultiBinary(n)}: binary vectors of length {@code n}.
   *
   * @param n length, {@code > 0}
   */
  public MultiBinary(int n) {
    this(new int[] {n}, true);
  }

  /**
   * {@code MultiBinary(shape)}: binary arrays of the given shape.
   *
   * @param shape every axis {@code > 0}
   */
  public MultiBinary(int[] shape) {
    this(shape, false);
  }

  private MultiBinary(int[] shape, boolean scalarN) {
    if (shape == null) {
      throw new IllegalArgumentException("MultiBinary shape must not be null");
    }
    for (int d : shape) {
      if (d <= 0) {
        throw new IllegalArgumentException(
            "MultiBinary shape entries must be > 0, got " + Arrays.toString(shape));
      }
    }
    this.shape = shape.clone();
    this.size = product(shape);
    this.scalarN = scalarN;
  }

  /** Number of elements (product of the shape). */
  public int size() {
    return size;
  }

  /** A random element: numpy's {@code integers(0, 2, size=shape, dtype=int8)}. */
  @Override
  public byte[] sample() {
    byte[] out = new byte[size];
    npRandom().integersInt8(0, 2, out);
    return out;
  }

  /**
   * A random element with a per-element mask: 0 forces 0, 1 forces 1, 2 leaves it random. As in
   * Gymnasium the random array is drawn in full whatever the mask.
   *
   * @param mask {@code size()} entries, each 0, 1 or 2
   */
  public byte[] sample(byte[] mask) {
    if (mask == null || mask.length != size) {
      throw new IllegalArgumentException(
          "mask of "
              + this
              + " must have "
              + size
              + " entries, got "
              + (mask == null ? "null" : mask.length));
    }
    for (byte m : mask) {
      if (m < 0 || m > 2) {
        throw new IllegalArgumentException("mask entries must be 0, 1 or 2, got " + m);
      }
    }
    byte[] out = sample();
    for (int i = 0; i < size; i++) {
      if (mask[i] != 2) {
        out[i] = mask[i];
      }
    }
    return out;
  }

  /**
   * A random element where entry {@code i} is 1 with probability {@code p[i]} ({@code random() <=
   * p[i]}, one draw per entry, row-major).
   *
   * @param p {@code size()} probabilities in {@code [0, 1]}
   */
  public byte[] sampleWithProbability(double[] p) {
    if (p == null || p.length != size) {
      throw new IllegalArgumentException(
          "probability of "
              + this
              + " must have "
              + size
              + " entries, got "
              + (p == null ? "null" : p.length));
    }
    for (double v : p) {
      if (!(v >= 0 && v <= 1)) {
        throw new IllegalArgumentException("probabilities must be in [0, 1], got " + v);
      }
    }
    NpRandom rng = npRandom();
    byte[] out = new byte[size];
    for (int i = 0; i < size; i++) {
      out[i] = (byte) (rng.random() <= p[i] ? 1 : 0);
    }
    return out;
  }

  @Override
  public String mismatch(Object x) {
    if (!(x instanceof byte[] a)) {
      return "expected a byte[], got " + (x == null ? "null" : x.getClass().getSimpleName());
    }
    if (a.length != size) {
      return "expected " + size + " elements (shape " + shapeString(shape) + "), got " + a.length;
    }
    for (int i = 0; i < size; i++) {
      if (a[i] != 0 && a[i] != 1) {
        return "element " + i + " = " + a[i] + " is not 0 or 1";
      }
    }
    return null;
  }

  @Override
  public int[] shape() {
    return shape.clone();
  }

  @Override
  public DType dtype() {
    return DType.INT8;
  }

  @Override
  public int flatdim() {
    return size;
  }

  @Override
  public void flattenInto(byte[] x, double[] out, int offset) {
    for (int i = 0; i < size; i++) {
      out[offset + i] = x[i];
    }
  }

  /** Casts each flat value to int8 (as numpy's {@code asarray(x, int8)}), without range checks. */
  @Override
  public byte[] unflattenFrom(double[] flat, int offset) {
    byte[] out = new byte[size];
    for (int i = 0; i < size; i++) {
      out[i] = (byte) (long) flat[offset + i];
    }
    return out;
  }

  /**
   * A MultiBinary of shape {@code (n, *shape)} (see the class note), with a copy of the generator.
   */
  @Override
  public MultiBinary batch(int n) {
    if (n <= 0) {
      throw new IllegalArgumentException("batch size must be > 0, got " + n);
    }
    MultiBinary b = new MultiBinary(IntArrays.prepend(n, shape), false);
    b.setNpRandom(npRandom().copy());
    return b;
  }

  /** A {@code byte[n * size()]}. */
  @Override
  public Object createBatch(int n) {
    return new byte[Math.multiplyExact(n, size)];
  }

  @Override
  public void writeBatch(byte[] value, Object batch, int index) {
    System.arraycopy(value, 0, batch, index * size, size);
  }

  @Override
  public byte[] readBatch(Object batch, int index, byte[] reuse) {
    byte[] out = reuse != null ? reuse : new byte[size];
    System.arraycopy(batch, index * size, out, 0, size);
    return out;
  }

  /** Nested lists of Integers 0/1 (one level per axis). */
  @Override
  public Object toJsonable(byte[] x) {
    return IntArrays.nest(shape, i -> (int) x[i]);
  }

  @Override
  public byte[] fromJsonable(Object json) {
    long[] values = IntArrays.integersFromJson(json, size, this);
    byte[] out = new byte[size];
    for (int i = 0; i < size; i++) {
      if (values[i] != 0 && values[i] != 1) {
        throw new IllegalArgumentException(
            "value " + values[i] + " at index " + i + " is not 0 or 1 in " + this);
      }
      out[i] = (byte) values[i];
    }
    return out;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MultiBinary m && Arrays.equals(m.shape, shape);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(shape) + 17;
  }

  /** {@code MultiBinary(8)} when built from an int, else {@code MultiBinary((2, 3))}. */
  @Override
  public String toString() {
    return "MultiBinary(" + (scalarN ? Integer.toString(shape[0]) : shapeString(shape)) + ")";
  }
}
