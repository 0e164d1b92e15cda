package dev.jymnasium.cli;

import dev.jymnasium.baselines.policy.Policy;
import dev.jymnasium.baselines.run.EvalOptions;
import dev.jymnasium.baselines.run.EvalResult;
import dev.jymnasium.baselines.run.EvalRun;
import dev.jymnasium.baselines.run.TrainRun;
import dev.jymnasium.env.Env;
import dev.jymnasium.env.registry.Gym;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code jym eval ENV_ID --policy DIR}: runs a trained policy deterministically for N episodes
 * (episode {@code k} reset with seed {@code S + k}) and reports the return statistics; {@code
 * --controller NAME} runs a classical controller instead: controlgym's ({@link ControllerPolicy})
 * or a structured inventory policy ({@link InventoryPolicy}, with {@code --params JSON} and {@code
 * --search}).
 */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "Evaluate a trained policy deterministically.",
      "Runs N episodes of ENV_ID with the greedy/mean action of the policy in DIR (a run"
          + " directory of 'jym train', or a policy.bin file); episode k is reset with seed S + k.",
      "--controller lqr|lqg|h2|hinf|zero runs controlgym's classical baseline instead of a"
          + " trained policy; --controller"
          + " base-stock|capped-base-stock|constant-order|newsvendor|echelon-base-stock"
          + " a structured inventory policy with --params (e.g. '{\"level\": 29}'), fitted first"
          + " with --search.",
      "With --json: one JSON object on standard output with the keys env, episodes,"
          + " mean_return, std_return and mean_length."
    })
final class EvalCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "ENV_ID", description = "A registered id, e.g. CartPole-v1.")
  String id;

  @Option(
      names = "--policy",
      paramLabel = "DIR",
      description = "Run directory (its policy.bin is used) or a policy file.")
  Path policy;

  @Option(
      names = "--controller",
      paramLabel = "NAME",
      description =
          "A classical controller instead of --policy: lqr, lqg, h2, hinf or zero (controlgym"
              + " envs; lqr and lqg on the linear ones, h2 and hinf on the linear systems, where"
              + " the adversary's disturbance replaces the noise as in controlgym's H2Hinf.run);"
              + " base-stock, capped-base-stock, constant-order, newsvendor (one-store inventory"
              + " envs) or echelon-base-stock (inventory/Serial-v0).")
  String controller;

  @Option(
      names = "--gamma",
      paramLabel = "G",
      description = "Robustness level of --controller hinf (default: 10).")
  Double gamma;

  @Option(
      names = "--params",
      paramLabel = "JSON",
      description =
          "Parameters of an inventory --controller as a JSON object: level (base-stock),"
              + " level and cap (capped-base-stock), quantity (constant-order), quantile"
              + " (newsvendor, default p/(p+h)), increments (echelon-base-stock, store first).")
  String paramsJson;

  @Option(
      names = "--search",
      description =
          "Fit the inventory --controller's parameters first (pattern search on pre-sampled"
              + " demand, from --params or a newsvendor guess); prints them on standard error.")
  boolean search;

  @Option(
      names = "--episodes",
      defaultValue = "20",
      paramLabel = "N",
      description = "Episodes to run (default: ${DEFAULT-VALUE}).")
  int episodes;

  @Option(
      names = "--seed",
      defaultValue = "0",
      paramLabel = "S",
      description = "Episode k is reset with seed S + k (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--kwargs",
      paramLabel = "JSON",
      description =
          "Env constructor kwargs as a JSON object (default: those of the run's "
              + "run.json, if any).")
  String kwargsJson;

  @Option(names = "--json", description = "Print one JSON object instead of a sentence.")
  boolean json;

  @Override
  public Integer call() throws IOException {
    if (episodes < 1) {
      throw CliException.usage("--episodes must be >= 1, got " + episodes);
    }
    if (seed < 0) {
      throw CliException.usage("--seed must be >= 0, got " + seed);
    }
    if ((policy == null) == (controller == null)) {
      throw CliException.usage("give either --policy DIR or --controller NAME");
    }
    if (gamma != null && !"hinf".equals(controller)) {
      throw CliException.usage("--gamma goes with --controller hinf");
    }
    if (gamma != null && !(gamma > 0 && Double.isFinite(gamma))) {
      throw CliException.usage("--gamma must be finite and > 0, got " + gamma);
    }
    boolean inventory = controller != null && InventoryPolicy.NAMES.contains(controller);
    if ((paramsJson != null || search) && !inventory) {
      throw CliException.usage(
          "--params and --search go with an inventory --controller ("
              + String.join(", ", InventoryPolicy.NAMES)
              + ")");
    }
    if (controller != null) {
      return print(evaluateController(inventory));
    }
    Path file = EvalRun.policyFile(policy);
    if (!Files.isRegularFile(file)) {
      throw CliException.usage(
          "--policy "
              + policy
              + ": "
              + (Files.isDirectory(policy)
                  ? "no "
                      + TrainRun.POLICY_FILE
                      + " in this directory (did the training run finish?)"
                  : "no such file or directory"));
    }
    String envId = Gym.registry().resolve(id).id();
    Map<String, Object> kwargs =
        kwargsJson != null ? Json.parseKwargs(kwargsJson) : runKwargs(policy, envId);
    return print(EvalRun.run(new EvalOptions(envId, policy, episodes, seed, kwargs)));
  }

  private EvalResult evaluateController(boolean inventory) {
    String envId = Gym.registry().resolve(id).id();
    Map<String, Object> kwargs = kwargsJson != null ? Json.parseKwargs(kwargsJson) : Map.of();
    try (Env<Object, Object> env = Gym.make(envId, kwargs)) {
      Policy c =
          inventory
              ? InventoryPolicy.of(
                  controller,
                  env,
                  envId,
                  Json.parseObject("--params", "{\"level\": 29}", paramsJson),
                  search ? InventoryPolicy.SearchMode.SEARCH : InventoryPolicy.SearchMode.GIVEN,
                  spec.commandLine().getErr())
              : ControllerPolicy.of(
                  controller, env, envId, gamma == null ? ControllerPolicy.DEFAULT_GAMMA : gamma);
      return EvalRun.evaluate(c, env, envId, episodes, seed);
    }
  }

  private int print(EvalResult r) {
    PrintWriter out = spec.commandLine().getOut();
    out.println(json ? r.toJson() : r.toString());
    out.flush();
    return Jym.EXIT_OK;
  }

  /** The env kwargs recorded in a run directory's run.json when it trained on envId, or none. */
  private static Map<String, Object> runKwargs(Path dir, String envId) {
    Path runJson = dir.resolve(TrainRun.RUN_JSON);
    if (!Files.isDirectory(dir) || !Files.isRegularFile(runJson)) {
      return Map.of();
    }
    try {
      Map<?, ?> run = Json.MAPPER.readValue(runJson.toFile(), Map.class);
      if (envId.equals(run.get("env_id")) && run.get("env_kwargs") instanceof Map<?, ?> m) {
        @SuppressWarnings("unchecked")
        Map<String, Object> typed = (Map<String, Object>) m;
        return typed;
      }
    } catch (IOException e) {
      // an unreadable run.json only loses the kwargs; the policy file is what counts
    }
    return Map.of();
  }
}
