package dev.jymnasium.env.vector.wrappers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jymnasium.env.Env;
import dev.jymnasium.env.vector.AutoresetMode;
import dev.jymnasium.env.vector.SyncVectorEnv;
import dev.jymnasium.env.vector.VectorEnv;
import dev.jymnasium.env.vector.VectorStep;
import dev.jymnasium.env.wrappers.CounterEnv;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** RecordEpisodeStatisticsVector and NormalizeRewardVector over a SyncVectorEnv. */
class VectorWrappersTest {

  /** Sub-env 0 terminates after 2 steps, sub-env 1 after 3; reward = action. */
  private static VectorEnv<float[], int[]> counters(AutoresetMode mode) {
    List<Supplier<Env<?, ?>>> fns = List.of(() -> new CounterEnv(2), () -> new CounterEnv(3));
    return new SyncVectorEnv<>(fns, mode);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> episode(VectorStep<?> s) {
    return (Map<String, Object>) s.infos().get("episode");
  }

  @Test
  void recordsEpisodesAndSkipsTheNextStepResetStep() {
    RecordEpisodeStatisticsVector<float[], int[]> env =
        new RecordEpisodeStatisticsVector<>(counters(AutoresetMode.NEXT_STEP));
    env.reset(0L, null);
    int[] actions = {1, 2};
    VectorStep<float[]> s = env.step(actions);
    assertFalse(s.infos().containsKey("episode"));
    s = env.step(actions); // sub-env 0 ends: return 1 + 1, length 2
    Map<String, Object> ep = episode(s);
    assertArrayEquals(new double[] {2, 0}, (double[]) ep.get("r"));
    assertArrayEquals(new long[] {2, 0}, (long[]) ep.get("l"));
    assertEquals(0.0, ((double[]) ep.get("t"))[1]);
    assertArrayEquals(new boolean[] {true, false}, (boolean[]) s.infos().get("_episode"));
    assertTrue(s.infos().containsKey("count"), "the sub-envs' own infos are kept");
    s = env.step(actions); // sub-env 0 autoresets (not counted), sub-env 1 ends: 2 + 2 + 2
    ep = episode(s);
    assertArrayEquals(new double[] {0, 6}, (double[]) ep.get("r"));
    assertArrayEquals(new long[] {0, 3}, (long[]) ep.get("l"));
    assertArrayEquals(new boolean[] {false, true}, (boolean[]) s.infos().get("_episode"));
    assertEquals(0.0, s.rewards()[0]);
    s = env.step(actions); // sub-env 0 first step of episode 2; sub-env 1 autoresets
    assertFalse(s.infos().containsKey("episode"));
    s = env.step(actions); // sub-env 0 ends again after 2 counted steps
    ep = episode(s);
    assertArrayEquals(new double[] {2, 0}, (double[]) ep.get("r"));
    assertArrayEquals(new long[] {2, 0}, (long[]) ep.get("l"));
    assertEquals(List.of(2.0, 6.0, 2.0), List.copyOf(env.returnQueue()));
    assertEquals(List.of(2L, 3L, 2L), List.copyOf(env.lengthQueue()));
    assertEquals(3, env.episodeCount());
  }

  @Test
  void sameStepEpisodesStartRightAfterTheEnding() {
    RecordEpisodeStatisticsVector<float[], int[]> env =
        new RecordEpisodeStatisticsVector<>(counters(AutoresetMode.SAME_STEP), 2, "episode");
    env.reset();
    int[] actions = {2, 1};
    env.step(actions);
    VectorStep<float[]> s = env.step(actions);
    assertArrayEquals(new double[] {4, 0}, (double[]) episode(s).get("r"));
    s = env.step(actions);
    assertArrayEquals(new long[] {0, 3}, (long[]) episode(s).get("l"));
    s = env.step(actions);
    assertArrayEquals(new long[] {2, 0}, (long[]) episode(s).get("l"), "no reset step in between");
    assertEquals(List.of(3.0, 4.0), List.copyOf(env.returnQueue()), "queue keeps the last 2");
  }

  @Test
  void maskedResetRestartsOnlyTheChosenSubEnvs() {
    RecordEpisodeStatisticsVector<float[], int[]> env =
        new RecordEpisodeStatisticsVector<>(counters(AutoresetMode.DISABLED));
    env.reset();
    int[] actions = {1, 1};
    env.step(actions);
    VectorStep<float[]> s = env.step(actions);
    assertArrayEquals(new double[] {2, 0}, (double[]) episode(s).get("r"));
    env.reset(null, Map.of(VectorEnv.RESET_MASK, new boolean[] {true, false}));
    s = env.step(actions); // sub-env 1 ends its first episode: 3 steps
    assertArrayEquals(new long[] {0, 3}, (long[]) episode(s).get("l"));
    env.reset(null, Map.of(VectorEnv.RESET_MASK, new boolean[] {false, true}));
    s = env.step(actions); // sub-env 0: 2 steps since its masked reset
    assertArrayEquals(new long[] {2, 0}, (long[]) episode(s).get("l"));
  }

  @Test
  void recordEpisodeStatisticsVectorRejectsBadArguments() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new RecordEpisodeStatisticsVector<>(counters(AutoresetMode.NEXT_STEP), 0, "episode"));
    assertThrows(
        IllegalArgumentException.class,
        () -> new RecordEpisodeStatisticsVector<>(counters(AutoresetMode.NEXT_STEP), 5, null));
  }

  @Test
  void normalizeRewardVectorUsesPerEnvReturnsAndOneSharedVariance() {
    // gamma 0.9, actions (1, 2): G0 = 1, 1 (terminated), -, 1.9; G1 = 2, 3.8, 2 (terminated), -;
    // "-" marks the next-step reset step, left out of the statistics.
    NormalizeRewardVector<float[], int[]> env =
        new NormalizeRewardVector<>(counters(AutoresetMode.NEXT_STEP), 0.9, 1e-8);
    env.reset();
    int[] actions = {1, 2};
    double[][] expected = {
      {1.9994002823500832, 3.9988005647001663},
      {0.874509717567603, 1.749019435135206},
      {0.0, 1.9550838031565254},
      {1.0705352676660127, 0.0}
    };
    double[][] returns = {{1, 2}, {1, 3.8}, {1, 2}, {1.9, 2}};
    for (int k = 0; k < expected.length; k++) {
      VectorStep<float[]> s = env.step(actions);
      assertArrayEquals(expected[k], s.rewards(), 1e-12, "step " + (k + 1));
      assertArrayEquals(returns[k], env.discountedReturns(), 1e-12, "step " + (k + 1));
    }
    assertEquals(1e-4 + 6, env.returnRms().count(), 1e-12);
  }

  @Test
  void normalizeRewardVectorRejectsBadArguments() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new NormalizeRewardVector<>(counters(AutoresetMode.NEXT_STEP), 1.5, 1e-8));
    assertThrows(
        IllegalArgumentException.class,
        () -> new NormalizeRewardVector<>(counters(AutoresetMode.NEXT_STEP), 0.99, 0.0));
  }

  @Test
  void wrappersDelegateSpacesAndStack() {
    VectorEnv<float[], int[]> base = counters(AutoresetMode.NEXT_STEP);
    NormalizeRewardVector<float[], int[]> env =
        new NormalizeRewardVector<>(new RecordEpisodeStatisticsVector<>(base));
    assertEquals(2, env.numEnvs());
    assertEquals(base.observationSpace(), env.observationSpace());
    assertEquals(base.singleActionSpace(), env.singleActionSpace());
    assertEquals(AutoresetMode.NEXT_STEP, env.autoresetMode());
    assertTrue(env.unwrapped() == base);
    env.reset(3L, null);
    env.step(new int[] {0, 0});
    VectorStep<float[]> s = env.step(new int[] {0, 0});
    assertTrue(s.infos().containsKey("_episode"));
    env.close();
  }
}
