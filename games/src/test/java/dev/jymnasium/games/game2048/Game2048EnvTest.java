package dev.jymnasium.games.game2048;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jymnasium.env.Step;
import dev.jymnasium.env.registry.Gym;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** 2048's slides, merges, rewards, spawns, mask and end on hand-set boards. */
class Game2048EnvTest {
  private static byte[] b(int... exponents) {
    byte[] out = new byte[16];
    for (int i = 0; i < 16; i++) {
      out[i] = (byte) exponents[i];
    }
    return out;
  }

  private static int count(byte[] board) {
    int n = 0;
    for (byte v : board) {
      n += v != 0 ? 1 : 0;
    }
    return n;
  }

  /** {@code actual} is {@code expected} plus one new 2 or 4 on a cell empty in {@code expected}. */
  private static void assertSlidPlusOneTile(byte[] expected, byte[] actual) {
    int spawned = 0;
    for (int i = 0; i < 16; i++) {
      if (expected[i] == 0 && actual[i] != 0) {
        assertTrue(actual[i] == 1 || actual[i] == 2, "new tile " + actual[i]);
        spawned++;
      } else {
        assertEquals(expected[i], actual[i], "cell " + i);
      }
    }
    assertEquals(1, spawned, "one new tile");
  }

  @Test
  void resetPlacesTwoTiles() {
    Game2048Env env = new Game2048Env();
    byte[] obs = env.reset(0).observation();
    assertEquals(2, count(obs));
    for (byte v : obs) {
      assertTrue(v == 0 || v == 1 || v == 2);
    }
  }

  @Test
  void mergesOncePerMoveNearestTheWallFirst() {
    Game2048Env env = new Game2048Env();
    env.reset(0);
    // Row 0: 2 2 2 2 -> left: 4 4; row 1: 4 4 8 0 -> 8 8; row 2: 2 0 0 2 -> 4.
    env.setBoard(b(1, 1, 1, 1, 2, 2, 3, 0, 1, 0, 0, 1, 0, 0, 0, 0));
    Step<byte[]> s = env.step(Game2048Env.LEFT);
    assertEquals(4 + 4 + 8 + 4, s.reward());
    assertSlidPlusOneTile(b(2, 2, 0, 0, 3, 3, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0), s.observation());
  }

  @Test
  void rightAndDownSlideTowardsTheirWalls() {
    Game2048Env env = new Game2048Env();
    env.reset(0);
    env.setBoard(b(1, 1, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
    Step<byte[]> s = env.step(Game2048Env.RIGHT);
    assertEquals(4, s.reward());
    assertSlidPlusOneTile(b(0, 0, 2, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), s.observation());
    env.setBoard(b(1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
    s = env.step(Game2048Env.DOWN);
    assertEquals(4, s.reward());
    assertSlidPlusOneTile(b(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0), s.observation());
  }

  @Test
  void aMoveThatChangesNothingIsANoOpMaskedOut() {
    Game2048Env env = new Game2048Env();
    env.reset(0);
    env.setBoard(b(1, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
    Step<byte[]> s = env.step(Game2048Env.UP);
    assertEquals(0, s.reward());
    assertEquals(2, count(s.observation()), "no tile spawned");
    assertArrayEquals(new byte[] {0, 1, 1, 0}, (byte[]) s.info().get("action_mask"));
  }

  @Test
  void endsWhenNoMoveIsLeft() {
    Game2048Env env = new Game2048Env();
    env.reset(0);
    // Full checkerboard but one empty cell in the corner; sliding left fills it with a new tile.
    env.setBoard(b(1, 2, 1, 2, 2, 1, 2, 1, 1, 2, 1, 2, 2, 1, 2, 0));
    Step<byte[]> s = env.step(Game2048Env.RIGHT);
    byte[] board = s.observation();
    boolean stuck = board[12] != board[13] && board[12] != board[8];
    assertEquals(stuck, s.terminated());
    assertFalse(s.truncated());
  }

  @Test
  void badKwargs() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Gym.make("Game2048-v0", Map.of("initial_tiles", 0)));
    assertTrue(e.getMessage().contains("initial_tiles"), e.getMessage());
  }
}
