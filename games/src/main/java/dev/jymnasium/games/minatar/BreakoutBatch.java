package dev.jymnasium.games.minatar;

import static dev.jymnasium.games.minatar.MinAtarEnv.SIZE;

import dev.jymnasium.env.vector.NextStepEpisodes;

/**
 * Breakout's rules ({@link BreakoutBoard}) for a batch of games, the state of all games in
 * primitive arrays, one entry per game.
 *
 * <p>A game is one {@code long}: its bricks (rows 1 to 3 only, cells 10 to 39) as bits, and above
 * them ball state {@code cell * 4 + direction}, trail cell, paddle column, strike flag and the
 * paddle move of its previous action, which a sticky action repeats. A table made once gives, for
 * each ball state, everything a step needs: where the ball heads (side and top walls applied),
 * where it goes instead when it bounces off a brick or the paddle, whether that cell may hold a
 * brick, and for each paddle column whether the ball bounces straight up, back the way it came, or
 * ends the game. A step then decides bricks, paddle and the end of the game with arithmetic instead
 * of branches: the games of a batch are at different points of their episodes, so their branches,
 * taken one game after another, would be hard to predict. Direction flips are XORs (MinAtar's order
 * 0 up-left, 1 up-right, 2 down-right, 3 down-left: {@code ^1} flips x, {@code ^3} flips y, {@code
 * ^2} both).
 *
 * <p>Each step redraws only what changed: the paddle, ball and trail cells and the brick broken; a
 * reset or a refill redraws the bricks that differ from those shown, which are always the game's
 * bricks. The step's loops call nothing (see {@link #step}): a call anywhere in a loop, even on a
 * rare branch, makes the JIT keep the loop's arrays on the stack. The games draw in MinAtar's order
 * (a reset's {@code choice(2)}, a step's sticky {@code random_sample()}), so each game plays
 * exactly as a single env.
 */
final class BreakoutBatch extends RulesBatch {
  private static final int CHANNELS = BreakoutBoard.CHANNELS;
  private static final int OBS_SIZE = BreakoutBoard.OBS_SIZE;
  private static final int LAST = SIZE - 1;
  private static final int PADDLE_ROW = LAST * SIZE;

  /** Rows 1 to 3 full of bricks. */
  private static final long ALL_BRICKS = ((1L << (3 * SIZE)) - 1) << SIZE;

  // A game's int (STATE_BITS bits): ball state (9), trail cell (7), paddle column (4), strike flag
  // (1), the previous action's paddle move (2: 0 left, 1 none, 2 right). It sits in the game's
  // long from bit STATE, above the bricks.
  private static final int TRAIL = 9;
  private static final int PADDLE = 16;
  private static final int STRIKE = 20;
  private static final int MOVE = 21;
  private static final int STATE_BITS = 23;
  private static final int STATE = 40;
  private static final long BRICKS = (1L << STATE) - 1;

  // A table entry (long), per ball state: the next ball state when nothing is hit (9 bits), XORed
  // into it when bouncing off a brick or straight up off the paddle (9) and when landing on the
  // paddle from the side (9), a flag for a possible brick, one for the paddle's row, then one bit
  // per paddle column for each outcome on that row: straight up, back, end of the game.
  private static final int BOUNCE = 9;
  private static final int SIDE = 18;
  private static final int BRICK = 27;
  private static final int BOTTOM = 28;
  private static final int ABOVE_PAD = 29;
  private static final int SIDE_PAD = ABOVE_PAD + SIZE;
  private static final int END_PAD = SIDE_PAD + SIZE;

  private static final long[] TABLE = new long[SIZE * SIZE * 4];

  /** Per paddle column and move (0 left, 1 none, 2 right): the paddle's next column. */
  private static final int[] PADDLE_NEXT = new int[16 * 4];

