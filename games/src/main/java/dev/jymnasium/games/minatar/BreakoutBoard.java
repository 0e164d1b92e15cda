package dev.jymnasium.games.minatar;

import static dev.jymnasium.games.minatar.MinAtarEnv.LEFT;
import static dev.jymnasium.games.minatar.MinAtarEnv.RIGHT;
import static dev.jymnasium.games.minatar.MinAtarEnv.SIZE;

import dev.jymnasium.env.rng.RandomState;
import java.util.Arrays;

/**
 * The state and rules of one MinAtar Breakout game, behind {@link BreakoutEnv} (bricks at {@code y
 * * 10 + x}). It also remembers what it last drew into the observation, so that a step redraws only
 * what moved.
 */
final class BreakoutBoard {
  static final int CELLS = SIZE * SIZE;
  static final int CHANNELS = 4;
  static final int OBS_SIZE = CELLS * CHANNELS;

  private static final int[] FLIP_X = {1, 0, 3, 2};
  private static final int[] FLIP_Y = {3, 2, 1, 0};
  private static final int[] FLIP_XY = {2, 3, 0, 1};

  int ballX;
  int ballY;
  int ballDir;
  int lastX;
  int lastY;
  int paddle;
  boolean strike;
  boolean terminal;
  final boolean[] bricks = new boolean[CELLS];
  int brickCount;

  /** Drawing state: a full redraw is due, or the last drawn cells and the brick broken since. */
  private boolean redraw = true;

  private int brokenBrick;
  private int shownBall;
  private int shownTrail;
  private int shownPaddle;

  /** MinAtar's reset: one {@code choice(2)} for the ball's start side. */
  void reset(RandomState random) {
    ballY = 3;
    if (random.choice(2) == 0) {
      ballX = 0;
      ballDir = BreakoutEnv.DOWN_RIGHT;
    } else {
      ballX = SIZE - 1;
      ballDir = BreakoutEnv.DOWN_LEFT;
    }
    paddle = 4;
    fillBricks();
    strike = false;
    terminal = false;
    lastX = ballX;
    lastY = ballY;
  }

  /** Plays full-set action {@code a}; returns the reward. */
  double act(int a) {
    double reward = 0;
    if (a == LEFT) {
      paddle = Math.max(0, paddle - 1);
    } else if (a == RIGHT) {
      paddle = Math.min(SIZE - 1, paddle + 1);
    }
    int dir = ballDir;
    lastX = ballX;
    lastY = ballY;
    int newX = ballX + (dir == BreakoutEnv.UP_RIGHT || dir == BreakoutEnv.DOWN_RIGHT ? 1 : -1);
    int newY = ballY + (dir == BreakoutEnv.DOWN_RIGHT || dir == BreakoutEnv.DOWN_LEFT ? 1 : -1);
    boolean struck = false;
    if (newX < 0 || newX > SIZE - 1) {
      newX = Math.max(0, Math.min(SIZE - 1, newX));
      dir = FLIP_X[dir];
    }
    int brick = Math.max(newY, 0) * SIZE + newX;
    if (newY < 0) {
      newY = 0;
      dir = FLIP_Y[dir];
    } else if (bricks[brick]) {
      struck = true;
      if (!strike) {
        reward += 1;
        strike = true;
        bricks[brick] = false;
        brokenBrick = brick;
        brickCount--;
        newY = lastY;
        dir = FLIP_Y[dir];
      }
    } else if (newY == SIZE - 1) {
      if (brickCount == 0) {
        fillBricks();
      }
      if (ballX == paddle) {
        dir = FLIP_Y[dir];
        newY = lastY;
      } else if (newX == paddle) {
        dir = FLIP_XY[dir];
        newY = lastY;
      } else {
        terminal = true;
      }
    }
    if (!struck) {
      strike = false;
    }
    ballDir = dir;
    ballX = newX;
    ballY = newY;
    return reward;
  }

  void fillBricks() {
    Arrays.fill(bricks, false);
    Arrays.fill(bricks, SIZE, 4 * SIZE, true);
    brickCount = 3 * SIZE;
    redraw = true;
  }

  /** Forces the next {@link #observe} to redraw everything. */
  void invalidate() {
    redraw = true;
  }

  /**
   * Draws the board into {@code obs} at {@code offset} ({@code [y][x][c]}, 400 bytes): all of it
   * after a reset, a refill or {@link #invalidate}, else only the paddle, ball, trail and the brick
   * broken since the last call.
   */
  void observe(byte[] obs, int offset) {
    if (redraw) {
      Arrays.fill(obs, offset, offset + OBS_SIZE, (byte) 0);
      for (int c = 0; c < CELLS; c++) {
        if (bricks[c]) {
          obs[offset + c * CHANNELS + 3] = 1;
        }
      }
      redraw = false;
    } else {
      obs[offset + shownBall * CHANNELS + 1] = 0;
      obs[offset + shownPaddle * CHANNELS] = 0;
      obs[offset + shownTrail * CHANNELS + 2] = 0;
      if (brokenBrick >= 0) {
        obs[offset + brokenBrick * CHANNELS + 3] = 0;
      }
    }
    brokenBrick = -1;
    shownBall = ballY * SIZE + ballX;
    shownPaddle = (SIZE - 1) * SIZE + paddle;
    shownTrail = lastY * SIZE + lastX;
    obs[offset + shownBall * CHANNELS + 1] = 1;
    obs[offset + shownPaddle * CHANNELS] = 1;
    obs[offset + shownTrail * CHANNELS + 2] = 1;
  }
}
