package dev.jymnasium.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jymnasium.baselines.suite.PublishedScore;
import dev.jymnasium.baselines.suite.Suite;
import dev.jymnasium.baselines.suite.SuiteEnv;
import dev.jymnasium.baselines.suite.SuiteRunOptions;
import dev.jymnasium.baselines.suite.SuiteRunSummary;
import dev.jymnasium.baselines.suite.SuiteRunner;
import dev.jymnasium.baselines.suite.Suites;
import dev.jymnasium.baselines.suite.cluster.ClusterCoordinator;
import dev.jymnasium.baselines.suite.cluster.ClusterSettings;
import dev.jymnasium.baselines.suite.report.ReportOptions;
import dev.jymnasium.baselines.suite.report.SuiteReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code jym suite list|show|run}: benchmark suites (grids of envs x algorithms x seeds with
 * budgets, an evaluation protocol and reference scores) and their local runner.
 */
@Command(
    name = "suite",
    mixinStandardHelpOptions = true,
    description = {
      "Run benchmark suites: grids of envs x algorithms x seeds.",
      "A suite is defined as data: envs with budgets, algorithms, seeds, the evaluation"
          + " protocol and reference scores (see 'jym suite show SUITE').",
      "Each (env, algorithm, seed) is a task with the id ENV__ALGO__seedN; 'run' trains and"
          + " evaluates every task and writes DIR/tasks/TASK_ID/result.json."
    },
    synopsisSubcommandLabel = "COMMAND",
    subcommands = {
      SuiteCommand.ListSuites.class,
      SuiteCommand.Show.class,
      SuiteCommand.Run.class,
      SuiteCommand.Report.class
    })
