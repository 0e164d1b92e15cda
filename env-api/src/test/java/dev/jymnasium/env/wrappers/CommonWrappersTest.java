package dev.jymnasium.env.wrappers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jymnasium.env.Env;
import dev.jymnasium.env.Step;
import dev.jymnasium.env.Wrapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** TimeLimit, RecordEpisodeStatistics and Autoreset. */
class CommonWrappersTest {

  @Test
  void timeLimitTruncatesExactlyAtTheLimit() {
    TimeLimit<float[], Integer> env = new TimeLimit<>(new CounterEnv(100), 3);
    env.reset();
    assertFalse(env.step(1).truncated());
    assertFalse(env.step(1).truncated());
    Step<float[]> s = env.step(1);
    assertTrue(s.truncated());
    assertFalse(s.terminated());
    env.reset();
    assertEquals(0, env.elapsedSteps());
    assertFalse(env.step(0).truncated());
  }

  @Test
  void recordEpisodeStatisticsReportsReturnAndLengthOnTheEndingStepOnly() {
    CounterEnv base = new CounterEnv(3);
    RecordEpisodeStatistics<float[], Integer> env = new RecordEpisodeStatistics<>(base);
    env.reset(7L, null);
    Step<float[]> s = env.step(2);
    assertFalse(s.info().containsKey("episode"));
    assertEquals(Map.of("count", 1), s.info());
    env.step(1);
    s = env.step(2);
    assertTrue(s.terminated());
    @SuppressWarnings("unchecked")
    Map<String, Object> ep = (Map<String, Object>) s.info().get("episode");
    assertEquals(5.0, ep.get("r"));
    assertEquals(3, ep.get("l"));
    double t = (Double) ep.get("t");
    assertTrue(t >= 0 && t < 60);
    assertEquals(t, Math.round(t * 1e6) / 1e6);
    assertEquals(3, s.info().get("count"), "the env's own info keys are kept");
    assertTrue(s.info() instanceof LinkedHashMap, "ending info is a fresh mutable copy");
    assertEquals(List.of(5.0), List.copyOf(env.returnQueue()));
    assertEquals(List.of(3), List.copyOf(env.lengthQueue()));
    assertEquals(1, env.timeQueue().size());
    assertEquals(1, env.episodeCount());
  }

  @Test
  void recordEpisodeStatisticsCountsTruncationsAndBoundsItsQueues() {
    RecordEpisodeStatistics<float[], Integer> env =
        new RecordEpisodeStatistics<>(new TimeLimit<>(new CounterEnv(100), 2), 2, "episode");
    for (int ep = 0; ep < 3; ep++) {
      env.reset();
      env.step(ep);
      Step<float[]> s = env.step(1);
      assertTrue(s.truncated());
      assertTrue(s.info().containsKey("episode"));
    }
    assertEquals(List.of(2.0, 3.0), List.copyOf(env.returnQueue()));
    assertEquals(List.of(2, 2), List.copyOf(env.lengthQueue()));
    assertEquals(3, env.episodeCount());
  }

  @Test
  void recordEpisodeStatisticsRefusesAnExistingKeyAndBadArguments() {
    Env<float[], Integer> clash =
        new Wrapper<float[], Integer, float[], Integer>(new CounterEnv(1)) {
          @Override
          protected Step<float[]> doStep(Integer action) {
            Step<float[]> s = env.step(action);
            s.setInfo(Map.of("episode", "mine"));
            return s;
          }
        };
    RecordEpisodeStatistics<float[], Integer> env = new RecordEpisodeStatistics<>(clash);
    env.reset();
    assertThrows(IllegalStateException.class, () -> env.step(0));
    assertThrows(
        IllegalArgumentException.class,
        () -> new RecordEpisodeStatistics<>(new CounterEnv(1), 0, "episode"));
    assertThrows(
        IllegalArgumentException.class,
        () -> new RecordEpisodeStatistics<>(new CounterEnv(1), 10, ""));
  }

  @Test
  void recordEpisodeStatisticsOverAutoresetSkipsTheResetStep() {
    RecordEpisodeStatistics<float[], Integer> env =
        new RecordEpisodeStatistics<>(new Autoreset<>(new CounterEnv(2)));
    env.reset();
    env.step(1);
    assertTrue(env.step(2).info().containsKey("episode"));
    Step<float[]> resetStep = env.step(0);
    assertFalse(resetStep.info().containsKey("episode"));
    assertEquals(0, env.episodeLength());
    env.step(2);
    Step<float[]> s = env.step(2);
    @SuppressWarnings("unchecked")
    Map<String, Object> ep = (Map<String, Object>) s.info().get("episode");
    assertEquals(4.0, ep.get("r"));
    assertEquals(2, ep.get("l"));
    assertEquals(List.of(3.0, 4.0), List.copyOf(env.returnQueue()));
  }

  @Test
  void autoresetResetsOnTheStepAfterTheEnding() {
    CounterEnv base = new CounterEnv(2);
    Autoreset<float[], Integer> env = new Autoreset<>(base);
    env.reset();
    assertFalse(env.step(1).done());
    Step<float[]> end = env.step(2);
    assertTrue(end.terminated());
    assertArrayEquals(new float[] {2, 2}, end.observation());
    assertTrue(env.resetPending());
    Step<float[]> s = env.step(1);
    assertArrayEquals(new float[] {0, 0}, s.observation());
    assertEquals(0.0, s.reward());
    assertFalse(s.terminated());
    assertFalse(s.truncated());
    assertEquals(Map.of("reset", 2), s.info(), "reset info is returned");
    assertEquals(List.of(1, 2), base.applied, "the action of the reset step is ignored");
    assertEquals(2, base.resets);
    Step<float[]> next = env.step(2);
    assertArrayEquals(new float[] {1, 2}, next.observation());
    assertEquals(2.0, next.reward());
  }

  @Test
  void explicitResetClearsAPendingAutoreset() {
    CounterEnv base = new CounterEnv(1);
    Autoreset<float[], Integer> env = new Autoreset<>(base);
    env.reset();
    assertTrue(env.step(0).terminated());
    env.reset();
    assertFalse(env.resetPending());
    Step<float[]> s = env.step(2);
    assertEquals(2.0, s.reward());
    assertEquals(List.of(0, 2), base.applied);
  }

  @Test
  void stepBuffersAreReusedAcrossSteps() {
    RecordEpisodeStatistics<float[], Integer> env =
        new RecordEpisodeStatistics<>(new CounterEnv(50));
    env.reset();
    Step<float[]> a = env.step(1);
    Step<float[]> b = env.step(1);
    assertTrue(a == b && a.observation() == b.observation());
    FrameStackObservation<float[], Integer> fs = new FrameStackObservation<>(new CounterEnv(50), 2);
    float[] first = fs.reset().observation();
    assertNotSame(first, fs.inner().reset().observation());
    assertTrue(fs.step(1).observation() == fs.step(1).observation());
  }
}
