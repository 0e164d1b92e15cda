package dev.jymnasium.baselines.suite.cluster;

import dev.jymnasium.baselines.suite.report.ScoreStats;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The coordinator's record of where the time of the cluster path goes, task by task: the overhead
 * (claimed to written, less the task's own wall time) and its parts on the worker and here.
 */
final class ClusterTimings {
  private final List<Double> overheads = new ArrayList<>();
  private final Map<String, List<Double>> parts = new LinkedHashMap<>();
  private final List<Double> between = new ArrayList<>();

  /**
   * Records a written task.
   *
   * @param overheadMs claimed to written, less the task's own wall time
   * @param worker the worker's timing, or {@code null} when it sent none
   * @param sendMs the worker's start of sending to the result's event here (one clock only when on
   *     one machine)
   * @param pickupMs the event to this coordinator taking the result
   * @param fetchMs taking the result out of the map
   * @param writeMs writing the task directory
   * @param recordMs reading the result and printing its line
   */
  synchronized void add(
      double overheadMs,
      TaskTiming worker,
      double sendMs,
      double pickupMs,
      double fetchMs,
      double writeMs,
      double recordMs) {
    overheads.add(overheadMs);
    if (worker != null) {
      part("claim", worker.claimMs());
      part("result.json", worker.resultWriteMs());
      part("pack", worker.packMs());
      part("send", sendMs);
      if (worker.idleMs() >= 0) {
        between.add(worker.idleMs());
      }
    }
    part("pickup", pickupMs);
    part("fetch", fetchMs);
    part("write", writeMs);
    part("record", recordMs);
  }

  private void part(String name, double ms) {
    parts.computeIfAbsent(name, k -> new ArrayList<>()).add(ms);
  }

  /** Summary lines, or none before the first task. */
  synchronized List<String> summary() {
    if (overheads.isEmpty()) {
      return List.of();
    }
    List<String> lines = new ArrayList<>();
    lines.add(
        String.format(
            Locale.ROOT,
            "suite: cluster overhead per task (claimed to written, less the task's own time):"
                + " median %.0f ms, max %.0f ms over %d tasks",
            median(overheads),
            overheads.stream().mapToDouble(d -> d).max().orElse(0),
            overheads.size()));
    StringBuilder b = new StringBuilder("suite: its parts, median ms:");
    parts.forEach((k, v) -> b.append(String.format(Locale.ROOT, " %s %.1f", k, median(v))));
    if (!between.isEmpty()) {
      b.append(
          String.format(
              Locale.ROOT,
              "; a worker slot from one delivery to its next claim: median %.1f ms",
              median(between)));
    }
    lines.add(b.toString());
    return lines;
  }

  private static double median(List<Double> v) {
    return ScoreStats.median(v.stream().mapToDouble(d -> d).toArray());
  }
}
