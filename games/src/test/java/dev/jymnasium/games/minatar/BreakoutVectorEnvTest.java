package dev.jymnasium.games.minatar;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jymnasium.env.Step;
import dev.jymnasium.env.registry.Gym;
import dev.jymnasium.env.registry.VectorizeMode;
import dev.jymnasium.env.rng.NpRandom;
import dev.jymnasium.env.vector.VectorEnv;
import dev.jymnasium.env.vector.VectorStep;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Breakout's native vector env against the single env, whose rules it shares. */
class BreakoutVectorEnvTest {
  private static final MinAtarEnv.Config DEFAULTS = new MinAtarEnv.Config(null, 0.1, true, false);

  @Test
  void oneSubEnvPlaysExactlyLikeTheSingleEnvWithAutoresets() {
    // With one sub-env the shared RandomState sees the single env's draws in the single env's
    // order: the start side at each reset, then one sticky draw per step.
    BreakoutVectorEnv vec = new BreakoutVectorEnv(1, null, DEFAULTS);
    BreakoutEnv single = new BreakoutEnv(DEFAULTS);
    assertArrayEquals(single.reset(7).observation(), vec.reset(7L, null).observations());
    NpRandom actions = NpRandom.of(3);
    boolean pending = false;
    int episodes = 0;
    for (int t = 0; t < 3000; t++) {
      int a = (int) actions.integers(0, 6);
      VectorStep<byte[]> vs = vec.step(new int[] {a});
      if (pending) {
        assertArrayEquals(single.reset().observation(), vs.observations(), "autoreset " + t);
        assertEquals(0.0, vs.rewards()[0]);
        assertFalse(vs.terminations()[0]);
        pending = false;
        episodes++;
        continue;
      }
      Step<byte[]> s = single.step(a);
      assertArrayEquals(s.observation(), vs.observations(), "step " + t);
      assertEquals(s.reward(), vs.rewards()[0], "step " + t);
      assertEquals(s.terminated(), vs.terminations()[0], "step " + t);
      pending = s.terminated();
    }
    assertTrue(episodes > 10, "autoresets exercised: " + episodes);
  }

  @Test
  void subEnvsTakeTurnsOnTheSharedGenerator() {
    // reset(s) draws the start sides of sub-envs 0, 1, 2 in turn: numpy RandomState(0).choice(2)
    // three times = 0 1 1 -> left, right, right.
    BreakoutVectorEnv vec = new BreakoutVectorEnv(3, null, DEFAULTS);
    byte[] obs = vec.reset(0L, null).observations();
    int ball = (3 * 10) * 4 + 1;
    assertEquals(1, obs[ball], "sub-env 0: column 0");
    assertEquals(1, obs[400 + ball + 9 * 4], "sub-env 1: column 9");
    assertEquals(1, obs[800 + ball + 9 * 4], "sub-env 2: column 9");
  }

  @Test
  void sameSeedSameBatchAndTheRegistryPicksIt() {
    try (VectorEnv<byte[], int[]> a =
            Gym.makeVec("MinAtar/Breakout-v1", 4, VectorizeMode.VECTOR_ENTRY_POINT, Map.of());
        VectorEnv<byte[], int[]> b =
            Gym.makeVec("MinAtar/Breakout-v1", 4, VectorizeMode.VECTOR_ENTRY_POINT, Map.of())) {
      assertTrue(a instanceof BreakoutVectorEnv);
      assertArrayEquals(a.reset(5).observations(), b.reset(5).observations());
      int[] actions = new int[4];
      for (int t = 0; t < 200; t++) {
        Arrays.fill(actions, t % 3);
        VectorStep<byte[]> sa = a.step(actions);
        VectorStep<byte[]> sb = b.step(actions);
        assertArrayEquals(sa.observations(), sb.observations());
        assertArrayEquals(sa.rewards(), sb.rewards());
      }
    }
  }

  @Test
  void aTimeLimitTruncatesAndTheNextStepResets() {
    // Three steps end before the ball (row 3 at the start, moving down) can reach row 9.
    BreakoutVectorEnv vec = new BreakoutVectorEnv(2, 3, DEFAULTS);
    vec.reset(0L, null);
    int[] noop = {0, 0};
    for (int t = 1; t <= 2; t++) {
      assertFalse(vec.step(noop).truncations()[0], "step " + t);
    }
    VectorStep<byte[]> s = vec.step(noop);
    assertTrue(s.truncations()[0] && s.truncations()[1]);
    s = vec.step(noop);
    assertFalse(s.truncations()[0]);
    assertEquals(0.0, s.rewards()[0]);
  }

  @Test
  void badArgumentsAreNamed() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new BreakoutVectorEnv(2, null, new MinAtarEnv.Config("human", 0.1, true, false)));
    assertTrue(e.getMessage().contains("render_mode"), e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class, () -> new BreakoutVectorEnv(0, null, DEFAULTS));
    assertTrue(e.getMessage().contains("num_envs"), e.getMessage());
    BreakoutVectorEnv vec = new BreakoutVectorEnv(2, null, DEFAULTS);
    assertThrows(IllegalStateException.class, () -> vec.step(new int[] {0, 0}));
    vec.reset(0L, null);
    assertThrows(IllegalArgumentException.class, () -> vec.step(new int[] {0, 6}));
  }
}
