package dev.jymnasium.games.minatar;

import static dev.jymnasium.games.minatar.AsterixEnv.ENEMY;
import static dev.jymnasium.games.minatar.AsterixEnv.GOLD;
import static dev.jymnasium.games.minatar.AsterixEnv.PLAYER;
import static dev.jymnasium.games.minatar.AsterixEnv.SLOTS;
import static dev.jymnasium.games.minatar.AsterixEnv.TRAIL;
import static dev.jymnasium.games.minatar.MinAtarEnv.DOWN;
import static dev.jymnasium.games.minatar.MinAtarEnv.LEFT;
import static dev.jymnasium.games.minatar.MinAtarEnv.RIGHT;
import static dev.jymnasium.games.minatar.MinAtarEnv.SIZE;
import static dev.jymnasium.games.minatar.MinAtarEnv.UP;

import dev.jymnasium.env.vector.NextStepEpisodes;
import java.util.Arrays;

/**
 * Asterix's rules ({@link AsterixEnv}) for a batch of games: player, timers and periods of every
 * game in primitive arrays, the eight slots as bit masks (occupied, moving right, gold; slot {@code
 * s} is row {@code s + 1}) and one column per slot ({@code i * 8 + s}).
 *
 * <p>Each step redraws the player, and an entity only when it spawns, moves or is collected. Draws
 * as MinAtar's, in its order: the sticky {@code random_sample()}, then on a spawn {@code rand() <
 * 1/2}, {@code rand() < 1/3} and {@code randint(free slots)}.
 */
final class AsterixBatch extends RulesBatch {
  private static final int CHANNELS = AsterixEnv.CHANNELS;
  private static final int LAST = SIZE - 1;
  private static final long HALF = MtStreams.threshold(0.5);
  private static final long THIRD = MtStreams.threshold(AsterixEnv.GOLD_PROBABILITY);

  private final int[] playerX;
  private final int[] playerY;
  private final int[] occupied;
  private final int[] movingRight;
  private final int[] gold;
  private final int[] entityX;
  private final int[] spawnPeriod;
  private final int[] spawnTimer;
  private final int[] movePeriod;
  private final int[] moveTimer;
  private final int[] rampTimer;
  private final int[] rampIndex;

  /** Whether game {@code i} met an enemy on this step. */
  private final boolean[] over;

  AsterixBatch(MinAtarEnv[] games, byte[] buffer, int obsSize) {
    super(games, buffer, obsSize);
    this.playerX = new int[n];
    this.playerY = new int[n];
    this.occupied = new int[n];
    this.movingRight = new int[n];
    this.gold = new int[n];
    this.entityX = new int[n * SLOTS];
    this.spawnPeriod = new int[n];
    this.spawnTimer = new int[n];
    this.movePeriod = new int[n];
    this.moveTimer = new int[n];
    this.rampTimer = new int[n];
    this.rampIndex = new int[n];
    this.over = new boolean[n];
  }

  @Override
  void start(int i) {
    playerX[i] = 5;
    playerY[i] = 5;
    occupied[i] = 0;
    spawnPeriod[i] = AsterixEnv.INITIAL_SPAWN_PERIOD;
    spawnTimer[i] = spawnPeriod[i];
    movePeriod[i] = AsterixEnv.INITIAL_MOVE_PERIOD;
    moveTimer[i] = movePeriod[i];
    rampTimer[i] = AsterixEnv.RAMP_INTERVAL;
    rampIndex[i] = 0;
    over[i] = false;
    int off = i * obsSize;
    Arrays.fill(buffer, off, off + obsSize, (byte) 0);
    buffer[off + cell(5, 5) + PLAYER] = 1;
  }

