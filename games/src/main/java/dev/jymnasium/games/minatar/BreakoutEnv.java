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
 *
 * <h2>Vector env</h2>
 *
 * Both ids have a native vector env, {@link MinAtarVectorEnv}, which plays like {@code n} of these
 * seeded {@code seed + i}.
 */
public final class BreakoutEnv extends MinAtarEnv {
  /** Ball directions, as in MinAtar: 0 up-left, 1 up-right, 2 down-right, 3 down-left. */
  public static final int UP_LEFT = 0;

  public static final int UP_RIGHT = 1;
  public static final int DOWN_RIGHT = 2;
  public static final int DOWN_LEFT = 3;

  static final int CHANNELS = BreakoutBoard.CHANNELS;
  private static final int[] MINIMAL = {NOOP, LEFT, RIGHT};

  /** The game's state and rules. */
  private final BreakoutBoard board = new BreakoutBoard();

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
    board.reset(random);
  }

  @Override
  protected double act(int a) {
    double reward = board.act(a);
    terminal = board.terminal;
    return reward;
  }

  @Override
  protected byte[] observe() {
    board.observe(obs, obsOffset);
    return obs;
  }

  @Override
  void drawInto(byte[] buffer, int offset) {
    super.drawInto(buffer, offset);
    board.invalidate();
  }

  // ------------------------------------------------------------------ facts

  /** The paddle's column. */
  public int paddle() {
    return board.paddle;
  }

  /** The ball as {@code {x, y, direction}}. */
  public int[] ball() {
    return new int[] {board.ballX, board.ballY, board.ballDir};
  }

  /** Whether a brick is at column {@code x}, row {@code y}. */
  public boolean brick(int x, int y) {
    return board.bricks[y * SIZE + x];
  }

  /** How many bricks are left. */
  public int brickCount() {
    return board.brickCount;
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
    board.paddle = paddle;
    board.ballX = x;
    board.ballY = y;
    board.ballDir = direction;
    board.lastX = x;
    board.lastY = y;
    board.strike = false;
    board.terminal = false;
    terminal = false;
    if (brickCells == null) {
      board.fillBricks();
    } else {
      Arrays.fill(board.bricks, false);
      int count = 0;
      for (int[] b : brickCells) {
        int cell = b[1] * SIZE + b[0];
        count += board.bricks[cell] ? 0 : 1;
        board.bricks[cell] = true;
      }
      board.brickCount = count;
    }
    board.invalidate();
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
