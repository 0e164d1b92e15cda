package dev.jymnasium.games.minatar;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jymnasium.env.rng.NpRandom;
import dev.jymnasium.env.vector.VectorStep;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The batched rules of each game ({@link RulesBatch}) against single envs of that game, stepped
 * side by side: whole episodes of random actions, autoresets, unseeded and seeded resets, with
 * sticky actions, difficulty ramping on and off, both action sets and several seeds. Observations,
 * rewards and flags must be equal on every step.
 */
class RulesBatchTest {
  private static final Map<String, Function<MinAtarEnv.Config, MinAtarEnv>> GAMES =
      Map.of(
          "Asterix", AsterixEnv::new,
          "Breakout", BreakoutEnv::new,
          "Freeway", FreewayEnv::new,
          "Seaquest", SeaquestEnv::new,
          "SpaceInvaders", SpaceInvadersEnv::new);

  private static final int N = 4;

  /** The fire bias that picks Seaquest's {@link #rescue} player. */
  private static final double RESCUE = -2;

  /** The fire bias that picks Breakout's {@link #track} player. */
  private static final double TRACK = -3;

  @ParameterizedTest
  @CsvSource({
    // game, sticky_action_prob, difficulty_ramping, minimal set, seed, fire bias (-1: dodger,
    // -2: rescuer, -3: tracker),
    // least difficulty ramp reached (Breakout: least refills of its bricks)
    "Asterix, 0.1, true, false, 0, 0.0, 1",
    "Asterix, 0.1, false, true, 7, 0.0, 0",
    "Asterix, 0.3, true, true, 123, 0.5, 1",
    "Breakout, 0.1, true, false, 0, 0.0, 0",
    "Breakout, 0.0, false, true, 99, 0.0, 0",
    "Breakout, 0.1, true, false, 3, -3, 1",
    "Breakout, 0.0, false, true, 17, -3, 1",
    "Freeway, 0.1, true, false, 0, 0.0, 0",
    "Freeway, 0.25, false, true, 5, 0.8, 0",
    "Seaquest, 0.1, true, false, 0, 0.0, 1",
    "Seaquest, 0.0, false, true, 11, 0.0, 0",
    "Seaquest, 0.1, true, false, 6, -2, 3",
    "Seaquest, 0.1, false, true, 13, -2, 0",
    "Seaquest, 0.2, true, false, 4, 0.6, 1",
    "Seaquest, 0.1, true, true, 21, 0.0, 1",
    "SpaceInvaders, 0.1, true, false, 0, 0.0, 0",
    "SpaceInvaders, 0.1, false, true, 42, 0.0, 0",
    "SpaceInvaders, 0.1, true, false, 3, 0.7, 0",
    "SpaceInvaders, 0.1, true, false, 8, -1, 1",
    "SpaceInvaders, 0.05, true, true, 9, -1, 1",
    "SpaceInvaders, 0.1, false, false, 8, -1, 0",
  })
  void playsExactlyAsSingleEnvs(
      String game,
      double sticky,
      boolean ramping,
      boolean minimal,
      long seed,
      double fireBias,
      int rampAtLeast) {
    Function<MinAtarEnv.Config, MinAtarEnv> make = GAMES.get(game);
    MinAtarEnv.Config config = new MinAtarEnv.Config(null, sticky, ramping, minimal);
    MinAtarVectorEnv vec = new MinAtarVectorEnv(N, null, config, make);
    assertTrue(
        MinAtarBatch.of(new MinAtarEnv[] {make.apply(config)}, new byte[0], 0)
            instanceof RulesBatch);
    MinAtarEnv[] singles = new MinAtarEnv[N];
    for (int i = 0; i < N; i++) {
      singles[i] = make.apply(config);
    }
    SinglesStepped expected = new SinglesStepped(singles);
    int size = singles[0].observationSpace().size();
    int actionCount = singles[0].actionSpace().n();
    // Biased runs press the last action (fire, or down in Freeway's minimal set) more often, which
    // keeps some games going long enough to ramp.
    int favoured = actionCount - 1;
    NpRandom rng = NpRandom.of(seed);
    int[] actions = new int[N];
    int maxRamp = 0;
    int refills = 0;
    int[] bricks = new int[N];
    boolean[] restarting = new boolean[N];
    for (int phase = 0; phase < 3; phase++) {
      // A seeded reset, an unseeded one (streams continue), another seed.
      Long s = phase == 1 ? null : seed + 1000L * phase;
      byte[] got = vec.reset(s, null).observations();
      expected.reset(s);
      Arrays.fill(bricks, 30);
      assertArrayEquals(expected.observations, got, game + " reset " + phase);
      for (int t = 0; t < 3000; t++) {
        for (int i = 0; i < N; i++) {
          actions[i] =
              fireBias == TRACK
                  ? track(expected.observations, i * size, minimal, rng)
                  : fireBias == RESCUE
                      ? rescue(expected.observations, i * size, rng)
                      : fireBias < 0
                          ? dodge(expected.observations, i * size, minimal, rng)
                          : rng.random() < fireBias ? favoured : (int) rng.integers(0, actionCount);
        }
        VectorStep<byte[]> b = vec.step(actions);
        expected.step(actions);
        for (int i = 0; i < N; i++) {
          maxRamp = Math.max(maxRamp, singles[i].difficultyRamp().orElse(0));
          if (singles[i] instanceof BreakoutEnv breakout) {
            // A refill: more bricks than before without a restart.
            int count = breakout.brickCount();
            refills += count > bricks[i] && b.rewards()[i] == 0 && !restarting[i] ? 1 : 0;
            bricks[i] = count;
          }
          restarting[i] = b.terminations()[i];
        }
        String where = game + " phase " + phase + " step " + t;
        assertArrayEquals(expected.observations, b.observations(), where);
        assertArrayEquals(expected.rewards, b.rewards(), where);
        assertArrayEquals(expected.terminations, b.terminations(), where);
      }
    }
    if (game.equals("Breakout")) {
      assertTrue(refills >= rampAtLeast, game + ": bricks refilled " + refills + " times");
    } else {
      assertTrue(maxRamp >= rampAtLeast, game + ": difficulty ramp reached " + maxRamp);
    }
    assertTrue(
        expected.episodesEnded >= N, game + ": whole episodes played: " + expected.episodesEnded);
    vec.close();
  }

