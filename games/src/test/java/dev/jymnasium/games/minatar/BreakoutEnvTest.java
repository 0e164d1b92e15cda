package dev.jymnasium.games.minatar;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jymnasium.env.Step;
import dev.jymnasium.env.registry.Gym;
import dev.jymnasium.env.spaces.Discrete;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * MinAtar Breakout's dynamics traced by hand from the rules of MinAtar's {@code breakout.py}, and
 * its draws against numpy's {@code RandomState}.
 */
class BreakoutEnvTest {
  private static final int B = BreakoutEnv.CHANNELS;

  /** No sticky actions, full action set. */
  private static BreakoutEnv env() {
    BreakoutEnv env = new BreakoutEnv(new BreakoutEnv.Config(null, 0.0, true, false));
    env.reset(0);
    return env;
  }

  private static int at(byte[] obs, int x, int y, int c) {
    return obs[(y * 10 + x) * B + c];
  }

  @Test
  void startsWithThreeBrickRowsAndTheBallOnASideDrawnByNumpy() {
    // numpy.random.RandomState(s).choice(2): s = 0 -> 0, s = 1 -> 1.
    BreakoutEnv env = env();
    byte[] obs = env.reset(0).observation();
    assertArrayEquals(new int[] {0, 3, BreakoutEnv.DOWN_RIGHT}, env.ball());
    assertEquals(1, at(obs, 4, 9, 0), "paddle");
    assertEquals(1, at(obs, 0, 3, 1), "ball");
    assertEquals(1, at(obs, 0, 3, 2), "trail on the ball");
    assertEquals(30, env.brickCount());
    for (int y = 0; y < 10; y++) {
      for (int x = 0; x < 10; x++) {
        assertEquals(y >= 1 && y <= 3 ? 1 : 0, at(obs, x, y, 3));
      }
    }
    env.reset(1);
    assertArrayEquals(new int[] {9, 3, BreakoutEnv.DOWN_LEFT}, env.ball());
  }

  @Test
  void theBallBouncesOffTheSideAndTopWalls() {
    BreakoutEnv env = env();
    env.setState(4, 1, 6, BreakoutEnv.UP_LEFT, null);
    env.step(BreakoutEnv.NOOP);
    assertArrayEquals(new int[] {0, 5, BreakoutEnv.UP_LEFT}, env.ball());
    byte[] obs = env.step(BreakoutEnv.NOOP).observation();
    // x = -1 is clamped to 0 and the direction turns to up-right; y still moves.
    assertArrayEquals(new int[] {0, 4, BreakoutEnv.UP_RIGHT}, env.ball());
    assertEquals(1, at(obs, 0, 5, 2), "trail");
    env.setState(4, 5, 0, BreakoutEnv.UP_RIGHT, new int[0][]);
    env.step(BreakoutEnv.NOOP);
    // y = -1 is clamped to 0 and the direction turns to down-right; x still moves.
    assertArrayEquals(new int[] {6, 0, BreakoutEnv.DOWN_RIGHT}, env.ball());
    env.setState(4, 9, 0, BreakoutEnv.UP_RIGHT, new int[0][]);
    env.step(BreakoutEnv.NOOP);
    assertArrayEquals(new int[] {9, 0, BreakoutEnv.DOWN_LEFT}, env.ball(), "corner");
  }

  @Test
  void aBrickIsBrokenForOneAndTheBallStaysOnItsRow() {
    BreakoutEnv env = env();
    env.setState(4, 5, 5, BreakoutEnv.UP_LEFT, null);
    assertEquals(0.0, env.step(BreakoutEnv.NOOP).reward());
    assertArrayEquals(new int[] {4, 4, BreakoutEnv.UP_LEFT}, env.ball());
    Step<byte[]> s = env.step(BreakoutEnv.NOOP);
    assertEquals(1.0, s.reward());
    assertFalse(env.brick(3, 3));
    assertEquals(29, env.brickCount());
    assertArrayEquals(new int[] {3, 4, BreakoutEnv.DOWN_LEFT}, env.ball());
    assertEquals(0, at(s.observation(), 3, 3, 3));
    assertEquals(0.0, env.step(BreakoutEnv.NOOP).reward());
    assertArrayEquals(new int[] {2, 5, BreakoutEnv.DOWN_LEFT}, env.ball());
  }

  @Test
  void noBrickBreaksOnTheStepRightAfterABreak() {
    BreakoutEnv env = env();
    env.setState(4, 2, 3, BreakoutEnv.UP_LEFT, new int[][] {{1, 2}, {0, 4}});
    assertEquals(1.0, env.step(BreakoutEnv.NOOP).reward());
    assertArrayEquals(new int[] {1, 3, BreakoutEnv.DOWN_LEFT}, env.ball());
    // (0, 4) is a brick, but the strike flag is still set: the ball moves into it, unbroken.
    Step<byte[]> s = env.step(BreakoutEnv.NOOP);
    assertEquals(0.0, s.reward());
    assertArrayEquals(new int[] {0, 4, BreakoutEnv.DOWN_LEFT}, env.ball());
    assertTrue(env.brick(0, 4));
    assertEquals(1, at(s.observation(), 0, 4, 1));
    assertEquals(1, at(s.observation(), 0, 4, 3));
    // Side wall: x clamps to 0, down-right; (0, 5) is free, so the flag clears.
    env.step(BreakoutEnv.NOOP);
    assertArrayEquals(new int[] {0, 5, BreakoutEnv.DOWN_RIGHT}, env.ball());
    assertEquals(1, env.brickCount());
  }

