package dev.jymnasium.env.wrappers;

import dev.jymnasium.env.Env;
import dev.jymnasium.env.RewardWrapper;

/**
 * Clips every reward into {@code [min, max]}; either bound may be absent (unbounded on that side)
 * but not both. A NaN reward stays NaN.
 */
public final class ClipReward<O, A> extends RewardWrapper<O, A> {
  private final double min;
  private final double max;

  /**
   * @param minReward lower bound, or {@code null} for none
   * @param maxReward upper bound, or {@code null} for none
   * @throws IllegalArgumentException if both are null, one is NaN, or {@code min > max}
   */
  public ClipReward(Env<O, A> env, Double minReward, Double maxReward) {
    super(env);
    if (minReward == null && maxReward == null) {
      throw new IllegalArgumentException("ClipReward needs at least one of minReward, maxReward");
    }
    this.min = minReward == null ? Double.NEGATIVE_INFINITY : minReward;
    this.max = maxReward == null ? Double.POSITIVE_INFINITY : maxReward;
    if (Double.isNaN(min) || Double.isNaN(max)) {
      throw new IllegalArgumentException("ClipReward bounds must not be NaN");
    }
    if (min > max) {
      throw new IllegalArgumentException(
          "ClipReward needs minReward <= maxReward, got " + min + " > " + max);
    }
  }

  /** Both bounds given. */
  public ClipReward(Env<O, A> env, double minReward, double maxReward) {
    this(env, Double.valueOf(minReward), Double.valueOf(maxReward));
  }

  /** Lower bound ({@code -infinity} when none). */
  public double minReward() {
    return min;
  }

  /** Upper bound ({@code +infinity} when none). */
  public double maxReward() {
    return max;
  }

  @Override
  protected double reward(double reward) {
    return Double.isNaN(reward) ? reward : Math.min(Math.max(reward, min), max);
  }
}
