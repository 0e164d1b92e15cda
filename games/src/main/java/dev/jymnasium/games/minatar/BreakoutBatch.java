package dev.jymnasium.games.minatar;

import static dev.jymnasium.games.minatar.MinAtarEnv.SIZE;

import dev.jymnasium.env.vector.NextStepEpisodes;

/**
 * Breakout's rules ({@link BreakoutBoard}) for a batch of games, the state of all games in
 * primitive arrays, one entry per game.
 *
 * <p>The ball is one number, {@code cell * 4 + direction}, and tables made once give, for each such
 * state, where the ball goes before bricks and the paddle are looked at (side and top walls
 * applied) and which brick or paddle test that cell needs. A step then decides bricks, paddle and
 * the end of the game with arithmetic instead of branches: the games of a batch are at different
 * points of their episodes, so their branches, taken one game after another, would be hard to
 * predict. Direction flips are XORs (MinAtar's order 0 up-left, 1 up-right, 2 down-right, 3
 * down-left: {@code ^1} flips x, {@code ^3} flips y, {@code ^2} both). The bricks (rows 1 to 3
 * only, cells 10 to 39) are the bits of one {@code long}.
 *
 * <p>Each step redraws only what changed: the paddle, ball and trail cells and the brick the ball
 * went for; a reset or a refill redraws the bricks that differ from the last drawing. The games
 * draw in MinAtar's order (a reset's {@code choice(2)}, a step's sticky {@code random_sample()}),
 * so each game plays exactly as a single env.
 */
final class BreakoutBatch extends RulesBatch {
  private static final int CHANNELS = BreakoutBoard.CHANNELS;
  private static final int LAST = SIZE - 1;

  /** Paddle move of each full-set action: only left and right move it. */
  private static final int[] PADDLE_MOVE = {0, -1, 0, 1, 0, 0};

  /** Rows 1 to 3 full of bricks. */
  private static final long ALL_BRICKS = ((1L << (3 * SIZE)) - 1) << SIZE;

  /** Per ball state: the cell the ball heads for (after the walls) and its direction then. */
  private static final int[] TARGET = new int[SIZE * SIZE * 4];

  private static final int[] TURNED = new int[SIZE * SIZE * 4];

  /** Per ball state: the bit of the brick that the target cell may hold (0 off rows 1 to 3). */
  private static final long[] BRICK = new long[SIZE * SIZE * 4];

  /** Per ball state: 1 when the target cell is on the paddle's row. */
  private static final int[] BOTTOM = new int[SIZE * SIZE * 4];

  static {
    int[] dx = {-1, 1, 1, -1};
    int[] dy = {-1, -1, 1, 1};
    for (int s = 0; s < TARGET.length; s++) {
      int cell = s >> 2;
      int dir = s & 3;
      int x = cell % SIZE + dx[dir];
      int y = cell / SIZE + dy[dir];
      if (x < 0 || x > LAST) {
        x = Math.max(0, Math.min(LAST, x));
        dir ^= 1;
      }
      boolean top = y < 0;
      if (top) {
        y = 0;
        dir ^= 3;
      }
      y = Math.min(y, LAST); // a ball on the last row has ended its game; kept in the grid
      TARGET[s] = y * SIZE + x;
      TURNED[s] = dir;
      BRICK[s] = !top && y >= 1 && y <= 3 ? 1L << (y * SIZE + x) : 0;
      BOTTOM[s] = !top && y == LAST ? 1 : 0;
    }
  }

  /** Ball state {@code cell * 4 + direction}. */
  private final int[] ball;

  private final int[] paddle;

  /** MinAtar's strike flag: 1 when the ball went for a brick on the previous step. */
  private final int[] strike;

  private final long[] bricks;

  /** What each game's slice of the buffer shows: ball, trail and paddle cells, bricks. */
  private final int[] shownBall;

  private final int[] shownTrail;
  private final int[] shownPaddle;
  private final long[] shownBricks;

  BreakoutBatch(MinAtarEnv[] games, byte[] buffer, int obsSize) {
    super(games, buffer, obsSize);
    this.ball = new int[n];
    this.paddle = new int[n];
    this.strike = new int[n];
    this.bricks = new long[n];
    // The buffer starts empty: every cell shown as nothing (clearing cell 0 changes nothing).
    this.shownBall = new int[n];
    this.shownTrail = new int[n];
    this.shownPaddle = new int[n];
    this.shownBricks = new long[n];
  }

