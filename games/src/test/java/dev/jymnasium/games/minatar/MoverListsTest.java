package dev.jymnasium.games.minatar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The batch's mover lists: order kept on removal, and every game's list kept when room grows. */
class MoverListsTest {
  @Test
  void growingKeepsEveryGamesEntriesInOrder() {
    MoverLists m = new MoverLists(3);
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
    MoverLists m = new MoverLists(2);
    m.add(1, 3, 2, true, 0, 0);
    m.add(1, 5, 2, true, 1, 0);
    m.add(1, 3, 2, false, 2, 0);
    assertEquals(0, m.indexAt(1, 3, 2));
    assertEquals(-1, m.indexAt(0, 3, 2));
    m.removeAt(1, 0);
    assertEquals(2, m.size[1]);
    assertEquals(1, m.moveTimer[m.cap]);
    assertEquals(1, m.indexAt(1, 3, 2));
    assertTrue(m.step(m.cap + 1) == false && m.x[m.cap + 1] == 2);
  }
}
