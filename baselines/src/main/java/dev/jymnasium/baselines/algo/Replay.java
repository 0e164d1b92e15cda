package dev.jymnasium.baselines.algo;

import dev.jymnasium.env.rng.NpRandom;

/**
 * Where the off-policy agents keep transitions: the plain {@link ReplayBuffer} or, for goal envs,
 * the {@link HerReplayBuffer}. Transitions of each sub-env arrive in time order.
 */
interface Replay {
  /** A sampled minibatch, row-major. {@code notDone} is 0 where the episode terminated. */
  record Batch(float[] obs, float[] actions, float[] rewards, float[] nextObs, float[] notDone) {
    static Batch allocate(int rows, int obsDim, int actWidth) {
      return new Batch(
          new float[rows * obsDim],
          new float[rows * actWidth],
          new float[rows],
          new float[rows * obsDim],
          new float[rows]);
    }
  }

  /**
   * Adds the transition of sub-env {@code i}: row {@code i} of the batched arrays {@code o}, {@code
   * a}, {@code o2}. A terminated transition does not bootstrap; a truncated one does (SB3's {@code
   * handle_timeout_termination}), and either ends the sub-env's episode.
   */
  void add(
      float[] o,
      float[] a,
      int i,
      double reward,
      float[] o2,
      boolean terminated,
      boolean truncated);

  /** Whether {@link #sample} has something to draw from. */
  boolean canSample();

  /** A minibatch of {@code batchSize} transitions drawn with {@code rng}. */
  Batch sample(int batchSize, NpRandom rng);
}
