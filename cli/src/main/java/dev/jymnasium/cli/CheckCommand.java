package dev.jymnasium.cli;

import dev.jymnasium.env.Env;
import dev.jymnasium.env.checker.CheckReport;
import dev.jymnasium.env.checker.EnvChecker;
import dev.jymnasium.env.registry.Gym;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code jym check ENV_ID}: Gymnasium's {@code check_env} on the env from {@code Gym.make} and on
 * its unwrapped env. Exit 0 when both pass (warnings on standard error), 1 with the failures listed
 * on standard output.
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Run the env checker on an env.",
      "Runs Gymnasium's check_env on the env made from ENV_ID and --kwargs (with its default"
          + " wrappers) and on the unwrapped env.",
      "Exit 0 when both pass (warnings go to stderr), 1 when a check fails (failures listed)."
    })
final class CheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "ENV_ID", description = "A registered id, e.g. CartPole-v1.")
  String id;

  @Option(
      names = "--kwargs",
      paramLabel = "JSON",
      description = "Constructor kwargs as a JSON object, e.g. '{\"sutton_barto_reward\": true}'.")
  String kwargsJson;

  @Option(names = "--skip-render", description = "Skip the render checks.")
  boolean skipRender;

  @Option(names = "--skip-close", description = "Skip the close-twice check.")
  boolean skipClose;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Map<String, Object> kwargs = Json.parseKwargs(kwargsJson);

    Map<String, CheckReport> reports = new LinkedHashMap<>();
    Env<?, ?> made = Gym.make(id, kwargs);
    try {
      reports.put("Gym.make", EnvChecker.check(made, skipRender, skipClose));
    } finally {
      made.close();
    }
    Env<?, ?> raw = Gym.make(id, kwargs).unwrapped();
    try {
      reports.put("unwrapped", EnvChecker.check(raw, skipRender, skipClose));
    } finally {
      raw.close();
    }

    // Each distinct warning once, with the targets that gave it.
    Map<String, List<String>> warnings = new LinkedHashMap<>();
    Map<String, Integer> warningCounts = new LinkedHashMap<>();
    for (Map.Entry<String, CheckReport> e : reports.entrySet()) {
      int count = 0;
      for (String w : e.getValue().warnings()) {
        if (e.getKey().equals("Gym.make") && w.startsWith(EnvChecker.WRAPPED_WARNING_PREFIX)) {
          continue; // expected: the unwrapped env is checked too
        }
        count++;
        warnings.computeIfAbsent(w, k -> new ArrayList<>()).add(e.getKey());
      }
      warningCounts.put(e.getKey(), count);
    }
    for (Map.Entry<String, List<String>> w : warnings.entrySet()) {
      String where =
          w.getValue().size() == reports.size() ? "" : " [" + String.join(", ", w.getValue()) + "]";
      err.println("WARN" + where + ": " + w.getKey());
    }
    err.flush();

    boolean passed = true;
    for (Map.Entry<String, CheckReport> e : reports.entrySet()) {
      CheckReport r = e.getValue();
      passed &= r.passed();
      out.println(
          id
              + " ("
              + e.getKey()
              + "): "
              + (r.passed() ? "passed" : "FAILED, " + r.failures().size() + " failure(s)")
              + ", "
              + warningCounts.get(e.getKey())
              + " warning(s)");
      for (String f : r.failures()) {
        out.println("  FAIL: " + f);
      }
    }
    out.println(passed ? "env checker passed: " + id : "env checker failed: " + id);
    out.flush();
    return passed ? Jym.EXIT_OK : Jym.EXIT_FAILURE;
  }
}
