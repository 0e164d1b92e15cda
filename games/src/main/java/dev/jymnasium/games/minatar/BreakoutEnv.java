package dev.jymnasium.games.minatar;

import dev.jymnasium.env.registry.ConfigBinder;
import dev.jymnasium.env.rng.RandomState;
import java.util.Arrays;

/**
 * MinAtar Breakout: bounce a ball off a paddle to break three rows of bricks. {@code
 * MinAtar/Breakout-v0} and {@code MinAtar/Breakout-v1}, after {@code
 * minatar/environments/breakout.py} and {@code minatar/gym.py} of MinAtar (Young and Tian 2019,
 * {@code kenjyoung/MinAtar}).
 *
 * <h2>Description</h2>
 *
 * A 10 x 10 grid; {@code x} is the column (0 left), {@code y} the row (0 top). The paddle moves
 * along row 9; the ball moves one cell diagonally per step; bricks fill rows 1 to 3. Each step the
 * paddle moves first, then the ball. A ball leaving the side walls has its horizontal direction
 * flipped (and stays in column 0 or 9), one leaving the top its vertical direction. Entering a
 * brick breaks it (+1), keeps the ball on its row and flips its vertical direction; a brick is not
 * broken on the step right after another break (MinAtar's {@code strike} flag: the ball then moves
 * into the brick's cell). Reaching row 9 with no bricks left refills rows 1 to 3. On row 9 the ball
 * bounces straight back up when it was above the paddle, back the way it came when it lands on the
 * paddle from the side, and otherwise ends the episode.
 *
 * <h2>Action space</h2>
 *
 * v0: {@code Discrete(6)}, MinAtar's full set: 0 no-op, 1 left, 2 up, 3 right, 4 down, 5 fire (up,
 * down and fire do nothing here). v1: {@code Discrete(3)}, the minimal set: 0 no-op, 1 left, 2
 * right.
 *
 * <h2>Observation space</h2>
 *
 * {@code Box(0, 1, (10, 10, 4), uint8)} (MinAtar's Gymnasium wrapper declares a uint8 box; a Box
 * keeps the {@code (y, x, channel)} shape, which MultiBinary would flatten), row-major {@code
 * [y][x][c]}: channel 0 paddle, 1 ball, 2 trail (the ball's previous cell), 3 brick.
 *
 * <h2>Rewards</h2>
 *
 * +1 per brick broken.
 *
 * <h2>Starting state</h2>
 *
 * Paddle in column 4; bricks in rows 1 to 3; the ball on row 3, either in column 0 moving down and
 * right or in column 9 moving down and left, from {@code RandomState.choice(2)}.
 *
 * <h2>Episode end</h2>
 *
 * Terminated when the ball reaches row 9 off the paddle. MinAtar registers no time limit, nor does
 * this.
 *
 * <h2>Randomness</h2>
 *
 * MinAtar draws from a numpy {@code RandomState}; so does this ({@link RandomState}, bit-exact).
 * {@code reset(seed)} makes {@code RandomState(seed)} (seeds up to {@code 2^32 - 1}); each reset
 * draws the start side, and each step first draws {@code random_sample()}: below {@code
 * sticky_action_prob} the previous action (in the full action set) repeats instead of the given
 * one. As in MinAtar the previous action survives unseeded resets; a seeded reset sets it to no-op,
 * so a seed fixes the whole episode (MinAtar keeps it there too).
 *
 * <h2>Arguments</h2>
 *
 * {@code sticky_action_prob} (0.1), {@code difficulty_ramping} (true; Breakout does not ramp, the
 * kwarg is accepted as in MinAtar), {@code use_minimal_action_set} (false for v0, true for v1).
 *
 * <h2>Version history</h2>
 *
 * v0 and v1 as in MinAtar: the full and the minimal action set.
 */
public final class BreakoutEnv extends MinAtarEnv {
  /** Ball directions, as in MinAtar: 0 up-left, 1 up-right, 2 down-right, 3 down-left. */
  public static final int UP_LEFT = 0;

  public static final int UP_RIGHT = 1;
  public static final int DOWN_RIGHT = 2;
  public static final int DOWN_LEFT = 3;

  static final int CHANNELS = 4;
  private static final int[] MINIMAL = {NOOP, LEFT, RIGHT};
  private static final int[] FLIP_X = {1, 0, 3, 2};
  private static final int[] FLIP_Y = {3, 2, 1, 0};
  private static final int[] FLIP_XY = {2, 3, 0, 1};

  private int ballX;
  private int ballY;
  private int ballDir;
  private int lastX;
  private int lastY;
  private int pos;
  private boolean strike;
  private final boolean[] bricks = new boolean[SIZE * SIZE];
  private int brickCount;

  /** {@code MinAtar/Breakout-v0}: the full action set, sticky actions 0.1. */
  public BreakoutEnv() {
    this(ConfigBinder.defaults(Config.class));
  }

