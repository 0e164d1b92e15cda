package dev.jymnasium.baselines.suite;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jymnasium.baselines.DeviceChoice;
import dev.jymnasium.baselines.policy.AtomicFiles;
import dev.jymnasium.baselines.policy.Policy;
import dev.jymnasium.baselines.run.EvalRun;
import dev.jymnasium.baselines.run.TrainOptions;
import dev.jymnasium.baselines.run.TrainResult;
import dev.jymnasium.baselines.run.TrainRun;
import dev.jymnasium.env.Env;
import dev.jymnasium.env.Step;
import dev.jymnasium.env.registry.Gym;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Runs the tasks of a suite on this machine with a pool of {@code workers} threads. Each task
 * trains into {@code DIR/tasks/TASK_ID/} (the files of {@code jym train}), evaluates the policy and
 * then writes {@code result.json} there atomically. A task with a {@code result.json} is skipped; a
 * task directory without one (an interrupted or failed task) is cleared and the task run again.
 */
public final class SuiteRunner {
  /** Name of a finished task's result file. */
  public static final String RESULT = "result.json";

  /** Name of a failed task's error file. */
  public static final String ERROR = "error.txt";

  private static final ObjectMapper JSON = new ObjectMapper();

  private SuiteRunner() {}

  /** The directory of task {@code id} under the results directory {@code out}. */
  public static Path taskDir(Path out, String id) {
    return out.resolve("tasks").resolve(id);
  }

