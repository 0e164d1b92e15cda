package dev.jymnasium.games.minatar;

import static dev.jymnasium.games.minatar.MinAtarEnv.DOWN;
import static dev.jymnasium.games.minatar.MinAtarEnv.FIRE;
import static dev.jymnasium.games.minatar.MinAtarEnv.LEFT;
import static dev.jymnasium.games.minatar.MinAtarEnv.RIGHT;
import static dev.jymnasium.games.minatar.MinAtarEnv.SIZE;
import static dev.jymnasium.games.minatar.MinAtarEnv.UP;
import static dev.jymnasium.games.minatar.SeaquestEnv.DEEPEST_ROW;
import static dev.jymnasium.games.minatar.SeaquestEnv.DIVER_MOVE_INTERVAL;
import static dev.jymnasium.games.minatar.SeaquestEnv.ENEMY_SHOT_INTERVAL;
import static dev.jymnasium.games.minatar.SeaquestEnv.MAX_DIVERS;
import static dev.jymnasium.games.minatar.SeaquestEnv.MAX_OXYGEN;

import dev.jymnasium.env.vector.NextStepEpisodes;
import java.util.Arrays;

/**
 * Seaquest's rules ({@link SeaquestEnv}) for a batch of games: the sub, oxygen, divers carried,
 * timers and periods of every game in primitive arrays, and the bullets, fish, enemy subs and
 * divers of every game in five {@link MoverLists}, in creation order as MinAtar visits them.
 *
 * <p>The lists draw their movers into the buffer as they add, move and remove them (counting the
 * movers on each byte), so a step writes only the cells that changed: those, the sub's two cells,
 * and the gauges when the oxygen shown or the divers carried change. Draws as MinAtar's, in its
 * order: the sticky {@code random_sample()}, then on an enemy spawn {@code rand() < 1/2}, {@code
 * rand() < 1/3} and {@code randint(1, 9)}, on a diver spawn {@code rand() < 1/2} and {@code
 * randint(1, 9)}.
 */
final class SeaquestBatch extends RulesBatch {
  private static final int CHANNELS = SeaquestEnv.CHANNELS;
  private static final long HALF = MtStreams.threshold(0.5);
  private static final long THIRD = MtStreams.threshold(SeaquestEnv.SUB_PROBABILITY);

  /** The sub's move along x and y for each action (fire and no-op: none). */
  private static final int[] STEP_X = new int[6];

  private static final int[] STEP_Y = new int[6];

  static {
    STEP_X[LEFT] = -1;
    STEP_X[RIGHT] = 1;
    STEP_Y[UP] = -1;
    STEP_Y[DOWN] = 1;
  }

  /** {@code randint(1, 9)} is {@code 1 +} a bounded draw in {@code [0, 7]}. */
  private static final int ROW_SPAN = SIZE - 3;

  private final int[] subX;
  private final int[] subY;
  private final boolean[] facingRight;
  private final int[] oxygen;
  private final int[] diverCount;
  private final boolean[] surfaced;
  private final int[] enemySpawnPeriod;
  private final int[] enemySpawnTimer;
  private final int[] diverSpawnTimer;
  private final int[] movePeriod;
  private final int[] coolDown;
  private final int[] rampIndex;

  /** Whether game {@code i} is over. */
  private final boolean[] over;

  /** The games that play this step (not restarting), in order. */
  private final int[] playing;

  /** The playing games that have movers of the kind being moved. */
  private final int[] withMovers;

  /** Each game's reward so far this step, and the divers its gauge showed before the step. */
  private final int[] rewards;

  private final int[] shownDivers;

  /** How many movers draw each byte of the buffer ({@link MoverLists}; read by tests). */
  final byte[] counts;

  private final MoverLists friendlyBullets;
  private final MoverLists enemyBullets;
  private final MoverLists fish;
  private final MoverLists enemySubs;
  private final MoverLists divers;

  SeaquestBatch(MinAtarEnv[] games, byte[] buffer, int obsSize) {
    super(games, buffer, obsSize);
    this.subX = new int[n];
    this.subY = new int[n];
    this.facingRight = new boolean[n];
    this.oxygen = new int[n];
    this.diverCount = new int[n];
    this.surfaced = new boolean[n];
    this.enemySpawnPeriod = new int[n];
    this.enemySpawnTimer = new int[n];
    this.diverSpawnTimer = new int[n];
    this.movePeriod = new int[n];
    this.coolDown = new int[n];
    this.rampIndex = new int[n];
    this.over = new boolean[n];
    this.counts = new byte[buffer.length];
    this.playing = new int[n];
    this.withMovers = new int[n];
    this.rewards = new int[n];
    this.shownDivers = new int[n];
    this.friendlyBullets = lists(SeaquestEnv.FRIENDLY_BULLET, false);
    this.enemyBullets = lists(SeaquestEnv.ENEMY_BULLET, false);
    this.fish = lists(SeaquestEnv.FISH, true);
    this.enemySubs = lists(SeaquestEnv.ENEMY_SUB, true);
    this.divers = lists(SeaquestEnv.DIVER, true);
  }

