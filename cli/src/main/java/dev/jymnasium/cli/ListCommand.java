package dev.jymnasium.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.jymnasium.env.registry.EnvSpec;
import dev.jymnasium.env.registry.Gym;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code jym list}: every registered id with its spaces, time limit and reward threshold. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description = {
      "List the registered envs.",
      "Every registered env id with its observation space, action space, max episode steps"
          + " and reward threshold."
    })
final class ListCommand implements Callable<Integer> {
  enum Format {
    table,
    json,
    markdown
  }

  @Spec CommandSpec spec;

  @Option(
      names = "--format",
      defaultValue = "table",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<EnvFacts> facts = new ArrayList<>();
    for (EnvSpec s : Gym.registry().all()) {
      EnvFacts f = EnvFacts.of(s);
      if (f.error() != null) {
        err.println("jym list: cannot build " + s.id() + ": " + f.error());
      }
      facts.add(f);
    }
    switch (format) {
      case json -> {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (EnvFacts f : facts) {
          Map<String, Object> row = new LinkedHashMap<>();
          row.put("id", f.spec().id());
          row.put("observation_space", f.observationSpace());
          row.put("action_space", f.actionSpace());
          row.put("max_episode_steps", f.spec().maxEpisodeSteps());
          row.put("reward_threshold", f.spec().rewardThreshold());
          row.put("nondeterministic", f.spec().nondeterministic());
          if (f.error() != null) {
            row.put("error", f.error());
          }
          rows.add(row);
        }
        try (JsonGenerator g = Json.generator(out)) {
          g.useDefaultPrettyPrinter();
          Json.write(g, rows);
        }
        out.println();
      }
      case table, markdown -> {
        TextTable t =
            new TextTable(
                "ID", "OBSERVATION SPACE", "ACTION SPACE", "MAX EPISODE STEPS", "REWARD THRESHOLD");
        if (format == Format.markdown) {
          t =
              new TextTable(
                  "id",
                  "observation space",
                  "action space",
                  "max episode steps",
                  "reward threshold");
        }
        for (EnvFacts f : facts) {
          t.row(
              f.spec().id(),
              f.error() == null ? f.observationSpace() : "(error)",
              f.error() == null ? f.actionSpace() : "(error)",
              f.spec().maxEpisodeSteps(),
              f.spec().rewardThreshold());
        }
        if (format == Format.markdown) {
          t.printMarkdown(out);
        } else {
          t.print(out);
        }
      }
      default -> throw new IllegalStateException("unknown format " + format);
    }
    out.flush();
    return Jym.EXIT_OK;
  }
}
