package dev.jymnasium.games.minatar;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jymnasium.env.rng.NpRandom;
import dev.jymnasium.env.vector.NextStepEpisodes;
import dev.jymnasium.env.vector.VectorStep;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Seaquest's batched rules with an erase log too short for most drawings, so that erasing falls
 * back to clearing the slice and redrawing the gauges: still every step equal to single envs.
 */
class SeaquestBatchTest {
  @ParameterizedTest
  @ValueSource(ints = {0, 2, 5})
  void aShortEraseLogStillDrawsExactly(int logged) {
    int n = 3;
    MinAtarEnv.Config config = new MinAtarEnv.Config(null, 0.1, true, false);
    MinAtarEnv[] games = new MinAtarEnv[n];
    MinAtarEnv[] singles = new MinAtarEnv[n];
    int size = SeaquestEnv.CHANNELS * 100;
    byte[] buffer = new byte[n * size];
    for (int i = 0; i < n; i++) {
      games[i] = new SeaquestEnv(config);
      singles[i] = new SeaquestEnv(config);
    }
    SeaquestBatch batch = new SeaquestBatch(games, buffer, size, logged);
    VectorStep<byte[]> result = new VectorStep<>(buffer, n);
    NextStepEpisodes episodes = new NextStepEpisodes(result, 0);
    SinglesStepped expected = new SinglesStepped(singles);
    for (int i = 0; i < n; i++) {
      batch.restart(i, 30L + i);
    }
    expected.reset(30L);
    episodes.resetAll();
    assertArrayEquals(expected.observations, buffer);
    NpRandom rng = NpRandom.of(logged);
    int[] actions = new int[n];
    for (int t = 0; t < 2000; t++) {
      for (int i = 0; i < n; i++) {
        actions[i] = (int) rng.integers(0, 6);
      }
      batch.step(actions, episodes);
      expected.step(actions);
      assertArrayEquals(expected.observations, buffer, "step " + t);
      assertArrayEquals(expected.rewards, result.rewards(), "step " + t);
      assertArrayEquals(expected.terminations, result.terminations(), "step " + t);
    }
    assertTrue(expected.episodesEnded > n, "episodes ended: " + expected.episodesEnded);
  }
}
