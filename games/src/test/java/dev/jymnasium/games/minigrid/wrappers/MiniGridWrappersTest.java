package dev.jymnasium.games.minigrid.wrappers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jymnasium.env.Env;
import dev.jymnasium.env.registry.Gym;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The wrappers against the original's numbers: hashes ({@code h = (31 h + v) mod (2^31 - 1)} over
 * the flattened array) of the observations after {@code reset(seed)} and each action, printed by
 * {@code FullyObsWrapper(gym.make(ID))} and {@code FlatObsWrapper(gym.make(ID))} with Minigrid 3.x.
 */
class MiniGridWrappersTest {
  private static long hash(byte[] a) {
    long h = 0;
    for (byte b : a) {
      h = (h * 31 + (b & 0xFF)) % 2147483647L;
    }
    return h;
  }

  private static void check(String id, long seed, int[] actions, long[] fully, long[] flat) {
    try (FullyObsWrapper<Integer> f =
            new FullyObsWrapper<>(Gym.<Map<String, Object>, Integer>make(id));
        FlatObsWrapper<Integer> g =
            new FlatObsWrapper<>(Gym.<Map<String, Object>, Integer>make(id))) {
      assertEquals(fully[0], hash((byte[]) f.reset(seed).observation().get("image")));
      assertEquals(flat[0], hash(g.reset(seed).observation()));
      for (int t = 0; t < actions.length; t++) {
        assertEquals(fully[t + 1], hash((byte[]) f.step(actions[t]).observation().get("image")));
        assertEquals(flat[t + 1], hash(g.step(actions[t]).observation()));
      }
      assertEquals(2835, g.observationSpace().shape()[0]);
    }
  }

  @Test
  void fullyAndFlatMatchTheOriginal() {
    check(
        "MiniGrid-DoorKey-8x8-v0",
        7,
        new int[] {1, 2, 2, 3, 0, 2},
        new long[] {
          1079733195, 347889704, 1826730412, 1826730412, 1826730412, 65979756, 1100122635
        },
        new long[] {
          1340633054, 1499989785, 2097905198, 2097905198, 2097905198, 819156638, 2070761776
        });
    check(
        "MiniGrid-KeyCorridorS3R3-v0",
        4,
        new int[] {2, 2, 1, 2},
        new long[] {1494611924, 1494611924, 1494611924, 1632665279, 1958991694},
        new long[] {1183744195, 1183744195, 1183744195, 190515876, 2021773132});
  }

  @Test
  void imgObsKeepsOnlyTheImage() {
    try (Env<Map<String, Object>, Integer> env = Gym.make("MiniGrid-Empty-5x5-v0");
        ImgObsWrapper<Integer> img = new ImgObsWrapper<>(Gym.make("MiniGrid-Empty-5x5-v0"))) {
      byte[] a = (byte[]) env.reset(0).observation().get("image");
      assertArrayEquals(a, img.reset(0).observation());
      assertArrayEquals(new int[] {7, 7, 3}, img.observationSpace().shape());
      assertSame(img.reset(0).observation(), img.step(2).observation());
    }
  }

  @Test
  void rejectsOtherEnvs() {
    Env<Map<String, Object>, Integer> snake = Gym.make("Snake-v0");
    assertThrows(IllegalArgumentException.class, () -> new ImgObsWrapper<>(snake));
  }

  private static final int[] ACTIONS = {1, 2, 2, 0, 2, 1, 1, 2, 2, 2};

  /** Rewards printed by {@code ActionBonus(gym.make("MiniGrid-Empty-6x6-v0"))}, seed 0, ACTIONS. */
  @Test
  void actionBonusMatchesTheOriginal() {
    double[] expected = {1, 1, 1, 1, 1, 1, 1, 1, 0.7071067811865475, 0.5773502691896258};
    try (ActionBonus<Map<String, Object>> env =
        new ActionBonus<>(Gym.<Map<String, Object>, Integer>make("MiniGrid-Empty-6x6-v0"))) {
      env.reset(0);
      for (int t = 0; t < ACTIONS.length; t++) {
        assertEquals(expected[t], env.step(ACTIONS[t]).reward(), 0.0, "step " + t);
      }
    }
  }

  /** Rewards printed by {@code PositionBonus(gym.make("MiniGrid-Empty-6x6-v0"))}, seed 0. */
  @Test
  void positionBonusMatchesTheOriginal() {
    double[] expected = {
      1,
      1,
      1,
      0.7071067811865475,
      1,
      0.7071067811865475,
      0.5773502691896258,
      0.5773502691896258,
      0.5,
      0.4472135954999579
    };
    try (PositionBonus<Map<String, Object>> env =
        new PositionBonus<>(Gym.<Map<String, Object>, Integer>make("MiniGrid-Empty-6x6-v0"))) {
      env.reset(0);
      for (int t = 0; t < ACTIONS.length; t++) {
        assertEquals(expected[t], env.step(ACTIONS[t]).reward(), 0.0, "step " + t);
      }
    }
  }

  /**
   * Image hashes of {@code OneHotPartialObsWrapper(gym.make("MiniGrid-DoorKey-6x6-v0"))}, seed 3.
   */
  @Test
  void oneHotMatchesTheOriginal() {
    long[] expected = {1912045936, 1255328595, 1255328595, 1255328595, 1912045936};
    try (OneHotPartialObsWrapper<Integer> env =
        new OneHotPartialObsWrapper<>(Gym.make("MiniGrid-DoorKey-6x6-v0"))) {
      assertEquals(expected[0], hash((byte[]) env.reset(3).observation().get("image")));
      for (int t = 0; t < 4; t++) {
        assertEquals(
            expected[t + 1], hash((byte[]) env.step(ACTIONS[t]).observation().get("image")));
      }
    }
  }

  /** {@code ReseedWrapper(gym.make("MiniGrid-DoorKey-6x6-v0"), seeds=(5, 9))}: three resets. */
  @Test
  void reseedCyclesThroughItsSeeds() {
    long[] expected = {1491924431, 1108310955, 1491924431};
    try (ReseedWrapper<Map<String, Object>, Integer> env =
        new ReseedWrapper<>(Gym.make("MiniGrid-DoorKey-6x6-v0"), new long[] {5, 9}, 0)) {
      for (long e : expected) {
        assertEquals(e, hash((byte[]) env.reset(123L).observation().get("image")));
      }
    }
    assertThrows(
        IllegalArgumentException.class,
        () -> new ReseedWrapper<>(Gym.make("MiniGrid-DoorKey-6x6-v0"), new long[0], 0));
  }
}
