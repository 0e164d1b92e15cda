package dev.jymnasium.baselines;

import dev.jymnasium.env.Env;
import dev.jymnasium.env.Reset;
import dev.jymnasium.env.Step;
import dev.jymnasium.env.goal.GoalEnv;
import dev.jymnasium.env.spaces.Box;
import dev.jymnasium.env.spaces.Dict;
import dev.jymnasium.env.spaces.Space;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A 2-D point-reach goal env: the point starts at the origin, the goal is drawn uniformly in [-1,
 * 1]^2, the action (Box [-1, 1]^2) moves the point by {@value #STEP_SIZE} of it, clipped to the
 * square. Sparse reward {@code -(distance > 0.1)} and {@code is_success} within 0.1, as
 * Gymnasium-Robotics' Fetch envs; never terminates (its spec's TimeLimit truncates).
 */
public final class GoalReachEnv extends Env<Map<String, Object>, float[]> implements GoalEnv {
  /** Success radius. */
  public static final double THRESHOLD = 0.1;

  /** Displacement of a full action. */
  public static final float STEP_SIZE = 0.2f;

  private final Box<float[]> square = Box.float32(-1, 1, 2);
  private final Dict observationSpace =
      Dict.ordered(OBSERVATION, square, ACHIEVED_GOAL, square, DESIRED_GOAL, square);
  private final Box<float[]> actionSpace = Box.float32(-1, 1, 2);
  private final float[] position = new float[2];
  private final float[] goal = new float[2];
  private final Step<Map<String, Object>> step = new Step<>();

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
    return 2;
  }

  @Override
  public void computeRewards(
      float[] achieved, float[] desired, List<Map<String, Object>> infos, double[] out) {
    for (int i = 0; i < infos.size(); i++) {
      out[i] = GoalEnv.distance(achieved, desired, i, 2) > THRESHOLD ? -1 : 0;
    }
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
      position[k] = Math.max(-1f, Math.min(1f, position[k] + STEP_SIZE * action[k]));
    }
    Map<String, Object> info =
        Map.of(IS_SUCCESS, GoalEnv.distance(position, goal, 0, 2) <= THRESHOLD);
    double reward = computeReward(position.clone(), goal.clone(), info);
    return step.set(observation(), reward, false, false, info);
  }

  private Map<String, Object> observation() {
    Map<String, Object> obs = new LinkedHashMap<>();
    obs.put(OBSERVATION, position.clone());
    obs.put(ACHIEVED_GOAL, position.clone());
    obs.put(DESIRED_GOAL, goal.clone());
    return obs;
  }
}
