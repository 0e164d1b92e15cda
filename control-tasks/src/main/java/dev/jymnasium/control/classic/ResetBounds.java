package dev.jymnasium.control.classic;

import java.util.Map;

/** The {@code low}/{@code high} reset options of the classic-control envs. */
final class ResetBounds {
  private ResetBounds() {}

  /** {@code [low, high]} from the options, with defaults; rejects non-numbers and low &gt; high. */
  static double[] lowHigh(Map<String, Object> options, double defaultLow, double defaultHigh) {
    double low = number(options, "low", defaultLow);
    double high = number(options, "high", defaultHigh);
    if (low > high) {
      throw new IllegalArgumentException(
          "reset option low (" + low + ") must be <= high (" + high + ")");
    }
    return new double[] {low, high};
  }

  static double number(Map<String, Object> options, String key, double defaultValue) {
    Object v = options.get(key);
    if (v == null) {
      return defaultValue;
    }
    if (v instanceof Number n && Double.isFinite(n.doubleValue())) {
      return n.doubleValue();
    }
    throw new IllegalArgumentException(
        "reset option " + key + " must be a finite number, got " + v);
  }
}
