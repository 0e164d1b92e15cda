package dev.jymnasium.env.wrappers;

import dev.jymnasium.env.Env;
import dev.jymnasium.env.Step;
import dev.jymnasium.env.Wrapper;

/**
 * Scales rewards so that the discounted return has roughly unit variance. Each step updates the
 * discounted return {@code G <- G * gamma * (1 - terminated) + reward} (G is not reset on
 * truncation nor on {@code reset()}), adds G to a running variance (starting at mean 0, variance 1,
 * pseudo-count {@code 1e-4}) unless {@link #setUpdateRunningMean(boolean) frozen}, and returns
 * {@code reward / sqrt(var + epsilon)} (no mean is subtracted). All in double precision.
 */
public final class NormalizeReward<O, A> extends Wrapper<O, A, O, A> {
  private final double gamma;
  private final double epsilon;
  private final RunningMeanStd returnRms = new RunningMeanStd();
  private double discountedReturn;
  private boolean updateRunningMean = true;

  /** With {@code gamma = 0.99}, {@code epsilon = 1e-8}. */
  public NormalizeReward(Env<O, A> env) {
    this(env, 0.99, 1e-8);
  }

  /**
   * @param gamma discount factor in {@code [0, 1]}
   * @param epsilon added to the variance before the square root, {@code > 0}
   * @throws IllegalArgumentException on a gamma outside {@code [0, 1]} or a non-positive epsilon
   */
  public NormalizeReward(Env<O, A> env, double gamma, double epsilon) {
    super(env);
    checkArguments(gamma, epsilon);
    this.gamma = gamma;
    this.epsilon = epsilon;
  }

  /**
   * Throws {@link IllegalArgumentException} unless {@code 0 <= gamma <= 1} and {@code 0 < epsilon <
   * inf}.
   */
  public static void checkArguments(double gamma, double epsilon) {
    if (!(gamma >= 0 && gamma <= 1)) {
      throw new IllegalArgumentException("gamma must be in [0, 1], got " + gamma);
    }
    if (!(epsilon > 0) || Double.isInfinite(epsilon)) {
      throw new IllegalArgumentException("epsilon must be a positive number, got " + epsilon);
    }
  }

  @Override
  protected Step<O> doStep(A action) {
    Step<O> s = env.step(action);
    double r = s.reward();
    discountedReturn = discountedReturn * gamma * (s.terminated() ? 0.0 : 1.0) + r;
    if (updateRunningMean) {
      returnRms.update(discountedReturn);
    }
    s.setReward(r / Math.sqrt(returnRms.var() + epsilon));
    return s;
  }

  /** Whether the statistics are updated each step (default {@code true}). */
  public boolean updateRunningMean() {
    return updateRunningMean;
  }

  /** Freezes ({@code false}) or resumes ({@code true}) the statistics, e.g. for evaluation. */
  public void setUpdateRunningMean(boolean update) {
    this.updateRunningMean = update;
  }

  /** The current discounted return G. */
  public double discountedReturn() {
    return discountedReturn;
  }

  /** The running statistics of G (live object). */
  public RunningMeanStd returnRms() {
    return returnRms;
  }

  /** The discount factor. */
  public double gamma() {
    return gamma;
  }

  /** The variance offset. */
  public double epsilon() {
    return epsilon;
  }
}