  /** An env with the given settings. */
  public BreakoutEnv(Config config) {
    super(config, "Breakout", CHANNELS, MINIMAL);
  }

  // ------------------------------------------------------------------ reset and step

  @Override
  protected void resetGame() {
    ballY = 3;
    if (random.choice(2) == 0) {
      ballX = 0;
      ballDir = DOWN_RIGHT;
    } else {
      ballX = SIZE - 1;
      ballDir = DOWN_LEFT;
    }
    pos = 4;
    fillBricks();
    strike = false;
    lastX = ballX;
    lastY = ballY;
  }

  @Override
  protected double act(int a) {
    double reward = 0;
    if (a == LEFT) {
      pos = Math.max(0, pos - 1);
    } else if (a == RIGHT) {
      pos = Math.min(SIZE - 1, pos + 1);
    }
    lastX = ballX;
    lastY = ballY;
    int newX = ballX + (ballDir == UP_RIGHT || ballDir == DOWN_RIGHT ? 1 : -1);
    int newY = ballY + (ballDir == DOWN_RIGHT || ballDir == DOWN_LEFT ? 1 : -1);
    boolean struck = false;
    if (newX < 0 || newX > SIZE - 1) {
      newX = Math.max(0, Math.min(SIZE - 1, newX));
      ballDir = FLIP_X[ballDir];
    }
    if (newY < 0) {
      newY = 0;
      ballDir = FLIP_Y[ballDir];
    } else if (bricks[newY * SIZE + newX]) {
      struck = true;
      if (!strike) {
        reward += 1;
        strike = true;
        bricks[newY * SIZE + newX] = false;
        brickCount--;
        newY = lastY;
        ballDir = FLIP_Y[ballDir];
      }
    } else if (newY == SIZE - 1) {
      if (brickCount == 0) {
        fillBricks();
      }
      if (ballX == pos) {
        ballDir = FLIP_Y[ballDir];
        newY = lastY;
      } else if (newX == pos) {
        ballDir = FLIP_XY[ballDir];
        newY = lastY;
      } else {
        terminal = true;
      }
    }
    if (!struck) {
      strike = false;
    }
    ballX = newX;
    ballY = newY;
    return reward;
  }

  private void fillBricks() {
    Arrays.fill(bricks, false);
    Arrays.fill(bricks, SIZE, 4 * SIZE, true);
    brickCount = 3 * SIZE;
  }

  @Override
  protected byte[] observe() {
    Arrays.fill(obs, (byte) 0);
    obs[cell(ballX, ballY) + 1] = 1;
    obs[cell(pos, SIZE - 1)] = 1;
    obs[cell(lastX, lastY) + 2] = 1;
    for (int i = 0; i < bricks.length; i++) {
      if (bricks[i]) {
        obs[i * CHANNELS + 3] = 1;
      }
    }
    return obs;
  }

  private static int cell(int x, int y) {
    return (y * SIZE + x) * CHANNELS;
  }

  // ------------------------------------------------------------------ facts

  /** The paddle's column. */
  public int paddle() {
    return pos;
  }

  /** The ball as {@code {x, y, direction}}. */
  public int[] ball() {
    return new int[] {ballX, ballY, ballDir};
  }

  /** Whether a brick is at column {@code x}, row {@code y}. */
  public boolean brick(int x, int y) {
    return bricks[y * SIZE + x];
  }

  /** How many bricks are left. */
  public int brickCount() {
    return brickCount;
  }

  /**
   * Puts the paddle in column {@code paddle} and the ball at {@code (x, y)} moving in {@code
   * direction} (trail on the ball, strike flag off), with bricks at {@code brickCells} ({@code {x,
   * y}}) or, when null, in rows 1 to 3; e.g. to replay a situation.
   */
  public void setState(int paddle, int x, int y, int direction, int[][] brickCells) {
    if (paddle < 0 || paddle >= SIZE || x < 0 || x >= SIZE || y < 0 || y >= SIZE - 1) {
      throw new IllegalArgumentException("paddle and x must be in [0, 9], y in [0, 8]");
    }
    if (direction < 0 || direction > 3) {
      throw new IllegalArgumentException("direction must be in [0, 3], got " + direction);
    }
    pos = paddle;
    ballX = x;
    ballY = y;
    ballDir = direction;
    lastX = x;
    lastY = y;
    strike = false;
    terminal = false;
    if (brickCells == null) {
      fillBricks();
    } else {
      Arrays.fill(bricks, false);
      brickCount = 0;
      for (int[] b : brickCells) {
        if (!bricks[b[1] * SIZE + b[0]]) {
          bricks[b[1] * SIZE + b[0]] = true;
          brickCount++;
        }
      }
    }
    observe();
  }

  // ------------------------------------------------------------------ rendering

  /** Channel colours: paddle, ball, trail, brick. */
  private static final int[] COLOURS = {0x1A9850, 0xFFFFFF, 0x7F7F7F, 0xD73027};

  @Override
  protected int[] channelColours() {
    return COLOURS;
  }
}
