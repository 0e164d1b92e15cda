package dev.jymnasium.baselines.algo;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import dev.jymnasium.env.rng.NpRandom;

/**
 * Shared pieces of the continuous off-policy agents (SAC, TD3): actions kept in {@code [-1, 1]} and
 * rescaled to the Box bounds for the env, Q-networks over {@code [obs, action]}, and Gaussian noise
 * drawn in Java so runs are reproducible.
 */
final class ContinuousActions {
  private ContinuousActions() {}

  /** Sends {@code [-1, 1]} actions (row {@code i} of {@code scaled}) to the env, rescaled. */
  static void apply(AgentEnv env, float[] scaled) {
    for (int i = 0; i < env.numEnvs; i++) {
      for (int j = 0; j < env.actDim; j++) {
        double lo = env.low(j);
        double hi = env.high(j);
        env.setContinuous(i, j, lo + (scaled[i * env.actDim + j] + 1) * 0.5 * (hi - lo));
      }
    }
  }

  /** {@code Q(obs, action)} of a critic as a {@code [B]} array. */
  static NDArray q(dev.jymnasium.baselines.nn.Mlp critic, NDArray obs, NDArray action) {
    return critic.forward(obs.concat(action, 1)).reshape(-1);
  }

  /** Standard normal draws of shape {@code [rows, cols]}. */
  static NDArray normal(
      NDManager scope, NpRandom rng, int rows, int cols, double std, double clip) {
    float[] z = new float[rows * cols];
    for (int k = 0; k < z.length; k++) {
      double v = rng.standardNormal() * std;
      z[k] = (float) (clip > 0 ? Math.max(-clip, Math.min(clip, v)) : v);
    }
    return scope.create(z, new Shape(rows, cols));
  }

  /** Critic sizes: observation plus action in, one value out. */
  static int[] criticSizes(AgentEnv env, int[] netArch) {
    return ActorCritic.sizes(env.obsDim + env.actDim, netArch, 1);
  }
}
