package dev.jymnasium.env.spaces;

import dev.jymnasium.env.rng.NpRandom;
import java.util.Arrays;

/**
 * An array of independent discrete choices, as Gymnasium's {@code MultiDiscrete(nvec, start)}:
 * element {@code i} ranges over {@code start[i] .. start[i] + nvec[i] - 1}. Elements are flat
 * row-major {@code int[]}s; the dtype is reported as {@code int64} like Gymnasium's default, but
 * values are held in Java {@code int}s.
 *
 * <p>Deviation from Gymnasium: {@link #batch(int)} returns a MultiDiscrete of shape {@code (n,
 * *shape)} with tiled {@code nvec}/{@code start} instead of an int64 {@link Box}. It has the same
 * elements as Gymnasium's batched Box, but batches stay {@code int[]}.
 */
public final class MultiDiscrete extends Space<int[]> {
  private final int[] nvec;
  private final int[] start;
  private final int[] shape;
  private final int size;
  private final int flatdim;

  /** A 1-D MultiDiscrete with {@code nvec.length} choices, all starting at 0. */
  public MultiDiscrete(int[] nvec) {
    this(nvec, null, new int[] {nvec.length});
  }

  /**
   * @param nvec number of values of each element (flat row-major), every entry {@code > 0}
   * @param start smallest value of each element (flat row-major); {@code null} means all zeros
   * @param shape the shape; its product must equal {@code nvec.length}
   * @throws IllegalArgumentException on a length mismatch, a non-positive {@code nvec} entry or an
   *     upper value {@code start + nvec - 1} beyond the int range
   */
  public MultiDiscrete(int[] nvec, int[] start, int[] shape) {
    this.shape = IntArrays.checkedShape(shape, "MultiDiscrete");
    this.size = product(this.shape);
    if (nvec == null || nvec.length != size) {
      throw new IllegalArgumentException(
          "MultiDiscrete nvec must have "
              + size
              + " entries for shape "
              + shapeString(this.shape)
              + ", got "
              + (nvec == null ? "null" : nvec.length));
    }
    if (start != null && start.length != size) {
      throw new IllegalArgumentException(
          "MultiDiscrete start must have " + size + " entries like nvec, got " + start.length);
    }
    this.nvec = nvec.clone();
    this.start = start == null ? new int[size] : start.clone();
    long total = 0;
    for (int i = 0; i < size; i++) {
      if (this.nvec[i] <= 0) {
        throw new IllegalArgumentException(
            "MultiDiscrete nvec entries must be > 0, got " + Arrays.toString(nvec));
      }
      if ((long) this.start[i] + this.nvec[i] - 1 > Integer.MAX_VALUE) {
        throw new IllegalArgumentException(
            "MultiDiscrete element "
                + i
                + " upper value "
                + ((long) this.start[i] + this.nvec[i] - 1)
                + " exceeds the int range");
      }
      total += this.nvec[i];
    }
    if (total > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("MultiDiscrete flat dimension " + total + " is too large");
    }
    this.flatdim = (int) total;
  }

  /** Number of values of each element (a copy, flat row-major). */
  public int[] nvec() {
    return nvec.clone();
  }

  /** Smallest value of each element (a copy, flat row-major). */
  public int[] start() {
    return start.clone();
  }

  /** Number of elements (product of the shape). */
  public int size() {
    return size;
  }

  /**
   * Gymnasium's {@code space[i]}: index {@code i} along the first axis, as a {@link Discrete} for a
   * 1-D space or a MultiDiscrete of the remaining axes otherwise, with a copy of this space's
   * generator state.
   *
   * @param i index in {@code [0, shape[0])}
   */
  public Space<?> get(int i) {
    if (shape.length == 0 || i < 0 || i >= shape[0]) {
      throw new IndexOutOfBoundsException("index " + i + " out of range for " + this);
    }
    Space<?> sub;
    if (shape.length == 1) {
      sub = new Discrete(nvec[i], start[i]);
    } else {
      int[] subShape = Arrays.copyOfRange(shape, 1, shape.length);
      int n = product(subShape);
      sub =
          new MultiDiscrete(
              Arrays.copyOfRange(nvec, i * n, (i + 1) * n),
              Arrays.copyOfRange(start, i * n, (i + 1) * n),
              subShape);
    }
    sub.setNpRandom(npRandom().copy());
    return sub;
  }

