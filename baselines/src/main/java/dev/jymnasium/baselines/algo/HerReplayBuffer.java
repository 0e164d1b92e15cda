package dev.jymnasium.baselines.algo;

import dev.jymnasium.env.goal.GoalEnv;
import dev.jymnasium.env.rng.NpRandom;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Hindsight experience replay (Andrychowicz et al. 2017) as Stable-Baselines3's {@code
 * HerReplayBuffer}: transitions are kept per sub-env with the start and length of their episode;
 * only transitions of finished episodes are sampled; of a minibatch, the first {@code int(batch *
 * (1 - 1 / (nSampledGoal + 1)))} rows (4/5 for {@code n_sampled_goal = 4}) are relabelled with a
 * goal the agent achieved in the same episode, the others are kept as they were.
 *
 * <p>A relabelled row of transition {@code t} of an episode of length {@code L} takes as its new
 * desired goal the {@code achieved_goal} of the next observation of transition {@code t'}, where
 * {@code t'} is drawn by the {@link GoalSelection} strategy ({@code future}: uniform in {@code [t,
 * L)}, so the goal is reached at a later or equal time step). The new goal replaces the {@code
 * desired_goal} slice of both observation features, and the reward is recomputed for the whole
 * relabelled part at once with {@link GoalEnv#computeRewards}{@code (next achieved goals, new
 * goals, infos)}, the infos being empty maps (SB3's default {@code copy_info_dict=False}). The
 * {@code notDone} flag is kept: a terminated transition stays terminal, and truncated ones
 * bootstrap (SB3's {@code handle_timeout_termination}).
 *
 * <p>Each sub-env owns {@code bufferSize / nEnvs} slots used circularly; when a write reaches a
 * finished episode, that whole episode is dropped from sampling (as SB3 does), so partly
 * overwritten episodes never give goals.
 */
final class HerReplayBuffer implements Replay {
  /** How the step whose achieved goal becomes the new goal is chosen (SB3's strategies). */
  enum GoalSelection {
    /** A uniformly drawn step of the same episode at or after the transition. */
    FUTURE,
    /** The last step of the episode. */
    FINAL,
    /** A uniformly drawn step of the whole episode. */
    EPISODE;

    /**
     * The strategy of a hyperparameter value: {@code future}, {@code final} or {@code episode}.
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    static GoalSelection parse(String name) {
      for (GoalSelection g : values()) {
        if (g.name().equalsIgnoreCase(name)) {
          return g;
        }
      }
      throw new IllegalArgumentException(
          "goal_selection_strategy must be one of future, final, episode; got " + name);
    }
  }

  /**
   * Where the goals lie in an observation's features (see {@link
   * dev.jymnasium.baselines.policy.ObsEncoder#offset}).
   */
  record GoalLayout(int achievedOffset, int desiredOffset, int goalDim) {}

  private final int numEnvs;
  private final int perEnv;
  private final int obsDim;
  private final int actWidth;
  private final GoalLayout layout;
  private final GoalEnv rewards;
  private final double herRatio;
  private final GoalSelection selection;

  private final float[] obs;
  private final float[] actions;
  private final float[] rewardValues;
  private final float[] nextObs;
  private final float[] notDone;

  /** Position, within its sub-env's slots, of the first transition of the slot's episode. */
  private final int[] episodeStart;

  /** Length of the slot's episode; 0 while it runs or after it was dropped. */
  private final int[] episodeLength;

  private final int[] next;
  private final int[] filled;
  private final int[] currentStart;
  private final int[] currentLength;
  private long sampleable;

  /**
   * @param bufferSize capacity in transitions, shared equally by the sub-envs
   * @param rewards computes the rewards of relabelled transitions
   * @param nSampledGoal relabelled transitions per real one ({@code k}; 4 in SB3 and the paper)
   */
  HerReplayBuffer(
      int bufferSize,
      int numEnvs,
      int obsDim,
      int actWidth,
      GoalLayout layout,
      GoalEnv rewards,
      int nSampledGoal,
      GoalSelection selection) {
    this.numEnvs = numEnvs;
    this.perEnv = Math.max(1, bufferSize / numEnvs);
    this.obsDim = obsDim;
    this.actWidth = actWidth;
    this.layout = layout;
    this.rewards = rewards;
    this.herRatio = 1 - 1.0 / (nSampledGoal + 1);
    this.selection = selection;
    int slots = numEnvs * perEnv;
    obs = new float[slots * obsDim];
    actions = new float[slots * actWidth];
    rewardValues = new float[slots];
    nextObs = new float[slots * obsDim];
    notDone = new float[slots];
    episodeStart = new int[slots];
    episodeLength = new int[slots];
    next = new int[numEnvs];
    filled = new int[numEnvs];
    currentStart = new int[numEnvs];
    currentLength = new int[numEnvs];
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
    if (currentLength[i] == perEnv) {
      throw new IllegalStateException(
          "an episode of sub-env "
              + i
              + " is longer than its share of the HER buffer ("
              + perEnv
              + " transitions = buffer_size / n_envs); raise buffer_size");
    }
    int slot = i * perEnv + next[i];
    dropEpisodeAt(i, slot);
    System.arraycopy(o, i * obsDim, obs, slot * obsDim, obsDim);
    System.arraycopy(a, i * actWidth, actions, slot * actWidth, actWidth);
    System.arraycopy(o2, i * obsDim, nextObs, slot * obsDim, obsDim);
    rewardValues[slot] = (float) reward;
    notDone[slot] = terminated ? 0f : 1f;
    episodeStart[slot] = currentStart[i];
    episodeLength[slot] = 0;
    next[i] = (next[i] + 1) % perEnv;
    filled[i] = Math.min(perEnv, filled[i] + 1);
    currentLength[i]++;
    if (terminated || truncated) {
      finishEpisode(i);
    }
  }

  /** Drops the finished episode that the write into {@code slot} would cut, if any. */
  private void dropEpisodeAt(int env, int slot) {
    int length = episodeLength[slot];
    if (length == 0) {
      return;
    }
    int start = episodeStart[slot];
    for (int k = 0; k < length; k++) {
      episodeLength[env * perEnv + (start + k) % perEnv] = 0;
    }
    sampleable -= length;
  }

  /** Gives every transition of sub-env {@code env}'s current episode its length. */
  private void finishEpisode(int env) {
    int length = currentLength[env];
    for (int k = 0; k < length; k++) {
      episodeLength[env * perEnv + (currentStart[env] + k) % perEnv] = length;
    }
    sampleable += length;
    currentStart[env] = next[env];
    currentLength[env] = 0;
  }

  @Override
  public boolean canSample() {
    return sampleable > 0;
  }

  /**
   * Draws {@code batchSize} transitions of finished episodes uniformly with replacement, then
   * relabels the first {@code int(herRatio * batchSize)} of them.
   *
   * @throws IllegalStateException when no episode has finished yet
   */
  @Override
  public Batch sample(int batchSize, NpRandom rng) {
    if (!canSample()) {
      throw new IllegalStateException(
          "the HER buffer holds no finished episode yet; raise learning_starts above an episode");
    }
    int[] slots = drawSlots(batchSize, rng);
    Batch b = Batch.allocate(batchSize, obsDim, actWidth);
    for (int j = 0; j < batchSize; j++) {
      int k = slots[j];
      System.arraycopy(obs, k * obsDim, b.obs(), j * obsDim, obsDim);
      System.arraycopy(actions, k * actWidth, b.actions(), j * actWidth, actWidth);
      System.arraycopy(nextObs, k * obsDim, b.nextObs(), j * obsDim, obsDim);
      b.rewards()[j] = rewardValues[k];
      b.notDone()[j] = notDone[k];
    }
    relabel(b, slots, (int) (herRatio * batchSize), rng);
    return b;
  }

  /**
   * Slots drawn uniformly among those of finished episodes: a slot is drawn uniformly among all
   * sub-envs' written positions and drawn again while its episode is unfinished or dropped.
   */
  private int[] drawSlots(int batchSize, NpRandom rng) {
    int rowLength = 0;
    for (int f : filled) {
      rowLength = Math.max(rowLength, f);
    }
    int[] slots = new int[batchSize];
    for (int j = 0; j < batchSize; j++) {
      int slot;
      do {
        long k = rng.integers(0, (long) numEnvs * rowLength);
        int env = (int) (k / rowLength);
        int pos = (int) (k % rowLength);
        slot = pos < filled[env] ? env * perEnv + pos : -1;
      } while (slot < 0 || episodeLength[slot] == 0);
      slots[j] = slot;
    }
    return slots;
  }

  /** Replaces the desired goal of rows {@code [0, count)} and recomputes their rewards. */
  private void relabel(Batch b, int[] slots, int count, NpRandom rng) {
    if (count == 0) {
      return;
    }
    int g = layout.goalDim();
    float[] achieved = new float[count * g];
    float[] goals = new float[count * g];
    for (int j = 0; j < count; j++) {
      int slot = slots[j];
      int env = slot / perEnv;
      int start = episodeStart[slot];
      int length = episodeLength[slot];
      int t = Math.floorMod(slot % perEnv - start, perEnv);
      long chosen =
          switch (selection) {
            case FUTURE -> rng.integers(t, length);
            case FINAL -> length - 1;
            case EPISODE -> rng.integers(0, length);
          };
      int goalSlot = env * perEnv + (int) ((start + chosen) % perEnv);
      System.arraycopy(nextObs, goalSlot * obsDim + layout.achievedOffset(), goals, j * g, g);
      System.arraycopy(nextObs, slot * obsDim + layout.achievedOffset(), achieved, j * g, g);
      System.arraycopy(goals, j * g, b.obs(), j * obsDim + layout.desiredOffset(), g);
      System.arraycopy(goals, j * g, b.nextObs(), j * obsDim + layout.desiredOffset(), g);
    }
    double[] recomputed = new double[count];
    List<Map<String, Object>> infos = Collections.nCopies(count, Map.of());
    rewards.computeRewards(achieved, goals, infos, recomputed);
    for (int j = 0; j < count; j++) {
      b.rewards()[j] = (float) recomputed[j];
    }
  }
}