  static {
    int[] dx = {-1, 1, 1, -1};
    int[] dy = {-1, -1, 1, 1};
    for (int s = 0; s < TABLE.length; s++) {
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
      int target = y * SIZE + x;
      int stay = cell / SIZE * SIZE + x; // bouncing keeps the ball on its row
      int none = target << 2 | dir;
      long e = none;
      e |= (long) (none ^ (stay << 2 | dir ^ 3)) << BOUNCE;
      e |= (long) (none ^ (stay << 2 | dir ^ 2)) << SIDE;
      if (!top && y >= 1 && y <= 3) {
        e |= 1L << BRICK;
      }
      if (!top && y == LAST) {
        e |= 1L << BOTTOM;
        int above = cell % SIZE;
        e |= 1L << (ABOVE_PAD + above);
        if (x != above) {
          e |= 1L << (SIDE_PAD + x);
        }
        for (int pad = 0; pad < SIZE; pad++) {
          if (pad != above && pad != x) {
            e |= 1L << (END_PAD + pad);
          }
        }
      }
      TABLE[s] = e;
    }
    for (int pad = 0; pad < SIZE; pad++) {
      for (int move = 0; move < 3; move++) {
        PADDLE_NEXT[pad << 2 | move] = Math.max(0, Math.min(LAST, pad + move - 1));
      }
    }
  }

  /**
   * Each game: its bricks (bits 0 to 39, also what its slice shows of them), then from bit {@code
   * STATE} its int (the layout above).
   */
  private final long[] boards;

  /** The paddle move of each action index, two bits each. */
  private final int moves;

  /**
   * Per game, what a step's drawing loop redraws: the game's int before the step and from bit
   * {@code STATE_BITS} the cell of the brick it broke; -1 when the game restarts instead.
   */
  private final int[] drawn;

  /** The games that restart on a step (from the front), then those refilled (from the back). */
  private final int[] later;

  BreakoutBatch(MinAtarEnv[] games, byte[] buffer, int obsSize) {
    super(games, buffer, obsSize);
    // The buffer starts empty and so does every game: clearing its cells changes nothing.
    this.boards = new long[n];
    this.drawn = new int[n];
    this.later = new int[n];
    for (int i = 0; i < n; i++) {
      forgetAction(i);
    }
    int[] set = actionSet();
    int packed = 0;
    for (int k = 0; k < set.length; k++) {
      packed |= (set[k] == MinAtarEnv.LEFT ? 0 : set[k] == MinAtarEnv.RIGHT ? 2 : 1) << 2 * k;
    }
    this.moves = packed;
  }

  /**
   * {@link BreakoutBoard#reset}: MinAtar's {@code choice(2)}: the ball starts on row 3 in column 0
   * moving down-right, or in column 9 moving down-left.
   */
  @Override
  void start(int i) {
    int ball =
        (random.next32(i) & 1) == 0
            ? (3 * SIZE) * 4 + BreakoutEnv.DOWN_RIGHT
            : (3 * SIZE + LAST) * 4 + BreakoutEnv.DOWN_LEFT;
    int cell = ball >> 2;
    long board = boards[i];
    int old = (int) (board >>> STATE);
    int off = i * OBS_SIZE;
    buffer[off + (old >>> TRAIL & 127) * CHANNELS + 2] = 0;
    buffer[off + ((old & 511) >>> 2) * CHANNELS + 1] = 0;
    buffer[off + (PADDLE_ROW + (old >>> PADDLE & 15)) * CHANNELS] = 0;
    buffer[off + cell * CHANNELS + 1] = 1;
    buffer[off + cell * CHANNELS + 2] = 1;
    buffer[off + (PADDLE_ROW + 4) * CHANNELS] = 1;
    int st = ball | cell << TRAIL | 4 << PADDLE | (old & 3 << MOVE);
    boards[i] = (long) st << STATE | ALL_BRICKS;
    drawBricks(off, board & BRICKS, ALL_BRICKS);
  }

  /** A seeded restart: the previous action, whose move the state keeps, becomes no-op. */
  @Override
  void forgetAction(int i) {
    boards[i] = boards[i] & ~(3L << STATE + MOVE) | 1L << STATE + MOVE;
  }