  /**
   * {@link BreakoutBoard#reset}: MinAtar's {@code choice(2)}: the ball starts on row 3 in column 0
   * moving down-right, or in column 9 moving down-left.
   */
  @Override
  void start(int i) {
    int start =
        (random.next32(i) & 1) == 0
            ? (3 * SIZE) * 4 + BreakoutEnv.DOWN_RIGHT
            : (3 * SIZE + LAST) * 4 + BreakoutEnv.DOWN_LEFT;
    ball[i] = start;
    paddle[i] = 4;
    strike[i] = 0;
    bricks[i] = ALL_BRICKS;
    drawBricks(i);
    draw(i, start >> 2, 4, start >> 2, 0, ALL_BRICKS);
  }

  @Override
  void step(int[] actions, NextStepEpisodes episodes) {
    for (int i = 0; i < n; i++) {
      if (episodes.restarts(i)) {
        restart(i, null);
        continue;
      }
      int a = sticky(i, actions[i]);
      int pad = Math.max(0, Math.min(LAST, paddle[i] + PADDLE_MOVE[a]));
      int s = ball[i];
      int cell = s >> 2;
      int target = TARGET[s];
      long brickBit = BRICK[s];
      long br = bricks[i];
      // 1 when the target cell holds a brick; it breaks unless the ball struck one last step.
      int hit = (int) (-(br & brickBit) >>> 63);
      int breaks = hit & (strike[i] ^ 1);
      br &= ~(brickBit & -breaks);
      // On the paddle's row: straight back up from above the paddle, back the way it came when
      // landing on it from the side, else the game ends.
      int bottom = BOTTOM[s];
      int above = bottom & same(cell % SIZE, pad);
      int side = bottom & (above ^ 1) & same(target % SIZE, pad);
      int end = bottom & (above ^ 1) & (side ^ 1);
      if (bottom != 0 && br == 0) {
        br = ALL_BRICKS;
        bricks[i] = br;
        drawBricks(i);
      }
      // Bouncing off a brick or the paddle keeps the ball on its row.
      int stay = breaks | above | side;
      int newCell = target + ((cell / SIZE - target / SIZE) * SIZE & -stay);
      ball[i] = newCell << 2 | (TURNED[s] ^ (3 & -(breaks | above)) ^ (2 & -side));
      strike[i] = hit;
      bricks[i] = br;
      paddle[i] = pad;
      draw(i, newCell, pad, cell, target & -breaks, br);
      episodes.record(i, breaks, end != 0, false);
    }
  }

  /** 1 when {@code a == b}, else 0, for {@code a, b} in [0, 9]. */
  private static int same(int a, int b) {
    return ((a ^ b) - 1) >>> 31;
  }

  /** Redraws the bricks of game {@code i} that differ from its last drawing. */
  private void drawBricks(int i) {
    int off = i * obsSize;
    long br = bricks[i];
    long changed = br ^ shownBricks[i];
    while (changed != 0) {
      int cell = Long.numberOfTrailingZeros(changed);
      buffer[off + cell * CHANNELS + 3] = (byte) (br >>> cell & 1);
      changed &= changed - 1;
    }
    shownBricks[i] = br;
  }

  /**
   * Moves game {@code i}'s ball (to cell {@code ballCell}), paddle (to column {@code pad}) and
   * trail (to cell {@code trail}) in its slice and redraws the brick at cell {@code brick} (the one
   * just broken, else cell 0, never a brick) from {@code br}, the game's bricks.
   */
  private void draw(int i, int ballCell, int pad, int trail, int brick, long br) {
    byte[] obs = buffer;
    int off = i * obsSize;
    int padCell = LAST * SIZE + pad;
    obs[off + brick * CHANNELS + 3] = (byte) (br >>> brick & 1);
    shownBricks[i] = br;
    obs[off + shownBall[i] * CHANNELS + 1] = 0;
    obs[off + shownPaddle[i] * CHANNELS] = 0;
    obs[off + shownTrail[i] * CHANNELS + 2] = 0;
    obs[off + ballCell * CHANNELS + 1] = 1;
    obs[off + padCell * CHANNELS] = 1;
    obs[off + trail * CHANNELS + 2] = 1;
    shownBall[i] = ballCell;
    shownPaddle[i] = padCell;
    shownTrail[i] = trail;
  }
}