  @Test
  void thePaddleReturnsTheBallOrTheEpisodeEnds() {
    BreakoutEnv env = env();
    // Above the paddle: straight back up.
    env.setState(4, 4, 8, BreakoutEnv.DOWN_RIGHT, null);
    Step<byte[]> s = env.step(BreakoutEnv.NOOP);
    assertFalse(s.terminated());
    assertArrayEquals(new int[] {5, 8, BreakoutEnv.UP_RIGHT}, env.ball());
    // Onto the paddle from the side: back the way it came.
    env.setState(4, 3, 8, BreakoutEnv.DOWN_RIGHT, null);
    assertFalse(env.step(BreakoutEnv.NOOP).terminated());
    assertArrayEquals(new int[] {4, 8, BreakoutEnv.UP_LEFT}, env.ball());
    // The paddle moves first: it catches a ball it would have missed.
    env.setState(5, 3, 8, BreakoutEnv.DOWN_RIGHT, null);
    assertFalse(env.step(BreakoutEnv.LEFT).terminated());
    assertEquals(4, env.paddle());
    // Missed.
    env.setState(4, 1, 8, BreakoutEnv.DOWN_RIGHT, null);
    s = env.step(BreakoutEnv.NOOP);
    assertTrue(s.terminated());
    assertFalse(s.truncated());
    assertEquals(0.0, s.reward());
    assertArrayEquals(new int[] {2, 9, BreakoutEnv.DOWN_RIGHT}, env.ball());
    assertEquals(1, at(s.observation(), 2, 9, 1));
  }

  @Test
  void theBricksComeBackWhenTheBallReachesTheBottomRowWithNoneLeft() {
    BreakoutEnv env = env();
    env.setState(4, 3, 8, BreakoutEnv.DOWN_RIGHT, new int[0][]);
    env.step(BreakoutEnv.NOOP);
    assertEquals(30, env.brickCount());
    // Also when the ball is missed.
    env.setState(4, 0, 8, BreakoutEnv.DOWN_RIGHT, new int[0][]);
    assertTrue(env.step(BreakoutEnv.NOOP).terminated());
    assertEquals(30, env.brickCount());
  }

  @Test
  void thePaddleStopsAtTheWallsAndOtherActionsDoNothing() {
    BreakoutEnv env = env();
    env.setState(0, 5, 5, BreakoutEnv.UP_LEFT, new int[0][]);
    env.step(BreakoutEnv.LEFT);
    assertEquals(0, env.paddle());
    for (int a : new int[] {BreakoutEnv.UP, BreakoutEnv.DOWN, BreakoutEnv.FIRE, BreakoutEnv.NOOP}) {
      env.step(a);
      assertEquals(0, env.paddle());
    }
    env.setState(9, 5, 5, BreakoutEnv.UP_LEFT, new int[0][]);
    env.step(BreakoutEnv.RIGHT);
    assertEquals(9, env.paddle());
  }

  @Test
  void stickyActionsRepeatThePreviousActionOnNumpysDraws() {
    // RandomState(3): choice(2) = 0, then rand() = 0.071, 0.840, 0.121, 0.569, 0.437, 0.019, 0.041.
    var env = new BreakoutEnv(new BreakoutEnv.Config(null, 0.1, true, true));
    env.reset(3);
    assertArrayEquals(new int[] {0, 3, BreakoutEnv.DOWN_RIGHT}, env.ball());
    env.step(2); // right, but 0.071 < 0.1: the previous action (no-op) repeats
    assertEquals(4, env.paddle());
    env.step(2);
    assertEquals(5, env.paddle());
    env.step(2);
    assertEquals(6, env.paddle());
    env.step(0);
    env.step(0);
    Step<byte[]> s = env.step(1); // left, but 0.019: no-op; the paddle catches the ball at x = 6
    assertEquals(6, env.paddle());
    assertFalse(s.terminated());
    assertArrayEquals(new int[] {6, 8, BreakoutEnv.UP_LEFT}, env.ball());
    env.step(2); // 0.041: no-op again
    assertEquals(6, env.paddle());
    // Without sticky actions the same seed moves at once.
    var plain = new BreakoutEnv(new BreakoutEnv.Config(null, 0.0, true, true));
    plain.reset(3);
    plain.step(2);
    assertEquals(5, plain.paddle());
  }

  @Test
  void theRegisteredIdsHaveSixAndThreeActionsAndNoTimeLimit() {
    try (var v0 = Gym.make("MinAtar/Breakout-v0");
        var v1 = Gym.make("MinAtar/Breakout-v1")) {
      assertEquals(6, ((Discrete) (Object) v0.actionSpace()).n());
      assertEquals(3, ((Discrete) (Object) v1.actionSpace()).n());
      assertEquals(null, v0.spec().maxEpisodeSteps());
    }
  }

  @Test
  void badKwargsAreRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Gym.make("MinAtar/Breakout-v1", Map.of("sticky_action_prob", 1.5)));
    assertEquals(
        "kwarg 'sticky_action_prob' of MinAtar/Breakout-v1 must be in [0, 1], got 1.5",
        e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> Gym.make("MinAtar/Breakout-v0", Map.of("ramping", true)));
    assertThrows(
        IllegalArgumentException.class,
        () -> Gym.make("MinAtar/Breakout-v0", Map.of("difficulty_ramping", "yes")));
    try (var env = Gym.make("MinAtar/Breakout-v0", Map.of("difficulty_ramping", false))) {
      env.reset(0);
    }
  }
}
