package dev.jymnasium.env.spaces;

import dev.jymnasium.env.rng.NpRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A (possibly unbounded) box in R^n, as Gymnasium's {@code Box(low, high, shape, dtype)}. Elements
 * are flat row-major primitive arrays of the dtype's Java type ({@code float[]} for float32).
 * Bounds may be infinite for float dtypes.
 *
 * <p>{@link #sample()} follows Gymnasium exactly: normal draws for coordinates unbounded on both
 * sides, shifted exponentials for half-bounded ones, uniform for bounded ones (in that order of
 * generator use), floors for integer dtypes.
 *
 * @param <T> the primitive array type of the dtype
 */
public final class Box<T> extends Space<T> {
  private final int[] shape;
  private final int size;
  private final DType dtype;
  private final double[] low;
  private final double[] high;

  /**
   * @param low lower bounds, one per element (row-major), may be -infinity for float dtypes
   * @param high upper bounds, one per element, may be +infinity for float dtypes
   * @param shape the shape; its product must equal the bounds' length
   * @param dtype element type
   */
  public Box(double[] low, double[] high, int[] shape, DType dtype) {
    this.shape = shape.clone();
    for (int d : shape) {
      if (d < 0) {
        throw new IllegalArgumentException(
            "Box shape must be non-negative, got " + Arrays.toString(shape));
      }
    }
    this.size = product(shape);
    if (low.length != size || high.length != size) {
      throw new IllegalArgumentException(
          "Box bounds must have "
              + size
              + " elements for shape "
              + shapeString(shape)
              + ", got low "
              + low.length
              + " and high "
              + high.length);
    }
    this.dtype = dtype;
    this.low = new double[size];
    this.high = new double[size];
    for (int i = 0; i < size; i++) {
      this.low[i] = bound(low[i], "low", i);
      this.high[i] = bound(high[i], "high", i);
      if (this.low[i] > this.high[i]) {
        throw new IllegalArgumentException(
            "Box low > high at index " + i + ": " + low[i] + " > " + high[i]);
      }
    }
  }

  private double bound(double v, String which, int i) {
    if (Double.isNaN(v)) {
      throw new IllegalArgumentException("Box " + which + " bound is NaN at index " + i);
    }
    if (dtype.isFloat()) {
      return dtype.representable(v);
    }
    if (Double.isInfinite(v)) {
      if (dtype == DType.UINT8) {
        throw new IllegalArgumentException("Box of uint8 cannot have infinite bounds");
      }
      return v < 0 ? dtype.min() : dtype.max();
    }
    if (v < dtype.min() || v > dtype.max() || v != Math.rint(v)) {
      throw new IllegalArgumentException(
          "Box " + which + " bound " + v + " at index " + i + " is not a value of " + dtype);
    }
    return v;
  }

  /** A float32 box with per-element bounds; the shape is {@code (low.length,)}. */
  public static Box<float[]> float32(float[] low, float[] high) {
    return new Box<>(toDouble(low), toDouble(high), new int[] {low.length}, DType.FLOAT32);
  }

  /** A float32 box with the same bounds for every element. */
  public static Box<float[]> float32(double low, double high, int... shape) {
    return of(low, high, shape, DType.FLOAT32);
  }

  /** A float64 box with the same bounds for every element. */
  public static Box<double[]> float64(double low, double high, int... shape) {
    return of(low, high, shape, DType.FLOAT64);
  }

  /** An image-like uint8 box with bounds 0..255. */
  public static Box<byte[]> uint8(int... shape) {
    return of(0, 255, shape, DType.UINT8);
  }

  /** A box of any dtype with the same bounds for every element. */
  public static <T> Box<T> of(double low, double high, int[] shape, DType dtype) {
    int n = product(shape);
    double[] lo = new double[n];
    double[] hi = new double[n];
    Arrays.fill(lo, low);
    Arrays.fill(hi, high);
    return new Box<>(lo, hi, shape, dtype);
  }

  private static double[] toDouble(float[] a) {
    double[] d = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      d[i] = a[i];
    }
    return d;
  }

  /** Lower bounds (a copy), one per element. */
  public double[] low() {
    return low.clone();
  }

  /** Upper bounds (a copy), one per element. */
  public double[] high() {
    return high.clone();
  }

  /** Lower bound of element {@code i}. */
  public double low(int i) {
    return low[i];
  }

  /** Upper bound of element {@code i}. */
  public double high(int i) {
    return high[i];
  }

  /** Number of elements (product of the shape). */
  public int size() {
    return size;
  }

  @Override
  public int[] shape() {
    return shape.clone();
  }

  @Override
  public DType dtype() {
    return dtype;
  }

  /**
   * Whether every element is bounded in the given sense: {@code both}, {@code below}, {@code
   * above}.
   */
  public boolean isBounded(String manner) {
    boolean below = true;
    boolean above = true;
    for (int i = 0; i < size; i++) {
      below &= !unboundedBelow(i);
      above &= !unboundedAbove(i);
    }
    return switch (manner) {
      case "both" -> below && above;
      case "below" -> below;
      case "above" -> above;
      default ->
          throw new IllegalArgumentException(
              "manner must be 'both', 'below' or 'above', got '" + manner + "'");
    };
  }

  @SuppressWarnings("unchecked")
  @Override
  public T sample() {
    NpRandom rng = npRandom();
    double[] v = new double[size];
    boolean isInt = !dtype.isFloat();
    // Gymnasium draws one class of coordinates after the other, each in index order.
    for (int i = 0; i < size; i++) {
      if (unboundedBelow(i) && unboundedAbove(i)) {
        v[i] = rng.standardNormal();
      }
    }
    for (int i = 0; i < size; i++) {
      if (!unboundedBelow(i) && unboundedAbove(i)) {
        v[i] = low[i] + rng.standardExponential();
      }
    }
    for (int i = 0; i < size; i++) {
      if (unboundedBelow(i) && !unboundedAbove(i)) {
        v[i] = upper(i, isInt) - rng.standardExponential();
      }
    }
    for (int i = 0; i < size; i++) {
      if (!unboundedBelow(i) && !unboundedAbove(i)) {
        double lo = low[i];
        v[i] = lo + (upper(i, isInt) - lo) * rng.random();
      }
    }
    Object out = dtype.newArray(size);
    for (int i = 0; i < size; i++) {
      double x = v[i];
      if (isInt) {
        x = Math.floor(x);
        x = Math.min(Math.max(x, Math.max(low[i], dtype.min())), Math.min(high[i], dtype.max()));
      }
      dtype.set(out, i, x);
    }
    return (T) out;
  }

  private boolean unboundedBelow(int i) {
    return dtype.isFloat() && low[i] == Double.NEGATIVE_INFINITY;
  }

  private boolean unboundedAbove(int i) {
    return dtype.isFloat() && high[i] == Double.POSITIVE_INFINITY;
  }

  private double upper(int i, boolean isInt) {
    return isInt ? high[i] + 1 : high[i];
  }

  @Override
  public String mismatch(Object x) {
    if (x == null || x.getClass() != dtype.arrayType()) {
      return "expected a "
          + dtype.arrayType().getSimpleName()
          + " (dtype "
          + dtype
          + "), got "
          + (x == null ? "null" : x.getClass().getSimpleName());
    }
    int length = java.lang.reflect.Array.getLength(x);
    if (length != size) {
      return "expected " + size + " elements (shape " + shapeString(shape) + "), got " + length;
    }
    for (int i = 0; i < size; i++) {
      double v = dtype.get(x, i);
      if (!(v >= low[i] && v <= high[i])) {
        return Double.isNaN(v)
            ? "element " + i + " is NaN"
            : "element " + i + " = " + v + " is outside [" + low[i] + ", " + high[i] + "]";
      }
    }
    return null;
  }

  @Override
  public int flatdim() {
    return size;
  }

  @Override
  public void flattenInto(T x, double[] out, int offset) {
    for (int i = 0; i < size; i++) {
      out[offset + i] = dtype.get(x, i);
    }
  }

  @SuppressWarnings("unchecked")
  @Override
  public T unflattenFrom(double[] flat, int offset) {
    Object out = dtype.newArray(size);
    for (int i = 0; i < size; i++) {
      dtype.set(out, i, flat[offset + i]);
    }
    return (T) out;
  }

  @Override
  public Box<T> batch(int n) {
    int[] bshape = new int[shape.length + 1];
    bshape[0] = n;
    System.arraycopy(shape, 0, bshape, 1, shape.length);
    double[] lo = new double[n * size];
    double[] hi = new double[n * size];
    for (int k = 0; k < n; k++) {
      System.arraycopy(low, 0, lo, k * size, size);
      System.arraycopy(high, 0, hi, k * size, size);
    }
    Box<T> b = new Box<>(lo, hi, bshape, dtype);
    b.setNpRandom(npRandom().copy());
    return b;
  }

  @Override
  public Object createBatch(int n) {
    return dtype.newArray(n * size);
  }

  @Override
  public void writeBatch(T value, Object batch, int index) {
    System.arraycopy(value, 0, batch, index * size, size);
  }

  @SuppressWarnings("unchecked")
  @Override
  public T readBatch(Object batch, int index, T reuse) {
    Object out = reuse != null ? reuse : dtype.newArray(size);
    System.arraycopy(batch, index * size, out, 0, size);
    return (T) out;
  }

  @Override
  public Object toJsonable(T x) {
    return nest(x, 0, 0);
  }

  private Object nest(Object x, int axis, int offset) {
    List<Object> list = new ArrayList<>();
    if (shape.length == 0) {
      return element(x, 0);
    }
    int stride = 1;
    for (int a = axis + 1; a < shape.length; a++) {
      stride *= shape[a];
    }
    for (int k = 0; k < shape[axis]; k++) {
      list.add(
          axis == shape.length - 1
              ? element(x, offset + k)
              : nest(x, axis + 1, offset + k * stride));
    }
    return list;
  }

  private Object element(Object x, int i) {
    return switch (dtype) {
      case FLOAT32 -> ((float[]) x)[i];
      case FLOAT64 -> ((double[]) x)[i];
      case INT64 -> ((long[]) x)[i];
      default -> (int) dtype.get(x, i);
    };
  }

  @SuppressWarnings("unchecked")
  @Override
  public T fromJsonable(Object json) {
    List<Number> flat = new ArrayList<>();
    flattenJson(json, flat);
    if (flat.size() != size) {
      throw new IllegalArgumentException(
          "expected " + size + " numbers for " + this + ", got " + flat.size());
    }
    Object out = dtype.newArray(size);
    for (int i = 0; i < size; i++) {
      double v = flat.get(i).doubleValue();
      if (!dtype.isFloat() && v != Math.rint(v)) {
        throw new IllegalArgumentException("expected integers for " + this + ", got " + v);
      }
      dtype.set(out, i, v);
    }
    return (T) out;
  }

  private void flattenJson(Object json, List<Number> out) {
    if (json instanceof Number num) {
      out.add(num);
    } else if (json instanceof List<?> list) {
      for (Object o : list) {
        flattenJson(o, out);
      }
    } else {
      throw new IllegalArgumentException(
          "expected numbers or lists of numbers for " + this + ", got " + format(json));
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Box<?> b
        && b.dtype == dtype
        && Arrays.equals(b.shape, shape)
        && Arrays.equals(b.low, low)
        && Arrays.equals(b.high, high);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(shape) * 31 + dtype.hashCode();
  }

  @Override
  public String toString() {
    return "Box("
        + bounds(low)
        + ", "
        + bounds(high)
        + ", "
        + shapeString(shape)
        + ", "
        + dtype
        + ")";
  }

  private String bounds(double[] b) {
    boolean uniform = Arrays.stream(b).distinct().count() <= 1;
    if (uniform && b.length > 0) {
      return number(b[0]);
    }
    StringBuilder s = new StringBuilder("[");
    for (int i = 0; i < b.length; i++) {
      s.append(i == 0 ? "" : " ").append(number(b[i]));
    }
    return s.append("]").toString();
  }

  private String number(double v) {
    if (Double.isInfinite(v)) {
      return v > 0 ? "inf" : "-inf";
    }
    if (!dtype.isFloat()) {
      return Long.toString((long) v);
    }
    return dtype == DType.FLOAT32 ? Float.toString((float) v) : Double.toString(v);
  }
}
