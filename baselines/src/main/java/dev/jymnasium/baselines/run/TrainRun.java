package dev.jymnasium.baselines.run;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jymnasium.baselines.Agent;
import dev.jymnasium.baselines.Agents;
import dev.jymnasium.baselines.DeviceChoice;
import dev.jymnasium.baselines.HyperparamBinder;
import dev.jymnasium.baselines.TrainingListener;
import dev.jymnasium.baselines.ZooDefaults;
import dev.jymnasium.baselines.nn.Torch;
import dev.jymnasium.baselines.policy.AtomicFiles;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * {@code jym train}: trains an agent and writes a run directory: {@code run.json} (env, kwargs,
 * algorithm, hyperparameters, seed, budget, versions), {@code metrics.jsonl} (CleanRL's metric
 * names), a TensorBoard event file, {@code learning_curve.png}, {@code checkpoint.bin} (atomic,
 * periodic) and, at the end, {@code policy.bin}. {@link #resume} continues an interrupted run.
 */
public final class TrainRun {
  /** File names inside a run directory. */
  public static final String RUN_JSON = "run.json";

  public static final String METRICS = "metrics.jsonl";
  public static final String CHECKPOINT = "checkpoint.bin";
  public static final String POLICY_FILE = "policy.bin";
  public static final String CURVE = "learning_curve.png";

  private static final long DEFAULT_BUDGET = 100_000;

  /** Training episodes whose mean return and success rate the summary reports. */
  private static final int RECENT_EPISODES = 20;

  /** The learning curve is redrawn at a checkpoint only when this long has passed. */
  private static final long CURVE_EVERY_NANOS = 30_000_000_000L;

  private static final ObjectMapper JSON = new ObjectMapper();

  private TrainRun() {}

  /**
   * Trains from scratch into {@code options.outDir()}.
   *
   * @return the final agent state summary
   * @throws IllegalArgumentException for bad options or hyperparameters, or an out dir that already
   *     holds a run
   */
  public static TrainResult run(TrainOptions o) throws IOException {
    return run(o, stderr(), System.console() != null);
  }

  /**
   * Trains from scratch into {@code options.outDir()}, drawing the progress bar (when {@code
   * o.progress()}) on {@code progressOut}.
   *
   * @param interactive whether {@code progressOut} is a terminal (redraw one line in place)
   */
  public static TrainResult run(TrainOptions o, PrintWriter progressOut, boolean interactive)
      throws IOException {
    Path dir = o.outDir();
    if (Files.exists(dir.resolve(RUN_JSON))) {
      throw new IllegalArgumentException(dir + " already holds a run; use resume or another --out");
    }
    Map<String, Object> overrides = parseHyperparams(o.hyperparams());
    if (o.numEnvs() != null) {
      overrides.put("n_envs", o.numEnvs());
    }
    long total =
        o.totalSteps() != null
            ? o.totalSteps()
            : java.util.Objects.requireNonNullElse(
                ZooDefaults.budget(o.algorithm(), o.envId()), DEFAULT_BUDGET);
    try (Agent agent =
        Agents.create(o.algorithm(), o.envId(), o.envKwargs(), overrides, o.seed(), o.device())) {
      Files.createDirectories(dir);
      Map<String, Object> run = new LinkedHashMap<>();
      run.put("env_id", o.envId());
      run.put("env_kwargs", o.envKwargs());
      run.put("algorithm", o.algorithm());
      run.put("hyperparams", HyperparamBinder.toMap(agent.hyperparams()));
      run.put("seed", o.seed());
      run.put("total_steps", total);
      run.put("device", o.device().toString());
      run.put(
          "checkpoint_every",
          o.checkpointEvery() != null ? o.checkpointEvery() : Math.max(1, total / 10));
      run.put("versions", versions(o.algorithm()));
      run.put("started", Instant.now().toString());
      AtomicFiles.write(
          dir.resolve(RUN_JSON), JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(run));
      return train(
          agent,
          dir,
          run,
          total,
          o.progress() ? new ProgressBar(progressOut, interactive, 0, total) : null);
    }
  }

  /**
   * Continues the run in {@code dir} from its last checkpoint up to its recorded budget (or from
   * scratch when no checkpoint was written yet), with the recorded hyperparameters and seed.
   */
  public static TrainResult resume(Path dir, boolean progress) throws IOException {
    return resume(dir, progress ? stderr() : null, System.console() != null);
  }

  /**
   * As {@link #resume(Path, boolean)}, drawing the progress bar on {@code progressOut} (none when
   * {@code null}).
   */
  public static TrainResult resume(Path dir, PrintWriter progressOut, boolean interactive)
      throws IOException {
    Map<String, Object> run;
    try {
      run =
          JSON.readValue(
              dir.resolve(RUN_JSON).toFile(),
              new TypeReference<LinkedHashMap<String, Object>>() {});
    } catch (IOException e) {
      throw new IOException(
          "cannot resume: " + dir.resolve(RUN_JSON) + " is missing or unreadable", e);
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> hp = (Map<String, Object>) run.get("hyperparams");
    @SuppressWarnings("unchecked")
    Map<String, Object> kwargs = (Map<String, Object>) run.get("env_kwargs");
    long total = ((Number) run.get("total_steps")).longValue();
    try (Agent agent =
        Agents.create(
            (String) run.get("algorithm"),
            (String) run.get("env_id"),
            kwargs,
            hp,
            ((Number) run.get("seed")).longValue(),
            DeviceChoice.parse((String) run.get("device")))) {
      if (Files.exists(dir.resolve(CHECKPOINT))) {
        agent.loadCheckpoint(dir.resolve(CHECKPOINT));
      }
      dropMetricsAfter(dir.resolve(METRICS), agent.numTimesteps());
      return train(
          agent,
          dir,
          run,
          total,
          progressOut == null
              ? null
              : new ProgressBar(progressOut, interactive, agent.numTimesteps(), total));
    }
  }

  private static PrintWriter stderr() {
    return new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
  }

  private static TrainResult train(
      Agent agent, Path dir, Map<String, Object> run, long total, ProgressBar bar)
      throws IOException {
    long every = ((Number) run.get("checkpoint_every")).longValue();
    long start = agent.numTimesteps();
    LearningCurve curve = readCurve(dir.resolve(METRICS));
    long t0 = System.nanoTime();
    try (BufferedWriter metrics =
            Files.newBufferedWriter(
                dir.resolve(METRICS),
                StandardCharsets.UTF_8,
                StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        TensorBoardWriter tb = new TensorBoardWriter(dir)) {
      RecentMean recent = new RecentMean(RECENT_EPISODES);
      RecentMean recentSuccess = new RecentMean(RECENT_EPISODES);
      long[] nextCheckpoint = {start + every};
      long[] lastCurve = {System.nanoTime()};
      TrainingListener listener =
          new TrainingListener() {
            @Override
            public void onScalar(String tag, double value, long step) {
              try {
                // {"step":…,"tag":…,"value":…,"wall_time":…}; tags are plain ASCII names
                metrics.write(
                    "{\"step\":"
                        + step
                        + ",\"tag\":\""
                        + tag
                        + "\",\"value\":"
                        + (Double.isFinite(value) ? Double.toString(value) : "null")
                        + ",\"wall_time\":"
                        + System.currentTimeMillis() / 1000.0
                        + "}");
                metrics.newLine();
                tb.scalar(tag, value, step);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
              if (tag.equals("charts/episodic_return")) {
                curve.add(step, value);
                recent.add(value);
              } else if (tag.equals("charts/episodic_success")) {
                recentSuccess.add(value);
              }
            }

            @Override
            public void onProgress(long step) {
              if (bar != null) {
                bar.update(step, recent.mean(), false);
              }
              if (step >= nextCheckpoint[0] && step < total) {
                nextCheckpoint[0] += every;
                try {
                  metrics.flush();
                  tb.flush();
                  agent.saveCheckpoint(dir.resolve(CHECKPOINT));
                  if (System.nanoTime() - lastCurve[0]
                      > CURVE_EVERY_NANOS) { // drawing takes a while
                    curve.write(dir.resolve(CURVE), title(run));
                    lastCurve[0] = System.nanoTime();
                  }
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              }
            }
          };
      try {
        if (total > start) {
          agent.learn(total - start, listener);
        }
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
      if (bar != null) {
        bar.update(agent.numTimesteps(), recent.mean(), true);
        bar.finish();
      }
      agent.saveCheckpoint(dir.resolve(CHECKPOINT));
      agent.policy().save(dir.resolve(POLICY_FILE));
      curve.write(dir.resolve(CURVE), title(run));
      double secs = (System.nanoTime() - t0) / 1e9;
      TrainResult result =
          new TrainResult(
              dir,
              agent.numTimesteps(),
              secs,
              (agent.numTimesteps() - start) / secs,
              recent.mean(),
              recentSuccess.mean());
      Map<String, Object> done = new LinkedHashMap<>();
      done.put("steps", result.steps());
      done.put("wall_seconds", result.wallSeconds());
      done.put("steps_per_second", result.stepsPerSecond());
      done.put("recent_return", Double.isNaN(result.recentReturn()) ? null : result.recentReturn());
      if (!Double.isNaN(result.recentSuccessRate())) {
        done.put("recent_success_rate", result.recentSuccessRate());
      }
      done.put("finished", Instant.now().toString());
      run.put("result", done);
      AtomicFiles.write(
          dir.resolve(RUN_JSON), JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(run));
      return result;
    }
  }

  private static String title(Map<String, Object> run) {
    return run.get("algorithm") + " on " + run.get("env_id") + " (seed " + run.get("seed") + ")";
  }

  /**
   * Drops the metric lines logged after the checkpoint a resumed run restarts from, so that the
   * steps it repeats are not recorded twice.
   */
  private static void dropMetricsAfter(Path metrics, long step) throws IOException {
    if (!Files.exists(metrics)) {
      return;
    }
    StringBuilder kept = new StringBuilder();
    for (String line : Files.readAllLines(metrics)) {
      if (line.isBlank()) {
        continue;
      }
      try {
        Map<String, Object> m = JSON.readValue(line, new TypeReference<Map<String, Object>>() {});
        if (((Number) m.get("step")).longValue() > step) {
          continue;
        }
      } catch (com.fasterxml.jackson.core.JsonProcessingException | RuntimeException e) {
        continue; // a line cut off by the interruption
      }
      kept.append(line).append('\n');
    }
    AtomicFiles.write(metrics, kept.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** Episodic returns already in a metrics file (for a resumed run's curve). */
  private static LearningCurve readCurve(Path metrics) throws IOException {
    LearningCurve curve = new LearningCurve();
    if (Files.exists(metrics)) {
      for (String line : Files.readAllLines(metrics)) {
        if (line.contains("\"charts/episodic_return\"")) {
          Map<String, Object> m = JSON.readValue(line, new TypeReference<Map<String, Object>>() {});
          curve.add(((Number) m.get("step")).longValue(), ((Number) m.get("value")).doubleValue());
        }
      }
    }
    return curve;
  }

  /**
   * A JSON object given inline ({@code {...}}) or as a file path; empty for {@code null}.
   *
   * @throws IllegalArgumentException when the text is not a JSON object
   * @throws IOException when the file cannot be read
   */
  public static Map<String, Object> parseHyperparams(String spec) throws IOException {
    if (spec == null || spec.isBlank()) {
      return new LinkedHashMap<>();
    }
    String text = spec.trim().startsWith("{") ? spec : Files.readString(Path.of(spec.trim()));
    try {
      return JSON.readValue(text, new TypeReference<LinkedHashMap<String, Object>>() {});
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException(
          "--hyperparams is not a JSON object (inline or file): " + e.getOriginalMessage(), e);
    }
  }

  private static Map<String, Object> versions(String algo) {
    Map<String, Object> v = new LinkedHashMap<>();
    Properties p = new Properties();
    try (InputStream in = TrainRun.class.getResourceAsStream("/jymnasium-baselines.properties")) {
      p.load(in);
    } catch (IOException | NullPointerException e) {
      throw new IllegalStateException("jymnasium-baselines.properties is missing from the jar", e);
    }
    v.put("jymnasium", p.getProperty("jymnasium.version"));
    v.put("java", System.getProperty("java.version"));
    if (!algo.equals("qlearning") && !algo.equals("sarsa") && !algo.equals("hdpo")) {
      v.put("djl", p.getProperty("djl.version"));
      v.put("pytorch", Torch.engine().getVersion());
      v.put("pytorch_natives", p.getProperty("pytorch.flavor"));
    }
    return v;
  }
}
