package dev.jymnasium.games.minatar;

import dev.jymnasium.env.registry.ConfigBinder;
import java.util.Arrays;
import java.util.OptionalInt;

/**
 * MinAtar Space Invaders: shoot down a marching block of aliens. {@code MinAtar/SpaceInvaders-v0}
 * and {@code MinAtar/SpaceInvaders-v1}, after the rules of MinAtar's {@code
 * minatar/environments/space_invaders.py} and its Gymnasium wrapper {@code minatar/gym.py} (Young
 * and Tian 2019, {@code kenjyoung/MinAtar}).
 *
 * <h2>Description</h2>
 *
 * A 10 x 10 grid; {@code x} is the column (0 left), {@code y} the row (0 top). The cannon moves
 * along row 9. Aliens start as a block in rows 0 to 3, columns 2 to 7, marching left. Each step:
 * fire (when the cool-down is 0) puts a bullet on the cannon's cell and restarts the cool-down at
 * 5, otherwise left/right move the cannon; friendly bullets move up one row and enemy bullets down
 * one row (both vanish past the edge); an enemy bullet or an alien on the cannon's cell ends the
 * game. When the alien move timer is 0 it restarts at {@code min(aliens left, move period)} and the
 * block steps sideways, or, when it touches the wall it is marching towards, turns around and steps
 * down a row (ending the game if an alien was already on row 9). When the shot timer is 0 it
 * restarts at 10 and the lowest alien of the column nearest the cannon (ties: the left one) drops a
 * bullet on its own cell. Every alien sharing a cell with a friendly bullet dies with it (+1 each).
 * When no alien is left a new block appears.
 *
 * <h2>Action space</h2>
 *
 * v0: {@code Discrete(6)}, MinAtar's full set: 0 no-op, 1 left, 2 up, 3 right, 4 down, 5 fire (up
 * and down do nothing here). v1: {@code Discrete(4)}, the minimal set: no-op, left, right, fire.
 *
 * <h2>Observation space</h2>
 *
 * {@code Box(0, 1, (10, 10, 6), uint8)}, row-major {@code [y][x][c]}: channel 0 cannon, 1 alien, 2
 * alien marching left, 3 alien marching right, 4 friendly bullet, 5 enemy bullet.
 *
 * <h2>Rewards</h2>
 *
 * +1 per alien shot.
 *
 * <h2>Starting state</h2>
 *
 * Cannon in column 5, the alien block marching left, move timer and period 12, shot timer 10, no
 * bullets. Nothing is random: only sticky actions draw numbers.
 *
 * <h2>Episode end</h2>
 *
 * Terminated by an enemy bullet or an alien on the cannon's cell, or a block turning around with an
 * alien on row 9. MinAtar registers no time limit, nor does this.
 *
 * <h2>Difficulty ramping</h2>
 *
 * With {@code difficulty_ramping}, each new block after the first marches one step faster: the move
 * period drops by one per cleared block, down to 6.
 *
 * <h2>Arguments</h2>
 *
 * {@code sticky_action_prob} (0.1), {@code difficulty_ramping} (true), {@code
 * use_minimal_action_set} (false for v0, true for v1).
 *
 * <h2>Version history</h2>
 *
 * v0 and v1 as in MinAtar: the full and the minimal action set.
 */
public final class SpaceInvadersEnv extends MinAtarEnv {
  static final int CHANNELS = 6;
  static final int CANNON = 0;
  static final int ALIEN = 1;
  static final int ALIEN_LEFT = 2;
  static final int ALIEN_RIGHT = 3;
  static final int FRIENDLY_BULLET = 4;
  static final int ENEMY_BULLET = 5;

  private static final int[] MINIMAL = {NOOP, LEFT, RIGHT, FIRE};
  static final int SHOT_COOL_DOWN = 5;
  static final int INITIAL_MOVE_PERIOD = 12;
  static final int FASTEST_MOVE_PERIOD = 6;
  static final int ALIEN_SHOT_INTERVAL = 10;
  private static final int LAST = SIZE - 1;

  private int pos;

  /** Cells {@code y * 10 + x}. */
  private final boolean[] aliens = new boolean[SIZE * SIZE];

  private final boolean[] friendlyBullets = new boolean[SIZE * SIZE];
  private final boolean[] enemyBullets = new boolean[SIZE * SIZE];
  private final boolean[] bottomRow = new boolean[SIZE];
  private int alienCount;

  /** -1 marching left, +1 right. */
  private int alienDir;

  private int movePeriod;
  private int moveTimer;
  private int shotTimer;
  private int coolDown;
  private int rampIndex;

  /** {@code MinAtar/SpaceInvaders-v0}: the full action set, sticky actions 0.1. */
  public SpaceInvadersEnv() {
    this(ConfigBinder.defaults(Config.class));
  }

  /** An env with the given settings. */
  public SpaceInvadersEnv(Config config) {
    super(config, "SpaceInvaders", CHANNELS, MINIMAL);
  }

  // ------------------------------------------------------------------ reset and step

  @Override
  protected void resetGame() {
    pos = 5;
    Arrays.fill(friendlyBullets, false);
    Arrays.fill(enemyBullets, false);
    fillAliens();
    alienDir = -1;
    movePeriod = INITIAL_MOVE_PERIOD;
    moveTimer = movePeriod;
    shotTimer = ALIEN_SHOT_INTERVAL;
    rampIndex = 0;
    coolDown = 0;
  }

  private void fillAliens() {
    Arrays.fill(aliens, false);
    for (int y = 0; y < 4; y++) {
      Arrays.fill(aliens, y * SIZE + 2, y * SIZE + 8, true);
    }
    alienCount = 24;
  }