  @Override
  void step(int[] actions, NextStepEpisodes episodes) {
    for (int i = 0; i < n; i++) {
      if (episodes.restarts(i)) {
        restart(i, null);
        continue;
      }
      int a = sticky(i, actions[i]);
      int off = i * obsSize;
      if (spawnTimer[i] == 0) {
        spawn(i, off);
        spawnTimer[i] = spawnPeriod[i];
      }
      int x = playerX[i];
      int y = playerY[i];
      buffer[off + cell(x, y) + PLAYER] = 0;
      switch (a) {
        case LEFT -> x = Math.max(0, x - 1);
        case RIGHT -> x = Math.min(LAST, x + 1);
        case UP -> y = Math.max(1, y - 1);
        case DOWN -> y = Math.min(SIZE - 2, y + 1);
        default -> {
          // no-op and fire leave the player where it is
        }
      }
      playerX[i] = x;
      playerY[i] = y;
      buffer[off + cell(x, y) + PLAYER] = 1;
      int reward = meetPlayer(i, off);
      if (moveTimer[i] == 0) {
        moveTimer[i] = movePeriod[i];
        moveEntities(i, off);
        reward += meetPlayer(i, off);
      }
      spawnTimer[i]--;
      moveTimer[i]--;
      if (ramping && (spawnPeriod[i] > 1 || movePeriod[i] > 1)) {
        ramp(i);
      }
      episodes.record(i, reward, over[i], false);
    }
  }

  /** Collects gold (1, erased) or ends the game for the entity on the player's cell. */
  private int meetPlayer(int i, int off) {
    int slot = playerY[i] - 1;
    int bit = 1 << slot;
    if ((occupied[i] & bit) == 0 || entityX[i * SLOTS + slot] != playerX[i]) {
      return 0;
    }
    if ((gold[i] & bit) == 0) {
      over[i] = true;
      return 0;
    }
    drawSlot(i, off, slot, 0);
    occupied[i] &= ~bit;
    return 1;
  }

  /** Moves every entity one cell, erasing it where it was and drawing it where it lands. */
  private void moveEntities(int i, int off) {
    int occ = occupied[i];
    int left = occ;
    while (left != 0) {
      int s = Integer.numberOfTrailingZeros(left);
      left &= left - 1;
      drawSlot(i, off, s, 0);
      int k = i * SLOTS + s;
      int x = entityX[k] + ((movingRight[i] >>> s & 1) != 0 ? 1 : -1);
      entityX[k] = x;
      if (x < 0 || x >= SIZE) {
        occ &= ~(1 << s);
      } else {
        drawSlot(i, off, s, 1);
      }
    }
    occupied[i] = occ;
  }

  /** Side, kind, then one of the free slots in row order, as {@link AsterixEnv}; draws it. */
  private void spawn(int i, int off) {
    boolean right = random.below(i, HALF);
    boolean isGold = random.below(i, THIRD);
    int occ = occupied[i];
    int free = SLOTS - Integer.bitCount(occ);
    if (free == 0) {
      return;
    }
    int pick = random.bounded(i, free - 1);
    int slot = 0;
    while ((occ >>> slot & 1) != 0 || pick > 0) {
      pick -= occ >>> slot & 1 ^ 1;
      slot++;
    }
    int bit = 1 << slot;
    occupied[i] = occ | bit;
    entityX[i * SLOTS + slot] = right ? 0 : LAST;
    movingRight[i] = right ? movingRight[i] | bit : movingRight[i] & ~bit;
    gold[i] = isGold ? gold[i] | bit : gold[i] & ~bit;
    drawSlot(i, off, slot, 1);
  }

  private void ramp(int i) {
    if (rampTimer[i] >= 0) {
      rampTimer[i]--;
      return;
    }
    if (movePeriod[i] > 1 && rampIndex[i] % 2 == 1) {
      movePeriod[i]--;
    }
    if (spawnPeriod[i] > 1) {
      spawnPeriod[i]--;
    }
    rampIndex[i]++;
    rampTimer[i] = AsterixEnv.RAMP_INTERVAL;
  }

  /** Writes {@code v} at the entity in slot {@code s} and at its trail (when on the grid). */
  private void drawSlot(int i, int off, int s, int v) {
    int x = entityX[i * SLOTS + s];
    int row = s + 1;
    buffer[off + cell(x, row) + ((gold[i] >>> s & 1) != 0 ? GOLD : ENEMY)] = (byte) v;
    int back = x + ((movingRight[i] >>> s & 1) != 0 ? -1 : 1);
    if (back >= 0 && back < SIZE) {
      buffer[off + cell(back, row) + TRAIL] = (byte) v;
    }
  }

  private static int cell(int x, int y) {
    return (y * SIZE + x) * CHANNELS;
  }
}