  /**
   * Runs the selected tasks of {@code suite}, printing a line per finished task on {@code progress}
   * (none when {@code null}).
   */
  public static SuiteRunSummary run(Suite suite, SuiteRunOptions o, PrintWriter progress)
      throws IOException {
    List<SuiteTask> tasks = plan(suite, o);
    List<SuiteTask> todo = unfinished(o.outDir(), tasks);
    int skipped = tasks.size() - todo.size();
    SuiteProgress p = new SuiteProgress(progress, todo.size(), skipped, o.workers());
    p.start(tasks.size());
    List<String> failed = Collections.synchronizedList(new ArrayList<>());
    long t0 = System.nanoTime();
    ExecutorService pool =
        Executors.newFixedThreadPool(Math.min(o.workers(), Math.max(1, todo.size())));
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (SuiteTask t : todo) {
        futures.add(
            pool.submit(
                () -> {
                  p.started();
                  long s = System.nanoTime();
                  try {
                    Map<String, Object> r = runTask(t, taskDir(o.outDir(), t.id()));
                    p.finished(t.id(), (System.nanoTime() - s) / 1e9, null, r);
                  } catch (Exception | LinkageError e) {
                    failed.add(t.id());
                    writeError(taskDir(o.outDir(), t.id()), e);
                    p.finished(t.id(), (System.nanoTime() - s) / 1e9, e, null);
                  }
                }));
      }
      for (Future<?> f : futures) {
        try {
          f.get();
        } catch (ExecutionException e) {
          throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IOException("interrupted", e);
        }
      }
    } finally {
      pool.shutdownNow();
    }
    List<String> failedIds = new ArrayList<>(failed);
    Collections.sort(failedIds);
    return new SuiteRunSummary(
        tasks.size(),
        skipped,
        todo.size() - failedIds.size(),
        failedIds,
        (System.nanoTime() - t0) / 1e9);
  }

  /**
   * The selected tasks of {@code suite}; creates {@code DIR/tasks} and records the selection in
   * {@code DIR/suite.json}.
   */
  public static List<SuiteTask> plan(Suite suite, SuiteRunOptions o) throws IOException {
    List<SuiteTask> tasks = suite.tasks(o.seeds(), o.algos(), o.envs(), o.budgetScale());
    Files.createDirectories(o.outDir().resolve("tasks"));
    Map<String, Object> meta = new LinkedHashMap<>();
    meta.put("suite", suite.name());
    meta.put("seeds", o.seeds());
    meta.put("algos", o.algos());
    meta.put("envs", o.envs());
    meta.put("budget_scale", o.budgetScale());
    meta.put("tasks", tasks.stream().map(SuiteTask::id).toList());
    AtomicFiles.write(
        o.outDir().resolve("suite.json"),
        JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(meta));
    return tasks;
  }

  /** The tasks without a {@code result.json} under {@code out}, in order. */
  public static List<SuiteTask> unfinished(Path out, List<SuiteTask> tasks) {
    List<SuiteTask> todo = new ArrayList<>();
    for (SuiteTask t : tasks) {
      if (!Files.exists(taskDir(out, t.id()).resolve(RESULT))) {
        todo.add(t);
      }
    }
    return todo;
  }

  /**
   * Trains, evaluates and writes {@code result.json} for one task into {@code dir} (cleared first);
   * returns the result.
   */
  public static Map<String, Object> runTask(SuiteTask t, Path dir) throws IOException {
    clear(dir);
    long t0 = System.nanoTime();
    TrainOptions opts =
        new TrainOptions(
            t.envId(),
            t.algo(),
            t.budget(),
            t.seed(),
            null,
            DeviceChoice.CPU,
            JSON.writeValueAsString(t.hyperparams()),
            t.envKwargs(),
            dir,
            null,
            false);
    TrainResult tr = TrainRun.run(opts, new PrintWriter(Writer.nullWriter()), false);
    Map<String, Object> run =
        JSON.readValue(
            dir.resolve(TrainRun.RUN_JSON).toFile(),
            new TypeReference<LinkedHashMap<String, Object>>() {});
    Policy policy = Policy.load(EvalRun.policyFile(dir));
    List<Double> returns = new ArrayList<>();
    List<Long> lengths = new ArrayList<>();
    List<Long> seeds = new ArrayList<>();
    try (Env<Object, Object> env = Gym.make(t.envId(), t.envKwargs())) {
      policy.requireCompatible(t.envId(), env.observationSpace(), env.actionSpace());
      for (int k = 0; k < t.eval().episodes(); k++) {
        long seed = t.eval().episodeSeed(t.seed(), k);
        Object obs = env.reset(seed).observation();
        double ret = 0;
        long len = 0;
        while (true) {
          Step<Object> s = env.step(policy.act(obs));
          ret += s.reward();
          len++;
          if (s.done()) {
            break;
          }
          obs = s.observation();
        }
        seeds.add(seed);
        returns.add(ret);
        lengths.add(len);
      }
    }
    double mean = returns.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    double var =
        returns.stream().mapToDouble(r -> (r - mean) * (r - mean)).average().orElse(Double.NaN);
    Map<String, Object> eval = new LinkedHashMap<>();
    eval.put("episodes", t.eval().episodes());
    eval.put("deterministic", t.eval().deterministic());
    eval.put("mean_return", mean);
    eval.put("std_return", Math.sqrt(var));
    eval.put("returns", returns);
    eval.put("lengths", lengths);
    eval.put("seeds", seeds);
    if (t.reference().random() != null) {
      eval.put("random_return", t.reference().random());
    }

    Map<String, Object> train = new LinkedHashMap<>();
    train.put("steps", tr.steps());
    train.put("wall_seconds", tr.wallSeconds());
    train.put("steps_per_second", tr.stepsPerSecond());
    train.put("recent_return", Double.isNaN(tr.recentReturn()) ? null : tr.recentReturn());

    Map<String, Object> config = new LinkedHashMap<>();
    config.put("env_kwargs", t.envKwargs());
    config.put("algorithm", t.algo());
    config.put("hyperparams_overrides", t.hyperparams());
    config.put("hyperparams", run.get("hyperparams"));
    config.put("total_steps", t.budget());
    config.put("seed", t.seed());
    config.put("device", run.get("device"));
    config.put(
        "eval",
        Map.of(
            "episodes", t.eval().episodes(),
            "deterministic", t.eval().deterministic(),
            "seed", t.eval().seed()));

    Map<String, Object> hw = new LinkedHashMap<>();
    hw.put("cores", Runtime.getRuntime().availableProcessors());
    hw.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
    hw.put("arch", System.getProperty("os.arch"));
    hw.put("max_heap_bytes", Runtime.getRuntime().maxMemory());

    Map<String, Object> r = new LinkedHashMap<>();
    r.put("task_id", t.id());
    r.put("suite", t.suite());
    r.put("env_id", t.envId());
    r.put("algo", t.algo());
    r.put("seed", t.seed());
    r.put("eval", eval);
    r.put("train", train);
    r.put("wall_seconds", (System.nanoTime() - t0) / 1e9);
    r.put("versions", run.get("versions"));
    r.put("hardware", hw);
    r.put("config", config);
    r.put("finished", Instant.now().toString());
    AtomicFiles.write(
        dir.resolve(RESULT), JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(r));
    return r;
  }

  /** Removes what an interrupted or failed attempt left in {@code dir}. */
  public static void clear(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (Stream<Path> walk = Files.walk(dir)) {
        for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
    Files.createDirectories(dir);
  }

  /** Writes the stack trace of a failed task to {@code dir/error.txt}. */
  public static void writeError(Path dir, Throwable e) {
    StringWriter s = new StringWriter();
    e.printStackTrace(new PrintWriter(s));
    try {
      Files.createDirectories(dir);
      AtomicFiles.write(dir.resolve(ERROR), s.toString().getBytes(StandardCharsets.UTF_8));
    } catch (IOException io) {
      throw new UncheckedIOException(io);
    }
  }
}
