package dev.jymnasium.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.jymnasium.env.Env;
import dev.jymnasium.env.registry.Gym;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code jym play}: the key maps and the loop, fed with key presses instead of a window. */
class PlayTest {
  private static int action(String id, String key) {
    try (Env<Object, Object> env = Gym.make(id)) {
      PlayKeys.Binding b = PlayKeys.find(PlayKeys.forEnv(id, env), key);
      return b == null ? -1 : b.action();
    }
  }

  @Test
  void keysFollowEachFamilysActions() {
    assertEquals(0, action("MiniGrid-DoorKey-5x5-v0", "LEFT"));
    assertEquals(2, action("MiniGrid-DoorKey-5x5-v0", "UP"));
    assertEquals(3, action("MiniGrid-DoorKey-5x5-v0", "PAGE_UP"));
    assertEquals(4, action("MiniGrid-DoorKey-5x5-v0", "SHIFT"));
    assertEquals(5, action("MiniGrid-DoorKey-5x5-v0", "SPACE"));
    assertEquals(6, action("MiniGrid-DoorKey-5x5-v0", "ENTER"));
    // Dynamic-Obstacles has only turn left, turn right and forward.
    assertEquals(-1, action("MiniGrid-Dynamic-Obstacles-5x5-v0", "SPACE"));
    assertEquals(-1, action("MiniGrid-Dynamic-Obstacles-5x5-v0", "3"));
    // MinAtar v1: the minimal set (Breakout: no-op, left, right), v0 the full six.
    assertEquals(2, action("MinAtar/Breakout-v1", "RIGHT"));
    assertEquals(-1, action("MinAtar/Breakout-v1", "SPACE"));
    assertEquals(3, action("MinAtar/Breakout-v0", "RIGHT"));
    assertEquals(5, action("MinAtar/SpaceInvaders-v0", "SPACE"));
    assertEquals(3, action("MinAtar/SpaceInvaders-v1", "SPACE"));
    assertEquals(0, action("MinAtar/Freeway-v1", "N"));
    assertEquals(3, action("Snake-v0", "LEFT"));
    assertEquals(0, action("Game2048-v0", "UP"));
    assertEquals(0, action("FrozenLake-v1", "LEFT"));
    assertEquals(4, action("Taxi-v4", "P"));
    assertEquals(1, action("Blackjack-v1", "H"));
    assertEquals(1, action("CartPole-v1", "RIGHT"));
    assertEquals(1, action("MountainCar-v0", "N"));
    assertEquals(4, action("Taxi-v4", "4"));
  }

  @Test
  void continuousActionSpacesAreRefusedByName() {
    try (Env<Object, Object> env = Gym.make("Pendulum-v1")) {
      CliException e = assertThrows(CliException.class, () -> PlayKeys.forEnv("Pendulum-v1", env));
      assertTrue(e.getMessage().contains("Discrete"), e.getMessage());
    }
  }

  @Test
  void theKeyMapListsTheEnvsKeysAndTheControls() {
    try (Env<Object, Object> env = Gym.make("MiniGrid-Empty-5x5-v0")) {
      String map = PlayKeys.describe(PlayKeys.forEnv("MiniGrid-Empty-5x5-v0", env));
      assertTrue(map.contains("UP         move forward"), map);
      assertTrue(map.contains("0-6        the action with that number"), map);
      assertTrue(map.contains("ESCAPE"), map);
    }
  }

  @Test
  void keyPressesPlayAnEpisodeToTheGoalAndStartTheNext() {
    // Empty-5x5 seed 0: the agent at (1, 1) facing east, the goal at (3, 3).
    String id = "MiniGrid-Empty-5x5-v0";
    StringWriter text = new StringWriter();
    try (Env<Object, Object> env = Gym.make(id)) {
      PlayLoop loop = new PlayLoop(env, PlayKeys.forEnv(id, env), new PrintWriter(text));
      loop.start(0L);
      Iterator<String> keys =
          List.of("UP", "UP", "RIGHT", "X", "UP", "UP", "LEFT", "BACKSPACE", "ESCAPE", "UP")
              .iterator();
      long steps = loop.play(() -> keys.hasNext() ? keys.next() : null);
      assertEquals(6, steps);
    }
    String out = text.toString();
    assertTrue(out.startsWith("episode 1 (seed 0): get to the green goal square"), out);
    assertTrue(out.contains("key X plays nothing here"), out);
    // Five steps of at most 100: 1 - 0.9 * 5 / 100.
    assertTrue(
        out.contains(
            "step 5: UP (move forward, action 2)  reward 0.955  return 0.955" + "  terminated"),
        out);
    assertTrue(out.contains("episode 1 terminated after 5 steps, return 0.955"), out);
    assertTrue(out.contains("episode 2: get to the green goal square"), out);
    assertTrue(out.contains("episode 2 abandoned after 1 steps"), out);
    assertTrue(out.contains("episode 3"), out);
  }

  @Test
  void withoutADisplayPlaySaysSo() {
    assumeTrue(System.getenv("DISPLAY") == null && System.getenv("WAYLAND_DISPLAY") == null);
    Cli.Result r = Cli.run("play", "MinAtar/Breakout-v1", "--seed", "1");
    assertEquals(Jym.EXIT_FAILURE, r.exitCode(), r.err());
    assertTrue(r.out().contains("LEFT"), r.out());
    assertTrue(r.err().contains("cannot open a window to play in"), r.err());
    assertTrue(r.err().contains("needs a display"), r.err());
  }

  @Test
  void badInputIsNamed() {
    Cli.Result r = Cli.run("play", "Pendulum-v1");
    assertEquals(Jym.EXIT_USAGE, r.exitCode());
    assertTrue(r.err().contains("Discrete"), r.err());
    r = Cli.run("play", "CartPole-v1", "--seed", "-1");
    assertEquals(Jym.EXIT_USAGE, r.exitCode());
  }
}
