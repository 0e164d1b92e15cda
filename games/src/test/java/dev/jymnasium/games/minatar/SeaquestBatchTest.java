package dev.jymnasium.games.minatar;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jymnasium.env.rng.NpRandom;
import dev.jymnasium.env.vector.NextStepEpisodes;
import dev.jymnasium.env.vector.VectorStep;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Seaquest's batched rules in crowded late games, every step equal to single envs. After a full
 * load is delivered MinAtar leaves the divers carried at -1, so every later surfacing ramps the
 * difficulty: a player that rescues divers and then bobs between rows 0 and 1 reaches the last ramp
 * (19: enemy spawn period 1, move period 2), where enemies spawn faster than they leave their first
 * cell and share cells (drawn through counts above 1).
 */
class SeaquestBatchTest {
  @ParameterizedTest
  @ValueSource(longs = {5, 17})
  void crowdedLateGamesPlayExactlyAsSingleEnvs(long seed) {
    int n = 8;
    MinAtarEnv.Config config = new MinAtarEnv.Config(null, 0.0, true, false);
    MinAtarEnv[] games = new MinAtarEnv[n];
    SeaquestEnv[] singles = new SeaquestEnv[n];
    int size = SeaquestEnv.CHANNELS * 100;
    byte[] buffer = new byte[n * size];
    for (int i = 0; i < n; i++) {
      games[i] = new SeaquestEnv(config);
      singles[i] = new SeaquestEnv(config);
    }
    SeaquestBatch batch = new SeaquestBatch(games, buffer, size);
    VectorStep<byte[]> result = new VectorStep<>(buffer, n);
    NextStepEpisodes episodes = new NextStepEpisodes(result, 0);
    SinglesStepped expected = new SinglesStepped(singles);
    for (int i = 0; i < n; i++) {
      batch.restart(i, seed + i);
    }
    expected.reset(seed);
    episodes.resetAll();
    assertArrayEquals(expected.observations, buffer);
    NpRandom rng = NpRandom.of(seed);
    int[] actions = new int[n];
    int maxRamp = 0;
    int sharedEnemyCells = 0;
    for (int t = 0; t < 20_000; t++) {
      for (int i = 0; i < n; i++) {
        actions[i] =
            singles[i].diverCount() < 0
                ? (t % 2 == 0 ? MinAtarEnv.DOWN : MinAtarEnv.UP)
                : RulesBatchTest.rescue(expected.observations, i * size, rng);
      }
      batch.step(actions, episodes);
      expected.step(actions);
      assertArrayEquals(expected.observations, buffer, "step " + t);
      assertArrayEquals(expected.rewards, result.rewards(), "step " + t);
      assertArrayEquals(expected.terminations, result.terminations(), "step " + t);
      for (int i = 0; i < n; i++) {
        maxRamp = Math.max(maxRamp, singles[i].difficultyRamp().orElse(0));
      }
      for (int b = 0; b < buffer.length; b += SeaquestEnv.CHANNELS) {
        sharedEnemyCells +=
            batch.counts[b + SeaquestEnv.FISH] + batch.counts[b + SeaquestEnv.ENEMY_SUB] > 1
                ? 1
                : 0;
      }
    }
    assertTrue(maxRamp >= 19, "difficulty ramp reached " + maxRamp);
    assertTrue(sharedEnemyCells > 0, "no two enemies ever shared a cell");
    assertTrue(expected.episodesEnded > n, "episodes ended: " + expected.episodesEnded);
  }
}
