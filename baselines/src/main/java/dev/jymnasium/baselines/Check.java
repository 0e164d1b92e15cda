package dev.jymnasium.baselines;

/** Range checks for hyperparameter records; messages name the snake_case key. */
public final class Check {
  private Check() {}

  /** Requires {@code value > 0}. */
  public static void positive(String key, double value) {
    if (!(value > 0)) {
      throw new IllegalArgumentException("hyperparameter '" + key + "' must be > 0, got " + value);
    }
  }

  /** Requires {@code value >= 0}. */
  public static void nonNegative(String key, double value) {
    if (!(value >= 0)) {
      throw new IllegalArgumentException("hyperparameter '" + key + "' must be >= 0, got " + value);
    }
  }

  /** Requires {@code lo <= value <= hi}. */
  public static void inRange(String key, double value, double lo, double hi) {
    if (!(value >= lo && value <= hi)) {
      throw new IllegalArgumentException(
          "hyperparameter '" + key + "' must be in [" + lo + ", " + hi + "], got " + value);
    }
  }

  /** Requires a non-empty list of positive layer widths. */
  public static void layers(String key, int[] widths) {
    if (widths == null || widths.length == 0) {
      throw new IllegalArgumentException("hyperparameter '" + key + "' needs at least one layer");
    }
    for (int w : widths) {
      positive(key, w);
    }
  }

  /** Requires {@code value} to be one of {@code accepted} (case-sensitive). */
  public static void oneOf(String key, String value, String... accepted) {
    for (String a : accepted) {
      if (a.equals(value)) {
        return;
      }
    }
    throw new IllegalArgumentException(
        "hyperparameter '"
            + key
            + "' must be one of "
            + String.join(", ", accepted)
            + "; got "
            + value);
  }
}
