package dev.jymnasium.robots.manipulators;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jymnasium.env.Step;
import dev.jymnasium.env.goal.GoalEnv;
import dev.jymnasium.env.registry.ConfigBinder;
import dev.jymnasium.env.registry.Gym;
import dev.jymnasium.env.spaces.Box;
import dev.jymnasium.env.spaces.Dict;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** panda-gym's interface: ids, spaces, seeded goals, rewards, termination, saved states. */
class PandaEnvTest {
  static PandaEnv make(PandaTask task, String engine, String control, String reward) {
    Map<String, Object> kwargs = new HashMap<>();
    kwargs.put("engine", engine);
    kwargs.put("control_type", control);
    kwargs.put("reward_type", reward);
    return new PandaEnv("test", task, ConfigBinder.bind(PandaEnv.Config.class, "test", kwargs));
  }

  static float[] part(Map<String, Object> obs, String key) {
    return (float[]) obs.get(key);
  }

  @Test
  void registersTheTwentyFourIdsWithTheirLimitsAndKwargs() {
    int count = 0;
    for (String task : List.of("Reach", "Push", "Slide", "PickAndPlace", "Stack", "Flip")) {
      for (String control : List.of("", "Joints")) {
        for (String reward : List.of("", "Dense")) {
          var spec = Gym.registry().spec("Panda" + task + control + reward + "-v3");
          assertEquals("Stack".equals(task) ? 100 : 50, spec.maxEpisodeSteps());
          assertEquals(reward.isEmpty() ? "sparse" : "dense", spec.kwargs().get("reward_type"));
          assertEquals(control.isEmpty() ? "ee" : "joints", spec.kwargs().get("control_type"));
          count++;
        }
      }
    }
    assertEquals(24, count);
  }

  /** Observation, goal and action sizes of panda-gym v3 (its docs and a run of each id). */
  @Test
  void spacesHavePandaGymsSizes() {
    record Sizes(Supplier<PandaTask> task, int obs, int goal, int eeAction) {}
    List<Sizes> all =
        List.of(
            new Sizes(ReachTask::new, 6, 3, 3),
            new Sizes(() -> new PushTask(PushTask.Variant.PUSH), 18, 3, 3),
            new Sizes(() -> new PushTask(PushTask.Variant.SLIDE), 18, 3, 3),
            new Sizes(() -> new PushTask(PushTask.Variant.PICK_AND_PLACE), 19, 3, 4),
            new Sizes(StackTask::new, 31, 6, 4),
            new Sizes(FlipTask::new, 20, 4, 4));
    for (Sizes s : all) {
      for (String control : List.of("ee", "joints")) {
        try (PandaEnv env = make(s.task().get(), "ode4j", control, "sparse")) {
          Dict space = (Dict) env.observationSpace();
          assertEquals(
              List.of(GoalEnv.ACHIEVED_GOAL, GoalEnv.DESIRED_GOAL, GoalEnv.OBSERVATION),
              space.keys());
          assertEquals(s.obs(), ((Box<?>) space.get(GoalEnv.OBSERVATION)).shape()[0]);
          assertEquals(s.goal(), ((Box<?>) space.get(GoalEnv.DESIRED_GOAL)).shape()[0]);
          assertEquals(s.goal(), env.goalDim());
          int action = s.eeAction() + ("joints".equals(control) ? 4 : 0);
          assertEquals(action, env.actionSpace().shape()[0]);
        }
      }
    }
  }

