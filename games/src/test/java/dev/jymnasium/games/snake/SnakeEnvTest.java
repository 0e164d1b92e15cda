package dev.jymnasium.games.snake;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jymnasium.env.Step;
import dev.jymnasium.env.registry.Gym;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Snake's moves, growth, collisions, rewards and observation planes on hand-set boards. */
class SnakeEnvTest {
  private static SnakeEnv env() {
    SnakeEnv env = new SnakeEnv();
    env.reset(0);
    return env;
  }

  private static float plane(float[] obs, int row, int col, int plane) {
    return obs[(row * 12 + col) * 5 + plane];
  }

  @Test
  void eatingGrowsTheSnakeAndPaysOne() {
    SnakeEnv env = env();
    env.setState(new int[][] {{5, 5}}, new int[] {5, 6});
    Step<float[]> s = env.step(SnakeEnv.RIGHT);
    assertEquals(1.0, s.reward());
    assertFalse(s.done());
    assertEquals(2, env.snake().length);
    assertArrayEquals(new int[] {5, 5}, env.snake()[0]);
    assertArrayEquals(new int[] {5, 6}, env.snake()[1]);
    float[] obs = s.observation();
    assertEquals(1f, plane(obs, 5, 6, 1), "head");
    assertEquals(1f, plane(obs, 5, 5, 2), "tail");
    assertEquals(0.5f, plane(obs, 5, 5, 4), "tail order 1/length");
    assertEquals(1f, plane(obs, 5, 6, 4), "head order 1");
    int[] fruit = env.fruit();
    assertEquals(1f, plane(obs, fruit[0], fruit[1], 3));
  }

  @Test
  void movingKeepsTheLength() {
    SnakeEnv env = env();
    env.setState(new int[][] {{5, 3}, {5, 4}, {5, 5}}, new int[] {0, 0});
    Step<float[]> s = env.step(SnakeEnv.DOWN);
    assertEquals(0.0, s.reward());
    assertArrayEquals(new int[][] {{5, 4}, {5, 5}, {6, 5}}, env.snake());
  }

  @Test
  void wallsAndTheBodyKill() {
    SnakeEnv env = env();
    env.setState(new int[][] {{0, 0}}, new int[] {5, 5});
    Step<float[]> s = env.step(SnakeEnv.UP);
    assertTrue(s.terminated());
    assertEquals(-1.0, s.reward());
    env.reset(1);
    // Head (5, 4) turns up into (4, 4), a body cell that is not the tail.
    env.setState(new int[][] {{3, 4}, {4, 4}, {4, 5}, {5, 5}, {5, 4}}, new int[] {0, 0});
    assertTrue(env.step(SnakeEnv.UP).terminated());
    env.reset(1);
    env.setState(new int[][] {{3, 4}, {4, 4}, {4, 5}, {5, 5}, {5, 4}}, new int[] {0, 0});
    assertFalse(env.step(SnakeEnv.LEFT).terminated());
  }

  @Test
  void theHeadMayFollowTheTailButNotTurnBack() {
    SnakeEnv env = env();
    // A square of 4 cells: the head (5, 4) moves up into the cell the tail (4, 4) leaves.
    env.setState(new int[][] {{4, 4}, {4, 5}, {5, 5}, {5, 4}}, new int[] {0, 0});
    Step<float[]> s = env.step(SnakeEnv.DOWN);
    assertFalse(s.terminated());
    env.setState(new int[][] {{4, 4}, {4, 5}, {5, 5}, {5, 4}}, new int[] {0, 0});
    byte[] mask = (byte[]) s.info().get("action_mask");
    assertArrayEquals(new byte[] {1, 0, 1, 1}, mask, "up: the tail's cell; right: the body");
    assertFalse(env.step(SnakeEnv.UP).terminated());
    env.setState(new int[][] {{5, 5}, {5, 6}}, new int[] {0, 0});
    assertTrue(env.step(SnakeEnv.LEFT).terminated(), "turning back onto the neck");
  }

  @Test
  void deathRewardIsAKwarg() {
    var env = Gym.make("Snake-v0", Map.of("death_reward", 0.0, "num_rows", 4, "num_cols", 5));
    assertArrayEquals(new int[] {4, 5, 5}, env.observationSpace().shape());
    assertThrows(IllegalArgumentException.class, () -> Gym.make("Snake-v0", Map.of("num_rows", 1)));
  }
}