  /** A random element: {@code floor(random() * nvec[i]) + start[i]} per element, row-major. */
  @Override
  public int[] sample() {
    NpRandom rng = npRandom();
    int[] out = new int[size];
    for (int i = 0; i < size; i++) {
      out[i] = (int) (rng.random() * nvec[i]) + start[i];
    }
    return out;
  }

  /**
   * A random element with one mask per element (flat row-major), each like {@link
   * Discrete#sample(byte[])}: a random value among those whose entry is 1, or {@code start[i]} (no
   * draw) when the mask is all zeros.
   *
   * @param masks {@code size()} arrays, mask {@code i} of length {@code nvec[i]} with 0/1 entries
   */
  public int[] sample(byte[][] masks) {
    if (masks == null || masks.length != size) {
      throw new IllegalArgumentException(
          "masks of "
              + this
              + " must have "
              + size
              + " entries, got "
              + (masks == null ? "null" : masks.length));
    }
    NpRandom rng = npRandom();
    int[] out = new int[size];
    for (int i = 0; i < size; i++) {
      byte[] mask = masks[i];
      if (mask == null || mask.length != nvec[i]) {
        throw new IllegalArgumentException(
            "mask "
                + i
                + " of "
                + this
                + " must have length "
                + nvec[i]
                + ", got "
                + (mask == null ? "null" : mask.length));
      }
      int allowed = 0;
      for (byte m : mask) {
        if (m != 0 && m != 1) {
          throw new IllegalArgumentException("mask entries must be 0 or 1, got " + m);
        }
        allowed += m;
      }
      out[i] = start[i];
      if (allowed > 0) {
        int k = (int) rng.integers(0, allowed);
        for (int j = 0; j < mask.length; j++) {
          if (mask[j] == 1 && k-- == 0) {
            out[i] = start[i] + j;
            break;
          }
        }
      }
    }
    return out;
  }

  /**
   * A random element with one probability vector per element (flat row-major), each like {@link
   * Discrete#sampleWithProbability(double[])}.
   *
   * @param probabilities {@code size()} arrays, array {@code i} of length {@code nvec[i]} summing
   *     to 1
   */
  public int[] sampleWithProbability(double[][] probabilities) {
    if (probabilities == null || probabilities.length != size) {
      throw new IllegalArgumentException(
          "probabilities of "
              + this
              + " must have "
              + size
              + " entries, got "
              + (probabilities == null ? "null" : probabilities.length));
    }
    int[] out = new int[size];
    for (int i = 0; i < size; i++) {
      double[] p = probabilities[i];
      if (p == null || p.length != nvec[i]) {
        throw new IllegalArgumentException(
            "probability "
                + i
                + " of "
                + this
                + " must have length "
                + nvec[i]
                + ", got "
                + (p == null ? "null" : p.length));
      }
      out[i] = start[i] + npRandom().choice(p);
    }
    return out;
  }

