package dev.jymnasium.games.minatar;

import dev.jymnasium.env.registry.ConfigBinder;
import java.util.OptionalInt;

/**
 * MinAtar Seaquest: a submarine shoots fish and enemy subs, rescues divers and surfaces for oxygen.
 * {@code MinAtar/Seaquest-v0} and {@code MinAtar/Seaquest-v1}, after the rules of MinAtar's {@code
 * minatar/environments/seaquest.py} and its Gymnasium wrapper {@code minatar/gym.py} (Young and
 * Tian 2019, {@code kenjyoung/MinAtar}).
 *
 * <h2>Description</h2>
 *
 * A 10 x 10 grid; {@code x} is the column (0 left), {@code y} the row (0 top, the surface; row 9
 * shows the gauges). The sub starts at (5, 0) facing left and moves within rows 0 to 8. Each step,
 * in this order: an enemy spawns when its timer is 0 (not when an enemy in its row moves the other
 * way), a diver when its timer is 0; the sub fires (cool-down 5) or moves (left/right also turn
 * it); friendly bullets move one cell and kill the first fish, else sub, on their new cell (+1);
 * divers on the sub's cell are picked up (while fewer than 6 are carried), others move every 6th
 * step; enemy subs end the game on the sub's cell, move every {@code move period + 1} steps, die on
 * a friendly bullet (+1) and fire an enemy bullet every 11th step; enemy bullets move every step
 * and end the game on the sub's cell before or after moving; fish behave like enemy subs without
 * firing. Below the surface the oxygen (200) drops by one per step; at 0 the game ends. Coming up
 * to row 0 from below surfaces: with no divers the game ends; with 6 the reward is {@code oxygen *
 * 10 / 200} (integer division); the oxygen refills, one diver is dropped off and, with ramping, the
 * game speeds up.
 *
 * <h2>Action space</h2>
 *
 * {@code Discrete(6)} in both versions: 0 no-op, 1 left, 2 up, 3 right, 4 down, 5 fire (Seaquest's
 * minimal set is all six actions, so v0 and v1 are the same game).
 *
 * <h2>Observation space</h2>
 *
 * {@code Box(0, 1, (10, 10, 10), uint8)}, row-major {@code [y][x][c]}: channel 0 sub front, 1 sub
 * back, 2 friendly bullet, 3 trail (the cell behind each fish, enemy sub and diver), 4 enemy
 * bullet, 5 fish, 6 enemy sub, 7 oxygen gauge (row 9, columns {@code 0 .. oxygen * 10 / 200 - 1}),
 * 8 diver gauge (row 9, the last {@code divers} of columns 0 to 8), 9 diver.
 *
 * <h2>Rewards</h2>
 *
 * +1 per fish or enemy sub shot; surfacing with 6 divers gives {@code oxygen * 10 / 200}.
 *
 * <h2>Starting state</h2>
 *
 * The sub at (5, 0) facing left, oxygen 200, no divers, nothing else on the grid; enemy spawn timer
 * and period 20, diver spawn timer 30, move period 5.
 *
 * <h2>Episode end</h2>
 *
 * Terminated when the sub meets a fish, an enemy sub or an enemy bullet, runs out of oxygen, or
 * surfaces without divers. MinAtar registers no time limit, nor does this. Kept from MinAtar:
 * surfacing with 6 divers sets the count to 0 and then drops one off, leaving -1, so the next
 * surfacing does not end the game although no diver is carried.
 *
 * <h2>Randomness</h2>
 *
 * From MinAtar's numpy {@code RandomState} ({@link dev.jymnasium.env.rng.RandomState}, bit-exact),
 * in its order: an enemy spawn draws {@code rand() < 1/2} (enters left, moving right), {@code
 * rand() < 1/3} (sub, else fish) and {@code randint(1, 9)} (row); a diver spawn {@code rand() <
 * 1/2} and {@code randint(1, 9)}. Sticky actions as in {@link MinAtarEnv}.
 *
 * <h2>Difficulty ramping</h2>
 *
 * With {@code difficulty_ramping}, every surfacing while the enemy spawn period is above 1 or the
 * move period above 2 lowers the spawn period by one (floor 1), on odd ramp indices also the move
 * period (floor 2), and raises the ramp index.
 *
 * <h2>Arguments</h2>
 *
 * {@code sticky_action_prob} (0.1), {@code difficulty_ramping} (true), {@code
 * use_minimal_action_set} (false for v0, true for v1; the same six actions).
 *
 * <h2>Version history</h2>
 *
 * v0 and v1 as in MinAtar.
 */
