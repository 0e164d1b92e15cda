package dev.jymnasium.games.minatar;

import static dev.jymnasium.games.minatar.MinAtarEnv.LEFT;
import static dev.jymnasium.games.minatar.MinAtarEnv.RIGHT;
import static dev.jymnasium.games.minatar.MinAtarEnv.SIZE;

import dev.jymnasium.env.rng.RandomState;
import java.util.Arrays;

/**
 * The rules of MinAtar Breakout for {@code n} boards held in flat arrays, board {@code i} at index
 * {@code i} (bricks at {@code i * 100 + y * 10 + x}), behind {@link BreakoutEnv} (one board). Each
 * board also remembers what it last drew into its observation, so that a step redraws only what
 * moved.
 */
final class BreakoutBoards {
  static final int CELLS = SIZE * SIZE;
  static final int CHANNELS = 4;
  static final int OBS_SIZE = CELLS * CHANNELS;

  private static final int[] FLIP_X = {1, 0, 3, 2};
  private static final int[] FLIP_Y = {3, 2, 1, 0};
  private static final int[] FLIP_XY = {2, 3, 0, 1};

  final int[] ballX;
  final int[] ballY;
  final int[] ballDir;
  final int[] lastX;
  final int[] lastY;
  final int[] paddle;
  final boolean[] strike;
  final boolean[] terminal;
  final boolean[] bricks;
  final int[] brickCount;

  /** Drawing state: a full redraw is due, or the last drawn cells and the brick broken since. */
  private final boolean[] redraw;

  private final int[] brokenBrick;
  private final int[] shownBall;
  private final int[] shownTrail;
  private final int[] shownPaddle;

  BreakoutBoards(int n) {
    ballX = new int[n];
    ballY = new int[n];
    ballDir = new int[n];
    lastX = new int[n];
    lastY = new int[n];
    paddle = new int[n];
    strike = new boolean[n];
    terminal = new boolean[n];
    bricks = new boolean[n * CELLS];
    brickCount = new int[n];
    redraw = new boolean[n];
    Arrays.fill(redraw, true);
    brokenBrick = new int[n];
    shownBall = new int[n];
    shownTrail = new int[n];
    shownPaddle = new int[n];
  }

  /** MinAtar's reset of board {@code i}: one {@code choice(2)} for the ball's start side. */
  void reset(int i, RandomState random) {
    ballY[i] = 3;
    if (random.choice(2) == 0) {
      ballX[i] = 0;
      ballDir[i] = BreakoutEnv.DOWN_RIGHT;
    } else {
      ballX[i] = SIZE - 1;
      ballDir[i] = BreakoutEnv.DOWN_LEFT;
    }
    paddle[i] = 4;
    fillBricks(i);
    strike[i] = false;
    terminal[i] = false;
    lastX[i] = ballX[i];
    lastY[i] = ballY[i];
  }

  /** Plays full-set action {@code a} on board {@code i}; returns the reward. */
  double act(int i, int a) {
    double reward = 0;
    if (a == LEFT) {
      paddle[i] = Math.max(0, paddle[i] - 1);
    } else if (a == RIGHT) {
      paddle[i] = Math.min(SIZE - 1, paddle[i] + 1);
    }
    int dir = ballDir[i];
    lastX[i] = ballX[i];
    lastY[i] = ballY[i];
    int newX = ballX[i] + (dir == BreakoutEnv.UP_RIGHT || dir == BreakoutEnv.DOWN_RIGHT ? 1 : -1);
    int newY = ballY[i] + (dir == BreakoutEnv.DOWN_RIGHT || dir == BreakoutEnv.DOWN_LEFT ? 1 : -1);
    boolean struck = false;
    if (newX < 0 || newX > SIZE - 1) {
      newX = Math.max(0, Math.min(SIZE - 1, newX));
      dir = FLIP_X[dir];
    }
    int brick = i * CELLS + Math.max(newY, 0) * SIZE + newX;
    if (newY < 0) {
      newY = 0;
      dir = FLIP_Y[dir];
    } else if (bricks[brick]) {
      struck = true;
      if (!strike[i]) {
        reward += 1;
        strike[i] = true;
        bricks[brick] = false;
        brokenBrick[i] = brick - i * CELLS;
        brickCount[i]--;
        newY = lastY[i];
        dir = FLIP_Y[dir];
      }
    } else if (newY == SIZE - 1) {
      if (brickCount[i] == 0) {
        fillBricks(i);
      }
      if (ballX[i] == paddle[i]) {
        dir = FLIP_Y[dir];
        newY = lastY[i];
      } else if (newX == paddle[i]) {
        dir = FLIP_XY[dir];
        newY = lastY[i];
      } else {
        terminal[i] = true;
      }
    }
    if (!struck) {
      strike[i] = false;
    }
    ballDir[i] = dir;
    ballX[i] = newX;
    ballY[i] = newY;
    return reward;
  }

  void fillBricks(int i) {
    int base = i * CELLS;
    Arrays.fill(bricks, base, base + CELLS, false);
    Arrays.fill(bricks, base + SIZE, base + 4 * SIZE, true);
    brickCount[i] = 3 * SIZE;
    redraw[i] = true;
  }

  /** Forces the next {@link #observe} of board {@code i} to redraw everything. */
  void invalidate(int i) {
    redraw[i] = true;
  }

  /**
   * Draws board {@code i} into {@code obs} at {@code offset} ({@code [y][x][c]}, 400 bytes): all of
   * it after a reset, a refill or {@link #invalidate}, else only the paddle, ball, trail and the
   * brick broken since the last call.
   */
  void observe(int i, byte[] obs, int offset) {
    if (redraw[i]) {
      Arrays.fill(obs, offset, offset + OBS_SIZE, (byte) 0);
      int base = i * CELLS;
      for (int c = 0; c < CELLS; c++) {
        if (bricks[base + c]) {
          obs[offset + c * CHANNELS + 3] = 1;
        }
      }
      redraw[i] = false;
    } else {
      obs[offset + shownBall[i] * CHANNELS + 1] = 0;
      obs[offset + shownPaddle[i] * CHANNELS] = 0;
      obs[offset + shownTrail[i] * CHANNELS + 2] = 0;
      if (brokenBrick[i] >= 0) {
        obs[offset + brokenBrick[i] * CHANNELS + 3] = 0;
      }
    }
    brokenBrick[i] = -1;
    shownBall[i] = ballY[i] * SIZE + ballX[i];
    shownPaddle[i] = (SIZE - 1) * SIZE + paddle[i];
    shownTrail[i] = lastY[i] * SIZE + lastX[i];
    obs[offset + shownBall[i] * CHANNELS + 1] = 1;
    obs[offset + shownPaddle[i] * CHANNELS] = 1;
    obs[offset + shownTrail[i] * CHANNELS + 2] = 1;
  }
}
