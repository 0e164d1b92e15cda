package dev.jymnasium.baselines.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The suite loader and task ids. */
class SuitesTest {
  @Test
  void shippedSuitesLoad() {
    assertTrue(
        Suites.names().containsAll(List.of("classic-control", "mujoco-v5")), "" + Suites.names());
    Suite cc = Suites.load("classic-control");
    assertEquals(4, cc.envs().size());
    assertEquals(Set.of("ppo", "dqn", "sac"), cc.algorithms().keySet());
    // CartPole, Acrobot, MountainCar: ppo+dqn; Pendulum: ppo+sac; 5 seeds
    assertEquals(8 * 5, cc.tasks().size());
    Suite mj = Suites.load("mujoco-v5");
    assertEquals(4 * 2 * 5, mj.tasks().size());
  }

  @Test
  void unknownNameListsTheKnownSuites() {
    SuiteException e = assertThrows(SuiteException.class, () -> Suites.load("no-such-suite"));
    assertTrue(e.getMessage().contains("no-such-suite"), e.getMessage());
    assertTrue(e.getMessage().contains("classic-control"), e.getMessage());
    assertTrue(e.getMessage().contains("mujoco-v5"), e.getMessage());
  }

  @Test
  void malformedFileNamesTheField() {
    String ok =
        "{\"name\":\"s\",\"seeds\":[0],\"algorithms\":{\"ppo\":{}},"
            + "\"envs\":[{\"id\":\"CartPole-v1\",\"budget\":{\"ppo\":1000}}]}";
    assertEquals(1, Suites.parse("s", ok).tasks().size());
    assertMessage("envs[0].budget.ppo", ok.replace("\"ppo\":1000", "\"ppo\":\"many\""));
    assertMessage("envs[0].budget.dqn", ok.replace("\"ppo\":1000", "\"dqn\":1000"));
    assertMessage("seeds[0]", ok.replace("[0]", "[-1]"));
    assertMessage("envs[0].id", ok.replace("\"id\":\"CartPole-v1\",", ""));
    assertMessage("field algorithms is missing", ok.replace("\"algorithms\"", "\"algos\""));
    assertMessage("eval.episodes", ok.replace("\"seeds\"", "\"eval\":{\"episodes\":0},\"seeds\""));
    assertMessage("not valid JSON", ok.substring(0, ok.length() - 3));
    assertMessage("(top level) must be a JSON object", "[1, 2]");
  }

  private static void assertMessage(String part, String json) {
    SuiteException e = assertThrows(SuiteException.class, () -> Suites.parse("s", json));
    assertTrue(e.getMessage().contains(part), e.getMessage());
  }

  @Test
  void taskIdsAreDeterministicSlugs() {
    assertEquals("CartPole-v1__ppo__seed3", Suite.taskId("CartPole-v1", Map.of(), "ppo", 3));
    assertEquals("ALE-Pong-v5__dqn__seed0", Suite.taskId("ALE/Pong-v5", null, "dqn", 0));
    String a = Suite.taskId("X-v0", Map.of("a", 1, "b", List.of(2, 3)), "sac", 1);
    String b = Suite.taskId("X-v0", Map.of("b", List.of(2, 3), "a", 1), "sac", 1);
    assertEquals(a, b);
    assertTrue(a.matches("X-v0__sac__seed1__k[0-9a-f]{8}"), a);
    List<String> ids1 = Suites.load("classic-control").tasks().stream().map(SuiteTask::id).toList();
    List<String> ids2 = Suites.load("classic-control").tasks().stream().map(SuiteTask::id).toList();
    assertEquals(ids1, ids2);
    assertEquals(ids1.size(), Set.copyOf(ids1).size());
  }

  @Test
  void selectionAndBudgetScale() {
    Suite cc = Suites.load("classic-control");
    List<SuiteTask> t = cc.tasks(7, List.of("dqn"), List.of("CartPole-v1"), 0.01);
    assertEquals(7, t.size());
    assertEquals(6L, t.get(6).seed());
    assertEquals(500L, t.get(0).budget());
    SuiteException e =
        assertThrows(SuiteException.class, () -> cc.tasks(1, List.of("td3"), null, 1));
    assertTrue(
        e.getMessage().contains("--algos") && e.getMessage().contains("ppo"), e.getMessage());
  }
}