public final class SeaquestEnv extends MinAtarEnv {
  static final int CHANNELS = 10;
  static final int SUB_FRONT = 0;
  static final int SUB_BACK = 1;
  static final int FRIENDLY_BULLET = 2;
  static final int TRAIL = 3;
  static final int ENEMY_BULLET = 4;
  static final int FISH = 5;
  static final int ENEMY_SUB = 6;
  static final int OXYGEN_GAUGE = 7;
  static final int DIVER_GAUGE = 8;
  static final int DIVER = 9;

  private static final int[] MINIMAL = {NOOP, LEFT, UP, RIGHT, DOWN, FIRE};
  static final int MAX_OXYGEN = 200;
  static final int INITIAL_SPAWN_PERIOD = 20;
  static final int DIVER_SPAWN_PERIOD = 30;
  static final int INITIAL_MOVE_PERIOD = 5;
  static final int SHOT_COOL_DOWN = 5;
  static final int ENEMY_SHOT_INTERVAL = 10;
  static final int DIVER_MOVE_INTERVAL = 5;
  static final int MAX_DIVERS = 6;
  static final int DEEPEST_ROW = SIZE - 2;
  static final double SUB_PROBABILITY = 1.0 / 3;

  private int subX;
  private int subY;
  private boolean facingRight;
  private int oxygen;
  private int diverCount;
  private boolean surfaced;

  private final Movers friendlyBullets = new Movers();
  private final Movers enemyBullets = new Movers();
  private final Movers fish = new Movers();
  private final Movers enemySubs = new Movers();
  private final Movers divers = new Movers();

  private int enemySpawnPeriod;
  private int enemySpawnTimer;
  private int diverSpawnTimer;
  private int movePeriod;
  private int coolDown;
  private int rampIndex;

  /** {@code MinAtar/Seaquest-v0}: the full action set, sticky actions 0.1. */
  public SeaquestEnv() {
    this(ConfigBinder.defaults(Config.class));
  }

  /** An env with the given settings. */
  public SeaquestEnv(Config config) {
    super(config, "Seaquest", CHANNELS, MINIMAL);
  }

  // ------------------------------------------------------------------ reset and step

  @Override
  protected void resetGame() {
    oxygen = MAX_OXYGEN;
    diverCount = 0;
    subX = 5;
    subY = 0;
    facingRight = false;
    friendlyBullets.clear();
    enemyBullets.clear();
    fish.clear();
    enemySubs.clear();
    divers.clear();
    enemySpawnPeriod = INITIAL_SPAWN_PERIOD;
    enemySpawnTimer = enemySpawnPeriod;
    diverSpawnTimer = DIVER_SPAWN_PERIOD;
    movePeriod = INITIAL_MOVE_PERIOD;
    rampIndex = 0;
    coolDown = 0;
    surfaced = true;
  }

  @Override
  protected double act(int a) {
    if (enemySpawnTimer == 0) {
      spawnEnemy();
      enemySpawnTimer = enemySpawnPeriod;
    }
    if (diverSpawnTimer == 0) {
      spawnDiver();
      diverSpawnTimer = DIVER_SPAWN_PERIOD;
    }
    moveSub(a);
    double reward = moveFriendlyBullets();
    moveDivers();
    reward += moveEnemies(enemySubs);
    moveEnemyBullets();
    reward += moveEnemies(fish);
    enemySpawnTimer = Math.max(0, enemySpawnTimer - 1);
    diverSpawnTimer = Math.max(0, diverSpawnTimer - 1);
    coolDown = Math.max(0, coolDown - 1);
    if (oxygen <= 0) {
      terminal = true;
    }
    if (subY > 0) {
      oxygen--;
      surfaced = false;
    } else if (!surfaced) {
      if (diverCount == 0) {
        terminal = true;
      } else {
        reward += surface();
      }
    }
    return reward;
  }

