package dev.jymnasium.games.minatar;

import static dev.jymnasium.games.minatar.MinAtarEnv.DOWN;
import static dev.jymnasium.games.minatar.MinAtarEnv.SIZE;
import static dev.jymnasium.games.minatar.MinAtarEnv.UP;

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
  private final int[] carTimer;

  /** Signed: the sign is the direction. */
  private final int[] carSpeed;

  FreewayBatch(MinAtarEnv[] games, byte[] buffer, int obsSize) {
    super(games, buffer, obsSize);
    this.chicken = new int[n];
    this.moveTimer = new int[n];
    this.clock = new int[n];
    this.carX = new int[n * CARS];
    this.carTimer = new int[n * CARS];
    this.carSpeed = new int[n * CARS];
  }

  @Override
  void start(int i) {
    randomizeCars(i);
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
  int play(int i, int a) {
    int off = i * obsSize;
    int shown = chicken[i];
    int pos = shown;
    if (moveTimer[i] == 0 && (a == UP || a == DOWN)) {
      moveTimer[i] = FreewayEnv.PLAYER_SPEED;
      pos = a == UP ? Math.max(0, pos - 1) : Math.min(LAST, pos + 1);
    }
    int reward = 0;
    int base = i * CARS;
    if (pos == 0) {
      reward = 1;
      for (int c = 0; c < CARS; c++) {
        drawCar(off, base + c, c + 1, 0);
      }
      randomizeCars(i);
      for (int c = 0; c < CARS; c++) {
        drawCar(off, base + c, c + 1, 1);
      }
      pos = LAST;
    }
    for (int c = 0; c < CARS; c++) {
      int k = base + c;
      int row = c + 1;
      if (carX[k] == CHICKEN_X && row == pos) {
        pos = LAST;
      }
      if (carTimer[k] == 0) {
        drawCar(off, k, row, 0);
        int s = carSpeed[k];
        carTimer[k] = Math.abs(s);
        carX[k] = Math.floorMod(carX[k] + (s > 0 ? 1 : -1), SIZE);
        drawCar(off, k, row, 1);
        if (carX[k] == CHICKEN_X && row == pos) {
          pos = LAST;
        }
      } else {
        carTimer[k]--;
      }
    }
    if (moveTimer[i] > 0) {
      moveTimer[i]--;
    }
    over[i] = --clock[i] < 0;
    chicken[i] = pos;
    buffer[off + cell(CHICKEN_X, shown)] = 0;
    buffer[off + cell(CHICKEN_X, pos)] = 1;
    return reward;
  }

  /** {@code randint(1, 6, 8)} speeds, then {@code rand(8)} directions, as {@link FreewayEnv}. */
  private void randomizeCars(int i) {
    int base = i * CARS;
    for (int c = 0; c < CARS; c++) {
      carSpeed[base + c] = 1 + random.bounded(i, 4);
    }
    for (int c = 0; c < CARS; c++) {
      int k = base + c;
      carSpeed[k] = random.below(i, HALF) ? -carSpeed[k] : carSpeed[k];
      carTimer[k] = Math.abs(carSpeed[k]);
    }
  }

  /** Writes {@code v} at car {@code k}'s cell (row {@code row}) and at its trail. */
  private void drawCar(int off, int k, int row, int v) {
    int x = carX[k];
    int s = carSpeed[k];
    int back = Math.floorMod(x + (s > 0 ? -1 : 1), SIZE);
    buffer[off + cell(x, row) + 1] = (byte) v;
    buffer[off + cell(back, row) + 1 + Math.abs(s)] = (byte) v;
  }

  private static int cell(int x, int y) {
    return (y * SIZE + x) * CHANNELS;
  }
}
