package dev.jymnasium.env.checker;

import dev.jymnasium.env.Env;
import dev.jymnasium.env.Reset;
import dev.jymnasium.env.Step;
import dev.jymnasium.env.goal.GoalEnv;
import dev.jymnasium.env.spaces.Box;
import dev.jymnasium.env.spaces.Dict;
import dev.jymnasium.env.spaces.Space;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A 2-D point that should reach a goal: the action (Box [-1, 1]^2) moves it by a tenth, clipped to
 * the unit square; the goal is drawn uniformly in the square at reset; sparse reward {@code
 * -(distance > 0.1)} as Gymnasium-Robotics' Fetch envs; {@code is_success} when within 0.1. With a
 * {@link Flaw} it breaks exactly one rule of the {@link GoalEnv} contract.
 */
final class PointGoalEnv extends Env<Map<String, Object>, float[]> implements GoalEnv {
  static final double THRESHOLD = 0.1;

  /** The one rule a variant breaks. */
  enum Flaw {
    NONE,
    NO_DESIRED_GOAL_KEY,
    GOAL_DIM_MISMATCH,
    STEP_REWARD_NOT_COMPUTE_REWARD,
    BATCH_DIFFERS_FROM_SINGLE,
    BATCH_MODIFIES_INPUTS,
    TERMINATED_NOT_COMPUTE_TERMINATED,
    TRUNCATED_IGNORED,
    NO_IS_SUCCESS,
    IS_SUCCESS_NOT_A_NUMBER
  }

  private final Flaw flaw;
  private final Dict observationSpace;
  private final Box<float[]> actionSpace = Box.float32(-1, 1, 2);
  private final float[] position = new float[2];
  private final float[] goal = new float[2];
  private final Step<Map<String, Object>> step = new Step<>();

  PointGoalEnv(Flaw flaw) {
    this.flaw = flaw;
    Box<float[]> square = Box.float32(-1, 1, 2);
    this.observationSpace =
        flaw == Flaw.NO_DESIRED_GOAL_KEY
            ? Dict.ordered(OBSERVATION, square, ACHIEVED_GOAL, square)
            : Dict.ordered(OBSERVATION, square, ACHIEVED_GOAL, square, DESIRED_GOAL, square);
  }

  @Override
  public Space<Map<String, Object>> observationSpace() {
    return observationSpace;
  }

  @Override
  public Space<float[]> actionSpace() {
    return actionSpace;
  }

  @Override
  public int goalDim() {
    return flaw == Flaw.GOAL_DIM_MISMATCH ? 3 : 2;
  }

  @Override
  public void computeRewards(
      float[] achieved, float[] desired, List<Map<String, Object>> infos, double[] out) {
    for (int i = 0; i < infos.size(); i++) {
      double far = GoalEnv.distance(achieved, desired, i, 2) > THRESHOLD ? 1 : 0;
      out[i] = flaw == Flaw.BATCH_DIFFERS_FROM_SINGLE && infos.size() > 1 ? -2 * far : -far;
    }
    if (flaw == Flaw.BATCH_MODIFIES_INPUTS) {
      desired[0] = 0.5f;
    }
  }

  @Override
  public boolean computeTerminated(float[] achieved, float[] desired, Map<String, Object> info) {
    return flaw == Flaw.TERMINATED_NOT_COMPUTE_TERMINATED;
  }

  @Override
  public boolean computeTruncated(float[] achieved, float[] desired, Map<String, Object> info) {
    return flaw == Flaw.TRUNCATED_IGNORED;
  }

  @Override
  protected Reset<Map<String, Object>> doReset(Long seed, Map<String, Object> options) {
    position[0] = 0;
    position[1] = 0;
    goal[0] = (float) npRandom().uniform(-1, 1);
    goal[1] = (float) npRandom().uniform(-1, 1);
    return new Reset<>(observation(), Map.of());
  }

  @Override
  protected Step<Map<String, Object>> doStep(float[] action) {
    for (int k = 0; k < 2; k++) {
      position[k] = Math.max(-1f, Math.min(1f, position[k] + 0.1f * action[k]));
    }
    Map<String, Object> info = new HashMap<>();
    boolean success = GoalEnv.distance(position, goal, 0, 2) <= THRESHOLD;
    if (flaw == Flaw.IS_SUCCESS_NOT_A_NUMBER) {
      info.put(IS_SUCCESS, "yes");
    } else if (flaw != Flaw.NO_IS_SUCCESS) {
      info.put(IS_SUCCESS, success);
    }
    double reward = computeReward(position.clone(), goal.clone(), info);
    if (flaw == Flaw.STEP_REWARD_NOT_COMPUTE_REWARD) {
      reward += 1;
    }
    return step.set(observation(), reward, false, false, info);
  }

  private Map<String, Object> observation() {
    Map<String, Object> obs = new HashMap<>();
    obs.put(OBSERVATION, position.clone());
    obs.put(ACHIEVED_GOAL, position.clone());
    if (flaw != Flaw.NO_DESIRED_GOAL_KEY) {
      obs.put(DESIRED_GOAL, goal.clone());
    }
    return obs;
  }
}