  private void moveSub(int a) {
    if (a == FIRE && coolDown == 0) {
      friendlyBullets.add(subX, subY, facingRight, 0, 0);
      coolDown = SHOT_COOL_DOWN;
    } else if (a == LEFT) {
      subX = Math.max(0, subX - 1);
      facingRight = false;
    } else if (a == RIGHT) {
      subX = Math.min(SIZE - 1, subX + 1);
      facingRight = true;
    } else if (a == UP) {
      subY = Math.max(0, subY - 1);
    } else if (a == DOWN) {
      subY = Math.min(DEEPEST_ROW, subY + 1);
    }
  }

  /** Newest first, as MinAtar iterates; a bullet kills the first fish, else sub, on its cell. */
  private double moveFriendlyBullets() {
    double reward = 0;
    for (int i = friendlyBullets.size - 1; i >= 0; i--) {
      if (friendlyBullets.step(i)) {
        friendlyBullets.removeAt(i);
        continue;
      }
      int bx = friendlyBullets.x[i];
      int by = friendlyBullets.y[i];
      Movers victims = fish.indexAt(bx, by) >= 0 ? fish : enemySubs;
      int hit = victims.indexAt(bx, by);
      if (hit >= 0) {
        victims.removeAt(hit);
        friendlyBullets.removeAt(i);
        reward++;
      }
    }
    return reward;
  }

  private void moveDivers() {
    for (int i = divers.size - 1; i >= 0; i--) {
      if (divers.at(i, subX, subY) && diverCount < MAX_DIVERS) {
        divers.removeAt(i);
        diverCount++;
      } else if (divers.moveTimer[i] == 0) {
        divers.moveTimer[i] = DIVER_MOVE_INTERVAL;
        if (divers.step(i)) {
          divers.removeAt(i);
        } else if (divers.at(i, subX, subY) && diverCount < MAX_DIVERS) {
          divers.removeAt(i);
          diverCount++;
        }
      } else {
        divers.moveTimer[i]--;
      }
    }
  }

  /**
   * Moves enemy subs or fish, newest first. An enemy sub fires when its shot timer is 0 even if it
   * has just left the grid or been shot, as in MinAtar (a bullet fired off the grid is gone on the
   * same step).
   */
  private double moveEnemies(Movers enemies) {
    boolean firing = enemies == enemySubs;
    double reward = 0;
    for (int i = enemies.size - 1; i >= 0; i--) {
      if (enemies.at(i, subX, subY)) {
        terminal = true;
      }
      int shot = enemies.shotTimer[i];
      boolean removed = false;
      if (enemies.moveTimer[i] == 0) {
        enemies.moveTimer[i] = movePeriod;
        removed = enemies.step(i) || hitBySubOrBullet(enemies, i);
        if (removed) {
          reward += enemies.x[i] >= 0 && enemies.x[i] < SIZE ? 1 : 0;
        }
      } else {
        enemies.moveTimer[i]--;
      }
      if (firing) {
        fire(enemies, i, shot, removed);
      }
      if (removed) {
        enemies.removeAt(i);
      }
    }
    return reward;
  }

  /**
   * After a move: ends the game on the sub's cell (the enemy stays), or, on a friendly bullet's
   * cell, removes that bullet and returns true (the enemy is shot).
   */
  private boolean hitBySubOrBullet(Movers enemies, int i) {
    int ex = enemies.x[i];
    int ey = enemies.y[i];
    if (ex == subX && ey == subY) {
      terminal = true;
      return false;
    }
    int bullet = friendlyBullets.indexAt(ex, ey);
    if (bullet < 0) {
      return false;
    }
    friendlyBullets.removeAt(bullet);
    return true;
  }

  private void fire(Movers subs, int i, int shot, boolean removed) {
    if (shot == 0) {
      subs.shotTimer[i] = ENEMY_SHOT_INTERVAL;
      enemyBullets.add(subs.x[i], subs.y[i], subs.right[i], 0, 0);
    } else if (!removed) {
      subs.shotTimer[i] = shot - 1;
    }
  }

  private void moveEnemyBullets() {
    for (int i = enemyBullets.size - 1; i >= 0; i--) {
      if (enemyBullets.at(i, subX, subY)) {
        terminal = true;
      }
      if (enemyBullets.step(i)) {
        enemyBullets.removeAt(i);
      } else if (enemyBullets.at(i, subX, subY)) {
        terminal = true;
      }
    }
  }

