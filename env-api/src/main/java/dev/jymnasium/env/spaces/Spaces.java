package dev.jymnasium.env.spaces;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Space utilities, as Gymnasium's {@code gymnasium.spaces.utils} (flattening) and {@code
 * gymnasium.vector.utils} ({@code batch_space}, {@code iterate}, {@code concatenate}).
 *
 * <p>Flattening maps an element to a 1-D primitive array: Box and MultiBinary values are copied
 * row-major, Discrete/MultiDiscrete values become one-hot vectors, Tuple/Dict values are the
 * concatenation of their children's in order. The flat dtype is numpy's result type of the leaves'
 * dtypes, except that int8 with uint8 gives int32 (numpy: int16, which {@link DType} lacks). Values
 * pass through {@code double}, so int64 values beyond 2^53 lose precision.
 */
public final class Spaces {
  private Spaces() {}

  /**
   * Length of the flat vector of {@code space}.
   *
   * @throws IllegalArgumentException if the space is not flattenable to a single Box
   */
  public static int flatdim(Space<?> space) {
    Composites.requireFlattenable(space);
    return space.flatdim();
  }

  /**
   * The flat encoding of {@code x} as a primitive array of {@code flattenSpace(space).dtype()}
   * ({@code long[]} one-hots for Discrete, {@code float[]} for a float32 Box, ...). {@code x} is
   * not checked against the space's bounds (as in Gymnasium).
   *
   * @throws IllegalArgumentException if the space is not flattenable or a discrete value is out of
   *     range
   */
  public static <T> Object flatten(Space<T> space, T x) {
    double[] flat = flattenToDoubles(space, x);
    DType dtype = flatDType(space);
    if (dtype == DType.FLOAT64) {
      return flat;
    }
    Object out = dtype.newArray(flat.length);
    for (int i = 0; i < flat.length; i++) {
      dtype.set(out, i, flat[i]);
    }
    return out;
  }

  /** The flat encoding of {@code x} as doubles, whatever the flat dtype. */
  public static <T> double[] flattenToDoubles(Space<T> space, T x) {
    double[] flat = new double[flatdim(space)];
    space.flattenInto(x, flat, 0);
    return flat;
  }

  /**
   * Inverse of {@link #flatten}: {@code flat} may be any primitive numeric array ({@code double[]},
   * {@code float[]}, {@code long[]}, {@code int[]}, {@code byte[]}) of length {@code
   * flatdim(space)}. Discrete parts take the first nonzero entry of their one-hot block.
   *
   * @throws IllegalArgumentException on a wrong length or type, or an all-zero one-hot block
   */
  public static <T> T unflatten(Space<T> space, Object flat) {
    int n = flatdim(space);
    double[] d = toDoubles(flat, flat instanceof byte[] && flatDType(space) == DType.UINT8);
    if (d.length != n) {
      throw new IllegalArgumentException(
          "flat vector of " + space + " must have " + n + " entries, got " + d.length);
    }
    return space.unflattenFrom(d, 0);
  }

  private static double[] toDoubles(Object flat, boolean unsignedBytes) {
    if (flat instanceof double[] a) {
      return a;
    }
    double[] d;
    if (flat instanceof float[] a) {
      d = new double[a.length];
      for (int i = 0; i < a.length; i++) {
        d[i] = a[i];
      }
    } else if (flat instanceof long[] a) {
      d = new double[a.length];
      for (int i = 0; i < a.length; i++) {
        d[i] = a[i];
      }
    } else if (flat instanceof int[] a) {
      d = new double[a.length];
      for (int i = 0; i < a.length; i++) {
        d[i] = a[i];
      }
    } else if (flat instanceof byte[] a) {
      d = new double[a.length];
      for (int i = 0; i < a.length; i++) {
        d[i] = unsignedBytes ? a[i] & 0xFF : a[i];
      }
    } else {
      throw new IllegalArgumentException(
          "expected a primitive numeric array, got "
              + (flat == null ? "null" : flat.getClass().getSimpleName()));
    }
    return d;
  }

  /**
   * The Box that flat encodings of {@code space} belong to: a Box keeps its bounds and dtype;
   * Discrete/MultiDiscrete give {@code Box(0, 1, (flatdim,), int64)}; MultiBinary gives {@code
   * Box(0, 1, (flatdim,), int8)}; Tuple/Dict concatenate their children's bounds with the promoted
   * dtype; Text gives {@code Box(0, len(charset), (max_length,), int32)}.
   *
   * @throws IllegalArgumentException if the space (or a child) is not flattenable to a Box
   */
  public static Box<?> flattenSpace(Space<?> space) {
    DType dtype = flatDType(space);
    int n = flatdim(space);
    double[] low = new double[n];
    double[] high = new double[n];
    fillBounds(space, low, high, 0);
    return new Box<>(low, high, new int[] {n}, dtype);
  }

  private static int fillBounds(Space<?> space, double[] low, double[] high, int offset) {
    if (space instanceof Box<?> b) {
      for (int i = 0; i < b.size(); i++) {
        low[offset + i] = b.low(i);
        high[offset + i] = b.high(i);
      }
      return offset + b.size();
    } else if (space instanceof Tuple t) {
      int o = offset;
      for (Space<?> child : t.spaces()) {
        o = fillBounds(child, low, high, o);
      }
      return o;
    } else if (space instanceof Dict d) {
      int o = offset;
      for (Space<?> child : d.spaces().values()) {
        o = fillBounds(child, low, high, o);
      }
      return o;
    } else if (space instanceof Text t) {
      Arrays.fill(low, offset, offset + t.maxLength(), 0.0);
      Arrays.fill(high, offset, offset + t.maxLength(), t.charsetSize());
      return offset + t.maxLength();
    }
    // Discrete, MultiDiscrete, MultiBinary: every flat entry is in [0, 1].
    int end = offset + space.flatdim();
    Arrays.fill(low, offset, end, 0.0);
    Arrays.fill(high, offset, end, 1.0);
    return end;
  }

