package dev.jymnasium.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.jymnasium.env.registry.Gym;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code jym bench ENV_ID}: steps per second of the unwrapped env, the env from {@code make}, a
 * synchronous and a threaded vector env, with random actions drawn before timing.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Measure the stepping speed of an env.",
      "Steps per second of ENV_ID (1) unwrapped, (2) via make (default wrappers), (3) in a"
          + " synchronous vector env and (4) in a threaded vector env of K sub-envs (env-steps"
          + " per second).",
      "Random actions are drawn (seeded) before timing; episodes are reset inside the loop"
          + " (vector envs autoreset); each measurement is preceded by an untimed warm-up pass."
    })
final class BenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "ENV_ID", description = "A registered id, e.g. CartPole-v1.")
  String id;

  @Option(
      names = "--steps",
      paramLabel = "N",
      defaultValue = "2000000",
      description =
          "Timed env-steps per measurement (vector modes: total over all sub-envs; "
              + "default: ${DEFAULT-VALUE}).")
  long steps;

  @Option(
      names = "--warmup",
      paramLabel = "W",
      description =
          "Untimed warm-up env-steps before each measurement, same loop " + "(default: N).")
  Long warmup;

  @Option(
      names = "--num-envs",
      paramLabel = "K",
      defaultValue = "8",
      description = "Sub-envs of the vector modes (default: ${DEFAULT-VALUE}).")
  int numEnvs;

  @Option(
      names = "--threads",
      paramLabel = "T",
      description = "Threads of the threaded vector env (default: min(K, cores)).")
  Integer threads;

  @Option(
      names = "--modes",
      split = ",",
      paramLabel = "MODE",
      description =
          "Modes to measure, comma-separated: unwrapped, make, vector-sync, "
              + "vector-threaded, vector-native (the id's own vector env; default: all, "
              + "vector-native where the id has one).")
  List<String> modes;

  @Option(
      names = "--seed",
      defaultValue = "0",
      description =
          "Seed of the env resets and the " + "random actions (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--json", description = "One JSON object per line instead of a table.")
  boolean json;

  @Option(
      names = "--kwargs",
      paramLabel = "JSON",
      description = "Constructor kwargs as a JSON object.")
  String kwargsJson;

  @Override
  public Integer call() throws IOException {
    if (steps < 1) {
      throw CliException.usage("--steps must be >= 1, got " + steps);
    }
    if (numEnvs < 1) {
      throw CliException.usage("--num-envs must be >= 1, got " + numEnvs);
    }
    if (threads != null && (threads < 1 || threads > numEnvs)) {
      throw CliException.usage(
          "--threads must be in [1, "
              + numEnvs
              + "] (the number of "
              + "sub-envs), got "
              + threads);
    }
    if (warmup != null && warmup < 0) {
      throw CliException.usage("--warmup must be >= 0, got " + warmup);
    }
    if (seed < 0) {
      throw CliException.usage("--seed must be >= 0, got " + seed);
    }
    Set<Bench.Mode> selected = new LinkedHashSet<>();
    if (modes == null || modes.isEmpty()) {
      selected.addAll(List.of(Bench.Mode.values()));
      if (Gym.registry().resolve(id).vectorEntryPoint() == null) {
        selected.remove(Bench.Mode.vector_native);
      }
    } else {
      for (String m : modes) {
        selected.add(Bench.Mode.parse(m.strip()));
      }
    }
    Map<String, Object> kwargs = Json.parseKwargs(kwargsJson);
    String envId = Gym.registry().resolve(id).id();
    long warm = warmup != null ? warmup : steps;

    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Bench.Result> results = new ArrayList<>();
    if (!json) {
      err.println(
          "bench "
              + envId
              + ": "
              + steps
              + " timed env-steps per mode after "
              + warm
              + " warm-up steps; vector modes with "
              + numEnvs
              + " sub-envs");
      err.flush();
    }
    for (Bench.Mode mode : selected) {
      Bench.Result r = Bench.run(envId, kwargs, mode, steps, warm, numEnvs, threads, seed);
      results.add(r);
      if (json) {
        out.println(toJson(r));
      } else {
        err.println(
            String.format(Locale.ROOT, "  %-16s %,14.0f steps/s", mode.label, r.stepsPerSecond()));
        err.flush();
      }
      out.flush();
    }
    if (!json) {
      TextTable t =
          new TextTable("ENV", "MODE", "NUM_ENVS", "THREADS", "STEPS", "SECONDS", "STEPS/S");
      for (Bench.Result r : results) {
        t.row(
            r.env(),
            r.mode().label,
            r.numEnvs(),
            r.threads(),
            r.steps(),
            String.format(Locale.ROOT, "%.3f", r.seconds()),
            String.format(Locale.ROOT, "%,.0f", r.stepsPerSecond()));
      }
      t.print(out);
      out.flush();
    }
    return Jym.EXIT_OK;
  }

  /** {@code {"env":…,"mode":…,"num_envs":…,"steps":…,"seconds":…,"steps_per_second":…}}. */
  static String toJson(Bench.Result r) throws IOException {
    StringWriter sw = new StringWriter();
    try (JsonGenerator g = Json.generator(sw)) {
      g.writeStartObject();
      g.writeStringField("env", r.env());
      g.writeStringField("mode", r.mode().label);
      g.writeNumberField("num_envs", r.numEnvs());
      g.writeNumberField("steps", r.steps());
      g.writeNumberField("seconds", r.seconds());
      g.writeNumberField("steps_per_second", r.stepsPerSecond());
      g.writeEndObject();
    }
    return sw.toString();
  }
}
