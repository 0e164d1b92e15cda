package dev.jymnasium.baselines.suite.report;

import dev.jymnasium.baselines.suite.PublishedScore;
import dev.jymnasium.baselines.suite.Suite;
import dev.jymnasium.baselines.suite.SuiteEnv;
import dev.jymnasium.baselines.suite.SuiteException;
import dev.jymnasium.baselines.suite.Suites;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * {@code jym suite report}: per-env tables, normalised aggregates with stratified-bootstrap
 * intervals, performance profiles, probabilities of improvement and sample-efficiency curves of a
 * results directory, written as {@code report.md}, {@code report.html}, PNG charts and the
 * long-format {@code scores.csv} and {@code curves.csv} (one row per run or per run and budget
 * slice, as pandas and rliable users read them).
 */
public final class SuiteReport {
  /** File names in the report directory. */
  public static final String MARKDOWN = "report.md";

  public static final String HTML = "report.html";
  public static final String SCORES_CSV = "scores.csv";
  public static final String CURVES_CSV = "curves.csv";
  public static final String AGGREGATES_PNG = "aggregate-iqm.png";
  public static final String PROFILE_PNG = "performance-profile.png";
  public static final String IMPROVEMENT_PNG = "probability-of-improvement.png";
  public static final String EFFICIENCY_PNG = "sample-efficiency.png";

  private final List<RunRecord> runs;
  private final ReportOptions o;
  private final String suiteName;
  private final List<String> envs;
  private final List<String> algos;
  private final Map<String, Normaliser> norm = new LinkedHashMap<>();
  private final ReportDoc doc = new ReportDoc();
  private final List<String> written = new ArrayList<>();

  private SuiteReport(List<RunRecord> runs, Suite suite, ReportOptions o) {
    this.runs = runs;
    this.o = o;
    this.suiteName = runs.get(0).suite();
    LinkedHashSet<String> e = new LinkedHashSet<>();
    LinkedHashSet<String> a = new LinkedHashSet<>();
    if (suite != null) {
      suite.envs().forEach(x -> e.add(x.id()));
      a.addAll(suite.algorithms().keySet());
    }
    runs.forEach(r -> e.add(r.envId()));
    runs.forEach(r -> a.add(r.algo()));
    e.removeIf(env -> runs.stream().noneMatch(r -> r.envId().equals(env)));
    a.removeIf(algo -> runs.stream().noneMatch(r -> r.algo().equals(algo)));
    this.envs = List.copyOf(e);
    this.algos = List.copyOf(a);
    for (String env : envs) {
      norm.put(env, normaliser(env, suite));
    }
  }

  /**
   * Writes the report of the runs in {@code resultsDir} to {@code o.outDir()}.
   *
   * @return the names of the files written
   * @throws SuiteException when the directory holds no finished run
   */
  public static List<String> write(Path resultsDir, ReportOptions o) throws IOException {
    List<RunRecord> runs = SuiteResults.load(resultsDir);
    if (runs.isEmpty()) {
      throw new SuiteException(
          resultsDir + " holds no finished run (no tasks/TASK_ID/result.json yet)");
    }
    String name = runs.get(0).suite();
    Suite suite = Suites.names().contains(name) ? Suites.load(name) : null;
    SuiteReport r = new SuiteReport(runs, suite, o);
    Files.createDirectories(o.outDir());
    r.build(resultsDir);
    return List.copyOf(r.written);
  }

