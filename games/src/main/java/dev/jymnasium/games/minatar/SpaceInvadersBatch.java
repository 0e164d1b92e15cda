package dev.jymnasium.games.minatar;

import static dev.jymnasium.games.minatar.MinAtarEnv.FIRE;
import static dev.jymnasium.games.minatar.MinAtarEnv.LEFT;
import static dev.jymnasium.games.minatar.MinAtarEnv.RIGHT;
import static dev.jymnasium.games.minatar.MinAtarEnv.SIZE;
import static dev.jymnasium.games.minatar.SpaceInvadersEnv.ALIEN;
import static dev.jymnasium.games.minatar.SpaceInvadersEnv.ALIEN_LEFT;
import static dev.jymnasium.games.minatar.SpaceInvadersEnv.ALIEN_RIGHT;
import static dev.jymnasium.games.minatar.SpaceInvadersEnv.CANNON;
import static dev.jymnasium.games.minatar.SpaceInvadersEnv.ENEMY_BULLET;
import static dev.jymnasium.games.minatar.SpaceInvadersEnv.FRIENDLY_BULLET;

import dev.jymnasium.env.vector.NextStepEpisodes;
import java.util.Arrays;

/**
 * Space Invaders' rules ({@link SpaceInvadersEnv}) for a batch of games. Aliens, friendly and enemy
 * bullets are each a 100-bit grid, bit {@code y * 10 + x}, in two {@code long}s per game (cells 0
 * to 63, then 64 to 99): bullets fly and the block marches by shifting the bits (a row is 10 bits,
 * a column 1, the cells shifted across a side cleared by a column mask), and a shot kills where the
 * alien and bullet grids meet.
 *
 * <p>Each step redraws only the cells whose bits changed since the last drawing (and every alien's
 * marching channel when the block turns). The only draw is the sticky {@code random_sample()}.
 */
final class SpaceInvadersBatch extends RulesBatch {
  private static final int CHANNELS = SpaceInvadersEnv.CHANNELS;
  private static final int LAST = SIZE - 1;

  /** The 36 cells (64 to 99) of a grid's high word. */
  private static final long HIGH = (1L << 36) - 1;

  /** Row 9 in the high word. */
  private static final int ROW9 = 9 * SIZE - 64;

  /** Column {@code x}'s cells in the low and the high word. */
  private static final long[] COL_LO = new long[SIZE];

  private static final long[] COL_HI = new long[SIZE];

  static {
    for (int x = 0; x < SIZE; x++) {
      for (int y = 0; y < SIZE; y++) {
        int c = y * SIZE + x;
        if (c < 64) {
          COL_LO[x] |= 1L << c;
        } else {
          COL_HI[x] |= 1L << (c - 64);
        }
      }
    }
  }

  private static final long COL0_LO = COL_LO[0];
  private static final long COL0_HI = COL_HI[0];
  private static final long COL9_LO = COL_LO[LAST];
  private static final long COL9_HI = COL_HI[LAST];

  /** Rows 0 to 3, columns 2 to 7: the block at the start. */
  private static final long BLOCK = 0x3FL * (1L << 2 | 1L << 12 | 1L << 22 | 1L << 32);

  private final int[] cannon;
  private final int[] alienDir;
  private final int[] movePeriod;
  private final int[] moveTimer;
  private final int[] shotTimer;
  private final int[] coolDown;
  private final int[] rampIndex;

  /** The grids: game {@code i}'s low word at {@code 2i}, high word at {@code 2i + 1}. */
  private final long[] aliens;

  private final long[] friendly;
  private final long[] enemy;

  /** What each game's slice shows. */
  private final int[] shownCannon;

  private final int[] shownDir;
  private final long[] shownAliens;
  private final long[] shownFriendly;
  private final long[] shownEnemy;

  SpaceInvadersBatch(MinAtarEnv[] games, byte[] buffer, int obsSize) {
    super(games, buffer, obsSize);
    this.cannon = new int[n];
    this.alienDir = new int[n];
    this.movePeriod = new int[n];
    this.moveTimer = new int[n];
    this.shotTimer = new int[n];
    this.coolDown = new int[n];
    this.rampIndex = new int[n];
    this.aliens = new long[2 * n];
    this.friendly = new long[2 * n];
    this.enemy = new long[2 * n];
    this.shownCannon = new int[n];
    this.shownDir = new int[n];
    this.shownAliens = new long[2 * n];
    this.shownFriendly = new long[2 * n];
    this.shownEnemy = new long[2 * n];
  }

