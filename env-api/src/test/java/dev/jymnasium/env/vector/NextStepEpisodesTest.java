package dev.jymnasium.env.vector;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Next-step autoreset bookkeeping: restarts after an end, truncation at the step limit. */
class NextStepEpisodesTest {
  @Test
  void anEndedSubEnvRestartsOnTheNextStepWithRewardZeroAndNoFlags() {
    VectorStep<byte[]> result = new VectorStep<>(new byte[2], 2);
    NextStepEpisodes episodes = new NextStepEpisodes(result, 0);
    episodes.resetAll();
    assertFalse(episodes.restarts(0));
    episodes.record(0, 2.5, true, false);
    episodes.record(1, 1.0, false, false);
    assertArrayEquals(new double[] {2.5, 1.0}, result.rewards());
    assertArrayEquals(new boolean[] {true, false}, result.terminations());
    assertTrue(episodes.restarts(0));
    assertFalse(episodes.restarts(1));
    assertArrayEquals(new double[] {0.0, 1.0}, result.rewards());
    assertArrayEquals(new boolean[] {false, false}, result.terminations());
    assertFalse(episodes.restarts(0), "restarted once");
  }

  @Test
  void theStepLimitTruncatesAndCountsFromEachRestart() {
    VectorStep<byte[]> result = new VectorStep<>(new byte[1], 1);
    NextStepEpisodes episodes = new NextStepEpisodes(result, 3);
    episodes.resetAll();
    for (int round = 0; round < 2; round++) {
      for (int t = 1; t <= 3; t++) {
        assertFalse(episodes.restarts(0));
        episodes.record(0, 0, false, false);
        assertTrue(result.truncations()[0] == (t == 3), "round " + round + " step " + t);
      }
      assertTrue(episodes.restarts(0));
      assertFalse(result.truncations()[0]);
    }
    episodes.record(0, 0, false, true);
    assertTrue(result.truncations()[0], "the env's own truncation");
    assertTrue(episodes.restarts(0));
    episodes.record(0, 0, false, false);
    episodes.resetAll();
    assertFalse(episodes.restarts(0));
    assertThrows(IllegalArgumentException.class, () -> new NextStepEpisodes(result, -1));
  }
}
