package dev.jymnasium.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.jymnasium.env.registry.EnvSpec;
import dev.jymnasium.env.registry.Gym;
import dev.jymnasium.env.registry.KwargInfo;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code jym info ENV_ID}: the spec, the spaces, the render modes and fps of one env. */
@Command(
    name = "info",
    mixinStandardHelpOptions = true,
    description = {
      "Show one env's spec, spaces and kwargs.",
      "The spec fields, spaces, render modes, render fps and the kwargs it accepts (type,"
          + " default, range, doc)."
    })
final class InfoCommand implements Callable<Integer> {
  enum Format {
    text,
    json
  }

  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "ENV_ID",
      description =
          "A registered id, e.g. CartPole-v1 " + "(without -vN the latest version is used).")
  String id;

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    EnvSpec s = Gym.registry().resolve(id);
    EnvFacts f = EnvFacts.of(s);
    if (f.error() != null) {
      throw new CliException(Jym.EXIT_FAILURE, "cannot build " + s.id() + ": " + f.error());
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", s.id());
    m.put("namespace", s.namespace());
    m.put("name", s.name());
    m.put("version", s.version());
    m.put("env_class", f.envClass());
    m.put("observation_space", f.observationSpace());
    m.put("action_space", f.actionSpace());
    m.put("max_episode_steps", s.maxEpisodeSteps());
    m.put("reward_threshold", s.rewardThreshold());
    m.put("nondeterministic", s.nondeterministic());
    m.put("order_enforce", s.orderEnforce());
    m.put("disable_env_checker", s.disableEnvChecker());
    m.put("kwargs", s.kwargs());
    m.put("accepted_kwargs", s.kwargInfos().stream().map(InfoCommand::asMap).toList());
    m.put("vector_entry_point", s.vectorEntryPoint() != null);
    m.put("parallel_entry_point", s.parallelEntryPoint() != null);
    m.put("render_modes", f.renderModes());
    m.put("render_fps", f.metadata() == null ? null : f.metadata().renderFps());
    if (format == Format.json) {
      try (JsonGenerator g = Json.generator(out)) {
        g.useDefaultPrettyPrinter();
        Json.write(g, m);
      }
      out.println();
    } else {
      int w = m.keySet().stream().mapToInt(String::length).max().orElse(0);
      for (Map.Entry<String, Object> e : m.entrySet()) {
        if (!e.getKey().equals("accepted_kwargs")) {
          out.println(
              e.getKey() + ":" + " ".repeat(w - e.getKey().length() + 2) + text(e.getValue()));
        }
      }
      printKwargs(out, s.kwargInfos());
    }
    out.flush();
    return Jym.EXIT_OK;
  }

  /** The accepted kwargs as a table: name, type, default, accepted values, doc. */
  private static void printKwargs(PrintWriter out, List<KwargInfo> infos) {
    if (infos.isEmpty()) {
      return;
    }
    out.println();
    out.println("accepted kwargs (besides max_episode_steps and disable_env_checker):");
    TextTable table = new TextTable("name", "type", "default", "accepts", "doc");
    for (KwargInfo k : infos) {
      table.row(
          k.name(),
          k.type(),
          k.defaultValue(),
          k.accepted().isEmpty() ? "any" : k.accepted(),
          k.doc());
    }
    table.print(out);
  }

  private static Map<String, Object> asMap(KwargInfo k) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", k.name());
    m.put("type", k.type());
    m.put("default", k.defaultValue());
    m.put("accepts", k.accepted());
    m.put("doc", k.doc());
    return m;
  }

  private static String text(Object v) {
    if (v == null) {
      return "-";
    }
    if (v instanceof java.util.List<?> list) {
      return list.isEmpty() ? "-" : String.join(", ", list.stream().map(String::valueOf).toList());
    }
    if (v instanceof Map<?, ?> map) {
      return map.isEmpty() ? "{}" : Json.toJson(map);
    }
    return v.toString();
  }
}
