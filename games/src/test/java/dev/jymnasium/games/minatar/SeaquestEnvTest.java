package dev.jymnasium.games.minatar;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jymnasium.env.Step;
import dev.jymnasium.env.registry.Gym;
import dev.jymnasium.env.spaces.Discrete;
import org.junit.jupiter.api.Test;

/**
 * MinAtar Seaquest traced by hand from the rules of MinAtar's {@code seaquest.py}, with the spawns
 * drawn from numpy's {@code RandomState}.
 */
class SeaquestEnvTest {
  private static final int C = SeaquestEnv.CHANNELS;

  /** No sticky actions (the draw still happens every step), full action set. */
  private static SeaquestEnv env(long seed) {
    SeaquestEnv env = new SeaquestEnv(new MinAtarEnv.Config(null, 0.0, true, false));
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
  void startsOnTheSurfaceFacingLeftWithFullOxygen() {
    SeaquestEnv env = env(0);
    byte[] obs = env.reset(0).observation();
    assertEquals(1, at(obs, 5, 0, 0), "front");
    assertEquals(1, at(obs, 6, 0, 1), "back, behind a sub facing left");
    assertEquals(10, count(obs, 7), "oxygen gauge");
    assertEquals(0, count(obs, 8));
    assertEquals(200, env.oxygen());
  }

  @Test
  void divingUsesOxygenAndSurfacingWithoutDiversEndsTheGame() {
    SeaquestEnv env = env(0);
    Step<byte[]> s = env.step(MinAtarEnv.DOWN);
    assertEquals(199, env.oxygen());
    assertEquals(9, count(s.observation(), 7), "199 * 10 / 200 = 9 cells");
    assertFalse(s.terminated());
    s = env.step(MinAtarEnv.UP);
    assertTrue(s.terminated());
    assertEquals(0.0, s.reward());
  }

  @Test
  void theFirstEnemySpawnsOnStepTwentyOneFromNumpysDraws() {
    // RandomState(s) after 21 sticky draws: rand() < 1/2 (enters left), rand() < 1/3 (sub),
    // randint(1, 9) (row): s = 0 -> right side, fish, row 4; s = 1 -> right side, sub, row 7.
    SeaquestEnv env = env(0);
    byte[] obs = null;
    for (int k = 0; k < 21; k++) {
      obs = env.step(MinAtarEnv.NOOP).observation();
    }
    assertEquals(1, at(obs, 9, 4, 5), "fish");
    assertEquals(1, count(obs, 5) + count(obs, 6));
    env = env(1);
    for (int k = 0; k < 21; k++) {
      obs = env.step(MinAtarEnv.NOOP).observation();
    }
    assertEquals(1, at(obs, 9, 7, 6), "enemy sub");
    assertEquals(1, count(obs, 5) + count(obs, 6));
  }

  @Test
  void firingLeavesABulletMovingTheWayTheSubFaces() {
    SeaquestEnv env = env(0);
    byte[] obs = env.step(MinAtarEnv.FIRE).observation();
    assertEquals(1, at(obs, 4, 0, 2));
    env.step(MinAtarEnv.RIGHT);
    assertArrayEquals(new int[] {6, 0}, env.sub());
    obs = env.step(MinAtarEnv.NOOP).observation();
    assertEquals(1, at(obs, 2, 0, 2), "the first bullet keeps going left");
    assertEquals(1, at(obs, 5, 0, 1), "back, behind a sub facing right");
  }

  @Test
  void bothVersionsHaveSixActions() {
    try (var v0 = Gym.make("MinAtar/Seaquest-v0");
        var v1 = Gym.make("MinAtar/Seaquest-v1")) {
      assertEquals(6, ((Discrete) (Object) v0.actionSpace()).n());
      assertEquals(6, ((Discrete) (Object) v1.actionSpace()).n());
    }
  }
}
