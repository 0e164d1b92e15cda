package dev.jymnasium.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.jymnasium.baselines.Agents;
import dev.jymnasium.baselines.DeviceChoice;
import dev.jymnasium.baselines.run.TrainOptions;
import dev.jymnasium.baselines.run.TrainResult;
import dev.jymnasium.baselines.run.TrainRun;
import dev.jymnasium.env.registry.Gym;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code jym train ENV_ID --algo ALGO --out DIR}: trains a baseline agent and writes a run
 * directory ({@code run.json}, {@code metrics.jsonl}, a TensorBoard event file, {@code
 * learning_curve.png}, {@code checkpoint.bin}, {@code policy.bin}); {@code --resume DIR} continues
 * one. The progress bar goes to standard error, the summary to standard output.
 */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description = {
      "Train a baseline agent on an env and write a run directory.",
      "DIR gets run.json (env, algorithm, hyperparameters, seed, versions, result),"
          + " metrics.jsonl (CleanRL's metric names), a TensorBoard event file,"
          + " learning_curve.png, checkpoint.bin (written atomically every --checkpoint-every"
          + " steps) and policy.bin.",
      "Hyperparameters: the algorithm's defaults, overridden by its tuned entry for the env"
          + " (from hyperparams.json), overridden by --hyperparams. A live progress bar is drawn"
          + " on standard error.",
      "Resume an interrupted run with 'jym train --resume DIR'."
    })
