package dev.jymnasium.games.minigrid;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jymnasium.env.registry.Gym;
import dev.jymnasium.env.registry.VectorizeMode;
import dev.jymnasium.env.rng.NpRandom;
import dev.jymnasium.env.spaces.Discrete;
import dev.jymnasium.env.vector.VectorEnv;
import dev.jymnasium.env.vector.VectorStep;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The native Minigrid vector env against a sync vector env of single envs. */
class MiniGridVectorEnvTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "MiniGrid-Empty-5x5-v0",
        "MiniGrid-Empty-Random-6x6-v0",
        "MiniGrid-DoorKey-5x5-v0",
        "MiniGrid-DoorKey-8x8-v0",
        "MiniGrid-FourRooms-v0",
        "MiniGrid-LavaGapS5-v0",
        "MiniGrid-SimpleCrossingS9N1-v0",
        "MiniGrid-Dynamic-Obstacles-5x5-v0",
        "MiniGrid-MemoryS7-v0",
        "MiniGrid-PutNear-6x6-N2-v0",
        "MiniGrid-RedBlueDoors-6x6-v0",
        "MiniGrid-KeyCorridorS3R1-v0",
        "MiniGrid-Unlock-v0"
      })
  void sameSeedSameTrajectoriesAsSingleEnvs(String id) {
    int n = 3;
    try (VectorEnv<Map<String, Object>, int[]> nat =
            Gym.makeVec(id, n, VectorizeMode.VECTOR_ENTRY_POINT, Map.of("max_steps", 40));
        VectorEnv<Map<String, Object>, int[]> sync =
            Gym.makeVec(id, n, VectorizeMode.SYNC, Map.of("max_steps", 40))) {
      assertTrue(nat instanceof MiniGridVectorEnv, nat.toString());
      assertEquals(sync.observationSpace(), nat.observationSpace());
      assertEquals(sync.actionSpace(), nat.actionSpace());
      assertSame(sync.reset(4).observations(), nat.reset(4).observations(), id + " reset");
      int actionCount = ((Discrete) nat.singleActionSpace()).n();
      NpRandom rng = NpRandom.of(9);
      int[] actions = new int[n];
      int ends = 0;
      for (int t = 0; t < 300; t++) {
        for (int i = 0; i < n; i++) {
          // Mostly forward, so that episodes end by success or lava as well as by truncation.
          actions[i] = rng.random() < 0.5 ? 2 : (int) rng.integers(0, actionCount);
        }
        VectorStep<Map<String, Object>> a = sync.step(actions);
        VectorStep<Map<String, Object>> b = nat.step(actions);
        assertSame(a.observations(), b.observations(), id + " step " + t);
        assertArrayEquals(a.rewards(), b.rewards(), id + " step " + t);
        assertArrayEquals(a.terminations(), b.terminations(), id + " step " + t);
        assertArrayEquals(a.truncations(), b.truncations(), id + " step " + t);
        for (int i = 0; i < n; i++) {
          ends += b.terminations()[i] || b.truncations()[i] ? 1 : 0;
        }
      }
      assertTrue(ends > 6, id + ": autoresets exercised: " + ends);
      assertSame(sync.reset().observations(), nat.reset().observations(), id + " unseeded reset");
    }
  }

  /**
   * View sizes and see-through walls: the view columns copied through byte masks (up to 8 wide),
   * the cell by cell clearing of wider views, and a grid too large for the mirror (the single env's
   * encoding).
   */
  @ParameterizedTest
  @CsvSource({
    "MiniGrid-DoorKey-8x8-v0, 3, false",
    "MiniGrid-DoorKey-8x8-v0, 5, true",
    "MiniGrid-DoorKey-8x8-v0, 9, false",
    "MiniGrid-FourRooms-v0, 7, true",
    "MiniGrid-FourRooms-v0, 11, false",
    "MiniGrid-FourRooms-v0, 25, false",
    "MiniGrid-Dynamic-Obstacles-8x8-v0, 5, false",
    "MiniGrid-ObstructedMaze-1Dlhb-v0, 7, false"
  })
  void viewSizesAndSeeThroughWallsMatchSingleEnvs(String id, int view, boolean seeThrough) {
    int n = 3;
    Map<String, Object> kwargs =
        Map.of("max_steps", 60, "agent_view_size", view, "see_through_walls", seeThrough);
    try (VectorEnv<Map<String, Object>, int[]> nat =
            Gym.makeVec(id, n, VectorizeMode.VECTOR_ENTRY_POINT, kwargs);
        VectorEnv<Map<String, Object>, int[]> sync =
            Gym.makeVec(id, n, VectorizeMode.SYNC, kwargs)) {
      assertSame(sync.reset(7).observations(), nat.reset(7).observations(), id + " reset");
      NpRandom rng = NpRandom.of(3);
      int actionCount = Math.min(6, ((Discrete) nat.singleActionSpace()).n());
      int[] actions = new int[n];
      for (int t = 0; t < 200; t++) {
        for (int i = 0; i < n; i++) {
          // Forward, turns, and the object actions (pick up, drop, toggle) to open doors.
          actions[i] = rng.random() < 0.4 ? 2 : (int) rng.integers(0, actionCount);
        }
        VectorStep<Map<String, Object>> a = sync.step(actions);
        VectorStep<Map<String, Object>> b = nat.step(actions);
        assertSame(a.observations(), b.observations(), id + " step " + t);
        assertArrayEquals(a.rewards(), b.rewards(), id + " step " + t);
        assertArrayEquals(a.terminations(), b.terminations(), id + " step " + t);
      }
    }
  }

  private static void assertSame(Map<String, Object> a, Map<String, Object> b, String what) {
    assertEquals(a.keySet(), b.keySet(), what);
    assertArrayEquals((byte[]) a.get("image"), (byte[]) b.get("image"), what + " image");
    assertArrayEquals((int[]) a.get("direction"), (int[]) b.get("direction"), what + " direction");
    assertArrayEquals((Object[]) a.get("mission"), (Object[]) b.get("mission"), what + " mission");
  }

  @Test
  void aTimeLimitOnTopOfMaxStepsTruncates() {
    try (VectorEnv<Map<String, Object>, int[]> nat =
        Gym.makeVec(
            "MiniGrid-Empty-8x8-v0",
            2,
            VectorizeMode.VECTOR_ENTRY_POINT,
            Map.of("max_episode_steps", 3))) {
      nat.reset(0);
      int[] left = {0, 0};
      assertFalse(nat.step(left).truncations()[0]);
      assertFalse(nat.step(left).truncations()[0]);
      VectorStep<Map<String, Object>> s = nat.step(left);
      assertTrue(s.truncations()[0] && s.truncations()[1]);
      s = nat.step(left);
      assertFalse(s.truncations()[0]);
      assertEquals(0.0, s.rewards()[0]);
    }
  }

  @Test
  void badArgumentsAreNamed() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Gym.makeVec(
                    "MiniGrid-Empty-5x5-v0",
                    2,
                    VectorizeMode.VECTOR_ENTRY_POINT,
                    Map.of("render_mode", "rgb_array")));
    assertTrue(e.getMessage().contains("render_mode"), e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Gym.makeVec(
                    "MiniGrid-Empty-5x5-v0", 0, VectorizeMode.VECTOR_ENTRY_POINT, Map.of()));
    assertTrue(e.getMessage().contains("num_envs"), e.getMessage());
    try (VectorEnv<Map<String, Object>, int[]> nat =
        Gym.makeVec("MiniGrid-Empty-5x5-v0", 2, VectorizeMode.VECTOR_ENTRY_POINT, Map.of())) {
      assertThrows(IllegalStateException.class, () -> nat.step(new int[] {0, 0}));
      nat.reset(0);
      assertThrows(IllegalArgumentException.class, () -> nat.step(new int[] {0, 7}));
    }
  }
}
