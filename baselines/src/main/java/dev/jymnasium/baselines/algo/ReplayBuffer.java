package dev.jymnasium.baselines.algo;

import dev.jymnasium.env.rng.NpRandom;

/** A circular buffer of transitions in flat Java arrays, sampled uniformly with replacement. */
final class ReplayBuffer implements Replay {

  private final int capacity;
  private final int obsDim;
  private final int actWidth;
  private final float[] obs;
  private final float[] actions;
  private final float[] rewards;
  private final float[] nextObs;
  private final float[] notDone;
  private int next;
  private int size;

  ReplayBuffer(int capacity, int obsDim, int actWidth) {
    this.capacity = capacity;
    this.obsDim = obsDim;
    this.actWidth = actWidth;
    obs = new float[capacity * obsDim];
    actions = new float[capacity * actWidth];
    rewards = new float[capacity];
    nextObs = new float[capacity * obsDim];
    notDone = new float[capacity];
  }

  @Override
  public void add(
      float[] o,
      float[] a,
      int i,
      double reward,
      float[] o2,
      boolean terminated,
      boolean truncated) {
    System.arraycopy(o, i * obsDim, obs, next * obsDim, obsDim);
    System.arraycopy(a, i * actWidth, actions, next * actWidth, actWidth);
    System.arraycopy(o2, i * obsDim, nextObs, next * obsDim, obsDim);
    rewards[next] = (float) reward;
    notDone[next] = terminated ? 0f : 1f;
    next = (next + 1) % capacity;
    size = Math.min(capacity, size + 1);
  }

  @Override
  public boolean canSample() {
    return size > 0;
  }

  @Override
  public Batch sample(int batchSize, NpRandom rng) {
    Batch b = Batch.allocate(batchSize, obsDim, actWidth);
    for (int j = 0; j < batchSize; j++) {
      int k = (int) rng.integers(0, size);
      System.arraycopy(obs, k * obsDim, b.obs(), j * obsDim, obsDim);
      System.arraycopy(actions, k * actWidth, b.actions(), j * actWidth, actWidth);
      System.arraycopy(nextObs, k * obsDim, b.nextObs(), j * obsDim, obsDim);
      b.rewards()[j] = rewards[k];
      b.notDone()[j] = notDone[k];
    }
    return b;
  }
}