final class SuiteCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getErr().println("jym suite: missing command (list, show, run or report)");
    spec.commandLine().usage(spec.commandLine().getErr());
    return Jym.EXIT_USAGE;
  }

  /** {@code jym suite list}. */
  @Command(name = "list", mixinStandardHelpOptions = true, description = "List the known suites.")
  static final class ListSuites implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      TextTable t = new TextTable("SUITE", "ENVS", "ALGOS", "SEEDS", "TASKS", "DESCRIPTION");
      for (String name : Suites.names()) {
        Suite s = Suites.load(name);
        t.row(
            name,
            s.envs().size(),
            String.join(",", s.algorithms().keySet()),
            s.seeds().size(),
            s.tasks().size(),
            s.description());
      }
      t.print(spec.commandLine().getOut());
      return Jym.EXIT_OK;
    }
  }

  /** {@code jym suite show SUITE}. */
  @Command(
      name = "show",
      mixinStandardHelpOptions = true,
      description = "Show a suite: its envs, budgets, hyperparameters, seeds and evaluation.")
  static final class Show implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "SUITE", description = "A suite name (see 'jym suite list').")
    String name;

    @Option(names = "--json", description = "Print the suite as one JSON object.")
    boolean json;

    @Override
    public Integer call() throws IOException {
      Suite s = Suites.load(name);
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(s));
        return Jym.EXIT_OK;
      }
      out.println(s.name() + ": " + s.description());
      out.println("seeds: " + s.seeds() + "; " + s.tasks().size() + " tasks");
      out.println(
          "eval: "
              + s.eval().episodes()
              + " deterministic episodes per task, reset seeds "
              + s.eval().seed()
              + " + 1000 * seed + k");
      for (Map.Entry<String, Map<String, Object>> a : s.algorithms().entrySet()) {
        out.println(
            "algorithm "
                + a.getKey()
                + ": overrides "
                + (a.getValue().isEmpty() ? "none (tuned defaults)" : a.getValue()));
      }
      out.println();
      TextTable t = new TextTable("ENV", "ALGO", "BUDGET", "KWARGS", "RANDOM", "PUBLISHED");
      for (SuiteEnv e : s.envs()) {
        for (Map.Entry<String, Long> b : e.budgets().entrySet()) {
          String published = null;
          for (PublishedScore p : e.reference().published()) {
            if (p.algo().equals(b.getKey())) {
              published = String.format(Locale.ROOT, "%.1f (%s)", p.score(), p.source());
            }
          }
          t.row(
              e.id(),
              b.getKey(),
              b.getValue(),
              e.kwargs().isEmpty() ? null : e.kwargs(),
              e.reference().random(),
              published);
        }
      }
      t.print(out);
      return Jym.EXIT_OK;
    }
  }

  /** {@code jym suite run SUITE --out DIR}. */
  @Command(
      name = "run",
      mixinStandardHelpOptions = true,
      description = {
        "Run a suite on this machine: train and evaluate every (env, algorithm, seed) task.",
        "Each task writes DIR/tasks/TASK_ID/ (run.json, metrics.jsonl, policy.bin, ... as"
            + " 'jym train') and last result.json (atomically). A rerun skips tasks with a"
            + " result.json and redoes the others from scratch, so an interrupted run loses at"
            + " most the tasks in flight. A line per finished task goes to standard error."
      })
  static final class Run implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "SUITE", description = "A suite name (see 'jym suite list').")
    String name;

    @Option(
        names = "--out",
        required = true,
        paramLabel = "DIR",
        description = "Results directory.")
    Path out;

    @Option(
        names = "--seeds",
        paramLabel = "N",
        description = "Run the first N seeds (default: the suite's seeds).")
    Integer seeds;

    @Option(
        names = "--algos",
        split = ",",
        paramLabel = "ALGO",
        description = "Only these algorithms, e.g. ppo,dqn.")
    List<String> algos;

    @Option(
        names = "--envs",
        split = ",",
        paramLabel = "ENV_ID",
        description = "Only these envs, e.g. CartPole-v1,Acrobot-v1.")
    List<String> envs;

    @Option(
        names = "--budget-scale",
        defaultValue = "1",
        paramLabel = "F",
        description = "Multiply every budget by F, e.g. 0.01 for a smoke test (default: 1).")
    double budgetScale;

    @Option(
        names = "--workers",
        paramLabel = "K",
        description = "Tasks run at once (default: the number of cores); not with --cluster.")
    Integer workers;

    @Option(
        names = "--cluster",
        description = {
          "Do not run tasks here: start a coordinator (a Hazelcast member) that hands them to"
              + " workers started with 'jym worker --join HOST:PORT' and writes their results.",
          "A worker that dies has its task run elsewhere; a restarted coordinator resumes from DIR."
        })
    boolean cluster;

    @Option(
        names = "--bind",
        paramLabel = "ADDR",
        description = "With --cluster: the address to listen on (default: ${DEFAULT-VALUE}).")
    String bind = ClusterSettings.DEFAULT_BIND;

    @Option(
        names = "--port",
        paramLabel = "PORT",
        description = "With --cluster: the port to listen on (default: ${DEFAULT-VALUE}).")
    int port = ClusterSettings.DEFAULT_PORT;

    @Option(
        names = "--secret",
        paramLabel = "SECRET",
        description =
            "With --cluster: the cluster's shared secret (default: $"
                + ClusterSettings.SECRET_ENV
                + "; required unless --bind is a loopback address).")
    String secret;

    @Override
    public Integer call() throws IOException, InterruptedException {
      Suite s = Suites.load(name);
      if (cluster && workers != null) {
        throw new IllegalArgumentException(
            "--workers is for local runs; with --cluster start workers with 'jym worker --slots K'");
      }
      int w = workers != null ? workers : Runtime.getRuntime().availableProcessors();
      SuiteRunOptions o =
          new SuiteRunOptions(
              out,
              seeds,
              algos == null ? null : new ArrayList<>(algos),
              envs == null ? null : new ArrayList<>(envs),
              budgetScale,
              w);
      SuiteRunSummary r =
          cluster
              ? new ClusterCoordinator(
                      s,
                      o,
                      new ClusterSettings(bind, port, WorkerCommand.secret(secret)),
                      spec.commandLine().getErr())
                  .run()
              : SuiteRunner.run(s, o, spec.commandLine().getErr());
      spec.commandLine()
          .getOut()
          .println(
              String.format(
                  Locale.ROOT,
                  "suite %s: %d tasks, %d run, %d skipped (already finished), %d failed in %.1f s;"
                      + " results in %s",
                  s.name(),
                  r.total(),
                  r.done(),
                  r.skipped(),
                  r.failed().size(),
                  r.wallSeconds(),
                  out.resolve("tasks")));
      if (!r.failed().isEmpty()) {
        spec.commandLine()
            .getErr()
            .println(
                "suite: failed tasks (rerun the same command to retry them): "
                    + String.join(", ", r.failed()));
        return Jym.EXIT_FAILURE;
      }
      return Jym.EXIT_OK;
    }
  }

  /** {@code jym suite report DIR}. */
  @Command(
      name = "report",
      mixinStandardHelpOptions = true,
      description = {
        "Report on a results directory: per-env mean, median and IQM with 95%% stratified-bootstrap"
            + " intervals, normalised aggregates, performance profiles, probability of improvement"
            + " and sample-efficiency curves (after Agarwal et al. 2021, rliable).",
        "Writes report.md, report.html, PNG charts, scores.csv and curves.csv (long format)."
      })
  static final class Report implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "A results directory of 'jym suite run'.")
    Path dir;

    @Option(
        names = "--out",
        paramLabel = "REPORT_DIR",
        description = "Where the report goes (default: DIR/report).")
    Path out;

    @Option(
        names = "--reps",
        paramLabel = "N",
        description = "Bootstrap replicates per interval (default: ${DEFAULT-VALUE}).")
    int reps = ReportOptions.DEFAULT_REPS;

    @Option(
        names = "--seed",
        paramLabel = "S",
        description = "Seed of the bootstrap (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(
        names = "--curve-points",
        paramLabel = "N",
        description = "Points per sample-efficiency curve (default: ${DEFAULT-VALUE}).")
    int curvePoints = ReportOptions.DEFAULT_CURVE_POINTS;

    @Override
    public Integer call() throws IOException {
      Path to = out != null ? out : dir.resolve("report");
      List<String> files = SuiteReport.write(dir, new ReportOptions(to, reps, seed, curvePoints));
      PrintWriter o = spec.commandLine().getOut();
      o.println(
          "report written to "
              + to.resolve(SuiteReport.HTML)
              + " and "
              + SuiteReport.MARKDOWN
              + " ("
              + files.size()
              + " files: "
              + String.join(", ", files)
              + ")");
      return Jym.EXIT_OK;
    }
  }
}
