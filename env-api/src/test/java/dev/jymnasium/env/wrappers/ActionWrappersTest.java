package dev.jymnasium.env.wrappers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jymnasium.env.Step;
import dev.jymnasium.env.rng.NpRandom;
import dev.jymnasium.env.spaces.Box;
import dev.jymnasium.env.spaces.Discrete;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ClipAction, RescaleAction, TransformAction, StickyAction, RepeatAction. */
class ActionWrappersTest {

  @Test
  void clipActionClipsIntoTheInnerBoundsWithoutTouchingTheCallersArray() {
    ClipAction<float[], float[]> env = new ClipAction<>(new BoxActionEnv());
    Box<?> space = (Box<?>) env.actionSpace();
    assertEquals(Double.NEGATIVE_INFINITY, space.low(0));
    assertEquals(Double.POSITIVE_INFINITY, space.high(1));
    assertArrayEquals(new int[] {2}, space.shape());
    env.reset();
    float[] action = {5f, -3f};
    assertArrayEquals(new float[] {2f, 0f}, env.step(action).observation());
    assertArrayEquals(new float[] {5f, -3f}, action);
    assertArrayEquals(new float[] {1f, 4f}, env.step(new float[] {1f, 4f}).observation());
    assertArrayEquals(new float[] {-2f, 10f}, env.step(new float[] {-1e30f, 1e30f}).observation());
    assertThrows(IllegalArgumentException.class, () -> env.step(new float[] {Float.NaN, 0f}));
  }

  @Test
  void clipActionNeedsABox() {
    assertThrows(IllegalArgumentException.class, () -> new ClipAction<>(new CounterEnv(3)));
  }

  @Test
  void rescaleActionMapsAffinelyOntoTheInnerBounds() {
    RescaleAction<float[], float[]> env = new RescaleAction<>(new BoxActionEnv(), -1, 1);
    Box<?> space = (Box<?>) env.actionSpace();
    assertEquals(-1, space.low(0));
    assertEquals(1, space.high(1));
    env.reset();
    // inner [-2, 2] x [0, 10]: inner = low + (high - low) * (a + 1) / 2
    assertArrayEquals(new float[] {0f, 5f}, env.step(new float[] {0f, 0f}).observation());
    assertArrayEquals(new float[] {2f, 10f}, env.step(new float[] {1f, 1f}).observation());
    assertArrayEquals(new float[] {-2f, 0f}, env.step(new float[] {-1f, -1f}).observation());
    assertArrayEquals(new float[] {1f, 2.5f}, env.step(new float[] {0.5f, -0.5f}).observation());
    assertThrows(
        IllegalArgumentException.class,
        () -> env.step(new float[] {1.5f, 0f}),
        "actions outside [min, max] are refused");
  }

  @Test
  void rescaleActionWithPerElementBounds() {
    RescaleAction<float[], float[]> env =
        new RescaleAction<>(new BoxActionEnv(), new double[] {0, 0}, new double[] {4, 1});
    env.reset();
    assertArrayEquals(new float[] {0f, 7.5f}, env.step(new float[] {2f, 0.75f}).observation());
  }

  @Test
  void rescaleActionRejectsBadBounds() {
    assertThrows(
        IllegalArgumentException.class, () -> new RescaleAction<>(new BoxActionEnv(), 1, 1));
    assertThrows(
        IllegalArgumentException.class, () -> new RescaleAction<>(new BoxActionEnv(), 1, -1));
    assertThrows(
        IllegalArgumentException.class,
        () -> new RescaleAction<>(new BoxActionEnv(), Double.NEGATIVE_INFINITY, 1));
    assertThrows(
        IllegalArgumentException.class,
        () -> new RescaleAction<>(new BoxActionEnv(), new double[] {0}, new double[] {1}));
    assertThrows(
        IllegalArgumentException.class, () -> new RescaleAction<>(new CounterEnv(1), -1, 1));
  }

