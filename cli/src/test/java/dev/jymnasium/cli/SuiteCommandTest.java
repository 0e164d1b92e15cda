package dev.jymnasium.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jym suite list|show|run}, in-process. */
class SuiteCommandTest {
  @TempDir Path tmp;

  @Test
  void listShowsTheShippedSuites() {
    Cli.Result r = Cli.run("suite", "list");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().contains("classic-control"), r.out());
    assertTrue(r.out().contains("mujoco-v5"), r.out());
  }

  @Test
  void showPrintsEnvsAndBudgets() {
    Cli.Result r = Cli.run("suite", "show", "classic-control");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().matches("(?s).*Pendulum-v1 +sac +20000 .*"), r.out());
    assertTrue(r.out().contains("100000"), r.out());
    Cli.Result j = Cli.run("suite", "show", "mujoco-v5", "--json");
    assertEquals(0, j.exitCode(), j.err());
    assertTrue(j.out().contains("\"Hopper-v5\""), j.out());
  }

  @Test
  void unknownSuiteListsTheKnownOnes() {
    Cli.Result r = Cli.run("suite", "show", "atari");
    assertEquals(Jym.EXIT_USAGE, r.exitCode());
    assertTrue(r.err().contains("known suites: classic-control, mujoco-v5"), r.err());
  }

  @Test
  void runTrainsEvaluatesAndSkipsOnRerun() throws Exception {
    String[] args = {
      "suite",
      "run",
      "classic-control",
      "--out",
      tmp.toString(),
      "--envs",
      "CartPole-v1",
      "--algos",
      "ppo",
      "--seeds",
      "1",
      "--budget-scale",
      "0.01",
      "--workers",
      "1"
    };
    Cli.Result r = Cli.run(args);
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().contains("1 tasks, 1 run, 0 skipped"), r.out());
    assertTrue(r.err().contains("[1/1] ok"), r.err());
    assertTrue(
        Files.exists(tmp.resolve("tasks/CartPole-v1__ppo__seed0/result.json")), "result.json");
    Cli.Result again = Cli.run(args);
    assertEquals(0, again.exitCode(), again.err());
    assertTrue(again.out().contains("1 tasks, 0 run, 1 skipped"), again.out());
  }
}
