package dev.jymnasium.cli;

import dev.jymnasium.env.Env;
import dev.jymnasium.env.registry.Gym;
import dev.jymnasium.render.WindowRenderer;
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

/**
 * {@code jym play ENV_ID}: play an env with the keyboard in its {@code human} window, one step per
 * key press (see {@link PlayKeys} for the keys, {@link PlayLoop} for the loop).
 */
@Command(
    name = "play",
    mixinStandardHelpOptions = true,
    description = {
      "Play an env with the keyboard, one step per key press.",
      "Opens the env's human window, prints the key map, then each step's reward, return and"
          + " flags. Arrow keys and the env's keys (Minigrid: arrows, space toggles, page up/tab"
          + " picks up, page down/shift drops, enter is done; MinAtar: arrows, space fires, n"
          + " waits); digits play actions by number. Backspace starts a new episode, escape quits."
          + " Needs a display."
    })
final class PlayCommand implements Callable<Integer> {
  /** How long one wait for input lasts before the window is checked again, seconds. */
  private static final double KEY_POLL_SECONDS = 0.1;

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "ENV_ID", description = "A registered id, e.g. MiniGrid-DoorKey-5x5-v0.")
  String id;

  @Option(
      names = "--seed",
      paramLabel = "S",
      description = "Seed of the first reset (default: none, a random start).")
  Long seed;

  @Option(
      names = "--kwargs",
      paramLabel = "JSON",
      description = "Constructor kwargs as a JSON object.")
  String kwargsJson;

  @Override
  public Integer call() {
    if (seed != null && seed < 0) {
      throw CliException.usage("--seed must be >= 0, got " + seed);
    }
    Map<String, Object> kwargs = new LinkedHashMap<>(Json.parseKwargs(kwargsJson));
    kwargs.put("render_mode", "human");
    PrintWriter out = spec.commandLine().getOut();
    try (Env<Object, Object> env = Gym.make(id, kwargs)) {
      List<PlayKeys.Binding> keys = PlayKeys.forEnv(id, env);
      out.print(PlayKeys.describe(keys));
      out.flush();
      PlayLoop loop = new PlayLoop(env, keys, out);
      try {
        loop.start(seed);
      } catch (IllegalStateException e) {
        throw new CliException(
            Jym.EXIT_FAILURE,
            "cannot open a window to play in: "
                + e.getMessage()
                + " (jym play needs a display; jym rollout "
                + id
                + " --record FILE.gif records a game without one)");
      }
      List<WindowRenderer> windows = WindowRenderer.openWindows();
      if (windows.isEmpty()) {
        throw new CliException(Jym.EXIT_FAILURE, id + " opened no window in render_mode human");
      }
      WindowRenderer window = windows.get(windows.size() - 1);
      window.controls().captureKeys();
      loop.play(
          () -> {
            while (!window.closeRequested()) {
              String key = window.awaitKey(KEY_POLL_SECONDS);
              if (key != null) {
                return key;
              }
            }
            return null;
          });
    }
    return Jym.EXIT_OK;
  }
}
