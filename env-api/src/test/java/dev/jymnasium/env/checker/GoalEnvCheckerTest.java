package dev.jymnasium.env.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jymnasium.env.checker.PointGoalEnv.Flaw;
import dev.jymnasium.env.goal.GoalEnv;
import dev.jymnasium.env.wrappers.TimeLimit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GoalEnvCheckerTest {
  private static CheckReport check(Flaw flaw) {
    return EnvChecker.check(new PointGoalEnv(flaw), true, true);
  }

  @Test
  void wellBehavedGoalEnvPasses() {
    CheckReport report = check(Flaw.NONE);
    assertTrue(report.failures().isEmpty(), report.format());
  }

  @Test
  void wrappedGoalEnvIsCheckedThroughItsWrappers() {
    CheckReport report =
        EnvChecker.check(new TimeLimit<>(new PointGoalEnv(Flaw.NONE), 50), true, true);
    assertTrue(report.failures().isEmpty(), report.format());
    CheckReport broken =
        EnvChecker.check(
            new TimeLimit<>(new PointGoalEnv(Flaw.STEP_REWARD_NOT_COMPUTE_REWARD), 50), true, true);
    assertTrue(broken.failures().stream().anyMatch(m -> m.contains("computeReward")));
  }

  /** Each broken rule is a failure whose message names the rule. */
  @ParameterizedTest
  @CsvSource(
      quoteCharacter = '"',
      value = {
        "NO_DESIRED_GOAL_KEY, lacks the key 'desired_goal'",
        "GOAL_DIM_MISMATCH, 'desired_goal' space must be a Box of goalDim() = 3 values",
        "STEP_REWARD_NOT_COMPUTE_REWARD, reward of step() must equal computeReward",
        "BATCH_DIFFERS_FROM_SINGLE, computeRewards on a batch of",
        "BATCH_MODIFIES_INPUTS, must not modify the goals",
        "TERMINATED_NOT_COMPUTE_TERMINATED, must equal computeTerminated",
        "TRUNCATED_IGNORED, must truncate when computeTruncated",
        "NO_IS_SUCCESS, 'is_success' as a Boolean or a 1.0/0.0 number, got no such key",
        "IS_SUCCESS_NOT_A_NUMBER, got yes (String)"
      })
  void brokenRuleIsAFailure(Flaw flaw, String expected) {
    CheckReport report = check(flaw);
    List<String> goalFailures =
        report.failures().stream().filter(m -> m.contains(expected)).toList();
    assertEquals(1, goalFailures.size(), report.format());
    assertTrue(report.failures().size() <= 2, report.format());
  }

  @Test
  void firstResetOfAGoalEnvWithoutTheGoalKeysFails() {
    PointGoalEnv env = new PointGoalEnv(Flaw.NO_DESIRED_GOAL_KEY);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> env.reset(0));
    assertTrue(e.getMessage().contains("'desired_goal'"), e.getMessage());
  }

  @Test
  void successOfAcceptsBooleansAndNumbers() {
    assertEquals(1, GoalEnv.successOf(Map.of(GoalEnv.IS_SUCCESS, true)));
    assertEquals(0, GoalEnv.successOf(Map.of(GoalEnv.IS_SUCCESS, false)));
    assertEquals(1, GoalEnv.successOf(Map.of(GoalEnv.IS_SUCCESS, 1.0)));
    assertEquals(0, GoalEnv.successOf(Map.of(GoalEnv.IS_SUCCESS, 0.0f)));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> GoalEnv.successOf(Map.of()));
    assertTrue(e.getMessage().contains("is_success"), e.getMessage());
  }

  @Test
  void ofFindsTheGoalEnvBehindWrappers() {
    PointGoalEnv env = new PointGoalEnv(Flaw.NONE);
    assertSame(env, GoalEnv.of(new TimeLimit<>(env, 5)));
    assertNull(GoalEnv.of(new CheckerTestEnvs.Walk()));
  }

  @Test
  void goalCopiesFloatAndDoubleEntries() {
    float[] f = {1f, 2f};
    float[] got = GoalEnv.goal(Map.of(GoalEnv.DESIRED_GOAL, f), GoalEnv.DESIRED_GOAL);
    assertEquals(2f, got[1]);
    got[1] = 5f;
    assertEquals(2f, f[1]);
    assertEquals(
        0.5f, GoalEnv.goal(Map.of(GoalEnv.ACHIEVED_GOAL, new double[] {0.5}), "achieved_goal")[0]);
    assertThrows(
        IllegalArgumentException.class,
        () -> GoalEnv.goal(Map.of(GoalEnv.OBSERVATION, f), GoalEnv.DESIRED_GOAL));
  }
}