  /**
   * A Space Invaders player that survives long enough to clear blocks (and so refill and ramp):
   * steps aside from an enemy bullet falling towards the cannon, else mostly fires.
   */
  private static int dodge(byte[] obs, int off, boolean minimal, NpRandom rng) {
    int c = SpaceInvadersEnv.CHANNELS;
    int cannon = 0;
    for (int x = 0; x < 10; x++) {
      cannon = obs[off + (90 + x) * c] != 0 ? x : cannon;
    }
    boolean danger = false;
    for (int y = 5; y < 10; y++) {
      danger |= obs[off + (y * 10 + cannon) * c + SpaceInvadersEnv.ENEMY_BULLET] != 0;
    }
    int left = minimal ? 1 : MinAtarEnv.LEFT;
    int right = minimal ? 2 : MinAtarEnv.RIGHT;
    int fire = minimal ? 3 : MinAtarEnv.FIRE;
    if (danger) {
      return cannon == 0 || (cannon < 9 && rng.random() < 0.5) ? right : left;
    }
    return rng.random() < 0.8 ? fire : rng.random() < 0.5 ? left : right;
  }

  /**
   * A Breakout player that clears the bricks (and so refills them): moves the paddle under the
   * ball, with a few random moves.
   */
  private static int track(byte[] obs, int off, boolean minimal, NpRandom rng) {
    int c = BreakoutEnv.CHANNELS;
    int paddle = 0;
    int ball = 0;
    for (int cell = 0; cell < 100; cell++) {
      paddle = obs[off + cell * c] != 0 ? cell % 10 : paddle;
      ball = obs[off + cell * c + 1] != 0 ? cell % 10 : ball;
    }
    if (rng.random() < 0.01) {
      return (int) rng.integers(0, minimal ? 3 : 6);
    }
    int left = minimal ? 1 : MinAtarEnv.LEFT;
    int right = minimal ? 2 : MinAtarEnv.RIGHT;
    return ball < paddle ? left : ball > paddle ? right : 0;
  }

  /**
   * A Seaquest player that rescues divers (and so surfaces with a full load and ramps): rises with
   * six divers or little oxygen, else heads for the nearest diver's row and column, firing on the
   * way, else plays at random.
   */
  static int rescue(byte[] obs, int off, NpRandom rng) {
    int c = SeaquestEnv.CHANNELS;
    int subX = 0;
    int subY = 0;
    int carried = 0;
    int air = 0;
    int diverX = -1;
    int diverY = -1;
    for (int y = 0; y < 10; y++) {
      for (int x = 0; x < 10; x++) {
        int cell = off + (y * 10 + x) * c;
        if (obs[cell + SeaquestEnv.SUB_FRONT] != 0) {
          subX = x;
          subY = y;
        }
        carried += obs[cell + SeaquestEnv.DIVER_GAUGE];
        air += obs[cell + SeaquestEnv.OXYGEN_GAUGE];
        if (obs[cell + SeaquestEnv.DIVER] != 0 && diverX < 0) {
          diverX = x;
          diverY = y;
        }
      }
    }
    if (carried == 6 || (carried > 0 && air < 3)) {
      return MinAtarEnv.UP;
    }
    if (rng.random() < 0.3) {
      return (int) rng.integers(0, 6);
    }
    if (diverX < 0) {
      return subY == 0 ? MinAtarEnv.DOWN : MinAtarEnv.FIRE;
    }
    if (diverY != subY) {
      return diverY < subY ? MinAtarEnv.UP : MinAtarEnv.DOWN;
    }
    return diverX < subX ? MinAtarEnv.LEFT : diverX > subX ? MinAtarEnv.RIGHT : MinAtarEnv.FIRE;
  }
}
