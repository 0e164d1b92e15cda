package dev.jymnasium.env.spaces;

import dev.jymnasium.env.rng.NpRandom;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A set of values with a probability distribution to sample from, as Gymnasium's {@code Space}.
 * Each space owns a numpy-compatible generator, independent of any env's, created from OS entropy
 * on first use unless {@link #seed(long)} is called.
 *
 * <p>Values of array spaces are flat primitive arrays in row-major order ({@code float[]} for a
 * float32 Box); {@link Discrete} values are {@code Integer}s; {@link Tuple} values are {@code
 * Object[]}; {@link Dict} values are ordered {@code Map<String, Object>}s.
 *
 * @param <T> the Java type of the space's elements
 */
public abstract class Space<T> {
  private NpRandom npRandom;

  /** The space's generator (created from OS entropy on first use). */
  public NpRandom npRandom() {
    if (npRandom == null) {
      npRandom = NpRandom.fromEntropy();
    }
    return npRandom;
  }

  /** Replaces the space's generator (no copy is made). */
  public void setNpRandom(NpRandom generator) {
    this.npRandom = generator;
  }

  /**
   * Re-seeds the space's generator (composite spaces also seed their children, see Gymnasium's
   * rules) and returns the seeds used, own seed first.
   */
  public List<Long> seed(long seed) {
    npRandom = NpRandom.of(seed);
    return List.of(seed);
  }

  /** A random element. */
  public abstract T sample();

  /** Whether {@code x} is an element of this space (exact Java type, shape, bounds). */
  public final boolean contains(Object x) {
    return mismatch(x) == null;
  }

  /**
   * Why {@code x} is not an element, or {@code null} when it is. Must not allocate when {@code x}
   * is an element: it runs on every step.
   */
  public abstract String mismatch(Object x);

  /**
   * Throws an {@link IllegalArgumentException} naming this space, the value and the reason when
   * {@code x} is not an element.
   *
   * @param role what the value is, e.g. {@code "action"}
   */
  public final void requireContains(Object x, String role) {
    String why = mismatch(x);
    if (why != null) {
      throw new IllegalArgumentException(
          role + " " + format(x) + " is not an element of " + this + ": " + why);
    }
  }

  /** Shape of array spaces; {@code null} for composite spaces. */
  public int[] shape() {
    return null;
  }

  /** Element type of array spaces; {@code null} for composite spaces. */
  public DType dtype() {
    return null;
  }

  /** Whether {@link Spaces#flattenSpace} yields a single Box. */
  public boolean isFlattenable() {
    return true;
  }

  /** Length of the flat vector {@link Spaces#flatten} produces. */
  public abstract int flatdim();

  /** Writes the flat (one-hot for discrete spaces) encoding of {@code x} at {@code offset}. */
  public abstract void flattenInto(T x, double[] out, int offset);

  /** Inverse of {@link #flattenInto}. */
  public abstract T unflattenFrom(double[] flat, int offset);

  /** The batched space of {@code n} copies (Gymnasium's {@code batch_space}). */
  public abstract Space<?> batch(int n);

  /** A zeroed batch of {@code n} elements laid out as {@link #batch} describes. */
  public abstract Object createBatch(int n);

  /** Copies {@code value} into slot {@code index} of {@code batch}. */
  public abstract void writeBatch(T value, Object batch, int index);

  /**
   * Reads slot {@code index} of {@code batch}; reuses {@code reuse} (which may be null) when the
   * element type is an array.
   */
  public abstract T readBatch(Object batch, int index, T reuse);

  /** A JSON-friendly value (numbers, lists, maps) for {@code x}. */
  public abstract Object toJsonable(T x);

  /**
   * The element encoded by a JSON-friendly value (numbers, lists, maps), as read back from JSON.
   *
   * @throws IllegalArgumentException if the value does not encode an element of this space
   */
  public abstract T fromJsonable(Object json);

  /** A deep copy of a space element (arrays are cloned recursively). */
  @SuppressWarnings("unchecked")
  public static Object deepCopy(Object x) {
    if (x instanceof float[] a) {
      return a.clone();
    } else if (x instanceof double[] a) {
      return a.clone();
    } else if (x instanceof int[] a) {
      return a.clone();
    } else if (x instanceof long[] a) {
      return a.clone();
    } else if (x instanceof byte[] a) {
      return a.clone();
    } else if (x instanceof boolean[] a) {
      return a.clone();
    } else if (x instanceof Object[] a) {
      Object[] c = new Object[a.length];
      for (int i = 0; i < a.length; i++) {
        c[i] = deepCopy(a[i]);
      }
      return c;
    } else if (x instanceof Map<?, ?> m) {
      Map<String, Object> c = new java.util.LinkedHashMap<>();
      ((Map<String, Object>) m).forEach((k, v) -> c.put(k, deepCopy(v)));
      return c;
    }
    return x;
  }

  /** A short readable rendering of a value (arrays and dict values printed element by element). */
  public static String format(Object x) {
    if (x == null) {
      return "null";
    } else if (x instanceof float[] a) {
      return Arrays.toString(a);
    } else if (x instanceof double[] a) {
      return Arrays.toString(a);
    } else if (x instanceof int[] a) {
      return Arrays.toString(a);
    } else if (x instanceof long[] a) {
      return Arrays.toString(a);
    } else if (x instanceof byte[] a) {
      return Arrays.toString(a);
    } else if (x instanceof boolean[] a) {
      return Arrays.toString(a);
    } else if (x instanceof Object[] a) {
      StringBuilder b = new StringBuilder("(");
      for (int i = 0; i < a.length; i++) {
        b.append(i == 0 ? "" : ", ").append(format(a[i]));
      }
      return b.append(")").toString();
    } else if (x instanceof String s) {
      return "\"" + s + "\"";
    } else if (x instanceof Map<?, ?> m) {
      StringBuilder b = new StringBuilder("{");
      m.forEach(
          (k, v) -> b.append(b.length() == 1 ? "" : ", ").append(k).append(": ").append(format(v)));
      return b.append("}").toString();
    }
    return x + " (" + x.getClass().getSimpleName() + ")";
  }

  /** Number of elements of a shape. */
  static int product(int[] shape) {
    int n = 1;
    for (int d : shape) {
      n = Math.multiplyExact(n, d);
    }
    return n;
  }

  /** A shape printed as numpy prints it, e.g. {@code (4,)}. */
  static String shapeString(int[] shape) {
    if (shape.length == 1) {
      return "(" + shape[0] + ",)";
    }
    StringBuilder b = new StringBuilder("(");
    for (int i = 0; i < shape.length; i++) {
      b.append(i == 0 ? "" : ", ").append(shape[i]);
    }
    return b.append(")").toString();
  }
}
