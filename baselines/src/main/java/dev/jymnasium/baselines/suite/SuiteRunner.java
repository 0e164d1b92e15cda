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
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
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
    List<SuiteTask> todo = new ArrayList<>();
    for (SuiteTask t : tasks) {
      if (!Files.exists(taskDir(o.outDir(), t.id()).resolve(RESULT))) {
        todo.add(t);
      }
    }
    int skipped = tasks.size() - todo.size();
    Progress p = new Progress(progress, todo.size(), skipped, o.workers());
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

  /** Trains, evaluates and writes {@code result.json} for one task; returns the result. */
  static Map<String, Object> runTask(SuiteTask t, Path dir) throws IOException {
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
  private static void clear(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (Stream<Path> walk = Files.walk(dir)) {
        for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
    Files.createDirectories(dir);
  }

  private static void writeError(Path dir, Throwable e) {
    StringWriter s = new StringWriter();
    e.printStackTrace(new PrintWriter(s));
    try {
      Files.createDirectories(dir);
      AtomicFiles.write(dir.resolve(ERROR), s.toString().getBytes(StandardCharsets.UTF_8));
    } catch (IOException io) {
      throw new UncheckedIOException(io);
    }
  }

  /** Counts and the per-task progress lines. */
  private static final class Progress {
    private final PrintWriter out;
    private final int todo;
    private final int skipped;
    private final int workers;
    private final AtomicInteger running = new AtomicInteger();
    private int done;
    private int failed;
    private double busySeconds;

    Progress(PrintWriter out, int todo, int skipped, int workers) {
      this.out = out;
      this.todo = todo;
      this.skipped = skipped;
      this.workers = workers;
    }

    void start(int total) {
      print(
          String.format(
              Locale.ROOT,
              "suite: %d tasks, %d already finished (skipped), %d to run on %d workers",
              total,
              skipped,
              todo,
              Math.min(workers, Math.max(1, todo))));
    }

    void started() {
      running.incrementAndGet();
    }

    synchronized void finished(String id, double secs, Throwable error, Map<String, Object> r) {
      running.decrementAndGet();
      if (error == null) {
        done++;
      } else {
        failed++;
      }
      busySeconds += secs;
      int finished = done + failed;
      int left = todo - finished;
      double eta = left * (busySeconds / finished) / Math.min(workers, Math.max(1, left));
      String what;
      if (error == null) {
        @SuppressWarnings("unchecked")
        Map<String, Object> ev = (Map<String, Object>) r.get("eval");
        what =
            String.format(
                Locale.ROOT,
                "ok     %s mean_return %.2f in %.1f s",
                id,
                ((Number) ev.get("mean_return")).doubleValue(),
                secs);
      } else {
        what = "FAILED " + id + ": " + error + " (see " + ERROR + ")";
      }
      print(
          String.format(
              Locale.ROOT,
              "[%d/%d] %s | done %d, running %d, failed %d, left %d, ETA %s",
              finished,
              todo,
              what,
              done,
              running.get(),
              failed,
              left,
              eta(left == 0 ? 0 : eta)));
    }

    private void print(String line) {
      if (out != null) {
        synchronized (out) {
          out.println(line);
          out.flush();
        }
      }
    }

    private static String eta(double s) {
      long secs = Math.round(s);
      return secs >= 3600
          ? String.format(Locale.ROOT, "%dh%02dm", secs / 3600, secs % 3600 / 60)
          : String.format(Locale.ROOT, "%dm%02ds", secs / 60, secs % 60);
    }
  }
}
