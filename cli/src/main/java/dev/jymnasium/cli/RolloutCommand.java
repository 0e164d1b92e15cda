package dev.jymnasium.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.jymnasium.env.Env;
import dev.jymnasium.env.Reset;
import dev.jymnasium.env.Step;
import dev.jymnasium.env.registry.Gym;
import dev.jymnasium.env.spaces.Discrete;
import dev.jymnasium.env.spaces.Space;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code jym rollout}: one seeded episode as JSON lines, for comparing with other
 * implementations. The format is an interop contract:
 *
 * <ul>
 *   <li>input ({@code --actions FILE}, {@code -} for stdin): one JSON value per line, an integer
 *       for Discrete, a number array for Box/MultiDiscrete/MultiBinary (nested values for
 *       Tuple/Dict as {@code Space.fromJsonable} reads them); blank lines are ignored;
 *   <li>with {@code --steps N} the actions are sampled from the action space seeded with the
 *       seed;
 *   <li>output: the env from {@code Gym.make(id, kwargs)} reset with the seed, then one line
 *       {@code {"step":0,"action":null,"obs":…,"reward":null,"terminated":false,
 *       "truncated":false,"info":{…}}} and one line per step
 *       {@code {"step":k,"action":…,"obs":…,"reward":…,"terminated":…,"truncated":…,"info":{…}}},
 *       stopping after the last action or at the first terminated/truncated step.
 * </ul>
 *
 * <p>Every action line is parsed and checked against the action space before the env is reset:
 * a bad line exits with code 2 and a message naming the line number, the value and the space,
 * and nothing is written to standard output.
 */
@Command(
    name = "rollout",
    mixinStandardHelpOptions = true,
    description = {
      "Run one seeded episode and print it as JSON lines.",
      "First the reset, then one line per step, stopping after the last action or at the",
      "first terminated/truncated step.",
      "Lines: {\"step\":k,\"action\":...,\"obs\":...,\"reward\":...,\"terminated\":...,"
          + "\"truncated\":...,\"info\":{...}} (step 0: action and reward null)."
    })
final class RolloutCommand implements Callable<Integer> {
  enum Format { jsonl }

  @Spec CommandSpec spec;

  @ParentCommand Jym parent;

  @Parameters(paramLabel = "ENV_ID", description = "A registered id, e.g. CartPole-v1.")
  String id;

  @Option(names = "--seed", required = true, paramLabel = "S",
      description = "Seed of the reset (and of the action space with --steps).")
  long seed;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Source source;

  static final class Source {
    @Option(names = "--actions", paramLabel = "FILE",
        description = "One JSON action per line ('-' reads stdin); blank lines are ignored.")
    String actionsFile;

    @Option(names = "--steps", paramLabel = "N",
        description = "Take N actions sampled from the action space seeded with S.")
    Integer steps;
  }

  @Option(names = "--kwargs", paramLabel = "JSON",
      description = "Constructor kwargs as a JSON object, e.g. '{\"sutton_barto_reward\": true}'.")
  String kwargsJson;

  @Option(names = "--render", paramLabel = "MODE",
      description = "human: show the rollout in a window while it runs.")
  String renderMode;

  @Option(names = "--record", paramLabel = "FILE",
      description = "Write a video of the rollout: FILE.gif (JDK only) or FILE.mp4 (needs ffmpeg).")
  Path record;

