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
import java.util.Iterator;
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
 * {@code jym rollout}: one seeded episode as JSON lines, for comparing with other implementations
 * and for driving an env from another process. The format is an interop contract:
 *
 * <ul>
 *   <li>input ({@code --actions FILE}, {@code -} for stdin): one JSON value per line, an integer
 *       for Discrete, a number array for Box/MultiDiscrete/MultiBinary (nested values for
 *       Tuple/Dict as {@code Space.fromJsonable} reads them); blank lines are ignored;
 *   <li>with {@code --steps N} the actions are sampled from the action space seeded with the seed;
 *   <li>output: the env from {@code Gym.make(id, kwargs)} reset with the seed, then one line {@code
 *       {"step":0,"action":null,"obs":…,"reward":null,"terminated":false,
 *       "truncated":false,"info":{…}}} and one line per step {@code
 *       {"step":k,"action":…,"obs":…,"reward":…,"terminated":…,"truncated":…,"info":{…}}}, stopping
 *       after the last action or at the first terminated/truncated step.
 * </ul>
 *
 * <p>A FILE is read whole first: every action line is parsed and checked against the action space
 * before the env is reset, so a bad line exits with code 2 and a message naming the line number,
 * the value and the space, and nothing is written to standard output.
 *
 * <p>Standard input ({@code -}) is a closed loop: the reset line is written and flushed, then each
 * action line is read only after the previous line was flushed, so a controller can choose each
 * action from the observation it just read. The episode ends with the first line whose {@code
 * terminated} or {@code truncated} is true (nothing more is read, exit 0) or at the end of input
 * (exit 0). A bad action line exits with code 2 and the same message on standard error; the lines
 * already written stay complete JSON lines.
 */
@Command(
    name = "rollout",
    mixinStandardHelpOptions = true,
    description = {
      "Run one seeded episode and print it as JSON lines.",
      "First the reset, then one line per step, stopping after the last action or at the"
          + " first terminated/truncated step (with --steps N, a note on stderr says when the"
          + " episode ended before N).",
      "With --actions - each line is flushed before the next action is read from stdin, so"
          + " another process can choose actions from the observations (a closed loop).",
      "Each line is one JSON object with the keys step, action, obs, reward, terminated,"
          + " truncated and info (action and reward are null on the reset line, step 0)."
    })
final class RolloutCommand implements Callable<Integer> {
  enum Format {
    jsonl
  }

  @Spec CommandSpec spec;

  @ParentCommand Jym parent;

  @Parameters(paramLabel = "ENV_ID", description = "A registered id, e.g. CartPole-v1.")
  String id;

  @Option(
      names = "--seed",
      required = true,
      paramLabel = "S",
      description = "Seed of the reset (and of the action space with --steps).")
  long seed;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Source source;

  static final class Source {
    @Option(
        names = "--actions",
        paramLabel = "FILE",
        description =
            "One JSON action per line; blank lines are ignored. '-' reads stdin one "
                + "line per step, after the previous step's line was flushed.")
    String actionsFile;

    @Option(
        names = "--steps",
        paramLabel = "N",
        description = "Take N actions sampled from the action space seeded with S.")
    Integer steps;
  }

  @Option(
      names = "--kwargs",
      paramLabel = "JSON",
      description = "Constructor kwargs as a JSON object, e.g. '{\"sutton_barto_reward\": true}'.")
  String kwargsJson;

  @Option(
      names = "--render",
      paramLabel = "MODE",
      description = "human: show the rollout in a window while it runs.")
  String renderMode;

  @Option(
      names = "--record",
      paramLabel = "FILE",
      description = "Write a video of the rollout: FILE.gif (JDK only) or FILE.mp4 (needs ffmpeg).")
  Path record;