  @Override
  protected double act(int a) {
    if (a == FIRE && coolDown == 0) {
      friendlyBullets[LAST * SIZE + pos] = true;
      coolDown = SHOT_COOL_DOWN;
    } else if (a == LEFT) {
      pos = Math.max(0, pos - 1);
    } else if (a == RIGHT) {
      pos = Math.min(LAST, pos + 1);
    }
    shiftRows(friendlyBullets, -1);
    shiftRows(enemyBullets, 1);
    boolean cannonHit = enemyBullets[LAST * SIZE + pos] || aliens[LAST * SIZE + pos];
    if (moveTimer == 0) {
      moveTimer = Math.min(alienCount, movePeriod);
      cannonHit |= marchAliens();
      cannonHit |= aliens[LAST * SIZE + pos];
    }
    if (shotTimer == 0) {
      shotTimer = ALIEN_SHOT_INTERVAL;
      dropEnemyBullet();
    }
    double reward = killShotAliens();
    if (cannonHit) {
      terminal = true;
    }
    if (coolDown > 0) {
      coolDown--;
    }
    moveTimer--;
    shotTimer--;
    if (alienCount == 0) {
      if (ramping && movePeriod > FASTEST_MOVE_PERIOD) {
        movePeriod--;
        rampIndex++;
      }
      fillAliens();
    }
    return reward;
  }

  /** Moves every row by {@code dy} (+1 down, -1 up); rows shifted in from outside are empty. */
  private static void shiftRows(boolean[] cells, int dy) {
    if (dy > 0) {
      System.arraycopy(cells, 0, cells, SIZE, (SIZE - 1) * SIZE);
      Arrays.fill(cells, 0, SIZE, false);
    } else {
      System.arraycopy(cells, SIZE, cells, 0, (SIZE - 1) * SIZE);
      Arrays.fill(cells, (SIZE - 1) * SIZE, SIZE * SIZE, false);
    }
  }

  /**
   * One step of the block: sideways, or down a row with a turn when it touches the wall it marches
   * towards. A row-9 alien stepping down wraps to row 0, as numpy's {@code roll} in MinAtar does
   * (the game is over then anyway). Returns whether the block turned with an alien on row 9.
   */
  private boolean marchAliens() {
    int wallColumn = alienDir < 0 ? 0 : LAST;
    boolean atWall = false;
    for (int y = 0; y < SIZE; y++) {
      atWall |= aliens[y * SIZE + wallColumn];
    }
    if (!atWall) {
      shiftColumns(alienDir);
      return false;
    }
    alienDir = -alienDir;
    boolean onBottomRow = false;
    for (int x = 0; x < SIZE; x++) {
      onBottomRow |= aliens[LAST * SIZE + x];
    }
    rollDown();
    return onBottomRow;
  }

  private void shiftColumns(int dx) {
    for (int y = 0; y < SIZE; y++) {
      int row = y * SIZE;
      if (dx > 0) {
        System.arraycopy(aliens, row, aliens, row + 1, SIZE - 1);
        aliens[row] = false;
      } else {
        System.arraycopy(aliens, row + 1, aliens, row, SIZE - 1);
        aliens[row + LAST] = false;
      }
    }
  }

  private void rollDown() {
    System.arraycopy(aliens, LAST * SIZE, bottomRow, 0, SIZE);
    System.arraycopy(aliens, 0, aliens, SIZE, (SIZE - 1) * SIZE);
    System.arraycopy(bottomRow, 0, aliens, 0, SIZE);
  }

  /** The lowest alien of the column nearest the cannon (left one on ties) drops a bullet. */
  private void dropEnemyBullet() {
    for (int d = 0; d < SIZE; d++) {
      if (dropFromColumn(pos - d) || dropFromColumn(pos + d)) {
        return;
      }
    }
  }

  private boolean dropFromColumn(int x) {
    if (x < 0 || x >= SIZE) {
      return false;
    }
    for (int y = LAST; y >= 0; y--) {
      if (aliens[y * SIZE + x]) {
        enemyBullets[y * SIZE + x] = true;
        return true;
      }
    }
    return false;
  }

  private double killShotAliens() {
    int kills = 0;
    for (int i = 0; i < aliens.length; i++) {
      if (aliens[i] && friendlyBullets[i]) {
        aliens[i] = false;
        friendlyBullets[i] = false;
        kills++;
      }
    }
    alienCount -= kills;
    return kills;
  }

  @Override
  protected byte[] observe() {
    clearObs();
    mark(pos, LAST, CANNON);
    int marching = alienDir < 0 ? ALIEN_LEFT : ALIEN_RIGHT;
    for (int y = 0; y < SIZE; y++) {
      for (int x = 0; x < SIZE; x++) {
        int i = y * SIZE + x;
        if (aliens[i]) {
          mark(x, y, ALIEN);
          mark(x, y, marching);
        }
        if (friendlyBullets[i]) {
          mark(x, y, FRIENDLY_BULLET);
        }
        if (enemyBullets[i]) {
          mark(x, y, ENEMY_BULLET);
        }
      }
    }
    return obs;
  }

  // ------------------------------------------------------------------ facts

  /** The cannon's column. */
  public int cannon() {
    return pos;
  }

  /** How many aliens are left. */
  public int alienCount() {
    return alienCount;
  }

  @Override
  public OptionalInt difficultyRamp() {
    return OptionalInt.of(rampIndex);
  }

  // ------------------------------------------------------------------ rendering

  /**
   * Channel colours: cannon green, alien (never shown: a marching channel is always set too), alien
   * marching left purple, right orange, friendly bullet white, enemy bullet red.
   */
  private static final int[] COLOURS = {0x1A9850, 0x984EA3, 0x984EA3, 0xFF7F00, 0xFFFFFF, 0xD73027};

  @Override
  protected int[] channelColours() {
    return COLOURS;
  }
}