  private MoverLists lists(int channel, boolean trail) {
    return new MoverLists(n, buffer, counts, obsSize, channel, trail);
  }

  @Override
  void start(int i) {
    oxygen[i] = MAX_OXYGEN;
    diverCount[i] = 0;
    subX[i] = 5;
    subY[i] = 0;
    facingRight[i] = false;
    friendlyBullets.size[i] = 0;
    enemyBullets.size[i] = 0;
    fish.size[i] = 0;
    enemySubs.size[i] = 0;
    divers.size[i] = 0;
    enemySpawnPeriod[i] = SeaquestEnv.INITIAL_SPAWN_PERIOD;
    enemySpawnTimer[i] = enemySpawnPeriod[i];
    diverSpawnTimer[i] = SeaquestEnv.DIVER_SPAWN_PERIOD;
    movePeriod[i] = SeaquestEnv.INITIAL_MOVE_PERIOD;
    rampIndex[i] = 0;
    coolDown[i] = 0;
    surfaced[i] = true;
    over[i] = false;
    int off = i * obsSize;
    Arrays.fill(buffer, off, off + obsSize, (byte) 0);
    Arrays.fill(counts, off, off + obsSize, (byte) 0);
    drawGauges(i, off);
    drawSub(i, 1);
  }

  /**
   * Plays the games phase by phase, each phase for every game before the next (a game's phases in
   * {@link SeaquestEnv}'s order; games do not interact): the restarts, sticky action, spawns and
   * the sub's move; then each kind of mover in MinAtar's order, visiting only the games that have
   * movers of that kind (gathered without branches), so that a loop over a game's list mostly runs
   * and ends as the previous game's did; then timers, oxygen and surfacing.
   */
  @Override
  void step(int[] actions, NextStepEpisodes episodes) {
    int[] play = playing;
    int played = 0;
    for (int i = 0; i < n; i++) {
      if (episodes.restarts(i)) {
        restart(i, null);
        continue;
      }
      play[played++] = i;
      int a = sticky(i, actions[i]);
      if (enemySpawnTimer[i] == 0) {
        spawnEnemy(i);
        enemySpawnTimer[i] = enemySpawnPeriod[i];
      }
      if (diverSpawnTimer[i] == 0) {
        boolean right = random.below(i, HALF);
        int row = 1 + random.bounded(i, ROW_SPAN);
        divers.add(i, right ? 0 : SIZE - 1, row, right, DIVER_MOVE_INTERVAL, 0);
        diverSpawnTimer[i] = SeaquestEnv.DIVER_SPAWN_PERIOD;
      }
      drawSub(i, 0);
      moveSub(i, a);
      drawSub(i, 1);
      shownDivers[i] = diverCount[i];
      rewards[i] = 0;
    }
    int[] some = withMovers;
    int m = gather(friendlyBullets, played);
    for (int q = 0; q < m; q++) {
      int i = some[q];
      rewards[i] += moveFriendlyBullets(i);
    }
    m = gather(divers, played);
    for (int q = 0; q < m; q++) {
      moveDivers(some[q]);
    }
    m = gather(enemySubs, played);
    for (int q = 0; q < m; q++) {
      int i = some[q];
      rewards[i] += moveEnemies(i, enemySubs, true);
    }
    m = gather(enemyBullets, played);
    for (int q = 0; q < m; q++) {
      moveEnemyBullets(some[q]);
    }
    m = gather(fish, played);
    for (int q = 0; q < m; q++) {
      int i = some[q];
      rewards[i] += moveEnemies(i, fish, false);
    }
    for (int q = 0; q < played; q++) {
      int i = play[q];
      int reward = rewards[i];
      int shownOxygen = oxygenCells(i);
      enemySpawnTimer[i] = Math.max(0, enemySpawnTimer[i] - 1);
      diverSpawnTimer[i] = Math.max(0, diverSpawnTimer[i] - 1);
      coolDown[i] = Math.max(0, coolDown[i] - 1);
      if (oxygen[i] <= 0) {
        over[i] = true;
      }
      if (subY[i] > 0) {
        oxygen[i]--;
        surfaced[i] = false;
      } else if (!surfaced[i]) {
        if (diverCount[i] == 0) {
          over[i] = true;
        } else {
          reward += surface(i);
        }
      }
      if (shownOxygen != oxygenCells(i) || shownDivers[i] != diverCount[i]) {
        redrawGauges(i, shownOxygen, shownDivers[i]);
      }
      episodes.record(i, reward, over[i], false);
    }
  }