  private void build(Path resultsDir) throws IOException {
    doc.heading(1, "Suite report: " + (suiteName.isEmpty() ? resultsDir : suiteName));
    doc.paragraph(
        String.format(
            Locale.ROOT,
            "%d finished runs of %d envs x %d algorithms from %s, written %s. Intervals are 95%%"
                + " stratified-bootstrap confidence intervals (%d replicates, seed %d) after"
                + " Agarwal et al. 2021 (rliable); IQM is the interquartile mean, the mean of the"
                + " middle 50%% of runs.",
            runs.size(),
            envs.size(),
            algos.size(),
            resultsDir,
            Instant.now().toString(),
            o.reps(),
            o.seed()));
    perEnv();
    normalisation();
    aggregates();
    profiles();
    improvement();
    efficiency();
    doc.heading(2, "Files");
    doc.paragraph(
        "scores.csv: one row per run (long format: env_id, algo, seed, mean_return,"
            + " normalized_score, ...); curves.csv: one row per run and budget slice. In Python,"
            + " pandas.read_csv('scores.csv').pivot(index='seed', columns='env_id',"
            + " values='normalized_score') gives one algorithm's runs x tasks array for rliable.");
    writeString(MARKDOWN, doc.toMarkdown());
    writeString(HTML, doc.toHtml("Suite report: " + suiteName));
    writeScoresCsv();
  }

  private void perEnv() {
    doc.heading(2, "Scores per env");
    doc.paragraph(
        "Mean evaluation return of each run (one run per seed); mean, median and IQM over runs.");
    for (String env : envs) {
      doc.heading(3, env);
      List<List<String>> rows = new ArrayList<>();
      for (String algo : algos) {
        double[] raw = raw(env, algo);
        if (raw.length == 0) {
          continue;
        }
        double[][] one = {raw};
        rows.add(
            List.of(
                algo,
                Integer.toString(raw.length),
                fmt(boot(one, t -> ScoreStats.mean(t[0])), "%.2f"),
                fmt(boot(one, t -> ScoreStats.median(t[0])), "%.2f"),
                fmt(boot(one, t -> ScoreStats.iqm(t[0])), "%.2f"),
                String.format(Locale.ROOT, "%.3f", norm.get(env).apply(ScoreStats.iqm(raw)))));
      }
      doc.table(List.of("algo", "runs", "mean", "median", "IQM", "normalised IQM"), rows);
    }
  }

  private void normalisation() {
    doc.heading(2, "Normalisation");
    doc.paragraph(
        "normalised score = (return - random) / (reference - random): 0 is a uniformly random"
            + " policy, 1 the reference. The reference is the best published score the suite"
            + " records for the env, else the best algorithm's mean return in these results.");
    List<List<String>> rows = new ArrayList<>();
    for (String env : envs) {
      Normaliser n = norm.get(env);
      rows.add(
          List.of(
              env,
              String.format(Locale.ROOT, "%.2f", n.random()),
              n.randomKind(),
              String.format(Locale.ROOT, "%.2f", n.reference()),
              n.referenceKind()));
    }
    doc.table(List.of("env", "random", "from", "reference", "from"), rows);
  }

  private void aggregates() throws IOException {
    doc.heading(2, "Aggregate normalised scores");
    List<List<String>> rows = new ArrayList<>();
    List<Interval> iqms = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    for (String algo : algos) {
      double[][] t = normalised(algo, envs);
      iqms.add(boot(t, ScoreStats::aggregateIqm));
      labels.add(algo);
      rows.add(
          List.of(
              algo,
              Integer.toString(t.length),
              Integer.toString(Arrays.stream(t).mapToInt(x -> x.length).sum()),
              fmt(iqms.get(iqms.size() - 1), "%.3f"),
              fmt(boot(t, ScoreStats::aggregateMean), "%.3f"),
              fmt(boot(t, ScoreStats::aggregateMedian), "%.3f"),
              fmt(boot(t, x -> ScoreStats.optimalityGap(x, 1.0)), "%.3f")));
    }
    doc.table(List.of("algo", "envs", "runs", "IQM", "mean", "median", "optimality gap"), rows);
    doc.paragraph(
        "Mean and median are over per-env means (each env weighs the same), IQM over all runs"
            + " pooled; the optimality gap is the mean shortfall below a normalised score of 1."
            + " An algorithm is aggregated over the envs it ran.");
    ReportCharts.intervals(
        path(AGGREGATES_PNG),
        "IQM of normalised scores (95% CI)",
        "normalised score",
        labels,
        iqms,
        null);
    image(AGGREGATES_PNG, "IQM of normalised scores per algorithm");
  }