  @Option(names = "--format", defaultValue = "jsonl",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Override
  public Integer call() throws IOException {
    if (seed < 0) {
      throw CliException.usage("--seed must be >= 0, got " + seed);
    }
    if (source.steps != null && source.steps < 0) {
      throw CliException.usage("--steps must be >= 0, got " + source.steps);
    }
    Map<String, Object> kwargs = new LinkedHashMap<>(Json.parseKwargs(kwargsJson));
    if (renderMode != null && !renderMode.equals("human")) {
      throw CliException.usage("--render supports only 'human', got '" + renderMode + "'");
    }
    if (renderMode != null && record != null) {
      throw CliException.usage("--render human and --record cannot be combined");
    }
    if (renderMode != null || record != null) {
      kwargs.put("render_mode", renderMode != null ? renderMode : "rgb_array");
    }
    PrintWriter out = spec.commandLine().getOut();
    Env<Object, Object> env = Gym.make(id, kwargs);
    Recording recording = record == null ? null : Recording.start(env, record);
    if (recording != null) {
      env = recording.env();
    }
    try {
      Space<Object> actionSpace = env.actionSpace();
      Space<Object> obsSpace = env.observationSpace();
      List<Object> actions = null;
      long n;
      if (source.actionsFile != null) {
        actions = readActions(source.actionsFile, env);
        n = actions.size();
      } else {
        actionSpace.seed(seed);
        n = source.steps;
      }
      Reset<Object> r = env.reset(seed, null);
      out.print(line(0, null, obsSpace.toJsonable(r.observation()), null, false, false, r.info()));
      for (long k = 1; k <= n; k++) {
        Object action = actions != null ? actions.get((int) (k - 1)) : actionSpace.sample();
        Object actionJson = actionSpace.toJsonable(action);
        Step<Object> s = env.step(action);
        out.print(line(k, actionJson, obsSpace.toJsonable(s.observation()), s.reward(),
            s.terminated(), s.truncated(), s.info()));
        if (s.done()) {
          break;
        }
      }
      out.flush();
    } finally {
      env.close();
    }
    if (recording != null) {
      spec.commandLine().getErr().println("jym: wrote " + recording.finish());
    }
    return Jym.EXIT_OK;
  }

  /** One JSON line (with its newline). */
  static String line(long step, Object action, Object obs, Double reward, boolean terminated,
      boolean truncated, Map<String, Object> info) throws IOException {
    StringWriter sw = new StringWriter(256);
    try (JsonGenerator g = Json.generator(sw)) {
      g.writeStartObject();
      g.writeNumberField("step", step);
      g.writeFieldName("action");
      Json.write(g, action);
      g.writeFieldName("obs");
      Json.write(g, obs);
      g.writeFieldName("reward");
      Json.write(g, reward);
      g.writeBooleanField("terminated", terminated);
      g.writeBooleanField("truncated", truncated);
      g.writeFieldName("info");
      Json.write(g, info == null ? Map.of() : info);
      g.writeEndObject();
    }
    return sw.append('\n').toString();
  }

  /** Reads, parses and validates every action line; exit 2 on the first bad one. */
  private List<Object> readActions(String file, Env<Object, Object> env) throws IOException {
    Space<Object> space = env.actionSpace();
    BufferedReader in;
    String source;
    if ("-".equals(file)) {
      in = new BufferedReader(new InputStreamReader(parent.stdin(), StandardCharsets.UTF_8));
      source = "stdin";
    } else {
      try {
        in = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8);
      } catch (NoSuchFileException e) {
        throw CliException.usage("--actions file not found: " + file);
      }
      source = file;
    }
    List<Object> actions = new ArrayList<>();
    try (in) {
      String text;
      int lineNo = 0;
      while ((text = in.readLine()) != null) {
        lineNo++;
        String value = text.strip();
        if (value.isEmpty()) {
          continue;
        }
        actions.add(parseAction(value, env, source, lineNo));
      }
    }
    return actions;
  }

  /** One action from its JSON text, checked against the space. */
  static Object parseAction(String value, Env<?, ?> env, String source, int lineNo) {
    Space<?> space = env.actionSpace();
    String where = "bad action on line " + lineNo + " of " + source + ": " + value;
    Object json;
    try {
      json = Json.parseValue(value);
    } catch (JsonProcessingException e) {
      throw CliException.usage(where + " is not valid JSON (" + e.getOriginalMessage()
          + "); expected " + expected(space));
    }
    if (space instanceof Discrete && json instanceof Number num && !(json instanceof Integer)
        && !(json instanceof Double) && !(json instanceof Float)
        && (num.doubleValue() > Integer.MAX_VALUE || num.doubleValue() < Integer.MIN_VALUE)) {
      throw CliException.usage(where + " is not an element of " + space + ": out of range");
    }
    Object action;
    try {
      action = space.fromJsonable(json);
    } catch (RuntimeException e) {
      throw CliException.usage(where + " is not an element of " + space + ": " + e.getMessage());
    }
    // The env decides: Pendulum-like envs clip out-of-range actions instead of rejecting them.
    String why = env.actionMismatch(action);
    if (why != null) {
      throw CliException.usage(where + " is not an element of " + space + ": " + why);
    }
    return action;
  }

  private static String expected(Space<?> space) {
    return space instanceof Discrete ? "an integer for " + space : "a JSON value of " + space;
  }
}
