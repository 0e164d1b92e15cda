package dev.jymnasium.control.inventory;

import java.util.Arrays;

/**
 * The settings of a serial inventory chain: a store (stage 0) supplied by stage 1 (a warehouse),
 * supplied by stage 2, and so on; the last stage buys from an unlimited outside supplier. One stage
 * is the one-store system, two a store and a warehouse, four the {@code serial_system} setting of
 * Alvo, Russo and Kanoria (2023), "Neural inventory control in networks via hindsight
 * differentiable policy optimization" (public code: MatiasAlvo/Neural_inventory_control), whose
 * extra echelons are listed upstream first there and downstream first here.
 *
 * @param leadTimes periods from order to on hand, per stage (store first), each {@code ≥ 1}
 * @param slots length of each stage's pipeline vector, {@code ≥} its lead time (the original keeps
 *     {@code max(inventory_periods, L)} slots, and a longer initial pipeline keeps arriving)
 * @param holdingCosts cost per unit on hand after demand (store) or after shipping (upstream)
 * @param underageCost the store's cost per unit of unmet demand
 * @param unmetDemand whether the store's unmet demand is lost or backlogged
 */
public record SerialChain(
    int[] leadTimes,
    int[] slots,
    double[] holdingCosts,
    double underageCost,
    UnmetDemand unmetDemand) {

  /** What happens to demand the store cannot meet from stock on hand. */
  public enum UnmetDemand {
    /** Lost: on hand never goes below zero. */
    LOST,
    /** Backlogged: on hand goes negative and the backlog is served first. */
    BACKLOGGED
  }

  /** Checks the lengths and ranges; messages name the bad value. */
  public SerialChain {
    if (leadTimes.length == 0
        || slots.length != leadTimes.length
        || holdingCosts.length != leadTimes.length) {
      throw new IllegalArgumentException(
          "lead times, slots and holding costs need one entry per stage (>= 1), got "
              + Arrays.toString(leadTimes)
              + ", "
              + Arrays.toString(slots)
              + ", "
              + Arrays.toString(holdingCosts));
    }
    for (int k = 0; k < leadTimes.length; k++) {
      if (leadTimes[k] < 1 || slots[k] < leadTimes[k]) {
        throw new IllegalArgumentException(
            "stage "
                + k
                + " needs lead time >= 1 and slots >= lead time, got L = "
                + leadTimes[k]
                + ", slots = "
                + slots[k]);
      }
      if (!(holdingCosts[k] >= 0) || Double.isInfinite(holdingCosts[k])) {
        throw new IllegalArgumentException(
            "stage " + k + " holding cost must be finite and >= 0, got " + holdingCosts[k]);
      }
    }
    if (!(underageCost >= 0) || Double.isInfinite(underageCost)) {
      throw new IllegalArgumentException(
          "underage cost must be finite and >= 0, got " + underageCost);
    }
    leadTimes = leadTimes.clone();
    slots = slots.clone();
    holdingCosts = holdingCosts.clone();
  }

  /** A single store whose pipeline has exactly {@code leadTime} slots. */
  public static SerialChain oneStore(
      int leadTime, double underageCost, double holdingCost, UnmetDemand unmetDemand) {
    return new SerialChain(
        new int[] {leadTime},
        new int[] {leadTime},
        new double[] {holdingCost},
        underageCost,
        unmetDemand);
  }

  /** Number of stages, the store included. */
  public int stages() {
    return leadTimes.length;
  }

  @Override
  public int[] leadTimes() {
    return leadTimes.clone();
  }

  @Override
  public int[] slots() {
    return slots.clone();
  }

  @Override
  public double[] holdingCosts() {
    return holdingCosts.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SerialChain c
        && Arrays.equals(leadTimes, c.leadTimes)
        && Arrays.equals(slots, c.slots)
        && Arrays.equals(holdingCosts, c.holdingCosts)
        && Double.compare(underageCost, c.underageCost) == 0
        && unmetDemand == c.unmetDemand;
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(leadTimes) * 31 + Arrays.hashCode(holdingCosts);
  }

  @Override
  public String toString() {
    return "SerialChain[leadTimes="
        + Arrays.toString(leadTimes)
        + ", slots="
        + Arrays.toString(slots)
        + ", holdingCosts="
        + Arrays.toString(holdingCosts)
        + ", underageCost="
        + underageCost
        + ", unmetDemand="
        + unmetDemand
        + "]";
  }
}
