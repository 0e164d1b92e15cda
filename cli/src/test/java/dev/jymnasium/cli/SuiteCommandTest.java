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

    Cli.Result report = Cli.run("suite", "report", tmp.toString(), "--reps", "100");
    assertEquals(0, report.exitCode(), report.err());
    assertTrue(report.out().contains("report.html"), report.out());
    assertTrue(Files.exists(tmp.resolve("report/report.md")), "report.md");
    assertTrue(Files.exists(tmp.resolve("report/aggregate-iqm.png")), "aggregate-iqm.png");
    assertTrue(
        Files.readString(tmp.resolve("report/scores.csv")).contains("CartPole-v1__ppo__seed0"));
  }

  @Test
  void clusterOptionsAreCheckedBeforeAnythingStarts() {
    Cli.Result both =
        Cli.run(
            "suite",
            "run",
            "classic-control",
            "--out",
            tmp.toString(),
            "--cluster",
            "--workers",
            "2");
    assertEquals(Jym.EXIT_USAGE, both.exitCode());
    assertTrue(both.err().contains("jym worker --slots K"), both.err());
    Cli.Result open =
        Cli.run(
            "suite",
            "run",
            "classic-control",
            "--out",
            tmp.toString(),
            "--cluster",
            "--bind",
            "0.0.0.0",
            "--secret",
            "");
    assertEquals(Jym.EXIT_USAGE, open.exitCode());
    assertTrue(open.err().contains("give a shared secret"), open.err());
    Cli.Result join = Cli.run("worker", "--join", "nowhere");
    assertEquals(Jym.EXIT_USAGE, join.exitCode());
    assertTrue(join.err().contains("--join must be HOST:PORT"), join.err());
    Cli.Result report = Cli.run("suite", "report", tmp.resolve("nothing").toString());
    assertEquals(Jym.EXIT_USAGE, report.exitCode());
    assertTrue(report.err().contains("no tasks/ folder"), report.err());
  }
}
