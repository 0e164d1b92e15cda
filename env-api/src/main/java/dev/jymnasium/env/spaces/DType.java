package dev.jymnasium.env.spaces;

/**
 * Element types of array spaces, named as numpy names them, with the Java array that holds their
 * values (flat, row-major).
 */
public enum DType {
  /** {@code float[]}. */
  FLOAT32("float32", float[].class, -Double.MAX_VALUE, Double.MAX_VALUE),
  /** {@code double[]}. */
  FLOAT64("float64", double[].class, -Double.MAX_VALUE, Double.MAX_VALUE),
  /** {@code byte[]} holding values 0..255 (read with {@code b & 0xFF}). */
  UINT8("uint8", byte[].class, 0, 255),
  /** {@code byte[]}. */
  INT8("int8", byte[].class, Byte.MIN_VALUE, Byte.MAX_VALUE),
  /** {@code int[]}. */
  INT32("int32", int[].class, Integer.MIN_VALUE, Integer.MAX_VALUE),
  /** {@code long[]}. */
  INT64("int64", long[].class, Long.MIN_VALUE, Long.MAX_VALUE);

  private final String numpyName;
  private final Class<?> arrayType;
  private final double min;
  private final double max;

  DType(String numpyName, Class<?> arrayType, double min, double max) {
    this.numpyName = numpyName;
    this.arrayType = arrayType;
    this.min = min;
    this.max = max;
  }

  /** The numpy name, e.g. {@code float32}. */
  public String numpyName() {
    return numpyName;
  }

  /** The Java array class that holds values of this dtype. */
  public Class<?> arrayType() {
    return arrayType;
  }

  /** Whether this is a floating-point dtype. */
  public boolean isFloat() {
    return this == FLOAT32 || this == FLOAT64;
  }

  /** Smallest representable value (as a double). */
  public double min() {
    return min;
  }

  /** Largest representable value (as a double). */
  public double max() {
    return max;
  }

  /** Looks a dtype up by its numpy name. */
  public static DType of(String numpyName) {
    for (DType d : values()) {
      if (d.numpyName.equals(numpyName)) {
        return d;
      }
    }
    throw new IllegalArgumentException(
        "unknown dtype '"
            + numpyName
            + "'; expected one of "
            + java.util.Arrays.stream(values()).map(DType::numpyName).toList());
  }

  /** A new zeroed array of this dtype with {@code n} elements. */
  public Object newArray(int n) {
    return switch (this) {
      case FLOAT32 -> new float[n];
      case FLOAT64 -> new double[n];
      case UINT8, INT8 -> new byte[n];
      case INT32 -> new int[n];
      case INT64 -> new long[n];
    };
  }

  /** Element {@code i} of an array of this dtype, as a double. */
  public double get(Object array, int i) {
    return switch (this) {
      case FLOAT32 -> ((float[]) array)[i];
      case FLOAT64 -> ((double[]) array)[i];
      case UINT8 -> ((byte[]) array)[i] & 0xFF;
      case INT8 -> ((byte[]) array)[i];
      case INT32 -> ((int[]) array)[i];
      case INT64 -> ((long[]) array)[i];
    };
  }

  /** Stores {@code v} (cast as numpy casts: round to nearest for floats, truncation for ints). */
  public void set(Object array, int i, double v) {
    switch (this) {
      case FLOAT32 -> ((float[]) array)[i] = (float) v;
      case FLOAT64 -> ((double[]) array)[i] = v;
      case UINT8, INT8 -> ((byte[]) array)[i] = (byte) (long) v;
      case INT32 -> ((int[]) array)[i] = (int) (long) v;
      case INT64 -> ((long[]) array)[i] = (long) v;
    }
  }

  /** Rounds {@code v} to a value this dtype can hold exactly (float32 rounding; ints unchanged). */
  public double representable(double v) {
    return this == FLOAT32 ? (double) (float) v : v;
  }

  @Override
  public String toString() {
    return numpyName;
  }
}
