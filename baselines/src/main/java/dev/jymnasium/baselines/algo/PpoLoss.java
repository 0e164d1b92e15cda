package dev.jymnasium.baselines.algo;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;

/**
 * PPO's loss on one minibatch, as CleanRL's {@code ppo.py} computes it with SB3's value-loss scale
 * (no factor 1/2):
 *
 * <pre>
 * ratio   = exp(newLogProb - oldLogProb)
 * pgLoss  = -mean(min(adv * ratio, adv * clip(ratio, 1 - clip, 1 + clip)))
 * vLoss   = mean((newValue - ret)^2), or with clipVloss
 *           mean(max((newValue - ret)^2, (vClipped - ret)^2))
 *           where vClipped = oldValue + clip(newValue - oldValue, -clip, clip)
 * loss    = pgLoss - entCoef * entropy + vfCoef * vLoss
 * </pre>
 *
 * @param logRatio {@code newLogProb - oldLogProb} per sample
 * @param ratio the probability ratio per sample
 * @param pgLoss the clipped surrogate policy loss (scalar)
 * @param vLoss the value loss (scalar)
 * @param loss the total loss to minimise (scalar)
 */
record PpoLoss(NDArray logRatio, NDArray ratio, NDArray pgLoss, NDArray vLoss, NDArray loss) {

  /**
   * Computes the loss terms; record it inside a gradient collector to train on {@link #loss}.
   *
   * @param newLogProb log-probabilities of the stored actions under the current policy, {@code (B)}
   * @param entropy mean entropy of the current policy (scalar)
   * @param newValue current state values, {@code (B)}
   * @param oldLogProb log-probabilities recorded during the rollout, {@code (B)}
   * @param oldValue values recorded during the rollout, {@code (B)}
   * @param advantages advantages (already normalised if wanted), {@code (B)}
   * @param returns GAE returns, {@code (B)}
   * @param clipCoef the clip range epsilon
   * @param clipVloss whether value updates are clipped to {@code clipCoef} around the old values
   */
  static PpoLoss of(
      NDArray newLogProb,
      NDArray entropy,
      NDArray newValue,
      NDArray oldLogProb,
      NDArray oldValue,
      NDArray advantages,
      NDArray returns,
      float clipCoef,
      boolean clipVloss,
      float entCoef,
      float vfCoef) {
    NDArray logRatio = newLogProb.sub(oldLogProb);
    NDArray ratio = logRatio.exp();
    NDArray pgLoss1 = advantages.mul(ratio);
    NDArray pgLoss2 = advantages.mul(ratio.clip(1 - clipCoef, 1 + clipCoef));
    NDArray pgLoss = pgLoss1.minimum(pgLoss2).mean().neg();
    NDArray vLossUnclipped = newValue.sub(returns).square();
    NDArray vLoss;
    if (clipVloss) {
      NDArray vClipped = oldValue.add(newValue.sub(oldValue).clip(-clipCoef, clipCoef));
      vLoss = vLossUnclipped.maximum(vClipped.sub(returns).square()).mean();
    } else {
      vLoss = vLossUnclipped.mean();
    }
    NDArray loss = pgLoss.sub(entropy.mul(entCoef)).add(vLoss.mul(vfCoef));
    return new PpoLoss(logRatio, ratio, pgLoss, vLoss, loss);
  }

  /** The approximate KL divergence {@code mean(ratio - 1 - logRatio)} (Schulman's k3 estimator). */
  NDArray approxKl() {
    return ratio.sub(1).sub(logRatio).mean();
  }

  /** The fraction of samples whose ratio lies outside {@code [1 - clip, 1 + clip]}. */
  NDArray clipFraction(float clipCoef) {
    return ratio.sub(1).abs().gt(clipCoef).toType(DataType.FLOAT32, false).mean();
  }
}
