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
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
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
  private static final ObjectMapper JSON = new ObjectMapper();

  private TrainRun() {}

  /**
   * Trains from scratch into {@code options.outDir()}.
   *
   * @return the final agent state summary
   * @throws IllegalArgumentException for bad options or hyperparameters, or an out dir that
   *     already holds a run
   */
  public static TrainResult run(TrainOptions o) throws IOException {
    Path dir = o.outDir();
    if (Files.exists(dir.resolve(RUN_JSON))) {
      throw new IllegalArgumentException(dir + " already holds a run; use resume or another --out");
    }
    Map<String, Object> overrides = parseHyperparams(o.hyperparams());
    if (o.numEnvs() != null) {
      overrides.put("n_envs", o.numEnvs());
    }
    long total = o.totalSteps() != null ? o.totalSteps()
        : java.util.Objects.requireNonNullElse(ZooDefaults.budget(o.algorithm(), o.envId()), DEFAULT_BUDGET);
    try (Agent agent = Agents.create(o.algorithm(), o.envId(), o.envKwargs(), overrides, o.seed(), o.device())) {
      Files.createDirectories(dir);
      Map<String, Object> run = new LinkedHashMap<>();
      run.put("env_id", o.envId());
      run.put("env_kwargs", o.envKwargs());
      run.put("algorithm", o.algorithm());
      run.put("hyperparams", HyperparamBinder.toMap(agent.hyperparams()));
      run.put("seed", o.seed());
      run.put("total_steps", total);
      run.put("device", o.device().toString());
      run.put("checkpoint_every", o.checkpointEvery() != null ? o.checkpointEvery() : Math.max(1, total / 10));
      run.put("versions", versions(o.algorithm()));
      run.put("started", Instant.now().toString());
      AtomicFiles.write(dir.resolve(RUN_JSON),
          JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(run));
      return train(agent, dir, run, total, o.progress());
    }
  }

  /**
   * Continues the run in {@code dir} from its last checkpoint up to its recorded budget (or from
   * scratch when no checkpoint was written yet), with the recorded hyperparameters and seed.
   */
  public static TrainResult resume(Path dir, boolean progress) throws IOException {
    Map<String, Object> run;
    try {
      run = JSON.readValue(dir.resolve(RUN_JSON).toFile(), new TypeReference<LinkedHashMap<String, Object>>() {});
    } catch (IOException e) {
      throw new IOException("cannot resume: " + dir.resolve(RUN_JSON) + " is missing or unreadable", e);
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> hp = (Map<String, Object>) run.get("hyperparams");
    @SuppressWarnings("unchecked")
    Map<String, Object> kwargs = (Map<String, Object>) run.get("env_kwargs");
    long total = ((Number) run.get("total_steps")).longValue();
    try (Agent agent = Agents.create((String) run.get("algorithm"), (String) run.get("env_id"),
        kwargs, hp, ((Number) run.get("seed")).longValue(), DeviceChoice.parse((String) run.get("device")))) {
      if (Files.exists(dir.resolve(CHECKPOINT))) {
        agent.loadCheckpoint(dir.resolve(CHECKPOINT));
      }
      return train(agent, dir, run, total, progress);
    }
  }

  private static TrainResult train(Agent agent, Path dir, Map<String, Object> run, long total,
      boolean progress) throws IOException {
    long every = ((Number) run.get("checkpoint_every")).longValue();
    long start = agent.numTimesteps();
    LearningCurve curve = readCurve(dir.resolve(METRICS));
    long t0 = System.nanoTime();
    try (BufferedWriter metrics = Files.newBufferedWriter(dir.resolve(METRICS), StandardCharsets.UTF_8,
            StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        TensorBoardWriter tb = new TensorBoardWriter(dir)) {
      ProgressBar bar = progress ? new ProgressBar(System.err, start, total) : null;
      Deque<Double> recent = new ArrayDeque<>();
      long[] nextCheckpoint = {start + every};
      TrainingListener listener = new TrainingListener() {
        @Override
        public void onScalar(String tag, double value, long step) {
          try {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("step", step);
            line.put("tag", tag);
            line.put("value", value);
            line.put("wall_time", System.currentTimeMillis() / 1000.0);
            metrics.write(JSON.writeValueAsString(line));
            metrics.newLine();
            tb.scalar(tag, value, step);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          if (tag.equals("charts/episodic_return")) {
            curve.add(step, value);
            recent.addLast(value);
            if (recent.size() > 20) {
              recent.removeFirst();
            }
          }
        }

        @Override
        public void onProgress(long step) {
          if (bar != null) {
            bar.update(step, recent.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN), false);
          }
          if (step >= nextCheckpoint[0] && step < total) {
            nextCheckpoint[0] += every;
            try {
              metrics.flush();
              agent.saveCheckpoint(dir.resolve(CHECKPOINT));
              curve.write(dir.resolve(CURVE), title(run));
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
        bar.update(agent.numTimesteps(), recent.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN), true);
        bar.finish();
      }
      agent.saveCheckpoint(dir.resolve(CHECKPOINT));
      agent.policy().save(dir.resolve(POLICY_FILE));
      curve.write(dir.resolve(CURVE), title(run));
      double secs = (System.nanoTime() - t0) / 1e9;
      return new TrainResult(dir, agent.numTimesteps(), secs, (agent.numTimesteps() - start) / secs,
          recent.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN));
    }
  }

  private static String title(Map<String, Object> run) {
    return run.get("algorithm") + " on " + run.get("env_id") + " (seed " + run.get("seed") + ")";
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

  /** A JSON object given inline ({@code {...}}) or as a file path; empty for {@code null}. */
  static Map<String, Object> parseHyperparams(String spec) throws IOException {
    if (spec == null || spec.isBlank()) {
      return new LinkedHashMap<>();
    }
    String text = spec.trim().startsWith("{") ? spec : Files.readString(Path.of(spec.trim()));
    try {
      return JSON.readValue(text, new TypeReference<LinkedHashMap<String, Object>>() {});
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException("--hyperparams is not a JSON object (inline or file): "
          + e.getOriginalMessage(), e);
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
    if (!algo.equals("qlearning") && !algo.equals("sarsa")) {
      v.put("djl", p.getProperty("djl.version"));
      v.put("pytorch", Torch.engine().getVersion());
      v.put("pytorch_natives", p.getProperty("pytorch.flavor"));
    }
    return v;
  }
}