  /**
   * Seed 0 goals and first achieved goals of panda-gym v3, printed by {@code
   * gym.make(id).reset(seed=0)} for each task (panda-gym 10c4d8a, pybullet 3.2.7, numpy 2.4): the
   * same numpy draws in the same order.
   */
  @Test
  void seedZeroGoalsAndObjectsArePandaGyms() {
    Map<Supplier<PandaTask>, float[][]> expected = new HashMap<>();
    expected.put(
        ReachTask::new,
        new float[][] {{0.041088507f, -0.069063984f, 0.012292057f}, {0.03843967f, 0, 0.19740014f}});
    expected.put(
        () -> new PushTask(PushTask.Variant.PUSH),
        new float[][] {{0.041088507f, -0.069063984f, 0.02f}, {-0.145041704f, 0.093981072f, 0.02f}});
    expected.put(
        () -> new PushTask(PushTask.Variant.SLIDE),
        new float[][] {{0.441088498f, -0.069063984f, 0.03f}, {-0.145041704f, 0.093981072f, 0.03f}});
    expected.put(
        () -> new PushTask(PushTask.Variant.PICK_AND_PLACE),
        new float[][] {{0.041088507f, -0.069063984f, 0.02f}, {0.093981072f, 0.123826675f, 0.02f}});
    expected.put(
        StackTask::new,
        new float[][] {
          {0.041088507f, -0.069063984f, 0.02f, 0.041088507f, -0.069063984f, 0.06f},
          {-0.145041704f, 0.093981072f, 0.02f, 0.031990733f, 0.068848968f, 0.06f}
        });
    expected.put(
        FlipTask::new,
        new float[][] {{0.186516881f, -0.195973456f, 0.950047076f, 0.15561606f}, {0, 0, 0, 1}});
    expected.forEach(
        (task, values) -> {
          try (PandaEnv env = make(task.get(), "ode4j", "ee", "sparse")) {
            Map<String, Object> obs = env.reset(0L, null).observation();
            assertArrayEquals(values[0], part(obs, GoalEnv.DESIRED_GOAL), 1e-6f);
            assertArrayEquals(values[1], part(obs, GoalEnv.ACHIEVED_GOAL), 1e-6f);
          }
        });
  }

  @ParameterizedTest
  @ValueSource(strings = {"sparse", "dense"})
  void rewardIsTheGoalRewardAndSuccessTerminates(String reward) {
    try (PandaEnv env = make(new ReachTask(), "ode4j", "ee", reward)) {
      env.reset(1L, null);
      boolean succeeded = false;
      for (int t = 0; t < 50 && !succeeded; t++) {
        Map<String, Object> before = env.reset(null, null).observation();
        Step<Map<String, Object>> step = env.step(towards(before));
        Map<String, Object> obs = step.observation();
        float[] achieved = part(obs, GoalEnv.ACHIEVED_GOAL);
        float[] desired = part(obs, GoalEnv.DESIRED_GOAL);
        assertEquals(env.computeReward(achieved, desired, step.info()), step.reward(), 0);
        double d = GoalEnv.distance(achieved, desired, 0, 3);
        boolean success = (Boolean) step.info().get(PandaEnv.IS_SUCCESS);
        assertEquals(d < 0.05, success);
        assertEquals(success, step.terminated());
        double expected =
            "dense".equals(reward) ? -(float) (Math.rint(d * 1e6) / 1e6) : d > 0.05 ? -1 : 0;
        assertEquals(expected, step.reward(), 1e-6);
        succeeded = success;
      }
    }
  }

  @Test
  void computeRewardsRelabelsBatches() {
    try (PandaEnv sparse = make(new ReachTask(), "ode4j", "ee", "sparse");
        PandaEnv dense = make(new ReachTask(), "ode4j", "ee", "dense")) {
      float[] achieved = {0, 0, 0, 0, 0, 0, 0, 0, 0};
      float[] desired = {0.03f, 0, 0, 0.05f, 0, 0, 0, 0.3f, 0.4f};
      double[] out = new double[3];
      sparse.computeRewards(achieved, desired, List.of(Map.of(), Map.of(), Map.of()), out);
      // The threshold itself counts as reached for the reward, not for success (panda-gym).
      assertArrayEquals(new double[] {0, 0, -1}, out, 0);
      dense.computeRewards(achieved, desired, List.of(Map.of(), Map.of(), Map.of()), out);
      assertArrayEquals(new double[] {-0.03, -0.05, -0.5}, out, 1e-7);
      assertThrows(
          IllegalArgumentException.class,
          () -> sparse.computeRewards(new float[4], new float[4], List.of(), out));
    }
  }

  @Test
  void flipDistanceIgnoresTheQuaternionSign() {
    FlipTask task = new FlipTask();
    float[] q = {0.5f, 0.5f, 0.5f, 0.5f};
    float[] minusQ = {-0.5f, -0.5f, -0.5f, -0.5f};
    float[] halfTurnApart = {0, 0, 0, 1};
    float[] aboutX = {1, 0, 0, 0};
    assertEquals(0, task.distance(q, minusQ, 0), 1e-7);
    assertEquals(1, task.distance(halfTurnApart, aboutX, 0), 1e-7);
  }