  @Option(
      names = "--format",
      defaultValue = "jsonl",
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
    boolean finished = false;
    try {
      Space<Object> actionSpace = env.actionSpace();
      Space<Object> obsSpace = env.observationSpace();
      Actions actions = actions(env);
      boolean interactive = actions instanceof StdinActions;
      Reset<Object> r = env.reset(seed, null);
      out.print(line(0, null, obsSpace.toJsonable(r.observation()), null, false, false, r.info()));
      for (long k = 1; ; k++) {
        if (interactive) {
          // The controller on the other end waits for this line before it sends the next action.
          out.flush();
        }
        Object action = actions.next();
        if (action == null) {
          break;
        }
        Object actionJson = actionSpace.toJsonable(action);
        Step<Object> s = env.step(action);
        out.print(
            line(
                k,
                actionJson,
                obsSpace.toJsonable(s.observation()),
                s.reward(),
                s.terminated(),
                s.truncated(),
                s.info()));
        if (s.done()) {
          if (source.steps != null && k < source.steps) {
            out.flush();
            spec.commandLine()
                .getErr()
                .println(
                    "jym rollout: the episode ended after "
                        + k
                        + " of the "
                        + source.steps
                        + " steps of --steps ("
                        + (s.terminated() ? "terminated" : "truncated by the time limit")
                        + ")");
          }
          break;
        }
      }
      out.flush();
      finished = true;
    } finally {
      env.close();
      if (!finished && recording != null) {
        recording.discard();
      }
    }
    if (recording != null) {
      spec.commandLine().getErr().println("jym: wrote " + recording.finish());
    }
    return Jym.EXIT_OK;
  }

  /** One JSON line (with its newline). */
  static String line(
      long step,
      Object action,
      Object obs,
      Double reward,
      boolean terminated,
      boolean truncated,
      Map<String, Object> info)
      throws IOException {
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

  /** Where the actions come from: {@link #next} gives null when there are no more. */
  private interface Actions {
    Object next() throws IOException;
  }

  /** Sampled ({@code --steps}), streamed (stdin) or read and checked whole (a file). */
  private Actions actions(Env<Object, Object> env) throws IOException {
    Space<Object> space = env.actionSpace();
    if (source.steps != null) {
      space.seed(seed);
      long n = source.steps;
      return new Actions() {
        long taken;

        @Override
        public Object next() {
          return taken++ < n ? space.sample() : null;
        }
      };
    }
    if ("-".equals(source.actionsFile)) {
      return new StdinActions(
          new BufferedReader(new InputStreamReader(parent.stdin(), StandardCharsets.UTF_8)), env);
    }
    Iterator<Object> it = readActions(source.actionsFile, env).iterator();
    return () -> it.hasNext() ? it.next() : null;
  }

  /**
   * Action lines read one at a time, each only when the step needs it; a bad line fails when it is
   * reached. The reader is left open: it wraps the process's standard input.
   */
  private static final class StdinActions implements Actions {
    private final BufferedReader in;
    private final Env<?, ?> env;
    private int lineNo;

    StdinActions(BufferedReader in, Env<?, ?> env) {
      this.in = in;
      this.env = env;
    }

    @Override
    public Object next() throws IOException {
      String text;
      while ((text = in.readLine()) != null) {
        lineNo++;
        String value = text.strip();
        if (!value.isEmpty()) {
          return parseAction(value, env, "stdin", lineNo);
        }
      }
      return null;
    }
  }

  /** Reads, parses and validates every action line of a file; exit 2 on the first bad one. */
  private static List<Object> readActions(String file, Env<Object, Object> env) throws IOException {
    BufferedReader in;
    try {
      in = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw CliException.usage("--actions file not found: " + file);
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
        actions.add(parseAction(value, env, file, lineNo));
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
      throw CliException.usage(
          where
              + " is not valid JSON ("
              + e.getOriginalMessage()
              + "); expected "
              + expected(space));
    }
    if (space instanceof Discrete
        && json instanceof Number num
        && !(json instanceof Integer)
        && !(json instanceof Double)
        && !(json instanceof Float)
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
