package dev.jymnasium.cli;

import dev.jymnasium.env.Env;
import dev.jymnasium.env.Reset;
import dev.jymnasium.env.Step;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The loop of {@code jym play}, apart from the window: each key press plays its action (one step)
 * and prints the reward, the episode's return and the flags; an episode that ends starts the next
 * one. {@link PlayKeys#NEW_EPISODE} starts a new episode, {@link PlayKeys#QUIT} (or a closed
 * window) stops. Keys come from a {@link Keys} source, so tests can play without a display.
 */
final class PlayLoop {
  /** Where key presses come from. */
  @FunctionalInterface
  interface Keys {
    /** Blocks until the next key press; {@code null} when no more will come (window closed). */
    String next();
  }

  private final Env<Object, Object> env;
  private final List<PlayKeys.Binding> bindings;
  private final PrintWriter out;
  private int episode;
  private int steps;
  private double episodeReturn;

  PlayLoop(Env<Object, Object> env, List<PlayKeys.Binding> bindings, PrintWriter out) {
    this.env = env;
    this.bindings = bindings;
    this.out = out;
  }

  /**
   * Starts the first episode, seeded when {@code seed} is given (in human mode: opens the window).
   */
  void start(Long seed) {
    newEpisode(seed);
  }

  /**
   * Plays until {@link PlayKeys#QUIT} or the end of the keys.
   *
   * @return the number of steps played
   */
  long play(Keys keys) {
    long total = 0;
    for (String key = keys.next(); key != null; key = keys.next()) {
      if (key.equals(PlayKeys.QUIT)) {
        break;
      }
      if (key.equals(PlayKeys.NEW_EPISODE)) {
        out.printf(Locale.ROOT, "episode %d abandoned after %d steps%n", episode, steps);
        newEpisode(null);
        continue;
      }
      PlayKeys.Binding b = PlayKeys.find(bindings, key);
      if (b == null) {
        out.println("key " + key + " plays nothing here (see the keys above)");
        out.flush();
        continue;
      }
      Step<Object> s = env.step(b.action());
      total++;
      steps++;
      episodeReturn += s.reward();
      out.printf(
          Locale.ROOT,
          "step %d: %s (%s, action %d)  reward %s  return %s%s%s%n",
          steps,
          b.key(),
          b.meaning(),
          b.action(),
          number(s.reward()),
          number(episodeReturn),
          s.terminated() ? "  terminated" : "",
          s.truncated() ? "  truncated" : "");
      if (s.terminated() || s.truncated()) {
        out.printf(
            Locale.ROOT,
            "episode %d %s after %d steps, return %s%n",
            episode,
            s.terminated() ? "terminated" : "truncated",
            steps,
            number(episodeReturn));
        newEpisode(null);
      }
      out.flush();
    }
    out.flush();
    return total;
  }

  private void newEpisode(Long seed) {
    Reset<Object> r = env.reset(seed, null);
    episode++;
    steps = 0;
    episodeReturn = 0;
    StringBuilder line = new StringBuilder("episode ").append(episode);
    if (seed != null) {
      line.append(" (seed ").append(seed).append(')');
    }
    if (r.observation() instanceof Map<?, ?> m && m.get("mission") instanceof String mission) {
      line.append(": ").append(mission);
    }
    out.println(line);
    out.flush();
  }

  /** A reward to 4 decimals without trailing zeros: 1, -1, 0.955. */
  private static String number(double v) {
    return new BigDecimal(String.format(Locale.ROOT, "%.4f", v))
        .stripTrailingZeros()
        .toPlainString();
  }
}
