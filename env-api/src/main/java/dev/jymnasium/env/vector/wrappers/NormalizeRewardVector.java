package dev.jymnasium.env.vector.wrappers;

import dev.jymnasium.env.vector.AutoresetMode;
import dev.jymnasium.env.vector.VectorEnv;
import dev.jymnasium.env.vector.VectorReset;
import dev.jymnasium.env.vector.VectorStep;
import dev.jymnasium.env.wrappers.NormalizeReward;
import dev.jymnasium.env.wrappers.RunningMeanStd;
import java.util.Map;

/**
 * Scales every sub-env's rewards so that the discounted returns have roughly unit variance, as
 * {@link NormalizeReward} does for one env: per sub-env {@code G[i] <- G[i] * gamma * (1 -
 * terminated[i]) + reward[i]}; the G of the sub-envs stepped this call are merged as one batch into
 * a shared running variance (unless {@link #setUpdateRunningMean(boolean) frozen}); rewards are
 * divided by {@code sqrt(var + epsilon)} in place in the returned step. Accumulators are doubles
 * (numpy promotes Gymnasium's float32 accumulators to float64 on the first step anyway).
 *
 * <p>With {@link AutoresetMode#NEXT_STEP}, the autoreset step that follows an ending is not part of
 * any episode: that sub-env's G is left unchanged and not added to the statistics (its reward is 0
 * anyway).
 */
public final class NormalizeRewardVector<BO, BA> extends VectorWrapper<BO, BA> {
  private final int n;
  private final double gamma;
  private final double epsilon;
  private final double[] returns;
  private final double[] batch;
  private final boolean[] prevDones;
  private final RunningMeanStd returnRms = new RunningMeanStd();
  private boolean updateRunningMean = true;

  /** {@code gamma = 0.99}, {@code epsilon = 1e-8}. */
  public NormalizeRewardVector(VectorEnv<BO, BA> env) {
    this(env, 0.99, 1e-8);
  }

  /**
   * @param gamma discount factor in {@code [0, 1]}
   * @param epsilon added to the variance before the square root, {@code > 0}
   * @throws IllegalArgumentException on a gamma outside {@code [0, 1]} or a non-positive epsilon
   */
  public NormalizeRewardVector(VectorEnv<BO, BA> env, double gamma, double epsilon) {
    super(env);
    NormalizeReward.checkArguments(gamma, epsilon);
    this.n = env.numEnvs();
    this.gamma = gamma;
    this.epsilon = epsilon;
    this.returns = new double[n];
    this.batch = new double[n];
    this.prevDones = new boolean[n];
  }

  @Override
  public VectorReset<BO> reset(Long seed, Map<String, Object> options) {
    boolean[] mask = resetMask(options, n);
    VectorReset<BO> r = env.reset(seed, options);
    for (int i = 0; i < n; i++) {
      if (mask == null || mask[i]) {
        prevDones[i] = false;
      }
    }
    return r;
  }

  @Override
  public VectorStep<BO> step(BA actions) {
    VectorStep<BO> s = env.step(actions);
    double[] rewards = s.rewards();
    boolean[] terms = s.terminations();
    boolean[] truncs = s.truncations();
    boolean nextStep = env.autoresetMode() == AutoresetMode.NEXT_STEP;
    int m = 0;
    for (int i = 0; i < n; i++) {
      if (nextStep && prevDones[i]) {
        prevDones[i] = false;
        continue;
      }
      returns[i] = returns[i] * gamma * (terms[i] ? 0.0 : 1.0) + rewards[i];
      batch[m++] = returns[i];
      prevDones[i] = terms[i] || truncs[i];
    }
    if (updateRunningMean) {
      returnRms.update(batch, 0, m);
    }
    double scale = Math.sqrt(returnRms.var() + epsilon);
    for (int i = 0; i < n; i++) {
      rewards[i] = rewards[i] / scale;
    }
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

  /** A copy of the per-sub-env discounted returns. */
  public double[] discountedReturns() {
    return returns.clone();
  }

  /** The running statistics of the discounted returns (live object). */
  public RunningMeanStd returnRms() {
    return returnRms;
  }
}
