package dev.jymnasium.games.minigrid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jymnasium.env.Env;
import dev.jymnasium.env.Step;
import dev.jymnasium.env.registry.Gym;
import dev.jymnasium.env.render.Scene2D;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Minigrid's rules on hand-checked layouts. */
class MiniGridEnvTest {
  /** {@code image[x][y][c]} of a {@code V x V x 3} observation. */
  private static int[] cell(Map<String, Object> obs, int v, int x, int y) {
    byte[] img = (byte[]) obs.get("image");
    int o = (x * v + y) * 3;
    return new int[] {img[o], img[o + 1], img[o + 2]};
  }

  private static void assertCell(int[] expected, int[] actual) {
    assertEquals(java.util.Arrays.toString(expected), java.util.Arrays.toString(actual));
  }

  @Test
  void emptyViewFromTheStart() {
    // Agent at (1, 1) facing east: image[x][y] shows the cell 6 - y ahead and x - 3 to the right.
    try (Env<Map<String, Object>, Integer> env = Gym.make("MiniGrid-Empty-5x5-v0")) {
      Map<String, Object> obs = env.reset(0).observation();
      assertCell(new int[] {1, 0, 0}, cell(obs, 7, 3, 6));
      assertCell(new int[] {1, 0, 0}, cell(obs, 7, 3, 5));
      assertCell(new int[] {2, 5, 0}, cell(obs, 7, 0, 6));
      assertCell(new int[] {2, 5, 0}, cell(obs, 7, 2, 6));
      assertCell(new int[] {8, 1, 0}, cell(obs, 7, 5, 4));
      assertCell(new int[] {2, 5, 0}, cell(obs, 7, 6, 6));
      assertEquals(0, obs.get("direction"));
      assertEquals("get to the green goal square", obs.get("mission"));
    }
  }

  @Test
  void rewardShrinksWithTheStepsTaken() {
    try (Env<Map<String, Object>, Integer> env = Gym.make("MiniGrid-Empty-5x5-v0")) {
      env.reset(0);
      int[] path = {MiniGridEnv.FORWARD, MiniGridEnv.FORWARD, MiniGridEnv.RIGHT};
      for (int a : path) {
        Step<Map<String, Object>> s = env.step(a);
        assertEquals(0.0, s.reward());
        assertFalse(s.done());
      }
      env.step(MiniGridEnv.FORWARD);
      Step<Map<String, Object>> s = env.step(MiniGridEnv.FORWARD);
      assertTrue(s.terminated());
      assertEquals(1 - 0.9 * 5 / 100.0, s.reward(), 1e-12);
    }
  }

  @Test
  void truncatesAtMaxSteps() {
    try (Env<Map<String, Object>, Integer> env =
        Gym.make("MiniGrid-Empty-5x5-v0", Map.of("max_steps", 3))) {
      env.reset(0);
      assertFalse(env.step(MiniGridEnv.LEFT).truncated());
      assertFalse(env.step(MiniGridEnv.LEFT).truncated());
      Step<Map<String, Object>> s = env.step(MiniGridEnv.LEFT);
      assertTrue(s.truncated());
      assertFalse(s.terminated());
    }
  }

  @Test
  void lavaEndsTheEpisodeWithoutReward() {
    try (Env<Map<String, Object>, Integer> env = Gym.make("MiniGrid-LavaGapS5-v0")) {
      env.reset(0);
      MiniGridEnv u = (MiniGridEnv) env.unwrapped();
      u.grid().set(2, 1, WorldObj.lava());
      Step<Map<String, Object>> s = env.step(MiniGridEnv.FORWARD);
      assertTrue(s.terminated());
      assertEquals(0.0, s.reward());
      assertEquals(2, u.agentPos()[0]);
    }
  }

