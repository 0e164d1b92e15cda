package dev.jymnasium.env.checker;

import dev.jymnasium.env.Env;
import dev.jymnasium.env.Step;
import dev.jymnasium.env.goal.GoalEnv;
import dev.jymnasium.env.spaces.Box;
import dev.jymnasium.env.spaces.Dict;
import dev.jymnasium.env.spaces.Space;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The checks of the {@link GoalEnv} contract, run by {@link EnvChecker} for envs whose unwrapped
 * class implements it (the goal-env checks of SB3's {@code check_env}, {@code _check_goal_env_obs}
 * and {@code _check_goal_env_compute_reward}, extended to terminations, truncations, {@code
 * is_success} and batches of more than one goal pair).
 */
final class GoalEnvChecks {
  /** Steps of the checked rollout (fewer when the episode ends first). */
  static final int STEPS = 10;

  /** Seed of the checked rollout and of its actions. */
  static final long SEED = 7;

  private GoalEnvChecks() {}

  /** The goals and info of one step of the checked rollout. */
  private record GoalStep(float[] achieved, float[] desired, Map<String, Object> info) {}

  /**
   * Runs the checks on {@code env} (which may be wrapped; {@code goal} is its unwrapped env), each
   * broken rule reported once through {@code fail}.
   */
  static <O, A> void check(Env<O, A> env, GoalEnv goal, Consumer<String> fail) {
    if (!checkSpaces(env.observationSpace(), goal, fail)) {
      return;
    }
    List<GoalStep> steps = rollout(env, goal, fail);
    checkBatch(goal, steps, fail);
  }

  /** The Dict keys and the goal Boxes of {@link GoalEnv#goalDim()} values. */
  private static boolean checkSpaces(Space<?> space, GoalEnv goal, Consumer<String> fail) {
    try {
      GoalEnv.requireGoalSpace(space);
    } catch (IllegalArgumentException e) {
      fail.accept(e.getMessage());
      return false;
    }
    Dict dict = (Dict) space;
    int dim = goal.goalDim();
    boolean ok = true;
    for (String key : List.of(GoalEnv.ACHIEVED_GOAL, GoalEnv.DESIRED_GOAL)) {
      Space<?> sub = dict.spaces().get(key);
      if (!(sub instanceof Box<?> box) || box.size() != dim) {
        fail.accept(
            "The goal env's '"
                + key
                + "' space must be a Box of goalDim() = "
                + dim
                + " values, got "
                + sub);
        ok = false;
      }
    }
    return ok;
  }

  /**
   * Steps a seeded episode with sampled actions and checks each step against {@code computeReward},
   * {@code computeTerminated}, {@code computeTruncated} and {@code is_success}.
   */
  private static <O, A> List<GoalStep> rollout(Env<O, A> env, GoalEnv goal, Consumer<String> fail) {
    List<GoalStep> steps = new ArrayList<>();
    List<String> broken = new ArrayList<>();
    env.reset(SEED, null);
    env.actionSpace().seed(SEED);
    for (int t = 0; t < STEPS; t++) {
      Step<O> s = env.step(env.actionSpace().sample());
      Map<String, Object> info = s.info() == null ? Map.of() : Map.copyOf(s.info());
      float[] achieved = GoalEnv.goal(s.observation(), GoalEnv.ACHIEVED_GOAL);
      float[] desired = GoalEnv.goal(s.observation(), GoalEnv.DESIRED_GOAL);
      steps.add(new GoalStep(achieved, desired, info));
      String where = " (step " + (t + 1) + " of a rollout after reset(" + SEED + "))";
      double expected = goal.computeReward(achieved.clone(), desired.clone(), info);
      if (!EnvChecker.close(s.reward(), expected)) {
        report(
            broken,
            "reward",
            "The reward of step() must equal computeReward(achieved_goal, desired_goal, info): "
                + s.reward()
                + " vs "
                + expected
                + where,
            fail);
      }
      boolean terminated = goal.computeTerminated(achieved.clone(), desired.clone(), info);
      if (s.terminated() != terminated) {
        report(
            broken,
            "terminated",
            "The terminated flag of step() must equal computeTerminated(achieved_goal, "
                + "desired_goal, info): "
                + s.terminated()
                + " vs "
                + terminated
                + where,
            fail);
      }
      if (goal.computeTruncated(achieved.clone(), desired.clone(), info) && !s.truncated()) {
        report(
            broken,
            "truncated",
            "step() must truncate when computeTruncated(achieved_goal, desired_goal, info) is "
                + "true, but it did not"
                + where,
            fail);
      }
      try {
        GoalEnv.successOf(info);
      } catch (IllegalArgumentException e) {
        report(broken, "is_success", e.getMessage() + where, fail);
      }
      if (s.done()) {
        break;
      }
    }
    return steps;
  }

  /** Reports the first breach of each rule only, so a rollout gives one message per rule. */
  private static void report(
      List<String> broken, String rule, String message, Consumer<String> fail) {
    if (!broken.contains(rule)) {
      broken.add(rule);
      fail.accept(message);
    }
  }

  /**
   * {@code computeRewards} on the rollout's goal pairs and on mixed pairs (achieved goal of one
   * step, desired goal of another, as hindsight relabelling makes them) equals {@code
   * computeReward} row by row and does not modify its inputs.
   */
  private static void checkBatch(GoalEnv goal, List<GoalStep> steps, Consumer<String> fail) {
    int n = steps.size();
    int dim = goal.goalDim();
    int rows = 2 * n;
    float[] achieved = new float[rows * dim];
    float[] desired = new float[rows * dim];
    List<Map<String, Object>> infos = new ArrayList<>(rows);
    for (int i = 0; i < rows; i++) {
      GoalStep own = steps.get(i % n);
      GoalStep other = i < n ? own : steps.get(n - 1 - i % n);
      System.arraycopy(own.achieved(), 0, achieved, i * dim, dim);
      System.arraycopy(other.desired(), 0, desired, i * dim, dim);
      infos.add(own.info());
    }
    float[] achievedCopy = achieved.clone();
    float[] desiredCopy = desired.clone();
    double[] batch = new double[rows];
    goal.computeRewards(achieved, desired, infos, batch);
    if (!Arrays.equals(achieved, achievedCopy) || !Arrays.equals(desired, desiredCopy)) {
      fail.accept("computeRewards must not modify the goals it is given");
      return;
    }
    for (int i = 0; i < rows; i++) {
      float[] a = Arrays.copyOfRange(achievedCopy, i * dim, (i + 1) * dim);
      float[] d = Arrays.copyOfRange(desiredCopy, i * dim, (i + 1) * dim);
      double single = goal.computeReward(a, d, infos.get(i));
      if (!EnvChecker.close(batch[i], single)) {
        fail.accept(
            "computeRewards on a batch of "
                + rows
                + " goal pairs must give computeReward of each pair: row "
                + i
                + " gave "
                + batch[i]
                + ", computeReward "
                + single
                + " (achieved "
                + Arrays.toString(a)
                + ", desired "
                + Arrays.toString(d)
                + ")");
        return;
      }
    }
  }
}
