package dev.jymnasium.env.spaces;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Package-private helpers for the integer array spaces ({@link MultiDiscrete}, {@link
 * MultiBinary}): shape checks, nested JSON lists and numpy-style printing.
 */
final class IntArrays {
  private IntArrays() {}

  /** A copy of {@code shape} after checking every axis is {@code >= 0}. */
  static int[] checkedShape(int[] shape, String owner) {
    if (shape == null) {
      throw new IllegalArgumentException(owner + " shape must not be null");
    }
    for (int d : shape) {
      if (d < 0) {
        throw new IllegalArgumentException(
            owner + " shape must be non-negative, got " + java.util.Arrays.toString(shape));
      }
    }
    return shape.clone();
  }

  /** The shape {@code (n, *shape)}. */
  static int[] prepend(int n, int[] shape) {
    if (n < 0) {
      throw new IllegalArgumentException("batch size must be >= 0, got " + n);
    }
    int[] out = new int[shape.length + 1];
    out[0] = n;
    System.arraycopy(shape, 0, out, 1, shape.length);
    return out;
  }

  /** {@code n} copies of {@code a} laid end to end. */
  static int[] tile(int[] a, int n) {
    int[] out = new int[Math.multiplyExact(a.length, n)];
    for (int k = 0; k < n; k++) {
      System.arraycopy(a, 0, out, k * a.length, a.length);
    }
    return out;
  }

  /**
   * Nested lists (one level per axis) holding {@code element.apply(i)} for the flat index {@code
   * i}; a 0-d shape gives the single element itself.
   */
  static Object nest(int[] shape, IntFunction<Object> element) {
    return nest(shape, 0, 0, element);
  }

  private static Object nest(int[] shape, int axis, int offset, IntFunction<Object> element) {
    if (axis == shape.length) {
      return element.apply(offset);
    }
    int stride = 1;
    for (int a = axis + 1; a < shape.length; a++) {
      stride *= shape[a];
    }
    List<Object> list = new ArrayList<>(shape[axis]);
    for (int k = 0; k < shape[axis]; k++) {
      list.add(nest(shape, axis + 1, offset + k * stride, element));
    }
    return list;
  }

  /**
   * The integers of a JSON value (a number or nested lists of numbers), row-major.
   *
   * @throws IllegalArgumentException if something is neither a list nor an integral number, or the
   *     count differs from {@code size}
   */
  static long[] integersFromJson(Object json, int size, Space<?> owner) {
    List<Number> flat = new ArrayList<>();
    collect(json, flat, owner);
    if (flat.size() != size) {
      throw new IllegalArgumentException(
          "expected " + size + " integers for " + owner + ", got " + flat.size());
    }
    long[] out = new long[size];
    for (int i = 0; i < size; i++) {
      Number num = flat.get(i);
      double d = num.doubleValue();
      if ((num instanceof Double || num instanceof Float) && d != Math.rint(d)) {
        throw new IllegalArgumentException("expected integers for " + owner + ", got " + num);
      }
      out[i] = num.longValue();
    }
    return out;
  }

  private static void collect(Object json, List<Number> out, Space<?> owner) {
    if (json instanceof Number num) {
      out.add(num);
    } else if (json instanceof List<?> list) {
      for (Object o : list) {
        collect(o, out, owner);
      }
    } else {
      throw new IllegalArgumentException(
          "expected numbers or lists of numbers for " + owner + ", got " + Space.format(json));
    }
  }

  /** numpy-like rendering of an int array with the given shape, e.g. {@code [5 2 3]}. */
  static String numpyString(int[] values, int[] shape) {
    StringBuilder b = new StringBuilder();
    appendNumpy(b, values, shape, 0, 0);
    return b.toString();
  }

  private static void appendNumpy(StringBuilder b, int[] v, int[] shape, int axis, int offset) {
    if (axis == shape.length) {
      b.append(v[offset]);
      return;
    }
    int stride = 1;
    for (int a = axis + 1; a < shape.length; a++) {
      stride *= shape[a];
    }
    b.append('[');
    for (int k = 0; k < shape[axis]; k++) {
      if (k > 0) {
        b.append(' ');
      }
      appendNumpy(b, v, shape, axis + 1, offset + k * stride);
    }
    b.append(']');
  }
}