  @Test
  void lockedDoorOpensOnlyWithItsKey() {
    try (Env<Map<String, Object>, Integer> env = Gym.make("MiniGrid-Empty-5x5-v0")) {
      env.reset(0);
      MiniGridEnv u = (MiniGridEnv) env.unwrapped();
      WorldObj door = WorldObj.door(WorldObj.YELLOW, false, true);
      u.grid().set(2, 1, door);
      env.step(MiniGridEnv.TOGGLE);
      assertTrue(door.isLocked());
      env.step(MiniGridEnv.FORWARD);
      assertEquals(1, u.agentPos()[0], "a locked door blocks the way");
      // Pick a blue key from below, then a yellow one: only the yellow one opens the door.
      u.grid().set(1, 2, WorldObj.key(WorldObj.BLUE));
      env.step(MiniGridEnv.RIGHT);
      env.step(MiniGridEnv.PICKUP);
      assertEquals(WorldObj.KEY, u.carrying().type());
      env.step(MiniGridEnv.LEFT);
      env.step(MiniGridEnv.TOGGLE);
      assertTrue(door.isLocked());
      env.step(MiniGridEnv.RIGHT);
      env.step(MiniGridEnv.DROP);
      u.grid().set(1, 2, WorldObj.key(WorldObj.YELLOW));
      env.step(MiniGridEnv.PICKUP);
      env.step(MiniGridEnv.LEFT);
      Step<Map<String, Object>> s = env.step(MiniGridEnv.TOGGLE);
      assertFalse(door.isLocked());
      assertTrue(door.isOpen());
      assertEquals(4, cell(s.observation(), 7, 3, 5)[0]);
      assertEquals(0, cell(s.observation(), 7, 3, 5)[2], "open door state");
      assertEquals(WorldObj.KEY, cell(s.observation(), 7, 3, 6)[0], "own cell shows the key");
      env.step(MiniGridEnv.FORWARD);
      assertEquals(2, u.agentPos()[0], "an open door can be crossed");
    }
  }

  @Test
  void boxIsReplacedByItsContents() {
    try (Env<Map<String, Object>, Integer> env = Gym.make("MiniGrid-Empty-5x5-v0")) {
      env.reset(0);
      MiniGridEnv u = (MiniGridEnv) env.unwrapped();
      WorldObj key = WorldObj.key(WorldObj.RED);
      u.grid().set(2, 1, WorldObj.box(WorldObj.PURPLE, key));
      env.step(MiniGridEnv.TOGGLE);
      assertSame(key, u.grid().get(2, 1));
      u.grid().set(2, 1, WorldObj.box(WorldObj.PURPLE, null));
      env.step(MiniGridEnv.TOGGLE);
      assertNull(u.grid().get(2, 1));
    }
  }

  @Test
  void wallsHideWhatIsBehindThem() {
    // DoorKey: the wall column hides the right part unless see_through_walls.
    try (Env<Map<String, Object>, Integer> hidden = Gym.make("MiniGrid-DoorKey-8x8-v0");
        Env<Map<String, Object>, Integer> seen =
            Gym.make("MiniGrid-DoorKey-8x8-v0", Map.of("see_through_walls", true))) {
      byte[] a = (byte[]) hidden.reset(3).observation().get("image");
      byte[] b = (byte[]) seen.reset(3).observation().get("image");
      int unseenA = 0;
      int unseenB = 0;
      for (int i = 0; i < a.length; i += 3) {
        unseenA += a[i] == 0 ? 1 : 0;
        unseenB += b[i] == 0 ? 1 : 0;
      }
      assertTrue(unseenA > 0, "some cells are hidden");
      assertEquals(0, unseenB);
    }
  }

  @Test
  void viewSizeIsAKwarg() {
    try (Env<Map<String, Object>, Integer> env =
        Gym.make("MiniGrid-Empty-8x8-v0", Map.of("agent_view_size", 3))) {
      assertEquals(27, ((byte[]) env.reset(0).observation().get("image")).length);
    }
  }

  @Test
  void drawsTilesOfTileSize() {
    try (Env<Map<String, Object>, Integer> env = Gym.make("MiniGrid-DoorKey-5x5-v0")) {
      env.reset(0);
      Scene2D scene = ((MiniGridEnv) env.unwrapped()).scene();
      assertEquals(160, scene.width());
      assertEquals(160, scene.height());
      // Walls are grey; cells the agent sees are lightened 30 % towards white: 100 -> 146.
      assertTrue(
          scene.shapes().stream()
              .anyMatch(p -> p instanceof Scene2D.Polygon q && q.rgb() == 0x646464));
      assertTrue(
          scene.shapes().stream()
              .anyMatch(p -> p instanceof Scene2D.Polygon q && q.rgb() == 0x929292));
    }
  }

  @Test
  void badKwargsNameTheValue() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Gym.make("MiniGrid-Empty-5x5-v0", Map.of("agent_view_size", 4)));
    assertTrue(e.getMessage().contains("agent_view_size") && e.getMessage().contains("4"));
    e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Gym.make("MiniGrid-LavaCrossingS9N1-v0", Map.of("size", 10)));
    assertTrue(e.getMessage().contains("size") && e.getMessage().contains("10"));
    e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Gym.make("MiniGrid-LavaGapS5-v0", Map.of("obstacle_type", "mud")));
    assertTrue(e.getMessage().contains("mud"), e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Gym.make(
                    "MiniGrid-Empty-5x5-v0", Map.of("agent_start_pos", java.util.List.of(4, 1))));
    assertTrue(e.getMessage().contains("agent_start_pos"), e.getMessage());
  }
}