  @Override
  void start(int i) {
    int lo = 2 * i;
    cannon[i] = 5;
    aliens[lo] = BLOCK;
    aliens[lo + 1] = 0;
    friendly[lo] = 0;
    friendly[lo + 1] = 0;
    enemy[lo] = 0;
    enemy[lo + 1] = 0;
    alienDir[i] = -1;
    movePeriod[i] = SpaceInvadersEnv.INITIAL_MOVE_PERIOD;
    moveTimer[i] = movePeriod[i];
    shotTimer[i] = SpaceInvadersEnv.ALIEN_SHOT_INTERVAL;
    rampIndex[i] = 0;
    coolDown[i] = 0;
    int off = i * obsSize;
    Arrays.fill(buffer, off, off + obsSize, (byte) 0);
    shownAliens[lo] = 0;
    shownAliens[lo + 1] = 0;
    shownFriendly[lo] = 0;
    shownFriendly[lo + 1] = 0;
    shownEnemy[lo] = 0;
    shownEnemy[lo + 1] = 0;
    shownDir[i] = alienDir[i];
    buffer[off + (LAST * SIZE + cannon[i]) * CHANNELS + CANNON] = 1;
    shownCannon[i] = cannon[i];
    draw(i);
  }

  @Override
  void step(int[] actions, NextStepEpisodes episodes) {
    for (int i = 0; i < n; i++) {
      if (episodes.restarts(i)) {
        restart(i, null);
        continue;
      }
      int a = sticky(i, actions[i]);
      int lo = 2 * i;
      int pos = cannon[i];
      long fLo = friendly[lo];
      long fHi = friendly[lo + 1];
      if (a == FIRE && coolDown[i] == 0) {
        fHi |= 1L << (ROW9 + pos);
        coolDown[i] = SpaceInvadersEnv.SHOT_COOL_DOWN;
      } else if (a == LEFT) {
        pos = Math.max(0, pos - 1);
      } else if (a == RIGHT) {
        pos = Math.min(LAST, pos + 1);
      }
      cannon[i] = pos;
      // Friendly bullets fly up a row, enemy bullets down; rows shifted in are empty.
      fLo = fLo >>> SIZE | fHi << (64 - SIZE);
      fHi >>>= SIZE;
      long eLo = enemy[lo];
      long eHi = enemy[lo + 1];
      eHi = (eHi << SIZE | eLo >>> (64 - SIZE)) & HIGH;
      eLo <<= SIZE;
      long aLo = aliens[lo];
      long aHi = aliens[lo + 1];
      long cannonBit = 1L << (ROW9 + pos);
      boolean hit = ((eHi | aHi) & cannonBit) != 0;
      if (moveTimer[i] == 0) {
        moveTimer[i] = Math.min(Long.bitCount(aLo) + Long.bitCount(aHi), movePeriod[i]);
        int dir = alienDir[i];
        boolean atWall =
            dir < 0
                ? ((aLo & COL0_LO) | (aHi & COL0_HI)) != 0
                : ((aLo & COL9_LO) | (aHi & COL9_HI)) != 0;
        if (!atWall) {
          if (dir > 0) {
            aHi = (aHi << 1 | aLo >>> 63) & HIGH & ~COL0_HI;
            aLo = aLo << 1 & ~COL0_LO;
          } else {
            aLo = (aLo >>> 1 | aHi << 63) & ~COL9_LO;
            aHi = aHi >>> 1 & ~COL9_HI;
          }
        } else {
          // Down a row and turn; row 9 rolls over to row 0, as numpy's roll.
          alienDir[i] = -dir;
          long bottom = aHi >>> ROW9;
          hit |= bottom != 0;
          aHi = (aHi << SIZE | aLo >>> (64 - SIZE)) & HIGH;
          aLo = aLo << SIZE | bottom;
        }
        hit |= (aHi & cannonBit) != 0;
      }
      if (shotTimer[i] == 0) {
        shotTimer[i] = SpaceInvadersEnv.ALIEN_SHOT_INTERVAL;
        // The lowest alien of the column nearest the cannon (left one on ties) drops a bullet.
        for (int d = 0; d < SIZE; d++) {
          int bit = lowestAlien(aLo, aHi, pos - d);
          if (bit < 0) {
            bit = lowestAlien(aLo, aHi, pos + d);
          }
          if (bit >= 0) {
            if (bit < 64) {
              eLo |= 1L << bit;
            } else {
              eHi |= 1L << (bit - 64);
            }
            break;
          }
        }
      }
      long killLo = aLo & fLo;
      long killHi = aHi & fHi;
      int kills = Long.bitCount(killLo) + Long.bitCount(killHi);
      aLo &= ~killLo;
      aHi &= ~killHi;
      fLo &= ~killLo;
      fHi &= ~killHi;
      if (coolDown[i] > 0) {
        coolDown[i]--;
      }
      moveTimer[i]--;
      shotTimer[i]--;
      if ((aLo | aHi) == 0) {
        if (ramping && movePeriod[i] > SpaceInvadersEnv.FASTEST_MOVE_PERIOD) {
          movePeriod[i]--;
          rampIndex[i]++;
        }
        aLo = BLOCK;
      }
      aliens[lo] = aLo;
      aliens[lo + 1] = aHi;
      friendly[lo] = fLo;
      friendly[lo + 1] = fHi;
      enemy[lo] = eLo;
      enemy[lo + 1] = eHi;
      draw(i);
      episodes.record(i, kills, hit, false);
    }
  }