  @Override
  public String mismatch(Object x) {
    if (!(x instanceof int[] a)) {
      return "expected an int[], got " + (x == null ? "null" : x.getClass().getSimpleName());
    }
    if (a.length != size) {
      return "expected " + size + " elements (shape " + shapeString(shape) + "), got " + a.length;
    }
    for (int i = 0; i < size; i++) {
      if (a[i] < start[i] || (long) a[i] - start[i] >= nvec[i]) {
        return "element "
            + i
            + " = "
            + a[i]
            + " is outside ["
            + start[i]
            + ", "
            + (start[i] + nvec[i] - 1)
            + "]";
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
    return DType.INT64;
  }

  /** {@code sum(nvec)}: the elements' one-hot encodings laid end to end. */
  @Override
  public int flatdim() {
    return flatdim;
  }

  @Override
  public void flattenInto(int[] x, double[] out, int offset) {
    Arrays.fill(out, offset, offset + flatdim, 0.0);
    int o = offset;
    for (int i = 0; i < size; i++) {
      if (x[i] < start[i] || (long) x[i] - start[i] >= nvec[i]) {
        throw new IllegalArgumentException(
            "cannot one-hot encode " + x[i] + " at index " + i + " in " + this);
      }
      out[o + x[i] - start[i]] = 1.0;
      o += nvec[i];
    }
  }

  @Override
  public int[] unflattenFrom(double[] flat, int offset) {
    int[] out = new int[size];
    int o = offset;
    for (int i = 0; i < size; i++) {
      int hot = -1;
      for (int j = 0; j < nvec[i]; j++) {
        if (flat[o + j] != 0) {
          hot = j;
          break;
        }
      }
      if (hot < 0) {
        throw new IllegalArgumentException(
            "flat vector of " + this + " has no nonzero entry for element " + i);
      }
      out[i] = start[i] + hot;
      o += nvec[i];
    }
    return out;
  }

  /**
   * A MultiDiscrete of shape {@code (n, *shape)} with tiled {@code nvec}/{@code start} (see the
   * class note) and a copy of this space's generator.
   */
  @Override
  public MultiDiscrete batch(int n) {
    if (n <= 0) {
      throw new IllegalArgumentException("batch size must be > 0, got " + n);
    }
    MultiDiscrete b =
        new MultiDiscrete(
            IntArrays.tile(nvec, n), IntArrays.tile(start, n), IntArrays.prepend(n, shape));
    b.setNpRandom(npRandom().copy());
    return b;
  }

  /** An {@code int[n * size()]}. */
  @Override
  public Object createBatch(int n) {
    return new int[Math.multiplyExact(n, size)];
  }

  @Override
  public void writeBatch(int[] value, Object batch, int index) {
    System.arraycopy(value, 0, batch, index * size, size);
  }

  @Override
  public int[] readBatch(Object batch, int index, int[] reuse) {
    int[] out = reuse != null ? reuse : new int[size];
    System.arraycopy(batch, index * size, out, 0, size);
    return out;
  }

  /** Nested lists of Integers (one level per axis). */
  @Override
  public Object toJsonable(int[] x) {
    return IntArrays.nest(shape, i -> x[i]);
  }

  @Override
  public int[] fromJsonable(Object json) {
    long[] values = IntArrays.integersFromJson(json, size, this);
    int[] out = new int[size];
    for (int i = 0; i < size; i++) {
      if (values[i] < start[i] || values[i] - start[i] >= nvec[i]) {
        throw new IllegalArgumentException(
            "value "
                + values[i]
                + " at index "
                + i
                + " is outside ["
                + start[i]
                + ", "
                + (start[i] + nvec[i] - 1)
                + "] of "
                + this);
      }
      out[i] = (int) values[i];
    }
    return out;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MultiDiscrete m
        && Arrays.equals(m.shape, shape)
        && Arrays.equals(m.nvec, nvec)
        && Arrays.equals(m.start, start);
  }

  @Override
  public int hashCode() {
    return (Arrays.hashCode(shape) * 31 + Arrays.hashCode(nvec)) * 31 + Arrays.hashCode(start);
  }

  /** {@code MultiDiscrete([5 2 3])}, plus {@code , start=[..]} when some start is nonzero. */
  @Override
  public String toString() {
    boolean zeroStart = true;
    for (int s : start) {
      zeroStart &= s == 0;
    }
    return "MultiDiscrete("
        + IntArrays.numpyString(nvec, shape)
        + (zeroStart ? "" : ", start=" + IntArrays.numpyString(start, shape))
        + ")";
  }
}
