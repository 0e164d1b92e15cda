package dev.jymnasium.env.goal;

import dev.jymnasium.env.spaces.Dict;
import dev.jymnasium.env.spaces.Space;
import java.util.List;
import java.util.Map;

/**
 * A goal-conditioned env (Gymnasium-Robotics' {@code GoalEnv}): observations are Dicts with {@value
 * #OBSERVATION}, {@value #ACHIEVED_GOAL} and {@value #DESIRED_GOAL}, and the reward is a function
 * of the two goals that can be recomputed for relabelled goals in batches (hindsight experience
 * replay). Invariant: the reward {@code step} returns equals {@code computeReward(achieved,
 * desired, info)} of its observation.
 */
public interface GoalEnv {
  String OBSERVATION = "observation";
  String ACHIEVED_GOAL = "achieved_goal";
  String DESIRED_GOAL = "desired_goal";

  /** Length of one goal vector. */
  int goalDim();

  /**
   * Rewards of a batch of goal pairs.
   *
   * @param achieved {@code batch * goalDim()} values, row-major
   * @param desired same layout as {@code achieved}
   * @param infos one info map per pair (may be empty maps)
   * @param out receives {@code batch} rewards
   */
  void computeRewards(
      float[] achieved, float[] desired, List<Map<String, Object>> infos, double[] out);

  /** The reward of a single goal pair. */
  default double computeReward(float[] achieved, float[] desired, Map<String, Object> info) {
    double[] out = new double[1];
    computeRewards(achieved, desired, List.of(info), out);
    return out[0];
  }

  /** Whether reaching {@code achieved} for {@code desired} ends the episode (default: never). */
  default boolean computeTerminated(float[] achieved, float[] desired, Map<String, Object> info) {
    return false;
  }

  /** Whether the episode is cut for the goal pair (default: never; the TimeLimit truncates). */
  default boolean computeTruncated(float[] achieved, float[] desired, Map<String, Object> info) {
    return false;
  }

  /** Euclidean distance between goal {@code i} of two row-major batches of {@code dim}-vectors. */
  static double distance(float[] a, float[] b, int i, int dim) {
    double sum = 0;
    for (int k = i * dim; k < (i + 1) * dim; k++) {
      double d = (double) a[k] - b[k];
      sum += d * d;
    }
    return Math.sqrt(sum);
  }

  /**
   * Checks that an observation space has the three goal keys.
   *
   * @throws IllegalArgumentException naming the missing key
   */
  static void requireGoalSpace(Space<?> observationSpace) {
    if (!(observationSpace instanceof Dict dict)) {
      throw new IllegalArgumentException(
          "a GoalEnv needs a Dict observation space, got " + observationSpace);
    }
    for (String key : List.of(OBSERVATION, ACHIEVED_GOAL, DESIRED_GOAL)) {
      if (!dict.keys().contains(key)) {
        throw new IllegalArgumentException(
            "a GoalEnv observation space lacks the key '" + key + "': " + observationSpace);
      }
    }
  }
}
