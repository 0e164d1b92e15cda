package dev.jymnasium.games.minatar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The batch's mover lists: order kept on removal, and every game's list kept when room grows. */
class MoverListsTest {
  private static final int SLICE = SeaquestEnv.CHANNELS * 100;

  private static MoverLists lists(int n) {
    return new MoverLists(
        n, new byte[n * SLICE], new byte[n * SLICE], SLICE, SeaquestEnv.FISH, true);
  }

  @Test
  void growingKeepsEveryGamesEntriesInOrder() {
    MoverLists m = lists(3);
    m.add(0, 4, 1, true, 7, 9);
    m.add(2, 8, 3, false, 2, 0);
    for (int j = 0; j < 40; j++) {
      m.add(1, j % 10, j / 10, j % 2 == 0, j, 40 - j);
    }
    assertTrue(m.cap >= 40, "room " + m.cap);
    assertEquals(1, m.size[0]);
    assertEquals(4, m.x[0]);
    assertEquals(7, m.moveTimer[0]);
    assertEquals(9, m.shotTimer[0]);
    int k = 2 * m.cap;
    assertEquals(8, m.x[k]);
    assertFalse(m.right[k]);
    assertEquals(40, m.size[1]);
    for (int j = 0; j < 40; j++) {
      assertEquals(j, m.moveTimer[m.cap + j]);
      assertEquals(40 - j, m.shotTimer[m.cap + j]);
    }
  }

  @Test
  void removingKeepsTheOrderAndIndexAtFindsTheFirst() {
    MoverLists m = lists(2);
    m.add(1, 3, 2, true, 0, 0);
    m.add(1, 5, 2, true, 1, 0);
    m.add(1, 3, 2, false, 2, 0);
    assertEquals(0, m.indexAt(1, 3, 2));
    assertEquals(-1, m.indexAt(0, 3, 2));
    m.removeAt(1, 0);
    assertEquals(2, m.size[1]);
    assertEquals(1, m.moveTimer[m.cap]);
    assertEquals(1, m.indexAt(1, 3, 2));
    assertTrue(m.step(1, m.cap + 1) == false && m.x[m.cap + 1] == 2);
  }

  @Test
  void sharedCellsStayDrawnUntilTheirLastEntryLeaves() {
    byte[] buffer = new byte[2 * SLICE];
    byte[] counts = new byte[2 * SLICE];
    MoverLists fish = new MoverLists(2, buffer, counts, SLICE, SeaquestEnv.FISH, true);
    MoverLists subs = new MoverLists(2, buffer, counts, SLICE, SeaquestEnv.ENEMY_SUB, true);
    int c = SeaquestEnv.CHANNELS;
    int row = SLICE + 3 * 10 * c;
    // Game 1: two fish on (4, 3) moving right, a sub on (6, 3) moving left: trails on (3, 3) and
    // (5, 3).
    fish.add(1, 4, 3, true, 0, 0);
    fish.add(1, 4, 3, true, 0, 0);
    subs.add(1, 6, 3, false, 0, 0);
    assertEquals(1, buffer[row + 4 * c + SeaquestEnv.FISH]);
    assertEquals(1, buffer[row + 3 * c + SeaquestEnv.TRAIL]);
    assertEquals(1, buffer[row + 7 * c + SeaquestEnv.TRAIL]);
    fish.removeAt(1, 0);
    assertEquals(1, buffer[row + 4 * c + SeaquestEnv.FISH], "one fish left");
    // The fish moves to (5, 3): its trail now on (4, 3), the sub's trail still on (7, 3).
    assertFalse(fish.step(1, fish.cap));
    assertEquals(0, buffer[row + 4 * c + SeaquestEnv.FISH]);
    assertEquals(1, buffer[row + 5 * c + SeaquestEnv.FISH]);
    assertEquals(0, buffer[row + 3 * c + SeaquestEnv.TRAIL]);
    assertEquals(1, buffer[row + 4 * c + SeaquestEnv.TRAIL]);
    // Onto the sub's cell and off: the sub stays drawn; off the grid nothing is drawn.
    for (int x = 6; x < 10; x++) {
      assertFalse(fish.step(1, fish.cap));
    }
    assertTrue(fish.step(1, fish.cap), "left the grid");
    fish.removeAt(1, 0);
    assertEquals(1, buffer[row + 6 * c + SeaquestEnv.ENEMY_SUB]);
    subs.removeAt(1, 0);
    for (int b = 0; b < buffer.length; b++) {
      assertEquals(0, buffer[b], "byte " + b);
      assertEquals(0, counts[b], "count " + b);
    }
  }
}