  /** An ee action towards the desired goal, clipped to the unit box. */
  static float[] towards(Map<String, Object> obs) {
    float[] ee = part(obs, GoalEnv.OBSERVATION);
    float[] goal = part(obs, GoalEnv.DESIRED_GOAL);
    float[] action = new float[3];
    for (int k = 0; k < 3; k++) {
      action[k] = Math.max(-1, Math.min(1, (goal[k] - ee[k]) / 0.05f));
    }
    return action;
  }

  @ParameterizedTest
  @ValueSource(strings = {"ode4j", "jbullet"})
  void eeControlReachesTheGoal(String engine) {
    try (PandaEnv env = make(new ReachTask(), engine, "ee", "sparse")) {
      for (long seed = 0; seed < 3; seed++) {
        Map<String, Object> obs = env.reset(seed, null).observation();
        boolean success = false;
        for (int t = 0; t < 50 && !success; t++) {
          Step<Map<String, Object>> step = env.step(towards(obs));
          obs = step.observation();
          success = step.terminated();
        }
        assertTrue(success, engine + " seed " + seed + " ends at " + List.of(obs.values()));
      }
    }
  }

  /**
   * Joint control moves joint 1 by about 0.0414 rad per full action: panda-gym's joint 1 reads
   * 0.41448 after 10 steps of {@code a = (1, 0, …, 0)} from neutral (PandaReachJoints-v3, seed 0),
   * the servo covering most of the 0.05 rad step within the 0.04 s.
   */
  @ParameterizedTest
  @ValueSource(strings = {"ode4j", "jbullet"})
  void jointControlMovesAJointAsPandaGymDoes(String engine) {
    try (PandaEnv env = make(new ReachTask(), engine, "joints", "sparse")) {
      env.reset(0L, null);
      float[] action = {1, 0, 0, 0, 0, 0, 0};
      for (int t = 0; t < 10; t++) {
        env.step(action);
      }
      // JBullet's iteratively solved motors overshoot by about 0.05 rad over the 10 steps.
      double tolerance = "ode4j".equals(engine) ? 0.02 : 0.07;
      assertEquals(0.41448, env.arm().jointPosition(0), tolerance, engine);
    }
  }

  @Test
  void outOfRangeActionsAreClippedAndNanIsRejected() {
    try (PandaEnv a = make(new ReachTask(), "ode4j", "ee", "sparse");
        PandaEnv b = make(new ReachTask(), "ode4j", "ee", "sparse")) {
      a.reset(0L, null);
      b.reset(0L, null);
      float[] wild = part(a.step(new float[] {5, -3, 2}).observation(), GoalEnv.OBSERVATION);
      float[] unit = part(b.step(new float[] {1, -1, 1}).observation(), GoalEnv.OBSERVATION);
      assertArrayEquals(unit, wild, 0);
      assertThrows(IllegalArgumentException.class, () -> a.step(new float[] {Float.NaN, 0, 0}));
      assertThrows(IllegalArgumentException.class, () -> a.step(new float[] {0, 0}));
    }
  }

  @Test
  void restoredStateReplaysTheSameStepsAndGoal() {
    try (PandaEnv env =
        make(new PushTask(PushTask.Variant.PICK_AND_PLACE), "ode4j", "ee", "sparse")) {
      env.reset(4L, null);
      float[] action = {0.3f, -0.2f, -0.5f, 0.7f};
      env.step(action);
      int id = env.saveState();
      double[] goal = env.goal();
      float[] first = part(env.step(action).observation(), GoalEnv.OBSERVATION);
      env.reset(5L, null);
      env.restoreState(id);
      assertArrayEquals(goal, env.goal(), 0);
      float[] again = part(env.step(action).observation(), GoalEnv.OBSERVATION);
      assertArrayEquals(first, again, 0);
      env.removeState(id);
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> env.restoreState(id));
      assertTrue(e.getMessage().contains("no saved state with id " + id), e.getMessage());
    }
  }
}
