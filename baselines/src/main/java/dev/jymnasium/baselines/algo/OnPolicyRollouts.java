package dev.jymnasium.baselines.algo;

import dev.jymnasium.baselines.TrainingListener;
import dev.jymnasium.baselines.policy.ObsNormalizer;
import dev.jymnasium.env.rng.NpRandom;
import dev.jymnasium.env.vector.VectorStep;

/**
 * The collecting half of the on-policy agents (PPO, A2C), as in CleanRL's rollout loop: for {@code
 * n_steps} vector steps, sample actions for every sub-env from one batched forward pass (in Java,
 * on a copy of the weights taken at the start of the rollout), step, record rewards and episode
 * ends; then bootstrap from the last observations and compute GAE. Observations are optionally
 * normalised with running statistics. The agent keeps its own update; see {@link Ppo#learn} for the
 * loop.
 */
final class OnPolicyRollouts {
  final AgentEnv env;
  final ActorCritic ac;
  final RolloutBuffer buffer;
  final EpisodeTracker episodes;

  /** Running observation statistics, or {@code null} when inputs are not normalised. */
  final ObsNormalizer normalizer;

  private final float[] nextObs;

  /** Environment steps so far (every sub-env step counts). */
  long globalStep;

  OnPolicyRollouts(AgentEnv env, ActorCritic ac, int nSteps, boolean normalizeObs, long seed) {
    this.env = env;
    this.ac = ac;
    this.buffer = new RolloutBuffer(nSteps, env.numEnvs, env.obsDim, ac.actionWidth());
    this.episodes = new EpisodeTracker(env.numEnvs);
    this.normalizer = normalizeObs ? new ObsNormalizer(env.obsDim) : null;
    this.nextObs = env.reset(seed).clone();
  }

  /**
   * Fills {@link #buffer} with one rollout and its advantages and returns: {@code n_steps} vector
   * steps, or fewer when fewer reach {@code endStep} (the budget, rounded up to a whole vector
   * step).
   */
  void collect(
      NpRandom rng, double gamma, double gaeLambda, long endStep, TrainingListener listener) {
    int n = env.numEnvs;
    int d = env.obsDim;
    long vectorStepsLeft = (endStep - globalStep + n - 1) / n;
    buffer.filled = (int) Math.min(buffer.steps, vectorStepsLeft);
    ac.syncActingCopy();
    for (int t = 0; t < buffer.filled; t++) {
      float[] x = input(nextObs, true);
      System.arraycopy(x, 0, buffer.obs, t * n * d, n * d);
      ac.sample(x, n, rng, buffer.actions, buffer.logProbs, buffer.values, t * n);
      for (int i = 0; i < n; i++) {
        int k = t * n + i;
        buffer.valid[k] = !episodes.isResetStep(i);
        applyAction(i, k);
      }
      VectorStep<Object> s = env.step();
      globalStep += n;
      for (int i = 0; i < n; i++) {
        int k = t * n + i;
        buffer.rewards[k] = (float) s.rewards()[i];
        buffer.terminated[k] = s.terminations()[i];
        buffer.done[k] = s.terminations()[i] || s.truncations()[i];
      }
      episodes.observe(s, globalStep, listener);
      System.arraycopy(env.observations(), 0, nextObs, 0, n * d);
      listener.onProgress(globalStep);
    }
    buffer.computeGae(ac.values(input(nextObs, false), n), gamma, gaeLambda);
  }

  /** Features for the networks: normalised (updating the statistics when asked) or raw. */
  private float[] input(float[] raw, boolean updateStats) {
    float[] x = raw.clone();
    if (normalizer != null) {
      if (updateStats) {
        normalizer.update(raw, env.numEnvs);
      }
      normalizer.normalize(x, env.numEnvs);
    }
    return x;
  }

  /** Sends row {@code k} of the buffer's actions (one-hot or values) to sub-env {@code i}. */
  private void applyAction(int i, int k) {
    int w = ac.actionWidth();
    if (env.discrete()) {
      for (int a = 0; a < w; a++) {
        if (buffer.actions[k * w + a] == 1f) {
          env.setDiscrete(i, a);
        }
      }
    } else {
      for (int j = 0; j < w; j++) {
        env.setContinuous(i, j, buffer.actions[k * w + j]);
      }
    }
  }

  /** Restores the step count and observation statistics of a checkpoint. */
  void restore(long steps, ObsNormalizer saved) {
    globalStep = steps;
    if (normalizer != null && saved != null) {
      normalizer.restore(saved);
    }
  }
}
