package dev.jymnasium.games.minatar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jymnasium.env.Step;
import dev.jymnasium.env.registry.Gym;
import dev.jymnasium.env.spaces.Discrete;
import org.junit.jupiter.api.Test;

/** MinAtar Space Invaders traced by hand from the rules of MinAtar's {@code space_invaders.py}. */
class SpaceInvadersEnvTest {
  private static final int C = SpaceInvadersEnv.CHANNELS;

  /** No sticky actions, full action set. */
  private static SpaceInvadersEnv env() {
    SpaceInvadersEnv env = new SpaceInvadersEnv(new MinAtarEnv.Config(null, 0.0, true, false));
    env.reset(0);
    return env;
  }

  private static int at(byte[] obs, int x, int y, int c) {
    return obs[(y * 10 + x) * C + c];
  }

  @Test
  void startsWithABlockOfAliensMarchingLeft() {
    byte[] obs = env().reset(0).observation();
    assertEquals(1, at(obs, 5, 9, 0), "cannon");
    for (int y = 0; y < 10; y++) {
      for (int x = 0; x < 10; x++) {
        int alien = y < 4 && x >= 2 && x < 8 ? 1 : 0;
        assertEquals(alien, at(obs, x, y, 1));
        assertEquals(alien, at(obs, x, y, 2), "marching left");
        assertEquals(0, at(obs, x, y, 3));
      }
    }
  }

  @Test
  void aBulletRisesOneRowPerStepAndKillsTheLowestAlien() {
    SpaceInvadersEnv env = env();
    byte[] obs = env.step(MinAtarEnv.FIRE).observation();
    assertEquals(1, at(obs, 5, 8, 4), "fired from row 9, moved up at once");
    for (int k = 2; k <= 5; k++) {
      assertEquals(0.0, env.step(MinAtarEnv.FIRE).reward(), "cool-down: no second bullet");
    }
    Step<byte[]> s = env.step(MinAtarEnv.NOOP);
    assertEquals(1.0, s.reward(), "step 6 reaches row 3");
    assertEquals(0, at(s.observation(), 5, 3, 1));
    assertEquals(0, at(s.observation(), 5, 3, 4));
    assertEquals(23, env.alienCount());
  }

  @Test
  void theNearestAlienShootsOnStepTenAndTheBulletKillsTheCannon() {
    // Step 11 drops a bullet under the lowest alien of column 5 (row 3); it falls one row per
    // step and reaches the cannon's row on step 17.
    SpaceInvadersEnv env = env();
    byte[] obs = null;
    for (int k = 1; k <= 11; k++) {
      obs = env.step(MinAtarEnv.NOOP).observation();
    }
    assertEquals(1, at(obs, 5, 3, 5));
    for (int k = 12; k <= 16; k++) {
      assertFalse(env.step(MinAtarEnv.NOOP).terminated(), "step " + k);
    }
    assertTrue(env.step(MinAtarEnv.NOOP).terminated());
  }

  @Test
  void theBlockStepsSidewaysEveryTwelveSteps() {
    SpaceInvadersEnv env = env();
    byte[] obs = null;
    for (int k = 1; k <= 13; k++) {
      obs = env.step(k <= 8 ? MinAtarEnv.LEFT : MinAtarEnv.NOOP).observation();
      assertEquals(k < 13 ? 1 : 0, at(obs, 7, 0, 1), "step " + k);
    }
    assertEquals(1, at(obs, 1, 0, 1));
  }

  @Test
  void registeredIds() {
    try (var v0 = Gym.make("MinAtar/SpaceInvaders-v0");
        var v1 = Gym.make("MinAtar/SpaceInvaders-v1")) {
      assertEquals(6, ((Discrete) (Object) v0.actionSpace()).n());
      assertEquals(4, ((Discrete) (Object) v1.actionSpace()).n());
    }
  }
}
