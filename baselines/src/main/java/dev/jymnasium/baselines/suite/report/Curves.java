package dev.jymnasium.baselines.suite.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jymnasium.baselines.run.TrainRun;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Learning curves from a run's {@code metrics.jsonl}: the mean episodic return ({@code
 * charts/episodic_return}) of the episodes ending in each of {@code points} equal slices of the
 * budget, a slice without an ending episode repeating the previous value ({@code NaN} before the
 * first).
 */
final class Curves {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TAG = "charts/episodic_return";

  private Curves() {}

  /** The binned curve of {@code run}, or {@code null} when it has no metrics file. */
  static double[] binned(RunRecord run, int points) throws IOException {
    Path metrics = run.dir().resolve(TrainRun.METRICS);
    if (!Files.isRegularFile(metrics) || run.budgetSteps() < 1) {
      return null;
    }
    double[] sum = new double[points];
    int[] count = new int[points];
    try (BufferedReader in = Files.newBufferedReader(metrics)) {
      String line;
      while ((line = in.readLine()) != null) {
        if (!line.contains(TAG)) {
          continue; // most lines are losses; skip them unparsed
        }
        JsonNode m = JSON.readTree(line);
        if (!TAG.equals(m.path("tag").asText()) || !m.hasNonNull("value")) {
          continue;
        }
        double fraction = m.path("step").asDouble() / run.budgetSteps();
        int bin = Math.min(points - 1, Math.max(0, (int) Math.ceil(fraction * points) - 1));
        sum[bin] += m.get("value").asDouble();
        count[bin]++;
      }
    }
    double[] out = new double[points];
    double last = Double.NaN;
    for (int i = 0; i < points; i++) {
      last = count[i] > 0 ? sum[i] / count[i] : last;
      out[i] = last;
    }
    return out;
  }
}
