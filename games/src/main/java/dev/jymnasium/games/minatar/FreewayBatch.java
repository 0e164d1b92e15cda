package dev.jymnasium.games.minatar;

import static dev.jymnasium.games.minatar.MinAtarEnv.DOWN;
import static dev.jymnasium.games.minatar.MinAtarEnv.SIZE;
import static dev.jymnasium.games.minatar.MinAtarEnv.UP;

import dev.jymnasium.env.vector.NextStepEpisodes;
import java.util.Arrays;

/**
 * Freeway's rules ({@link FreewayEnv}) for a batch of games: chicken, timers and the eight cars of
 * every game in primitive arrays (car {@code c} of game {@code i} at {@code i * 8 + c}).
 *
 * <p>Each step redraws only what changed: the chicken when it moves, a car and its trail when it
 * moves, every car when a crossing draws new speeds (their trails change channel). Draws as
 * MinAtar's, in its order: the sticky {@code random_sample()}, then on a start or a crossing {@code
 * randint(1, 6, 8)} and {@code rand(8)}.
 */
final class FreewayBatch extends RulesBatch {
  private static final int CHANNELS = FreewayEnv.CHANNELS;
  private static final int CARS = FreewayEnv.CARS;
  private static final int LAST = SIZE - 1;
  private static final int CHICKEN_X = 4;
  private static final long HALF = MtStreams.threshold(0.5);

  private final int[] chicken;
  private final int[] moveTimer;
  private final int[] clock;
  private final int[] carX;

  /**
   * When the cars move, instead of one countdown per car: bit {@code c} of entry {@code i * 8 + (j
   * & 7)} is set when car {@code c} moves on step {@code j} of game {@code i}'s episode (a car with
   * countdown {@code t} moves {@code t} steps later, then every {@code |speed| + 1} steps, at most
   * 6 apart). A step then visits only the cars that move.
   */
  private final int[] moves;

  /** Signed: the sign is the direction. */
  private final int[] carSpeed;

  FreewayBatch(MinAtarEnv[] games, byte[] buffer, int obsSize) {
    super(games, buffer, obsSize);
    this.chicken = new int[n];
    this.moveTimer = new int[n];
    this.clock = new int[n];
    this.carX = new int[n * CARS];
    this.moves = new int[n * CARS];
    this.carSpeed = new int[n * CARS];
  }

  @Override
  void start(int i) {
    randomizeCars(i, 0);
    Arrays.fill(carX, i * CARS, (i + 1) * CARS, 0);
    chicken[i] = LAST;
    moveTimer[i] = FreewayEnv.PLAYER_SPEED;
    clock[i] = FreewayEnv.TIME_LIMIT;
    int off = i * obsSize;
    Arrays.fill(buffer, off, off + obsSize, (byte) 0);
    buffer[off + cell(CHICKEN_X, LAST)] = 1;
    for (int c = 0; c < CARS; c++) {
      drawCar(off, i * CARS + c, c + 1, 1);
    }
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
      int shown = chicken[i];
      int pos = shown;
      if (moveTimer[i] == 0 && (a == UP || a == DOWN)) {
        moveTimer[i] = FreewayEnv.PLAYER_SPEED;
        pos = a == UP ? Math.max(0, pos - 1) : Math.min(LAST, pos + 1);
      }
      int reward = 0;
      int base = i * CARS;
      int step = FreewayEnv.TIME_LIMIT - clock[i];
      if (pos == 0) {
        reward = 1;
        for (int c = 0; c < CARS; c++) {
          drawCar(off, base + c, c + 1, 0);
        }
        randomizeCars(i, step);
        for (int c = 0; c < CARS; c++) {
          drawCar(off, base + c, c + 1, 1);
        }
        pos = LAST;
      }
      // Only the car of the chicken's lane can hit it, before or after it moves: a hit sends the
      // chicken to row 9, where no car drives.
      int lane = pos - 1;
      boolean inLane = lane < CARS;
      boolean hit = inLane && carX[base + lane] == CHICKEN_X;
      int slot = base + (step & 7);
      int due = moves[slot];
      moves[slot] = 0;
      while (due != 0) {
        int c = Integer.numberOfTrailingZeros(due);
        due &= due - 1;
        int k = base + c;
        int s = carSpeed[k];
        int speed = Math.abs(s);
        int dir = s >> 31 | 1;
        int x = carX[k];
        int nx = wrap(x + dir);
        carX[k] = nx;
        // The car leaves cell x, which becomes its trail.
        int row = off + (c + 1) * SIZE * CHANNELS + 1;
        buffer[row + x * CHANNELS] = 0;
        buffer[row + wrap(x - dir) * CHANNELS + speed] = 0;
        buffer[row + nx * CHANNELS] = 1;
        buffer[row + x * CHANNELS + speed] = 1;
        moves[base + (step + speed + 1 & 7)] |= 1 << c;
      }
      if (hit || inLane && carX[base + lane] == CHICKEN_X) {
        pos = LAST;
      }
      if (moveTimer[i] > 0) {
        moveTimer[i]--;
      }
      boolean end = --clock[i] < 0;
      if (pos != shown) {
        chicken[i] = pos;
        buffer[off + cell(CHICKEN_X, shown)] = 0;
        buffer[off + cell(CHICKEN_X, pos)] = 1;
      }
      episodes.record(i, reward, end, false);
    }
  }

  /**
   * {@code randint(1, 6, 8)} speeds, then {@code rand(8)} directions, as {@link FreewayEnv}; each
   * car's countdown restarts at its speed, on step {@code step} of the episode.
   */
  private void randomizeCars(int i, int step) {
    int base = i * CARS;
    Arrays.fill(moves, base, base + CARS, 0);
    for (int c = 0; c < CARS; c++) {
      carSpeed[base + c] = 1 + random.bounded(i, 4);
    }
    for (int c = 0; c < CARS; c++) {
      int k = base + c;
      carSpeed[k] = random.below(i, HALF) ? -carSpeed[k] : carSpeed[k];
      moves[base + (step + Math.abs(carSpeed[k]) & 7)] |= 1 << c;
    }
  }

  /** Writes {@code v} at car {@code k}'s cell (row {@code row}) and at its trail. */
  private void drawCar(int off, int k, int row, int v) {
    int x = carX[k];
    int s = carSpeed[k];
    int back = wrap(x - Integer.signum(s));
    buffer[off + cell(x, row) + 1] = (byte) v;
    buffer[off + cell(back, row) + 1 + Math.abs(s)] = (byte) v;
  }

  /** {@code x} in [-1, 10] wrapped into the grid. */
  private static int wrap(int x) {
    return x + (SIZE & x >> 31) - (SIZE & LAST - x >> 31);
  }

  private static int cell(int x, int y) {
    return (y * SIZE + x) * CHANNELS;
  }
}
