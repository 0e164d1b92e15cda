package dev.jymnasium.env.vector;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jymnasium.env.spaces.MultiDiscrete;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VectorEnvTest {
  private static List<Supplier<CountingEnv>> fns(int n, int length) {
    List<Supplier<CountingEnv>> fns = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      fns.add(() -> new CountingEnv(length));
    }
    return fns;
  }

  private static VectorEnv<float[], int[]> make(
      String kind, int n, int length, AutoresetMode mode) {
    return kind.equals("sync")
        ? new SyncVectorEnv<>(fns(n, length), mode)
        : new ThreadedVectorEnv<>(fns(n, length), mode, 2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"sync", "threaded"})
  void resetSeedsSubEnvsWithSeedPlusIndex(String kind) {
    try (VectorEnv<float[], int[]> v = make(kind, 3, 5, AutoresetMode.NEXT_STEP)) {
      float[] obs = v.reset(42).observations();
      for (int i = 0; i < 3; i++) {
        CountingEnv single = new CountingEnv(5);
        assertEquals(single.reset(42L + i).observation()[0], obs[i]);
      }
      assertTrue(v.actionSpace() instanceof MultiDiscrete);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"sync", "threaded"})
  void nextStepAutoresetIgnoresTheActionAfterAnEnding(String kind) {
    try (VectorEnv<float[], int[]> v = make(kind, 2, 2, AutoresetMode.NEXT_STEP)) {
      float[] start = v.reset(0).observations().clone();
      v.step(new int[] {1, 1});
      VectorStep<float[]> s = v.step(new int[] {1, 0});
      assertArrayEquals(new boolean[] {true, true}, s.terminations());
      assertArrayEquals(new double[] {1, 0}, s.rewards());
      assertEquals(start[0] + 2, s.observations()[0]);
      s = v.step(new int[] {1, 1});
      assertArrayEquals(new boolean[] {false, false}, s.terminations());
      assertArrayEquals(new double[] {0, 0}, s.rewards(), "the reset step has reward 0");
      assertTrue(s.infos().containsKey("start"), "reset infos are returned on the reset step");
      s = v.step(new int[] {1, 1});
      assertArrayEquals(new double[] {1, 1}, s.rewards());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"sync", "threaded"})
  void sameStepAutoresetReportsFinalObservations(String kind) {
    try (VectorEnv<float[], int[]> v = make(kind, 2, 2, AutoresetMode.SAME_STEP)) {
      float[] start = v.reset(0).observations().clone();
      v.step(new int[] {0, 0});
      VectorStep<float[]> s = v.step(new int[] {1, 1});
      assertArrayEquals(new boolean[] {true, true}, s.terminations());
      assertArrayEquals(new double[] {1, 1}, s.rewards());
      Object[] finals = (Object[]) s.infos().get("final_obs");
      assertEquals(start[0] + 2, ((float[]) finals[0])[0]);
      assertArrayEquals(new boolean[] {true, true}, (boolean[]) s.infos().get("_final_obs"));
      Map<?, ?> finalInfo = (Map<?, ?>) s.infos().get("final_info");
      assertArrayEquals(new long[] {2, 2}, (long[]) finalInfo.get("steps"));
      // The observation slot already holds the next episode's first observation.
      assertTrue(s.infos().containsKey("start"));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"sync", "threaded"})
  void disabledAutoresetNeedsAMaskedReset(String kind) {
    try (VectorEnv<float[], int[]> v = make(kind, 2, 1, AutoresetMode.DISABLED)) {
      v.reset(0);
      v.step(new int[] {0, 0});
      SubEnvException e = assertThrows(SubEnvException.class, () -> v.step(new int[] {0, 0}));
      assertEquals(0, e.index());
      v.reset(null, Map.of(VectorEnv.RESET_MASK, new boolean[] {true, true}));
      assertTrue(v.step(new int[] {0, 0}).terminations()[0]);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"sync", "threaded"})
  void failingSubEnvIsNamedAndTheEnvStaysUsable(String kind) {
    try (VectorEnv<float[], int[]> v = make(kind, 4, 100, AutoresetMode.NEXT_STEP)) {
      v.reset(0);
      SubEnvException e = assertThrows(SubEnvException.class, () -> v.step(new int[] {0, 0, 0, 2}));
      assertEquals(3, e.index());
      assertTrue(e.getMessage().contains("sub-env 3"), e.getMessage());
      v.step(new int[] {1, 1, 1, 1});
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"sync", "threaded"})
  void errorFromASubEnvIsNamedOnEitherThread(String kind) {
    try (VectorEnv<float[], int[]> v = make(kind, 4, 100, AutoresetMode.NEXT_STEP)) {
      v.reset(0);
      // Sub-env 1 runs on the calling thread, sub-env 3 on the worker.
      for (int bad : new int[] {1, 3}) {
        int[] actions = {0, 0, 0, 0};
        actions[bad] = 3;
        SubEnvException e = assertThrows(SubEnvException.class, () -> v.step(actions));
        assertEquals(bad, e.index());
        assertTrue(e.getMessage().contains("sub-env " + bad), e.getMessage());
        assertTrue(e.getCause() instanceof AssertionError, String.valueOf(e.getCause()));
      }
      v.step(new int[] {1, 1, 1, 1});
    }
  }

  @Test
  void badActionBatchIsRejected() {
    try (VectorEnv<float[], int[]> v = make("sync", 2, 5, AutoresetMode.NEXT_STEP)) {
      v.reset(0);
      assertThrows(IllegalArgumentException.class, () -> v.step(new int[] {0}));
      assertThrows(IllegalArgumentException.class, () -> v.step(new int[] {0, 7}));
    }
  }

  @Test
  void threadedEqualsSyncOverManySteps() {
    try (VectorEnv<float[], int[]> a = make("sync", 5, 7, AutoresetMode.NEXT_STEP);
        VectorEnv<float[], int[]> b = make("threaded", 5, 7, AutoresetMode.NEXT_STEP)) {
      assertArrayEquals(a.reset(3).observations(), b.reset(3).observations());
      int[] actions = new int[5];
      for (int t = 0; t < 100; t++) {
        for (int i = 0; i < 5; i++) {
          actions[i] = (t + i) % 2;
        }
        VectorStep<float[]> sa = a.step(actions);
        VectorStep<float[]> sb = b.step(actions);
        assertArrayEquals(sa.observations(), sb.observations());
        assertArrayEquals(sa.rewards(), sb.rewards());
        assertArrayEquals(sa.terminations(), sb.terminations());
      }
    }
  }

  @Test
  void resetMaskMustSelectSomething() {
    try (VectorEnv<float[], int[]> v = make("sync", 2, 5, AutoresetMode.DISABLED)) {
      assertThrows(
          IllegalArgumentException.class,
          () -> v.reset(null, Map.of(VectorEnv.RESET_MASK, new boolean[] {false, false})));
      assertThrows(
          IllegalArgumentException.class,
          () -> v.reset(null, Map.of(VectorEnv.RESET_MASK, new boolean[] {true})));
    }
  }
}