  /**
   * The dtype of flat encodings of {@code space} (numpy's result type of the leaves' dtypes, int8
   * with uint8 widened to int32).
   *
   * @throws IllegalArgumentException for spaces that cannot be flattened to a Box, and for empty
   *     Tuple/Dict spaces (no dtype to promote)
   */
  public static DType flatDType(Space<?> space) {
    Composites.requireFlattenable(space);
    if (space instanceof Box<?> b) {
      return b.dtype();
    } else if (space instanceof Discrete || space instanceof MultiDiscrete) {
      return DType.INT64;
    } else if (space instanceof MultiBinary) {
      return DType.INT8;
    } else if (space instanceof Text) {
      return DType.INT32;
    }
    List<Space<?>> children;
    if (space instanceof Tuple t) {
      children = t.spaces();
    } else if (space instanceof Dict d) {
      children = new ArrayList<>(d.spaces().values());
    } else {
      throw new IllegalArgumentException(
          "flattening " + space.getClass().getSimpleName() + " to a Box is not supported");
    }
    if (children.isEmpty()) {
      throw new IllegalArgumentException("cannot flatten the empty space " + space);
    }
    DType result = null;
    for (Space<?> child : children) {
      DType d = flatDType(child);
      result = result == null ? d : promote(result, d);
    }
    return result;
  }

  /**
   * numpy's {@code result_type(a, b)} over {@link DType} (int8 + uint8 gives int32, see class
   * note).
   */
  public static DType promote(DType a, DType b) {
    if (a == b) {
      return a;
    }
    if (a.isFloat() || b.isFloat()) {
      if (a == DType.FLOAT64 || b == DType.FLOAT64) {
        return DType.FLOAT64;
      }
      DType other = a == DType.FLOAT32 ? b : a;
      // float32 holds int8/uint8 exactly (and int16); wider ints need float64.
      return other == DType.INT8 || other == DType.UINT8 ? DType.FLOAT32 : DType.FLOAT64;
    }
    int bits = Math.max(intBits(a), intBits(b));
    if (a == DType.UINT8 || b == DType.UINT8) {
      bits = Math.max(bits, 16); // mixed signedness: a signed type wider than uint8
    }
    return bits <= 32 ? DType.INT32 : DType.INT64;
  }

  private static int intBits(DType d) {
    return switch (d) {
      case INT8, UINT8 -> 8;
      case INT32 -> 32;
      case INT64 -> 64;
      default -> throw new IllegalArgumentException("not an integer dtype: " + d);
    };
  }

  /**
   * Gymnasium's {@code batch_space(space, n)}: the space of {@code n} stacked elements (see each
   * space's {@code batch}).
   *
   * @param n batch size, {@code >= 1}
   */
  public static Space<?> batchSpace(Space<?> space, int n) {
    if (n < 1) {
      throw new IllegalArgumentException("batch size must be >= 1, got " + n);
    }
    return space.batch(n);
  }

  /**
   * Gymnasium's {@code concatenate}: a new batch (as {@code space.createBatch}) holding {@code
   * items} in order.
   */
  public static <T> Object concatenate(Space<T> space, List<? extends T> items) {
    Object batch = space.createBatch(items.size());
    for (int i = 0; i < items.size(); i++) {
      space.writeBatch(items.get(i), batch, i);
    }
    return batch;
  }

  /**
   * Gymnasium's {@code iterate}: the {@code n} elements of a batch of the single space {@code
   * space} (note: the single space, not the batched one), as fresh objects.
   */
  public static <T> List<T> iterate(Space<T> space, Object batch, int n) {
    List<T> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(space.readBatch(batch, i, null));
    }
    return out;
  }

  /**
   * Gymnasium's {@code is_space_dtype_shape_equiv}: same class, shape and dtype for array and
   * discrete spaces; for Tuple/Dict the same arity/key set and equivalent children.
   */
  public static boolean isSpaceDtypeShapeEquiv(Space<?> a, Space<?> b) {
    if (a instanceof Tuple ta && b instanceof Tuple tb) {
      if (ta.size() != tb.size()) {
        return false;
      }
      for (int i = 0; i < ta.size(); i++) {
        if (!isSpaceDtypeShapeEquiv(ta.get(i), tb.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (a instanceof Dict da && b instanceof Dict db) {
      if (!da.spaces().keySet().equals(db.spaces().keySet())) {
        return false;
      }
      for (String key : da.keys()) {
        if (!isSpaceDtypeShapeEquiv(da.get(key), db.get(key))) {
          return false;
        }
      }
      return true;
    }
    if (a instanceof Text ta && b instanceof Text tb) {
      return ta.maxLength() == tb.maxLength() && ta.characters().equals(tb.characters());
    }
    return a.getClass() == b.getClass()
        && Arrays.equals(a.shape(), b.shape())
        && a.dtype() == b.dtype();
  }
}
