package dev.jymnasium.cli;

import dev.jymnasium.control.classic.AcrobotEnv;
import dev.jymnasium.control.classic.CartPoleEnv;
import dev.jymnasium.control.classic.MountainCarEnv;
import dev.jymnasium.env.Env;
import dev.jymnasium.env.spaces.Discrete;
import dev.jymnasium.games.game2048.Game2048Env;
import dev.jymnasium.games.minatar.MinAtarEnv;
import dev.jymnasium.games.minigrid.MiniGridEnv;
import dev.jymnasium.games.snake.SnakeEnv;
import dev.jymnasium.games.toytext.BlackjackEnv;
import dev.jymnasium.games.toytext.CliffWalkingEnv;
import dev.jymnasium.games.toytext.FrozenLakeEnv;
import dev.jymnasium.games.toytext.TaxiEnv;
import java.util.ArrayList;
import java.util.List;

/**
 * Which key plays which action in {@code jym play}: the env's own keys (arrows and the game's keys,
 * below), then the digits {@code 0}-{@code 9} for action numbers, for any env with a {@code
 * Discrete} action space of at most ten actions. Minigrid follows its {@code manual_control}
 * script: arrows turn and move forward, space toggles, page up or tab picks up, page down or shift
 * drops, enter is "done". MinAtar: arrows, space fires, {@code N} waits (only the keys of the id's
 * action set). Snake, 2048, FrozenLake, CliffWalking: arrows; Taxi: arrows, {@code P} picks up,
 * {@code D} drops off; Blackjack: {@code S} sticks, {@code H} hits; CartPole, MountainCar, Acrobot:
 * left and right arrows, {@code N} for no push.
 */
final class PlayKeys {
  /** Quits. */
  static final String QUIT = "ESCAPE";

  /** Starts a new episode. */
  static final String NEW_EPISODE = "BACKSPACE";

  /**
   * One key.
   *
   * @param key a key name as the window reports it ({@code LEFT}, {@code SPACE}, {@code A})
   * @param action the action index it plays
   * @param meaning what the action does, in words
   */
  record Binding(String key, int action, String meaning) {}

  private PlayKeys() {}

  /**
   * The keys for {@code env} (made from {@code id}).
   *
   * @throws CliException when the action space is not {@code Discrete}
   */
  static List<Binding> forEnv(String id, Env<?, ?> env) {
    if (!(env.actionSpace() instanceof Discrete d) || d.start() != 0) {
      throw CliException.usage(
          "jym play plays envs with a Discrete action space starting at 0; "
              + id
              + " has "
              + env.actionSpace()
              + " (use jym rollout "
              + id
              + " --render human to watch it)");
    }
    int n = d.n();
    List<Binding> keys = new ArrayList<>();
    Env<?, ?> game = env.unwrapped();
    if (game instanceof MiniGridEnv) {
      keys.add(new Binding("LEFT", MiniGridEnv.LEFT, "turn left"));
      keys.add(new Binding("RIGHT", MiniGridEnv.RIGHT, "turn right"));
      keys.add(new Binding("UP", MiniGridEnv.FORWARD, "move forward"));
      keys.add(new Binding("PAGE_UP", MiniGridEnv.PICKUP, "pick up"));
      keys.add(new Binding("TAB", MiniGridEnv.PICKUP, "pick up"));
      keys.add(new Binding("PAGE_DOWN", MiniGridEnv.DROP, "drop"));
      keys.add(new Binding("SHIFT", MiniGridEnv.DROP, "drop"));
      keys.add(new Binding("SPACE", MiniGridEnv.TOGGLE, "toggle (open a door or a box)"));
      keys.add(new Binding("ENTER", MiniGridEnv.DONE, "done"));
    } else if (game instanceof MinAtarEnv m) {
      int[] set = m.actionSet();
      String[] names = {"N", "LEFT", "UP", "RIGHT", "DOWN", "SPACE"};
      String[] meanings = {"no-op (wait)", "left", "up", "right", "down", "fire"};
      for (int i = 0; i < set.length; i++) {
        keys.add(new Binding(names[set[i]], i, meanings[set[i]]));
      }
    } else if (game instanceof SnakeEnv
        || game instanceof Game2048Env
        || game instanceof CliffWalkingEnv) {
      keys.add(new Binding("UP", 0, "up"));
      keys.add(new Binding("RIGHT", 1, "right"));
      keys.add(new Binding("DOWN", 2, "down"));
      keys.add(new Binding("LEFT", 3, "left"));
    } else if (game instanceof FrozenLakeEnv) {
      keys.add(new Binding("LEFT", 0, "left"));
      keys.add(new Binding("DOWN", 1, "down"));
      keys.add(new Binding("RIGHT", 2, "right"));
      keys.add(new Binding("UP", 3, "up"));
    } else if (game instanceof TaxiEnv) {
      keys.add(new Binding("DOWN", 0, "south"));
      keys.add(new Binding("UP", 1, "north"));
      keys.add(new Binding("RIGHT", 2, "east"));
      keys.add(new Binding("LEFT", 3, "west"));
      keys.add(new Binding("P", 4, "pick up the passenger"));
      keys.add(new Binding("D", 5, "drop off the passenger"));
    } else if (game instanceof BlackjackEnv) {
      keys.add(new Binding("S", 0, "stick"));
      keys.add(new Binding("H", 1, "hit"));
    } else if (game instanceof CartPoleEnv) {
      keys.add(new Binding("LEFT", 0, "push the cart left"));
      keys.add(new Binding("RIGHT", 1, "push the cart right"));
    } else if (game instanceof MountainCarEnv || game instanceof AcrobotEnv) {
      keys.add(new Binding("LEFT", 0, game instanceof AcrobotEnv ? "torque -1" : "push left"));
      keys.add(new Binding("N", 1, game instanceof AcrobotEnv ? "no torque" : "no push"));
      keys.add(new Binding("RIGHT", 2, game instanceof AcrobotEnv ? "torque +1" : "push right"));
    }
    keys.removeIf(b -> b.action() >= n);
    for (int a = 0; a < Math.min(n, 10); a++) {
      keys.add(new Binding(String.valueOf(a), a, "action " + a));
    }
    return keys;
  }

  /** The binding of {@code key}, or null. */
  static Binding find(List<Binding> keys, String key) {
    for (Binding b : keys) {
      if (b.key().equals(key)) {
        return b;
      }
    }
    return null;
  }

  /** The key map as printed at start: the env's keys, the action numbers, then the two controls. */
  static String describe(List<Binding> keys) {
    StringBuilder s = new StringBuilder("Keys:\n");
    int digits = 0;
    for (Binding b : keys) {
      if (b.key().length() == 1 && Character.isDigit(b.key().charAt(0))) {
        digits++;
      } else {
        s.append(String.format("  %-10s %s%n", b.key(), b.meaning()));
      }
    }
    if (digits > 0) {
      s.append(String.format("  %-10s the action with that number%n", "0-" + (digits - 1)));
    }
    s.append(String.format("  %-10s new episode%n", NEW_EPISODE));
    s.append(String.format("  %-10s quit (or close the window)%n", QUIT));
    return s.toString();
  }
}