final class TrainCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "ENV_ID",
      arity = "0..1",
      description = "A registered id, e.g. CartPole-v1 (not needed with --resume).")
  String id;

  @Option(
      names = "--algo",
      paramLabel = "ALGO",
      description =
          "ppo, a2c, dqn, sac, td3, qlearning, sarsa, or hdpo (inventory envs: gradients "
              + "through the simulator).")
  String algo;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Run directory to create (must not hold another run).")
  Path out;

  @Option(
      names = "--resume",
      paramLabel = "DIR",
      description = "Continue the run in DIR from its last checkpoint up to its budget.")
  Path resume;

  @Option(
      names = "--total-steps",
      paramLabel = "N",
      description =
          "Environment steps (all sub-envs together; default: the tuned budget of "
              + "hyperparams.json, else 100000). Training stops at the first vector step that "
              + "reaches N (a multiple of the sub-env count; PPO and A2C shorten their last "
              + "rollout); the summary reports the steps taken.")
  Long totalSteps;

  @Option(
      names = "--seed",
      defaultValue = "0",
      description = "Seed of envs, initialisation and sampling (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--num-envs",
      paramLabel = "K",
      description =
          "Parallel sub-envs (default: the tuned n_envs, else 1). Tabular "
              + "algorithms use one env.")
  Integer numEnvs;

  @Option(
      names = "--device",
      defaultValue = "cpu",
      paramLabel = "cpu|gpu|auto",
      description =
          "Where networks run: cpu, gpu (an error without a usable CUDA GPU) or "
              + "auto (default: ${DEFAULT-VALUE}; small MLPs are fastest on the CPU).")
  String device;

  @Option(
      names = "--hyperparams",
      paramLabel = "JSON|FILE",
      description =
          "Overrides as a JSON object or a JSON file, snake_case keys as in RL Zoo, "
              + "e.g. '{\"learning_rate\": 0.001, \"net_arch\": [64, 64]}'.")
  String hyperparams;

  @Option(
      names = "--kwargs",
      paramLabel = "JSON",
      description = "Env constructor kwargs as a JSON object.")
  String kwargsJson;

  @Option(
      names = "--checkpoint-every",
      paramLabel = "N",
      description = "Steps between checkpoints (default: a tenth of the budget).")
  Long checkpointEvery;

  @Option(
      names = "--her",
      description =
          "Hindsight experience replay for sac or td3 on a goal env: the hyperparameter "
              + "replay_buffer_class becomes HerReplayBuffer (goal_selection_strategy future, "
              + "n_sampled_goal 4 unless --hyperparams says otherwise), as SB3's HerReplayBuffer.")
  boolean her;

  @Option(names = "--no-progress", description = "Draw no progress bar.")
  boolean noProgress;

  @Option(names = "--json", description = "Print the summary as one JSON object.")
  boolean json;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter progressOut = noProgress ? null : err;
    boolean interactive = System.console() != null;
    TrainResult r;
    String env;
    String algorithm;
    if (resume != null) {
      if (algo != null
          || out != null
          || totalSteps != null
          || numEnvs != null
          || hyperparams != null
          || kwargsJson != null
          || checkpointEvery != null
          || her) {
        throw CliException.usage(
            "--resume continues a run with the settings in its run.json; "
                + "it takes no --algo, --out, --total-steps, --num-envs, --hyperparams, --kwargs, "
                + "--checkpoint-every or --her");
      }
      Map<String, Object> run = readRunJson(resume);
      env = String.valueOf(run.get("env_id"));
      algorithm = String.valueOf(run.get("algorithm"));
      if (id != null && !Gym.registry().resolve(id).id().equals(env)) {
        throw CliException.usage("run " + resume + " trains " + env + ", not " + id);
      }
      err.println("train: resuming " + algorithm + " on " + env + " in " + resume);
      err.flush();
      r = TrainRun.resume(resume, progressOut, interactive);
    } else {
      if (id == null) {
        throw CliException.usage("missing ENV_ID (or --resume DIR)");
      }
      if (algo == null) {
        throw CliException.usage(
            "missing --algo; expected one of " + String.join(", ", Agents.ALGORITHMS));
      }
      algorithm = algo.trim().toLowerCase(Locale.ROOT);
      if (!Agents.ALGORITHMS.contains(algorithm)) {
        throw CliException.usage(
            "unknown --algo '"
                + algo
                + "'; expected one of "
                + String.join(", ", Agents.ALGORITHMS));
      }
      if (out == null) {
        throw CliException.usage("missing --out DIR (the run directory to create)");
      }
      if (totalSteps != null && totalSteps < 1) {
        throw CliException.usage("--total-steps must be >= 1, got " + totalSteps);
      }
      if (numEnvs != null && numEnvs < 1) {
        throw CliException.usage("--num-envs must be >= 1, got " + numEnvs);
      }
      if (checkpointEvery != null && checkpointEvery < 1) {
        throw CliException.usage("--checkpoint-every must be >= 1, got " + checkpointEvery);
      }
      if (seed < 0) {
        throw CliException.usage("--seed must be >= 0, got " + seed);
      }
      if (Files.exists(out.resolve(TrainRun.RUN_JSON))) {
        throw CliException.usage(
            out
                + " already holds a run; continue it with --resume "
                + out
                + " or choose another --out");
      }
      DeviceChoice dev;
      try {
        dev = DeviceChoice.parse(device);
      } catch (IllegalArgumentException e) {
        throw CliException.usage("--device: " + e.getMessage());
      }
      if (hyperparams != null
          && !hyperparams.trim().startsWith("{")
          && !Files.isRegularFile(Path.of(hyperparams.trim()))) {
        throw CliException.usage(
            "--hyperparams is neither a JSON object nor a file: " + hyperparams);
      }
      if (numEnvs != null && (algorithm.equals("qlearning") || algorithm.equals("sarsa"))) {
        throw CliException.usage(
            "--num-envs does not apply to " + algorithm + " (it learns from one env)");
      }
      if (numEnvs != null && algorithm.equals("hdpo")) {
        throw CliException.usage(
            "--num-envs does not apply to hdpo (set batch_size in --hyperparams)");
      }
      if (her && !algorithm.equals("sac") && !algorithm.equals("td3")) {
        throw CliException.usage("--her works with --algo sac or td3, not " + algorithm);
      }
      String hyperparamsSpec = her ? withHer(hyperparams) : hyperparams;
      Map<String, Object> kwargs = Json.parseKwargs(kwargsJson);
      env = Gym.registry().resolve(id).id();
      TrainOptions o =
          new TrainOptions(
              env,
              algorithm,
              totalSteps,
              seed,
              numEnvs,
              dev,
              hyperparamsSpec,
              kwargs,
              out,
              checkpointEvery,
              progressOut != null);
      err.println(
          "train: "
              + algorithm
              + " on "
              + env
              + ", seed "
              + seed
              + ", device "
              + dev
              + ", run directory "
              + out);
      err.flush();
      r = TrainRun.run(o, progressOut != null ? progressOut : err, interactive);
    }
    PrintWriter stdout = spec.commandLine().getOut();
    if (json) {
      stdout.println(toJson(env, algorithm, r));
    } else {
      stdout.println(
          String.format(
              Locale.ROOT,
              "trained %s on %s: %d steps in %.1f s (%,.0f steps/s), mean return of the last "
                  + "episodes %s%s; run directory %s",
              algorithm,
              env,
              r.steps(),
              r.wallSeconds(),
              r.stepsPerSecond(),
              Double.isNaN(r.recentReturn())
                  ? "-"
                  : String.format(Locale.ROOT, "%.2f", r.recentReturn()),
              Double.isNaN(r.recentSuccessRate())
                  ? ""
                  : String.format(
                      Locale.ROOT, ", success rate %.1f%%", 100 * r.recentSuccessRate()),
              r.dir()));
    }
    stdout.flush();
    return Jym.EXIT_OK;
  }

  /** The {@code --hyperparams} overrides with HER's replay buffer added, as a JSON object. */
  private static String withHer(String hyperparams) throws IOException {
    Map<String, Object> overrides;
    try {
      overrides = TrainRun.parseHyperparams(hyperparams);
    } catch (IllegalArgumentException e) {
      throw CliException.usage(e.getMessage());
    }
    overrides.put("replay_buffer_class", "HerReplayBuffer");
    return Json.MAPPER.writeValueAsString(overrides);
  }

  private static Map<String, Object> readRunJson(Path dir) {
    Path file = dir.resolve(TrainRun.RUN_JSON);
    if (!Files.isRegularFile(file)) {
      throw CliException.usage(
          "--resume " + dir + ": no " + TrainRun.RUN_JSON + " there (not a run directory)");
    }
    try {
      @SuppressWarnings("unchecked")
      Map<String, Object> m = Json.MAPPER.readValue(file.toFile(), Map.class);
      return m;
    } catch (IOException e) {
      throw CliException.usage(
          "--resume " + dir + ": " + file + " is not readable JSON (" + e.getMessage() + ")");
    }
  }

  /**
   * {@code {"env":…,"algo":…,"dir":…,"steps":…,"wall_seconds":…,"steps_per_second":…,…}}, with
   * {@code "recent_success_rate"} on goal envs.
   */
  static String toJson(String env, String algo, TrainResult r) throws IOException {
    StringWriter sw = new StringWriter();
    try (JsonGenerator g = Json.generator(sw)) {
      g.writeStartObject();
      g.writeStringField("env", env);
      g.writeStringField("algo", algo);
      g.writeStringField("dir", r.dir().toString());
      g.writeNumberField("steps", r.steps());
      g.writeNumberField("wall_seconds", r.wallSeconds());
      g.writeNumberField("steps_per_second", r.stepsPerSecond());
      g.writeFieldName("recent_return");
      if (Double.isNaN(r.recentReturn())) {
        g.writeNull();
      } else {
        g.writeNumber(r.recentReturn());
      }
      if (!Double.isNaN(r.recentSuccessRate())) {
        g.writeNumberField("recent_success_rate", r.recentSuccessRate());
      }
      g.writeEndObject();
    }
    return sw.toString();
  }
}