  @Test
  void transformActionMapsActionsAndChecksTheNewSpace() {
    CounterEnv base = new CounterEnv(10);
    TransformAction<float[], Integer, Integer> env =
        new TransformAction<>(base, a -> a / 10, new Discrete(30));
    env.reset();
    env.step(25);
    assertEquals(List.of(2), base.applied);
    assertThrows(IllegalArgumentException.class, () -> env.step(30));
    assertThrows(IllegalArgumentException.class, () -> new TransformAction<>(base, null));
  }

  @Test
  void stickyActionIsDeterministicUnderASeed() {
    List<Integer> first = runSticky(42, 0.5);
    List<Integer> second = runSticky(42, 0.5);
    assertEquals(first, second);
    assertNotEquals(first, runSticky(43, 0.5));
    assertEquals(given(30), runSticky(42, 0.0), "p = 0 never repeats");
  }

  @Test
  void stickyActionFollowsTheEnvGeneratorDraws() {
    // Replays the documented rule on the generator the env gets from reset(seed = 5).
    NpRandom rng = NpRandom.of(5);
    List<Integer> expected = new ArrayList<>();
    Integer last = null;
    for (int a : given(30)) {
      if (last != null && rng.random() < 0.3) {
        expected.add(last);
      } else {
        expected.add(a);
        last = a;
      }
    }
    assertEquals(expected, runSticky(5, 0.3));
  }

  @Test
  void stickyActionRunsLastTheDrawnDuration() {
    CounterEnv base = new CounterEnv(1000);
    StickyAction<float[], Integer> env = new StickyAction<>(base, 0.25, 2, 4);
    env.reset(11L, null);
    for (int a : given(200)) {
      env.step(a);
    }
    // The documented rule, replayed on the generator that reset(seed = 11) creates.
    NpRandom rng = NpRandom.of(11);
    List<Integer> expected = new ArrayList<>();
    Integer last = null;
    int remaining = 0;
    int runs = 0;
    for (int a : given(200)) {
      if (remaining > 0) {
        remaining--;
        expected.add(last);
      } else if (last != null && rng.random() < 0.25) {
        int length = (int) rng.integers(2, 5);
        assertTrue(length >= 2 && length <= 4);
        remaining = length - 1;
        runs++;
        expected.add(last);
      } else {
        expected.add(a);
        last = a;
      }
    }
    assertTrue(runs > 5);
    assertEquals(expected, base.applied);
  }

  @Test
  void stickyActionRejectsBadArguments() {
    assertThrows(IllegalArgumentException.class, () -> new StickyAction<>(new CounterEnv(1), 1.0));
    assertThrows(IllegalArgumentException.class, () -> new StickyAction<>(new CounterEnv(1), -0.1));
    assertThrows(
        IllegalArgumentException.class, () -> new StickyAction<>(new CounterEnv(1), 0.5, 0, 2));
    assertThrows(
        IllegalArgumentException.class, () -> new StickyAction<>(new CounterEnv(1), 0.5, 3, 2));
  }

  private static List<Integer> given(int n) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(i % 3);
    }
    return out;
  }

  private static List<Integer> runSticky(long seed, double p) {
    CounterEnv base = new CounterEnv(1000);
    StickyAction<float[], Integer> env = new StickyAction<>(base, p);
    env.reset(seed, null);
    for (int a : given(30)) {
      env.step(a);
    }
    return base.applied;
  }

  @Test
  void repeatActionSumsRewardsAndStopsAtTheEnd() {
    CounterEnv base = new CounterEnv(5);
    RepeatAction<float[], Integer> env = new RepeatAction<>(base, 3);
    env.reset();
    Step<float[]> s = env.step(2);
    assertEquals(6.0, s.reward());
    assertArrayEquals(new float[] {3, 2}, s.observation());
    s = env.step(2);
    assertTrue(s.terminated());
    assertEquals(4.0, s.reward(), "stopped after 2 inner steps");
    assertEquals(5, base.applied.size());
    assertThrows(IllegalArgumentException.class, () -> new RepeatAction<>(new CounterEnv(1), 0));
  }
}
