package dev.jymnasium.games.minatar;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jymnasium.env.registry.Gym;
import dev.jymnasium.env.spaces.Discrete;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * MinAtar Asterix traced by hand from the rules of MinAtar's {@code asterix.py}, with the spawns
 * drawn from numpy's {@code RandomState}.
 */
class AsterixEnvTest {
  private static final int C = AsterixEnv.CHANNELS;

  /** No sticky actions (the draw still happens every step), full action set. */
  private static AsterixEnv env(long seed) {
    AsterixEnv env = new AsterixEnv(new MinAtarEnv.Config(null, 0.0, true, false));
    env.reset(seed);
    return env;
  }

  private static int at(byte[] obs, int x, int y, int c) {
    return obs[(y * 10 + x) * C + c];
  }

  private static int count(byte[] obs, int c) {
    int n = 0;
    for (int i = c; i < obs.length; i += C) {
      n += obs[i];
    }
    return n;
  }

  @Test
  void startsWithOnlyThePlayerAndDrawsNothing() {
    AsterixEnv env = env(0);
    byte[] obs = env.reset(0).observation();
    assertEquals(1, at(obs, 5, 5, 0));
    assertEquals(1, count(obs, 0) + count(obs, 1) + count(obs, 2) + count(obs, 3));
    assertEquals(OptionalInt.of(0), env.difficultyRamp());
  }

  @Test
  void theFirstEntitySpawnsOnStepElevenFromNumpysDraws() {
    // RandomState(s) after 11 sticky draws: rand() < 1/2 (enters left), rand() < 1/3 (gold),
    // randint(8) (slot): s = 0 -> right side, enemy, slot 5; s = 3 -> left side, enemy, slot 1.
    // The move timer is 0 on step 11 too, so the new entity has already moved one cell.
    AsterixEnv env = env(0);
    byte[] obs = null;
    for (int k = 0; k < 10; k++) {
      obs = env.step(MinAtarEnv.NOOP).observation();
    }
    assertEquals(0, count(obs, 1) + count(obs, 3));
    obs = env.step(MinAtarEnv.NOOP).observation();
    assertEquals(1, at(obs, 8, 6, 1), "enemy in row slot + 1, moved left from column 9");
    assertEquals(1, at(obs, 9, 6, 2), "trail behind it");
    assertEquals(1, count(obs, 1) + count(obs, 3));

    env = env(3);
    for (int k = 0; k < 11; k++) {
      obs = env.step(MinAtarEnv.NOOP).observation();
    }
    assertEquals(1, at(obs, 1, 2, 1));
    assertEquals(1, at(obs, 0, 2, 2));
  }

  @Test
  void goldIsCollectedForOneWhenItReachesThePlayer() {
    // RandomState(1): gold from the right in slot 2 (row 3), spawned on step 11; entities move on
    // steps 11, 16, 21 and 26, so it reaches column 5 on step 26.
    AsterixEnv env = env(1);
    env.step(MinAtarEnv.UP);
    env.step(MinAtarEnv.UP);
    assertArrayEquals(new int[] {5, 3}, env.player());
    double total = 0;
    for (int k = 3; k <= 26; k++) {
      double r = env.step(MinAtarEnv.NOOP).reward();
      assertEquals(k == 26 ? 1.0 : 0.0, r, "step " + k);
      total += r;
    }
    assertEquals(1.0, total);
  }

  @Test
  void thePlayerStaysInRowsOneToEight() {
    AsterixEnv env = env(0);
    for (int k = 0; k < 6; k++) {
      env.step(MinAtarEnv.UP);
      env.step(MinAtarEnv.LEFT);
    }
    assertArrayEquals(new int[] {0, 1}, env.player());
  }

  @Test
  void registeredIdsAndBadKwargs() {
    try (var v0 = Gym.make("MinAtar/Asterix-v0");
        var v1 = Gym.make("MinAtar/Asterix-v1")) {
      assertEquals(6, ((Discrete) (Object) v0.actionSpace()).n());
      assertEquals(5, ((Discrete) (Object) v1.actionSpace()).n());
    }
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Gym.make("MinAtar/Asterix-v0", Map.of("sticky_action_prob", 1.5)));
    assertEquals(true, e.getMessage().contains("sticky_action_prob"), e.getMessage());
  }
}