  private double surface() {
    surfaced = true;
    double reward = 0;
    if (diverCount == MAX_DIVERS) {
      diverCount = 0;
      reward = Math.floorDiv(oxygen * 10, MAX_OXYGEN);
    }
    oxygen = MAX_OXYGEN;
    diverCount--;
    if (ramping && (enemySpawnPeriod > 1 || movePeriod > 2)) {
      boolean oddRamp = rampIndex % 2 == 1;
      if (movePeriod > 2 && oddRamp) {
        movePeriod--;
      }
      if (enemySpawnPeriod > 1) {
        enemySpawnPeriod--;
      }
      rampIndex++;
    }
    return reward;
  }

  /** Draws side, kind and row; no spawn when an enemy in that row moves the other way. */
  private void spawnEnemy() {
    boolean right = random.rand() < 0.5;
    boolean isSub = random.rand() < SUB_PROBABILITY;
    int row = random.randint(1, SIZE - 1);
    if (opposed(enemySubs, row, right) || opposed(fish, row, right)) {
      return;
    }
    Movers kind = isSub ? enemySubs : fish;
    kind.add(right ? 0 : SIZE - 1, row, right, movePeriod, ENEMY_SHOT_INTERVAL);
  }

  private static boolean opposed(Movers enemies, int row, boolean right) {
    for (int i = 0; i < enemies.size; i++) {
      if (enemies.y[i] == row && enemies.right[i] != right) {
        return true;
      }
    }
    return false;
  }

  private void spawnDiver() {
    boolean right = random.rand() < 0.5;
    int row = random.randint(1, SIZE - 1);
    divers.add(right ? 0 : SIZE - 1, row, right, DIVER_MOVE_INTERVAL, 0);
  }

  @Override
  protected byte[] observe() {
    clearObs();
    mark(subX, subY, SUB_FRONT);
    mark(subX + (facingRight ? -1 : 1), subY, SUB_BACK);
    int oxygenCells = Math.floorDiv(Math.max(0, oxygen) * 10, MAX_OXYGEN);
    for (int x = 0; x < oxygenCells; x++) {
      mark(x, SIZE - 1, OXYGEN_GAUGE);
    }
    for (int x = SIZE - 1 - diverCount; x < SIZE - 1; x++) {
      mark(x, SIZE - 1, DIVER_GAUGE);
    }
    markAll(friendlyBullets, FRIENDLY_BULLET, false);
    markAll(enemyBullets, ENEMY_BULLET, false);
    markAll(fish, FISH, true);
    markAll(enemySubs, ENEMY_SUB, true);
    markAll(divers, DIVER, true);
    return obs;
  }

  private void markAll(Movers movers, int channel, boolean withTrail) {
    for (int i = 0; i < movers.size; i++) {
      mark(movers.x[i], movers.y[i], channel);
      int backX = movers.x[i] + (movers.right[i] ? -1 : 1);
      if (withTrail && backX >= 0 && backX < SIZE) {
        mark(backX, movers.y[i], TRAIL);
      }
    }
  }

  // ------------------------------------------------------------------ facts

  /** The sub as {@code {x, y}}. */
  public int[] sub() {
    return new int[] {subX, subY};
  }

  /** The oxygen left (200 when full). */
  public int oxygen() {
    return oxygen;
  }

  /** Divers carried (-1 after a full load was delivered, as in MinAtar). */
  public int diverCount() {
    return diverCount;
  }

  @Override
  public OptionalInt difficultyRamp() {
    return OptionalInt.of(rampIndex);
  }

  // ------------------------------------------------------------------ rendering

  /**
   * Channel colours: sub front yellow, back orange, friendly bullet white, trail grey, enemy bullet
   * red, fish pink, enemy sub purple, oxygen gauge cyan, diver gauge light blue, diver blue.
   */
  private static final int[] COLOURS = {
    0xFFD700, 0xFF7F00, 0xFFFFFF, 0x7F7F7F, 0xD73027, 0xF781BF, 0x984EA3, 0x00CED1, 0xA6CEE3,
    0x377EB8
  };

  @Override
  protected int[] channelColours() {
    return COLOURS;
  }
}