  private void profiles() throws IOException {
    doc.heading(2, "Performance profiles");
    doc.paragraph(
        "Fraction of runs whose normalised score exceeds tau (averaged over envs); a curve above"
            + " another is better at every threshold.");
    double lo = 0;
    double hi = 1;
    for (String algo : algos) {
      for (double[] t : normalised(algo, envs)) {
        for (double v : t) {
          lo = Math.min(lo, v);
          hi = Math.max(hi, v);
        }
      }
    }
    double[] taus = new double[101];
    for (int i = 0; i < taus.length; i++) {
      taus[i] = lo + (hi - lo) * i / (taus.length - 1);
    }
    List<ReportCharts.Line> lines = new ArrayList<>();
    for (String algo : algos) {
      double[] p = ScoreStats.performanceProfile(normalised(algo, envs), taus);
      lines.add(new ReportCharts.Line(algo, taus, p, null, null));
    }
    ReportCharts.lines(
        path(PROFILE_PNG),
        "Performance profiles",
        "normalised score tau",
        "fraction of runs with score > tau",
        lines);
    image(PROFILE_PNG, "performance profiles");
  }

  private void improvement() throws IOException {
    doc.heading(2, "Probability of improvement");
    if (algos.size() < 2) {
      doc.paragraph("Needs two algorithms; these results have one.");
      return;
    }
    doc.paragraph(
        "P(X > Y): the chance that a random run of X beats a random run of Y on the same env,"
            + " averaged over the envs both ran (raw returns; ties count half).");
    List<List<String>> rows = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    List<Interval> values = new ArrayList<>();
    for (int i = 0; i < algos.size(); i++) {
      for (int j = i + 1; j < algos.size(); j++) {
        String x = algos.get(i);
        String y = algos.get(j);
        List<String> common =
            envs.stream().filter(e -> raw(e, x).length > 0 && raw(e, y).length > 0).toList();
        if (common.isEmpty()) {
          rows.add(List.of(x, y, "no env in common", "0"));
          continue;
        }
        Interval p =
            ScoreStats.probabilityOfImprovement(
                rawTable(x, common), rawTable(y, common), o.reps(), o.seed());
        rows.add(List.of(x, y, fmt(p, "%.3f"), Integer.toString(common.size())));
        labels.add("P(" + x + " > " + y + ")");
        values.add(p);
      }
    }
    doc.table(List.of("X", "Y", "P(X > Y)", "envs"), rows);
    if (!values.isEmpty()) {
      ReportCharts.intervals(
          path(IMPROVEMENT_PNG),
          "Probability of improvement (95% CI)",
          "P(X > Y)",
          labels,
          values,
          new double[] {0, 1});
      image(IMPROVEMENT_PNG, "probability of improvement");
    }
  }

