package dev.jymnasium.baselines.algo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jymnasium.baselines.GoalReachEnv;
import dev.jymnasium.baselines.algo.HerReplayBuffer.GoalLayout;
import dev.jymnasium.baselines.algo.HerReplayBuffer.GoalSelection;
import dev.jymnasium.env.rng.NpRandom;
import org.junit.jupiter.api.Test;

/**
 * Relabelling of the HER buffer on hand-made episodes whose goals say where they come from: the
 * achieved goal of the observation at time {@code t} of episode {@code id} is {@code [id, t]}, so a
 * relabelled goal {@code [id', t']} tells the episode and the time step it was taken from.
 */
class HerReplayBufferTest {
  /**
   * Features {@code [achieved_goal(2), desired_goal(2), observation(2)]}, as ObsEncoder lays out.
   */
  private static final int OBS_DIM = 6;

  private static final GoalLayout LAYOUT = new GoalLayout(0, 2, 2);
  private static final float UNRELABELLED_GOAL = -5f;
  private static final float STORED_REWARD = 7f;
  private static final int ENVS = 2;
  private static final int CAPACITY = 80;

  /** The episode ids of the running (unfinished) episodes. */
  private static final int RUNNING = 999;

  private static HerReplayBuffer buffer(int nSampledGoal, GoalSelection selection) {
    return new HerReplayBuffer(
        CAPACITY, ENVS, OBS_DIM, 1, LAYOUT, new GoalReachEnv(), nSampledGoal, selection);
  }

  /**
   * Fills sub-env 0 and 1 with episodes of lengths 5, 6, ..., 12 (ids {@code 100 * env + k}), more
   * than the 40 slots of each sub-env, so early episodes get overwritten, then starts one more
   * episode per sub-env that does not finish.
   */
  private static void fill(HerReplayBuffer b) {
    for (int env = 0; env < ENVS; env++) {
      for (int k = 0; k < 12; k++) {
        int length = 5 + k % 8;
        addEpisode(b, env, 100 * env + k, length, true);
      }
      addEpisode(b, env, RUNNING, 3, false);
    }
  }

  private static void addEpisode(HerReplayBuffer b, int env, int id, int length, boolean finish) {
    float[] o = new float[ENVS * OBS_DIM];
    float[] o2 = new float[ENVS * OBS_DIM];
    float[] a = new float[ENVS];
    for (int t = 0; t < length; t++) {
      write(o, env, id, t);
      write(o2, env, id, t + 1);
      a[env] = t;
      boolean last = finish && t == length - 1;
      b.add(o, a, env, STORED_REWARD, o2, false, last);
    }
  }

  private static void write(float[] batch, int env, int id, int t) {
    int base = env * OBS_DIM;
    batch[base] = id;
    batch[base + 1] = t;
    batch[base + 2] = UNRELABELLED_GOAL;
    batch[base + 3] = UNRELABELLED_GOAL;
    batch[base + 4] = id;
    batch[base + 5] = t;
  }

  /** Episode length of id {@code 100 * env + k}. */
  private static int lengthOf(int id) {
    return 5 + (id % 100) % 8;
  }

  @Test
  void futureGoalsComeFromTheSameEpisodeAtLaterOrEqualStepsWithRecomputedRewards() {
    HerReplayBuffer b = buffer(4, GoalSelection.FUTURE);
    fill(b);
    int rows = 500;
    Replay.Batch batch = b.sample(rows, NpRandom.of(3));
    int relabelled = (int) (rows * (1 - 1.0 / 5));
    assertEquals(400, relabelled);
    boolean sameStepSeen = false;
    boolean laterStepSeen = false;
    for (int j = 0; j < rows; j++) {
      float id = batch.obs()[j * OBS_DIM];
      float t = batch.obs()[j * OBS_DIM + 1];
      float goalId = batch.obs()[j * OBS_DIM + 2];
      float goalStep = batch.obs()[j * OBS_DIM + 3];
      assertNotEquals(RUNNING, id, "a transition of an unfinished episode was sampled");
      assertEquals(goalId, batch.nextObs()[j * OBS_DIM + 2], "next observation has the same goal");
      assertEquals(goalStep, batch.nextObs()[j * OBS_DIM + 3]);
      if (j < relabelled) {
        assertEquals(id, goalId, "row " + j + ": goal from another episode");
        // The goal is the achieved goal of the next observation of a step t' >= t.
        assertTrue(goalStep >= t + 1 && goalStep <= lengthOf((int) id), "row " + j);
        sameStepSeen |= goalStep == t + 1;
        laterStepSeen |= goalStep > t + 1;
        float nextAchievedStep = batch.nextObs()[j * OBS_DIM + 1];
        double expected = Math.abs(goalStep - nextAchievedStep) > GoalReachEnv.THRESHOLD ? -1 : 0;
        assertEquals(expected, batch.rewards()[j], "row " + j + ": reward recomputed");
      } else {
        assertEquals(UNRELABELLED_GOAL, goalId, "row " + j + " should keep its goal");
        assertEquals(STORED_REWARD, batch.rewards()[j]);
      }
      assertEquals(1f, batch.notDone()[j], "truncated transitions bootstrap");
    }
    assertTrue(sameStepSeen && laterStepSeen);
  }