  /**
   * One step of every game, in loops that call nothing, so that the JIT keeps their arrays and
   * counters in registers: the streams are regenerated before them; one loop plays the rules and
   * records what to redraw, the next redraws it; restarts and refilled bricks come after them.
   */
  @Override
  void step(int[] actions, NextStepEpisodes episodes) {
    for (int i = 0; i < n; i++) {
      random.ensurePair(i);
    }
    long[] boards = this.boards;
    int[] drawn = this.drawn;
    int[] later = this.later;
    double[] rewards = episodes.rewards();
    boolean[] terminations = episodes.terminations();
    int restarts = 0;
    int refills = n;
    for (int i = 0; i < n; i++) {
      if (episodes.pending(i)) {
        later[restarts++] = i;
        rewards[i] = 0;
        terminations[i] = false;
        drawn[i] = -1;
        continue;
      }
      long board = boards[i];
      int st = (int) (board >>> STATE);
      int move = random.belowReady(i, stickyThreshold) ? st >>> MOVE : moves >>> 2 * actions[i] & 3;
      int s = st & 511;
      long e = TABLE[s];
      int pad = PADDLE_NEXT[(st >>> PADDLE & 15) << 2 | move];
      int none = (int) e & 511;
      int target = none >>> 2;
      long br = board & BRICKS;
      // 1 when the target cell holds a brick; it breaks unless the ball struck one last step.
      int hit = (int) (br >>> target) & (int) (e >>> BRICK) & 1;
      int breaks = hit & ~(st >>> STRIKE);
      br &= ~((long) breaks << target);
      // On the paddle's row: straight back up from above the paddle, back the way it came when
      // landing on it from the side, else the game ends.
      int outcome = (int) (e >>> (ABOVE_PAD + pad));
      int above = outcome & 1;
      int side = outcome >>> SIZE & 1;
      if (br == 0 && (e >>> BOTTOM & 1) != 0) {
        br = ALL_BRICKS;
        later[--refills] = i;
      }
      int ball =
          none
              ^ ((int) (e >>> BOUNCE) & 511 & -(breaks | above))
              ^ ((int) (e >>> SIDE) & 511 & -side);
      int next = ball | (s >>> 2) << TRAIL | pad << PADDLE | hit << STRIKE | move << MOVE;
      boards[i] = (long) next << STATE | br;
      // What the slice shows: the previous state, and the brick broken (else cell 0, never one).
      drawn[i] = st & (1 << STATE_BITS) - 1 | (target & -breaks) << STATE_BITS;
      rewards[i] = breaks;
      terminations[i] = (outcome >>> 2 * SIZE & 1) != 0;
    }
    byte[] obs = buffer;
    for (int i = 0; i < n; i++) {
      int shown = drawn[i];
      if (shown < 0) {
        continue;
      }
      int next = (int) (boards[i] >>> STATE);
      int off = i * OBS_SIZE;
      int cell = (shown & 511) >>> 2;
      obs[off + (shown >>> STATE_BITS) * CHANNELS + 3] = 0;
      obs[off + (shown >>> TRAIL & 127) * CHANNELS + 2] = 0;
      obs[off + cell * CHANNELS + 1] = 0;
      obs[off + (PADDLE_ROW + (shown >>> PADDLE & 15)) * CHANNELS] = 0;
      obs[off + ((next & 511) >>> 2) * CHANNELS + 1] = 1;
      obs[off + (PADDLE_ROW + (next >>> PADDLE & 15)) * CHANNELS] = 1;
      obs[off + cell * CHANNELS + 2] = 1;
    }
    episodes.finishStep();
    for (int k = 0; k < restarts; k++) {
      restart(later[k], null);
    }
    for (int k = refills; k < n; k++) {
      drawBricks(later[k] * OBS_SIZE, 0, ALL_BRICKS);
    }
  }

  /** Redraws the bricks of the slice at {@code off} that differ from {@code shown}. */
  private void drawBricks(int off, long shown, long br) {
    long changed = br ^ shown;
    while (changed != 0) {
      int cell = Long.numberOfTrailingZeros(changed);
      buffer[off + cell * CHANNELS + 3] = (byte) (br >>> cell & 1);
      changed &= changed - 1;
    }
  }
}