  private void efficiency() throws IOException {
    doc.heading(2, "Sample efficiency");
    doc.paragraph(
        "Training episodic returns (metrics.jsonl) in "
            + o.curvePoints()
            + " equal slices of each run's budget: the aggregate is the IQM of normalised"
            + " returns over all runs at each slice with its 95% interval (dashed); per env, the"
            + " mean over seeds against environment steps.");
    int p = o.curvePoints();
    Map<RunRecord, double[]> curves = new LinkedHashMap<>();
    for (RunRecord r : runs) {
      double[] c = Curves.binned(r, p);
      if (c != null) {
        curves.put(r, c);
      }
    }
    writeCurvesCsv(curves);
    double[] fractions = new double[p];
    for (int i = 0; i < p; i++) {
      fractions[i] = (i + 1.0) / p;
    }
    List<ReportCharts.Line> agg = new ArrayList<>();
    for (String algo : algos) {
      double[] y = new double[p];
      double[] lo = new double[p];
      double[] hi = new double[p];
      for (int i = 0; i < p; i++) {
        double[][] t = curveTable(curves, algo, i);
        Interval v =
            t.length == 0
                ? new Interval(Double.NaN, Double.NaN, Double.NaN)
                : boot(t, ScoreStats::aggregateIqm);
        y[i] = v.value();
        lo[i] = v.low();
        hi[i] = v.high();
      }
      agg.add(new ReportCharts.Line(algo, fractions, y, lo, hi));
    }
    ReportCharts.lines(
        path(EFFICIENCY_PNG),
        "Sample efficiency: IQM of normalised training returns",
        "fraction of the training budget",
        "normalised return (IQM)",
        agg);
    image(EFFICIENCY_PNG, "sample efficiency");
    for (String env : envs) {
      List<ReportCharts.Line> lines = new ArrayList<>();
      for (String algo : algos) {
        List<double[]> seeds = new ArrayList<>();
        long budget = 0;
        for (Map.Entry<RunRecord, double[]> c : curves.entrySet()) {
          if (c.getKey().envId().equals(env) && c.getKey().algo().equals(algo)) {
            seeds.add(c.getValue());
            budget = c.getKey().budgetSteps();
          }
        }
        if (seeds.isEmpty()) {
          continue;
        }
        double[] x = new double[p];
        double[] y = new double[p];
        for (int i = 0; i < p; i++) {
          x[i] = fractions[i] * budget;
          final int slice = i;
          y[i] =
              seeds.stream()
                  .mapToDouble(s -> s[slice])
                  .filter(Double::isFinite)
                  .average()
                  .orElse(Double.NaN);
        }
        lines.add(new ReportCharts.Line(algo, x, y, null, null));
      }
      if (!lines.isEmpty()) {
        String file = "curve-" + env.replaceAll("[^A-Za-z0-9._-]", "-") + ".png";
        ReportCharts.lines(path(file), env, "environment steps", "episodic return", lines);
        image(file, env + " learning curves");
      }
    }
  }

  private double[][] curveTable(Map<RunRecord, double[]> curves, String algo, int slice) {
    List<double[]> rows = new ArrayList<>();
    for (String env : envs) {
      double[] v =
          curves.entrySet().stream()
              .filter(c -> c.getKey().envId().equals(env) && c.getKey().algo().equals(algo))
              .mapToDouble(c -> norm.get(env).apply(c.getValue()[slice]))
              .filter(Double::isFinite)
              .toArray();
      if (v.length > 0) {
        rows.add(v);
      }
    }
    return rows.toArray(new double[0][]);
  }

  private Normaliser normaliser(String env, Suite suite) {
    SuiteEnv se =
        suite == null
            ? null
            : suite.envs().stream().filter(x -> x.id().equals(env)).findFirst().orElse(null);
    Double random = se != null ? se.reference().random() : null;
    String randomKind = "suite reference";
    if (random == null) {
      random =
          runs.stream()
              .filter(r -> r.envId().equals(env) && r.randomReturn() != null)
              .map(RunRecord::randomReturn)
              .findFirst()
              .orElse(null);
      randomKind = "result.json";
    }
    if (random == null) {
      random =
          runs.stream()
              .filter(r -> r.envId().equals(env))
              .mapToDouble(RunRecord::meanReturn)
              .min()
              .orElseThrow();
      randomKind = "worst run (no random score known)";
    }
    if (se != null && !se.reference().published().isEmpty()) {
      PublishedScore best =
          se.reference().published().stream()
              .max((a, b) -> Double.compare(a.score(), b.score()))
              .orElseThrow();
      return new Normaliser(
          random, randomKind, best.score(), "published " + best.algo() + ": " + best.source());
    }
    double bestMean = Double.NEGATIVE_INFINITY;
    String bestAlgo = "";
    for (String algo : algos) {
      double[] raw = raw(env, algo);
      if (raw.length > 0 && ScoreStats.mean(raw) > bestMean) {
        bestMean = ScoreStats.mean(raw);
        bestAlgo = algo;
      }
    }
    if (bestMean <= random) {
      // nothing beat random: a ratio would flip signs, so the score is the return above random
      return new Normaliser(
          random, randomKind, random, "none (no algorithm beat random): score = return - random");
    }
    return new Normaliser(
        random, randomKind, bestMean, "best mean in these results (" + bestAlgo + ")");
  }