  @Test
  void overwrittenEpisodesAreDroppedWhole() {
    HerReplayBuffer b = buffer(4, GoalSelection.FUTURE);
    fill(b);
    Replay.Batch batch = b.sample(2000, NpRandom.of(5));
    // Each sub-env wrote 97 transitions into its 40 slots: the last 40 are transitions 57..96,
    // which cut episode 7 (transitions 56..67); episodes 8 to 11 remain, episode 10 (transitions
    // 79..85) wrapping around the end of the slots.
    java.util.Set<Integer> seen = new java.util.TreeSet<>();
    for (int j = 0; j < 2000; j++) {
      int id = (int) batch.obs()[j * OBS_DIM];
      int t = (int) batch.obs()[j * OBS_DIM + 1];
      assertTrue(id % 100 >= 8, "transition " + t + " of overwritten episode " + id);
      seen.add(id);
    }
    assertEquals(java.util.Set.of(8, 9, 10, 11, 108, 109, 110, 111), seen);
  }

  @Test
  void finalAndEpisodeStrategies() {
    HerReplayBuffer fin = buffer(4, GoalSelection.FINAL);
    fill(fin);
    Replay.Batch f = fin.sample(200, NpRandom.of(1));
    HerReplayBuffer whole = buffer(4, GoalSelection.EPISODE);
    fill(whole);
    Replay.Batch e = whole.sample(200, NpRandom.of(1));
    boolean earlierSeen = false;
    for (int j = 0; j < 160; j++) {
      int id = (int) f.obs()[j * OBS_DIM];
      assertEquals(lengthOf(id), f.obs()[j * OBS_DIM + 3], "final: the last achieved goal");
      int t = (int) e.obs()[j * OBS_DIM + 1];
      float goalStep = e.obs()[j * OBS_DIM + 3];
      assertTrue(goalStep >= 1 && goalStep <= lengthOf((int) e.obs()[j * OBS_DIM]));
      earlierSeen |= goalStep < t + 1;
    }
    assertTrue(earlierSeen, "episode strategy also draws earlier steps");
  }

  @Test
  void noRelabellingWithZeroSampledGoals() {
    HerReplayBuffer b = buffer(0, GoalSelection.FUTURE);
    fill(b);
    Replay.Batch batch = b.sample(50, NpRandom.of(2));
    for (int j = 0; j < 50; j++) {
      assertEquals(UNRELABELLED_GOAL, batch.obs()[j * OBS_DIM + 2]);
      assertEquals(STORED_REWARD, batch.rewards()[j]);
    }
  }

  @Test
  void sameSeedSameBatch() {
    HerReplayBuffer b1 = buffer(4, GoalSelection.FUTURE);
    HerReplayBuffer b2 = buffer(4, GoalSelection.FUTURE);
    fill(b1);
    fill(b2);
    Replay.Batch x = b1.sample(64, NpRandom.of(11));
    Replay.Batch y = b2.sample(64, NpRandom.of(11));
    assertArrayEquals(x.obs(), y.obs());
    assertArrayEquals(x.nextObs(), y.nextObs());
    assertArrayEquals(x.rewards(), y.rewards());
    assertArrayEquals(x.actions(), y.actions());
    Replay.Batch z = b1.sample(64, NpRandom.of(12));
    assertFalse(java.util.Arrays.equals(x.obs(), z.obs()));
  }

  @Test
  void nothingToSampleBeforeAnEpisodeEnds() {
    HerReplayBuffer b = buffer(4, GoalSelection.FUTURE);
    addEpisode(b, 0, RUNNING, 4, false);
    assertFalse(b.canSample());
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> b.sample(4, NpRandom.of(0)));
    assertTrue(e.getMessage().contains("learning_starts"), e.getMessage());
  }

  @Test
  void episodeLongerThanItsShareIsAnError() {
    HerReplayBuffer b = buffer(4, GoalSelection.FUTURE);
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> addEpisode(b, 1, RUNNING, CAPACITY, false));
    assertTrue(e.getMessage().contains("buffer_size"), e.getMessage());
  }

  @Test
  void unknownStrategyNamesTheAcceptedOnes() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> GoalSelection.parse("random"));
    assertTrue(e.getMessage().contains("future, final, episode"), e.getMessage());
  }
}
