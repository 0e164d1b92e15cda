package dev.jymnasium.games.minatar;

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
import org.junit.jupiter.params.provider.ValueSource;

/** The native MinAtar vector env against a sync vector env of single envs. */
class MinAtarVectorEnvTest {
  private static final MinAtarEnv.Config DEFAULTS = new MinAtarEnv.Config(null, 0.1, true, false);

  @ParameterizedTest
  @ValueSource(
      strings = {
        "MinAtar/Asterix-v0",
        "MinAtar/Asterix-v1",
        "MinAtar/Breakout-v0",
        "MinAtar/Breakout-v1",
        "MinAtar/Freeway-v0",
        "MinAtar/Freeway-v1",
        "MinAtar/Seaquest-v0",
        "MinAtar/Seaquest-v1",
        "MinAtar/SpaceInvaders-v0",
        "MinAtar/SpaceInvaders-v1"
      })
  void sameSeedSameTrajectoriesAsSingleEnvs(String id) {
    int n = 4;
    try (VectorEnv<byte[], int[]> nat =
            Gym.makeVec(id, n, VectorizeMode.VECTOR_ENTRY_POINT, Map.of());
        VectorEnv<byte[], int[]> sync = Gym.makeVec(id, n, VectorizeMode.SYNC, Map.of())) {
      assertTrue(nat instanceof MinAtarVectorEnv, nat.toString());
      assertEquals(sync.observationSpace(), nat.observationSpace());
      assertEquals(sync.actionSpace(), nat.actionSpace());
      assertArrayEquals(sync.reset(11).observations(), nat.reset(11).observations());
      int actionsCount = ((Discrete) nat.singleActionSpace()).n();
      NpRandom rng = NpRandom.of(5);
      int[] actions = new int[n];
      int ends = 0;
      // Freeway's episodes last 2500 steps; a shorter run still covers its dynamics.
      for (int t = 0; t < 1500; t++) {
        for (int i = 0; i < n; i++) {
          actions[i] = (int) rng.integers(0, actionsCount);
        }
        VectorStep<byte[]> a = sync.step(actions);
        VectorStep<byte[]> b = nat.step(actions);
        assertArrayEquals(a.observations(), b.observations(), id + " step " + t);
        assertArrayEquals(a.rewards(), b.rewards(), id + " step " + t);
        assertArrayEquals(a.terminations(), b.terminations(), id + " step " + t);
        assertArrayEquals(a.truncations(), b.truncations(), id + " step " + t);
        for (boolean d : b.terminations()) {
          ends += d ? 1 : 0;
        }
      }
      assertTrue(id.contains("Freeway") || ends > 4, id + ": autoresets exercised: " + ends);
      // An unseeded reset continues every sub-env's stream, in both.
      assertArrayEquals(sync.reset().observations(), nat.reset().observations());
      VectorStep<byte[]> a = sync.step(actions);
      VectorStep<byte[]> b = nat.step(actions);
      assertArrayEquals(a.observations(), b.observations());
    }
  }

  @Test
  void aGameOfAnotherKindIsSteppedThroughItsOwnObjects() {
    MinAtarEnv.Config config = new MinAtarEnv.Config(null, 0.2, true, true);
    int n = 3;
    MinAtarVectorEnv vec = new MinAtarVectorEnv(n, null, config, Drop::new);
    assertTrue(
        MinAtarBatch.of(new MinAtarEnv[] {new Drop(config)}, new byte[0], 0)
            instanceof MinAtarBatch.GameLoop);
    MinAtarEnv[] singles = new MinAtarEnv[n];
    for (int i = 0; i < n; i++) {
      singles[i] = new Drop(config);
    }
    SinglesStepped expected = new SinglesStepped(singles);
    expected.reset(4L);
    assertArrayEquals(expected.observations, vec.reset(4L, null).observations());
    NpRandom rng = NpRandom.of(2);
    int[] actions = new int[n];
    for (int t = 0; t < 500; t++) {
      for (int i = 0; i < n; i++) {
        actions[i] = (int) rng.integers(0, 3);
      }
      VectorStep<byte[]> b = vec.step(actions);
      expected.step(actions);
      assertArrayEquals(expected.observations, b.observations(), "step " + t);
      assertArrayEquals(expected.rewards, b.rewards(), "step " + t);
      assertArrayEquals(expected.terminations, b.terminations(), "step " + t);
    }
    assertTrue(expected.episodesEnded > n, "episodes ended: " + expected.episodesEnded);
  }

  /** A game without batched rules: catch a cell that falls down a random column. */
  private static final class Drop extends MinAtarEnv {
    private int player;
    private int ballX;
    private int ballY;

    Drop(Config config) {
      super(config, "Drop", 2, new int[] {NOOP, LEFT, RIGHT});
    }

    @Override
    protected void resetGame() {
      player = 5;
      ballX = random.randint(0, SIZE);
      ballY = 0;
    }

    @Override
    protected double act(int a) {
      player = Math.max(0, Math.min(SIZE - 1, player + (a == LEFT ? -1 : a == RIGHT ? 1 : 0)));
      if (++ballY < SIZE - 1) {
        return 0;
      }
      if (ballX != player) {
        terminal = true;
        return 0;
      }
      ballX = random.randint(0, SIZE);
      ballY = 0;
      return 1;
    }

    @Override
    protected byte[] observe() {
      clearObs();
      mark(player, SIZE - 1, 0);
      mark(ballX, ballY, 1);
      return obs;
    }

    @Override
    protected int[] channelColours() {
      return new int[] {0xFFFFFF, 0xFF0000};
    }
  }

  @Test
  void aTimeLimitTruncatesAndTheNextStepResets() {
    // Three steps end before the ball (row 3 at the start, moving down) can reach row 9.
    MinAtarVectorEnv vec = new MinAtarVectorEnv(2, 3, DEFAULTS, BreakoutEnv::new);
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
  void theMaxEpisodeStepsMakeOptionReachesTheVectorEnv() {
    try (VectorEnv<byte[], int[]> nat =
            Gym.makeVec(
                "MinAtar/Breakout-v1",
                2,
                VectorizeMode.VECTOR_ENTRY_POINT,
                Map.of("max_episode_steps", 2));
        VectorEnv<byte[], int[]> sync =
            Gym.makeVec(
                "MinAtar/Breakout-v1", 2, VectorizeMode.SYNC, Map.of("max_episode_steps", 2))) {
      nat.reset(3);
      sync.reset(3);
      int[] actions = {1, 2};
      for (int t = 0; t < 7; t++) {
        VectorStep<byte[]> a = sync.step(actions);
        VectorStep<byte[]> b = nat.step(actions);
        assertArrayEquals(a.observations(), b.observations(), "step " + t);
        assertArrayEquals(a.truncations(), b.truncations(), "step " + t);
      }
    }
  }

  @Test
  void badArgumentsAreNamed() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new MinAtarVectorEnv(
                    2, null, new MinAtarEnv.Config("human", 0.1, true, false), AsterixEnv::new));
    assertTrue(e.getMessage().contains("render_mode"), e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new MinAtarVectorEnv(0, null, DEFAULTS, AsterixEnv::new));
    assertTrue(e.getMessage().contains("num_envs"), e.getMessage());
    MinAtarVectorEnv vec = new MinAtarVectorEnv(2, null, DEFAULTS, BreakoutEnv::new);
    assertThrows(IllegalStateException.class, () -> vec.step(new int[] {0, 0}));
    vec.reset(0L, null);
    assertThrows(IllegalArgumentException.class, () -> vec.step(new int[] {0, 6}));
  }
}