  private double[] raw(String env, String algo) {
    return runs.stream()
        .filter(r -> r.envId().equals(env) && r.algo().equals(algo))
        .mapToDouble(RunRecord::meanReturn)
        .toArray();
  }

  private double[][] rawTable(String algo, List<String> onEnvs) {
    return onEnvs.stream().map(e -> raw(e, algo)).toArray(double[][]::new);
  }

  private double[][] normalised(String algo, List<String> onEnvs) {
    List<double[]> rows = new ArrayList<>();
    for (String env : onEnvs) {
      double[] r = raw(env, algo);
      if (r.length > 0) {
        rows.add(Arrays.stream(r).map(v -> norm.get(env).apply(v)).toArray());
      }
    }
    return rows.toArray(new double[0][]);
  }

  private Interval boot(double[][] table, ToDoubleFunction<double[][]> statistic) {
    return ScoreStats.bootstrap(table, statistic, o.reps(), o.seed());
  }

  private void writeScoresCsv() throws IOException {
    StringBuilder s =
        new StringBuilder(
            "suite,env_id,algo,seed,task_id,mean_return,std_return,episodes,budget_steps,"
                + "normalized_score,random_return,reference_return,wall_seconds\n");
    for (RunRecord r : runs) {
      Normaliser n = norm.get(r.envId());
      s.append(csv(r.suite()))
          .append(',')
          .append(csv(r.envId()))
          .append(',')
          .append(csv(r.algo()))
          .append(',')
          .append(r.seed())
          .append(',')
          .append(csv(r.taskId()))
          .append(',')
          .append(r.meanReturn())
          .append(',')
          .append(r.stdReturn())
          .append(',')
          .append(r.episodes())
          .append(',')
          .append(r.budgetSteps())
          .append(',')
          .append(n.apply(r.meanReturn()))
          .append(',')
          .append(n.random())
          .append(',')
          .append(n.reference())
          .append(',')
          .append(r.wallSeconds())
          .append('\n');
    }
    writeString(SCORES_CSV, s.toString());
  }

  private void writeCurvesCsv(Map<RunRecord, double[]> curves) throws IOException {
    StringBuilder s =
        new StringBuilder(
            "env_id,algo,seed,budget_fraction,env_steps,episodic_return,normalized_return\n");
    for (Map.Entry<RunRecord, double[]> c : curves.entrySet()) {
      RunRecord r = c.getKey();
      double[] v = c.getValue();
      for (int i = 0; i < v.length; i++) {
        if (!Double.isFinite(v[i])) {
          continue;
        }
        double fraction = (i + 1.0) / v.length;
        s.append(csv(r.envId()))
            .append(',')
            .append(csv(r.algo()))
            .append(',')
            .append(r.seed())
            .append(',')
            .append(fraction)
            .append(',')
            .append(Math.round(fraction * r.budgetSteps()))
            .append(',')
            .append(v[i])
            .append(',')
            .append(norm.get(r.envId()).apply(v[i]))
            .append('\n');
      }
    }
    writeString(CURVES_CSV, s.toString());
  }

  private static String csv(String v) {
    return v.contains(",") || v.contains("\"") ? '"' + v.replace("\"", "\"\"") + '"' : v;
  }

  private static String fmt(Interval v, String number) {
    return String.format(
        Locale.ROOT, number + " [" + number + ", " + number + "]", v.value(), v.low(), v.high());
  }

  private void image(String file, String alt) {
    doc.image(file, alt);
    written.add(file);
  }

  private Path path(String file) {
    return o.outDir().resolve(file);
  }

  private void writeString(String file, String text) throws IOException {
    Files.writeString(path(file), text, StandardCharsets.UTF_8);
    written.add(file);
  }
}