  /** Gathers into {@link #withMovers} the playing games whose list in {@code m} is not empty. */
  private int gather(MoverLists m, int played) {
    int[] play = playing;
    int[] some = withMovers;
    int[] size = m.size;
    int count = 0;
    for (int q = 0; q < played; q++) {
      int i = play[q];
      some[count] = i;
      count += size[i] != 0 ? 1 : 0;
    }
    return count;
  }

  /**
   * Fire (when cooled down) or a move, as {@link SeaquestEnv}'s chain of tests, the move taken from
   * tables by action: a branch per action, taken one game after another at random, costs more.
   */
  private void moveSub(int i, int a) {
    if (a == FIRE && coolDown[i] == 0) {
      friendlyBullets.add(i, subX[i], subY[i], facingRight[i], 0, 0);
      coolDown[i] = SeaquestEnv.SHOT_COOL_DOWN;
    }
    subX[i] = Math.min(SIZE - 1, Math.max(0, subX[i] + STEP_X[a]));
    subY[i] = Math.min(DEEPEST_ROW, Math.max(0, subY[i] + STEP_Y[a]));
    facingRight[i] = a == RIGHT | facingRight[i] & a != LEFT;
  }

  /**
   * Newest first; a bullet kills the first fish, else sub, on its new cell. The lists draw their
   * movers as they change, so the buffer shows at any time which cells hold which kinds.
   */
  private int moveFriendlyBullets(int i) {
    MoverLists b = friendlyBullets;
    int reward = 0;
    for (int j = b.size[i] - 1; j >= 0; j--) {
      int k = i * b.cap + j;
      if (b.step(i, k)) {
        b.removeAt(i, j);
        continue;
      }
      int bx = b.x[k];
      int by = b.y[k];
      // The cell's bytes tell whether a fish or a sub is there: the lists are searched only then.
      int cell = i * obsSize + cell(bx, by);
      MoverLists victims = buffer[cell + SeaquestEnv.FISH] != 0 ? fish : enemySubs;
      if (buffer[cell + SeaquestEnv.FISH] != 0 || buffer[cell + SeaquestEnv.ENEMY_SUB] != 0) {
        victims.removeAt(i, victims.indexAt(i, bx, by));
        b.removeAt(i, j);
        reward++;
      }
    }
    return reward;
  }

  private void moveDivers(int i) {
    MoverLists d = divers;
    for (int j = d.size[i] - 1; j >= 0; j--) {
      int k = i * d.cap + j;
      if (d.at(k, subX[i], subY[i]) && diverCount[i] < MAX_DIVERS) {
        d.removeAt(i, j);
        diverCount[i]++;
      } else if (d.moveTimer[k] == 0) {
        d.moveTimer[k] = DIVER_MOVE_INTERVAL;
        if (d.step(i, k)) {
          d.removeAt(i, j);
        } else if (d.at(k, subX[i], subY[i]) && diverCount[i] < MAX_DIVERS) {
          d.removeAt(i, j);
          diverCount[i]++;
        }
      } else {
        d.moveTimer[k]--;
      }
    }
  }

  /** Enemy subs ({@code firing}) or fish, newest first, as {@link SeaquestEnv} moves them. */
  private int moveEnemies(int i, MoverLists e, boolean firing) {
    int reward = 0;
    for (int j = e.size[i] - 1; j >= 0; j--) {
      int k = i * e.cap + j;
      if (e.at(k, subX[i], subY[i])) {
        over[i] = true;
      }
      int shot = e.shotTimer[k];
      boolean removed = false;
      if (e.moveTimer[k] == 0) {
        e.moveTimer[k] = movePeriod[i];
        removed = e.step(i, k) || hitBySubOrBullet(i, e.x[k], e.y[k]);
        if (removed && e.x[k] >= 0 && e.x[k] < SIZE) {
          reward++;
        }
      } else {
        e.moveTimer[k]--;
      }
      if (firing) {
        if (shot == 0) {
          e.shotTimer[k] = ENEMY_SHOT_INTERVAL;
          enemyBullets.add(i, e.x[k], e.y[k], e.right[k], 0, 0);
        } else if (!removed) {
          e.shotTimer[k] = shot - 1;
        }
      }
      if (removed) {
        e.removeAt(i, j);
      }
    }
    return reward;
  }

