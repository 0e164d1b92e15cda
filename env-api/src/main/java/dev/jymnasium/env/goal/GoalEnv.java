package dev.jymnasium.env.goal;

import dev.jymnasium.env.Env;
import dev.jymnasium.env.spaces.Dict;
import dev.jymnasium.env.spaces.Space;
import java.util.List;
import java.util.Map;

/**
 * A goal-conditioned env (Gymnasium-Robotics' {@code GoalEnv}, Farama-Foundation/Gymnasium-Robotics
 * {@code gymnasium_robotics/core.py}): observations are Dicts with {@value #OBSERVATION}, {@value
 * #ACHIEVED_GOAL} and {@value #DESIRED_GOAL}, and the reward is a function of the two goals that
 * can be recomputed for relabelled goals in batches (hindsight experience replay).
 *
 * <p>The contract, verified by {@link dev.jymnasium.env.checker.EnvChecker} for every env that
 * implements this interface:
 *
 * <ul>
 *   <li>the observation space is a {@code Dict} with the three keys, and both goal entries are Box
 *       spaces of {@link #goalDim()} values;
 *   <li>the reward {@code step} returns equals {@code computeReward(achieved, desired, info)} of
 *       its observation and info, its {@code terminated} equals {@link #computeTerminated}, and it
 *       is truncated whenever {@link #computeTruncated} says so (a TimeLimit may truncate too);
 *   <li>{@link #computeRewards} on a batch gives, row by row, the rewards of {@link #computeReward}
 *       ({@code (B, g)} goals give {@code B} rewards) and leaves its inputs unchanged;
 *   <li>every step's info holds {@value #IS_SUCCESS}, a {@code Boolean} (panda-gym) or a 1.0/0.0
 *       number (Gymnasium-Robotics' Fetch envs).
 * </ul>
 *
 * <p>An env implements this interface on its unwrapped class; code that holds a wrapped env finds
 * it with {@link #of}.
 */
public interface GoalEnv {
  String OBSERVATION = "observation";
  String ACHIEVED_GOAL = "achieved_goal";
  String DESIRED_GOAL = "desired_goal";

  /** The info key saying whether the achieved goal is within tolerance of the desired one. */
  String IS_SUCCESS = "is_success";

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
   * The goal env behind an env and its wrappers, or null when the unwrapped env is not one.
   *
   * @param env any env (wrapped or not); null gives null
   */
  static GoalEnv of(Env<?, ?> env) {
    return env != null && env.unwrapped() instanceof GoalEnv goal ? goal : null;
  }

  /**
   * The value of {@value #IS_SUCCESS} in an info map as 1 or 0: {@code true} or a non-zero number
   * counts as a success.
   *
   * @throws IllegalArgumentException when the key is missing or holds neither a Boolean nor a
   *     number
   */
  static double successOf(Map<String, ?> info) {
    Object v = info == null ? null : info.get(IS_SUCCESS);
    if (v instanceof Boolean b) {
      return b ? 1 : 0;
    }
    if (v instanceof Number n) {
      return n.doubleValue() != 0 ? 1 : 0;
    }
    throw new IllegalArgumentException(
        "a goal env's info needs '"
            + IS_SUCCESS
            + "' as a Boolean or a 1.0/0.0 number, got "
            + (v == null ? "no such key" : v + " (" + v.getClass().getSimpleName() + ")")
            + " in "
            + info);
  }

  /**
   * One goal of a goal observation as a fresh {@code float[]}.
   *
   * @param observation a {@code Map} from a goal env's observation space
   * @param key {@link #ACHIEVED_GOAL} or {@link #DESIRED_GOAL}
   * @throws IllegalArgumentException when the observation is not a map or the entry is not a float
   *     or double array
   */
  static float[] goal(Object observation, String key) {
    Object v = observation instanceof Map<?, ?> m ? m.get(key) : null;
    if (v instanceof float[] f) {
      return f.clone();
    }
    if (v instanceof double[] d) {
      float[] f = new float[d.length];
      for (int i = 0; i < d.length; i++) {
        f[i] = (float) d[i];
      }
      return f;
    }
    throw new IllegalArgumentException(
        "a goal observation needs '"
            + key
            + "' as a float[] or double[], got "
            + Space.format(observation));
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