  /** The cell of the lowest alien in column {@code x}, or -1 (also for {@code x} off the grid). */
  private static int lowestAlien(long aLo, long aHi, int x) {
    if (x < 0 || x >= SIZE) {
      return -1;
    }
    long hi = aHi & COL_HI[x];
    if (hi != 0) {
      return 127 - Long.numberOfLeadingZeros(hi);
    }
    long low = aLo & COL_LO[x];
    return low != 0 ? 63 - Long.numberOfLeadingZeros(low) : -1;
  }

  /** Redraws the cells of game {@code i} that differ from its slice. */
  private void draw(int i) {
    int off = i * obsSize;
    int lo = 2 * i;
    int pos = cannon[i];
    if (pos != shownCannon[i]) {
      buffer[off + (LAST * SIZE + shownCannon[i]) * CHANNELS + CANNON] = 0;
      buffer[off + (LAST * SIZE + pos) * CHANNELS + CANNON] = 1;
      shownCannon[i] = pos;
    }
    int marching = alienDir[i] < 0 ? ALIEN_LEFT : ALIEN_RIGHT;
    if (alienDir[i] != shownDir[i]) {
      int was = shownDir[i] < 0 ? ALIEN_LEFT : ALIEN_RIGHT;
      write(off, was, shownAliens[lo], 0, 0);
      write(off, was, shownAliens[lo + 1], 64, 0);
      write(off, marching, aliens[lo], 0, -1L);
      write(off, marching, aliens[lo + 1], 64, -1L);
      shownDir[i] = alienDir[i];
    } else {
      redraw(off, marching, shownAliens, aliens, lo);
    }
    redraw(off, ALIEN, shownAliens, aliens, lo);
    redraw(off, FRIENDLY_BULLET, shownFriendly, friendly, lo);
    redraw(off, ENEMY_BULLET, shownEnemy, enemy, lo);
    shownAliens[lo] = aliens[lo];
    shownAliens[lo + 1] = aliens[lo + 1];
    shownFriendly[lo] = friendly[lo];
    shownFriendly[lo + 1] = friendly[lo + 1];
    shownEnemy[lo] = enemy[lo];
    shownEnemy[lo + 1] = enemy[lo + 1];
  }

  /** Channel {@code c} of the cells where {@code shown} and {@code grid} differ, from the grid. */
  private void redraw(int off, int c, long[] shown, long[] grid, int lo) {
    long g = grid[lo];
    write(off, c, shown[lo] ^ g, 0, g);
    g = grid[lo + 1];
    write(off, c, shown[lo + 1] ^ g, 64, g);
  }

  /**
   * Channel {@code c} of the cells {@code from + k} for the set bits {@code k} of {@code cells},
   * each set to bit {@code k} of {@code values} (0 clears them all, -1 sets them all).
   */
  private void write(int off, int c, long cells, int from, long values) {
    while (cells != 0) {
      int k = Long.numberOfTrailingZeros(cells);
      buffer[off + (from + k) * CHANNELS + c] = (byte) (values >>> k & 1);
      cells &= cells - 1;
    }
  }
}