  /** Ends the game on the sub's cell, or removes a friendly bullet there and returns true. */
  private boolean hitBySubOrBullet(int i, int ex, int ey) {
    if (ex == subX[i] && ey == subY[i]) {
      over[i] = true;
      return false;
    }
    if (buffer[i * obsSize + cell(ex, ey) + SeaquestEnv.FRIENDLY_BULLET] == 0) {
      return false;
    }
    friendlyBullets.removeAt(i, friendlyBullets.indexAt(i, ex, ey));
    return true;
  }

  private void moveEnemyBullets(int i) {
    MoverLists b = enemyBullets;
    for (int j = b.size[i] - 1; j >= 0; j--) {
      int k = i * b.cap + j;
      if (b.at(k, subX[i], subY[i])) {
        over[i] = true;
      }
      if (b.step(i, k)) {
        b.removeAt(i, j);
      } else if (b.at(k, subX[i], subY[i])) {
        over[i] = true;
      }
    }
  }

  private int surface(int i) {
    surfaced[i] = true;
    int reward = 0;
    if (diverCount[i] == MAX_DIVERS) {
      diverCount[i] = 0;
      reward = Math.floorDiv(oxygen[i] * 10, MAX_OXYGEN);
    }
    oxygen[i] = MAX_OXYGEN;
    diverCount[i]--;
    if (ramping && (enemySpawnPeriod[i] > 1 || movePeriod[i] > 2)) {
      if (movePeriod[i] > 2 && rampIndex[i] % 2 == 1) {
        movePeriod[i]--;
      }
      if (enemySpawnPeriod[i] > 1) {
        enemySpawnPeriod[i]--;
      }
      rampIndex[i]++;
    }
    return reward;
  }

  /** Draws side, kind and row; no spawn when an enemy in that row moves the other way. */
  private void spawnEnemy(int i) {
    boolean right = random.below(i, HALF);
    boolean isSub = random.below(i, THIRD);
    int row = 1 + random.bounded(i, ROW_SPAN);
    if (opposed(i, enemySubs, row, right) || opposed(i, fish, row, right)) {
      return;
    }
    MoverLists kind = isSub ? enemySubs : fish;
    kind.add(i, right ? 0 : SIZE - 1, row, right, movePeriod[i], ENEMY_SHOT_INTERVAL);
  }

  private static boolean opposed(int i, MoverLists e, int row, boolean right) {
    int base = i * e.cap;
    for (int k = base; k < base + e.size[i]; k++) {
      if (e.y[k] == row && e.right[k] != right) {
        return true;
      }
    }
    return false;
  }

  /** The oxygen gauge's length, as {@link SeaquestEnv#observe} draws it. */
  private int oxygenCells(int i) {
    return Math.max(0, oxygen[i]) / (MAX_OXYGEN / 10);
  }

  /** Erases the gauges as they showed {@code oxygenCells} and {@code divers}, then draws them. */
  private void redrawGauges(int i, int oxygenCells, int divers) {
    int off = i * obsSize;
    for (int c = 0; c < oxygenCells; c++) {
      buffer[off + cell(c, SIZE - 1) + SeaquestEnv.OXYGEN_GAUGE] = 0;
    }
    for (int c = SIZE - 1 - divers; c < SIZE - 1; c++) {
      buffer[off + cell(c, SIZE - 1) + SeaquestEnv.DIVER_GAUGE] = 0;
    }
    drawGauges(i, off);
  }

  private void drawGauges(int i, int off) {
    int oxygenCells = oxygenCells(i);
    for (int c = 0; c < oxygenCells; c++) {
      buffer[off + cell(c, SIZE - 1) + SeaquestEnv.OXYGEN_GAUGE] = 1;
    }
    for (int c = SIZE - 1 - diverCount[i]; c < SIZE - 1; c++) {
      buffer[off + cell(c, SIZE - 1) + SeaquestEnv.DIVER_GAUGE] = 1;
    }
  }

  /** Sets the sub's two cells of game {@code i} to {@code value} (only the sub draws them). */
  private void drawSub(int i, int value) {
    int b = i * obsSize + cell(subX[i], subY[i]);
    buffer[b + SeaquestEnv.SUB_FRONT] = (byte) value;
    buffer[b + (facingRight[i] ? -CHANNELS : CHANNELS) + SeaquestEnv.SUB_BACK] = (byte) value;
  }

  private static int cell(int x, int y) {
    return (y * SIZE + x) * CHANNELS;
  }
}
