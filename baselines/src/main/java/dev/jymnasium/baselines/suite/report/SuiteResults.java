package dev.jymnasium.baselines.suite.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jymnasium.baselines.suite.SuiteException;
import dev.jymnasium.baselines.suite.SuiteRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Reads the finished runs of a results directory ({@code DIR/tasks/TASK_ID/result.json}). */
public final class SuiteResults {
  private static final ObjectMapper JSON = new ObjectMapper();

  private SuiteResults() {}

  /**
   * Every run with a {@code result.json} under {@code dir/tasks}, sorted by env, algorithm and
   * seed.
   *
   * @throws SuiteException when {@code dir} has no {@code tasks} folder or a result file is
   *     malformed (the message names it)
   */
  public static List<RunRecord> load(Path dir) throws IOException {
    Path tasks = dir.resolve("tasks");
    if (!Files.isDirectory(tasks)) {
      throw new SuiteException(
          dir + " is not a suite results directory: it has no tasks/ folder (see jym suite run)");
    }
    List<RunRecord> runs = new ArrayList<>();
    try (Stream<Path> list = Files.list(tasks)) {
      for (Path t : list.sorted().toList()) {
        Path f = t.resolve(SuiteRunner.RESULT);
        if (Files.isRegularFile(f)) {
          runs.add(read(f));
        }
      }
    }
    runs.sort(
        Comparator.comparing(RunRecord::envId)
            .thenComparing(RunRecord::algo)
            .thenComparingLong(RunRecord::seed));
    return runs;
  }

  private static RunRecord read(Path f) throws IOException {
    JsonNode r = JSON.readTree(f.toFile());
    JsonNode eval = r.path("eval");
    if (!r.hasNonNull("env_id") || !r.hasNonNull("algo") || !eval.hasNonNull("mean_return")) {
      throw new SuiteException(f + ": needs env_id, algo and eval.mean_return");
    }
    return new RunRecord(
        r.path("task_id").asText(f.getParent().getFileName().toString()),
        r.path("suite").asText(""),
        r.get("env_id").asText(),
        r.get("algo").asText(),
        r.path("seed").asLong(),
        eval.get("mean_return").asDouble(),
        eval.path("std_return").asDouble(Double.NaN),
        eval.path("episodes").asInt(),
        r.path("config").path("total_steps").asLong(r.path("train").path("steps").asLong()),
        eval.hasNonNull("random_return") ? eval.get("random_return").asDouble() : null,
        r.path("wall_seconds").asDouble(Double.NaN),
        f.getParent());
  }
}
