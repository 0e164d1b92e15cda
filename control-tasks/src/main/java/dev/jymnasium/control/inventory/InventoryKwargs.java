package dev.jymnasium.control.inventory;

import java.util.Arrays;

/** Checks and defaults of the kwargs the inventory envs share. */
final class InventoryKwargs {
  private InventoryKwargs() {}

  /**
   * Checks {@code ignore_periods} (null: the default) against {@code periods}.
   *
   * @throws IllegalArgumentException naming the value when it is not below {@code periods}
   */
  static void checkIgnorePeriods(Integer ignorePeriods, int periods) {
    if (ignorePeriods != null && ignorePeriods >= periods) {
      throw new IllegalArgumentException(
          "kwarg 'ignore_periods' must be below periods (" + periods + "), got " + ignorePeriods);
    }
  }

  /** The warm-up periods left out of the reported cost: the given ones, else 3/5 of the horizon. */
  static int ignoredPeriods(Integer ignorePeriods, int periods) {
    return ignorePeriods == null ? periods * 3 / 5 : ignorePeriods;
  }

  /**
   * Checks {@code initial_range_mult}.
   *
   * @throws IllegalArgumentException naming the value unless it is {@code [low, high]}, low <= high
   */
  static void checkInitialRange(double[] initialRangeMult) {
    if (initialRangeMult.length != 2 || !(initialRangeMult[0] <= initialRangeMult[1])) {
      throw new IllegalArgumentException(
          "kwarg 'initial_range_mult' must be [low, high] with low <= high, got "
              + Arrays.toString(initialRangeMult));
    }
  }

  /**
   * Checks a {@code [low, high]} kwarg.
   *
   * @throws IllegalArgumentException naming the kwarg and the value unless it has two values, low
   *     <= high
   */
  static void checkRange(String kwarg, double[] range) {
    if (range.length != 2 || !(range[0] <= range[1])) {
      throw new IllegalArgumentException(
          "kwarg '"
              + kwarg
              + "' must be [low, high] with low <= high, got "
              + Arrays.toString(range));
    }
  }
}
