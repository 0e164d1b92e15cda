package dev.jymnasium.baselines.suite;

import java.nio.file.Path;
import java.util.List;

/**
 * Options of {@code jym suite run SUITE --out DIR}.
 *
 * @param outDir results directory; tasks go to {@code DIR/tasks/TASK_ID/}
 * @param seeds the first this many seeds, or {@code null} for the suite's
 * @param algos algorithms to run, or {@code null} for all
 * @param envs env ids to run, or {@code null} for all
 * @param budgetScale factor on every budget, {@code > 0}
 * @param workers tasks run at once, {@code >= 1}
 */
public record SuiteRunOptions(
    Path outDir,
    Integer seeds,
    List<String> algos,
    List<String> envs,
    double budgetScale,
    int workers) {
  public SuiteRunOptions {
    if (workers < 1) {
      throw new SuiteException("--workers must be >= 1, got " + workers);
    }
    algos = algos == null ? null : List.copyOf(algos);
    envs = envs == null ? null : List.copyOf(envs);
  }
}
