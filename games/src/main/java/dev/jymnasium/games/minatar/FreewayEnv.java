package dev.jymnasium.games.minatar;

import dev.jymnasium.env.registry.ConfigBinder;
import java.util.Arrays;

/**
 * MinAtar Freeway: a chicken crosses eight lanes of traffic. {@code MinAtar/Freeway-v0} and {@code
 * MinAtar/Freeway-v1}, after {@code minatar/environments/freeway.py} and {@code minatar/gym.py} of
 * MinAtar (Young and Tian 2019, {@code kenjyoung/MinAtar}).
 *
 * <h2>Description</h2>
 *
 * A 10 x 10 grid; the chicken stays in column 4 and starts on row 9. Lane {@code i} (0 to 7) is row
 * {@code i + 1} with one car, which moves one cell every {@code |speed|} steps ({@code speed} in
 * -5..-1, 1..5; the sign is the direction) and wraps around at the sides. The chicken moves one row
 * when the move timer is 0, which then restarts at 3 (and starts at 3). Reaching row 0 gives +1,
 * sends the chicken back to row 9 and draws new car speeds (the cars keep their cells). A car on
 * the chicken's cell, before or after it moves, sends the chicken back to row 9.
 *
 * <h2>Action space</h2>
 *
 * v0: {@code Discrete(6)}, MinAtar's full set: 0 no-op, 1 left, 2 up, 3 right, 4 down, 5 fire (only
 * up and down move). v1: {@code Discrete(3)}, the minimal set: 0 no-op, 1 up, 2 down.
 *
 * <h2>Observation space</h2>
 *
 * {@code Box(0, 1, (10, 10, 7), uint8)}, row-major {@code [y][x][c]}: channel 0 chicken, 1 car, 2
 * to 6 the trail behind each car (the cell it came from, wrapped), in channel {@code 1 + |speed|}.
 *
 * <h2>Rewards</h2>
 *
 * +1 per crossing.
 *
 * <h2>Starting state</h2>
 *
 * The chicken on row 9, every car in column 0; speeds {@code randint(1, 6, 8)} times directions
 * {@code sign(rand(8) - 0.5)}, drawn from the {@code RandomState}.
 *
 * <h2>Episode end</h2>
 *
 * Terminated by the game's own clock: MinAtar's timer starts at 2500 and ends the episode on the
 * step that takes it below 0, the 2501st. No registry time limit.
 *
 * <h2>Randomness</h2>
 *
 * As every {@link MinAtarEnv}: {@code reset(seed)} makes numpy's {@code RandomState(seed)}; each
 * step first draws {@code random_sample()} for the sticky action, then the game draws new speeds on
 * a crossing. A seeded reset sets the previous action to no-op.
 *
 * <h2>Arguments</h2>
 *
 * {@code sticky_action_prob} (0.1), {@code difficulty_ramping} (true; Freeway does not ramp),
 * {@code use_minimal_action_set} (false for v0, true for v1).
 *
 * <h2>Version history</h2>
 *
 * v0 and v1 as in MinAtar: the full and the minimal action set.
 */
public final class FreewayEnv extends MinAtarEnv {
  static final int CHANNELS = 7;
  static final int CARS = 8;
  static final int PLAYER_SPEED = 3;
  static final int TIME_LIMIT = 2500;
  private static final int CHICKEN_X = 4;
  private static final int[] MINIMAL = {NOOP, UP, DOWN};

  private int pos;
  private int moveTimer;
  private int terminateTimer;

  /** Per car: column, countdown to its next move, signed speed; car {@code i} is on row i + 1. */
  private final int[] carX = new int[CARS];

  private final int[] carTimer = new int[CARS];
  private final int[] carSpeed = new int[CARS];
  private final double[] directionDraws = new double[CARS];

  /** {@code MinAtar/Freeway-v0}: the full action set, sticky actions 0.1. */
  public FreewayEnv() {
    this(ConfigBinder.defaults(Config.class));
  }

  /** An env with the given settings. */
  public FreewayEnv(Config config) {
    super(config, "Freeway", CHANNELS, MINIMAL);
  }

  // ------------------------------------------------------------------ reset and step

  @Override
  protected void resetGame() {
    randomizeCars();
    Arrays.fill(carX, 0);
    pos = SIZE - 1;
    moveTimer = PLAYER_SPEED;
    terminateTimer = TIME_LIMIT;
  }

  @Override
  protected double act(int a) {
    double reward = 0;
    if (a == UP && moveTimer == 0) {
      moveTimer = PLAYER_SPEED;
      pos = Math.max(0, pos - 1);
    } else if (a == DOWN && moveTimer == 0) {
      moveTimer = PLAYER_SPEED;
      pos = Math.min(SIZE - 1, pos + 1);
    }
    if (pos == 0) {
      reward += 1;
      randomizeCars();
      pos = SIZE - 1;
    }
    for (int i = 0; i < CARS; i++) {
      if (carX[i] == CHICKEN_X && i + 1 == pos) {
        pos = SIZE - 1;
      }
      if (carTimer[i] == 0) {
        carTimer[i] = Math.abs(carSpeed[i]);
        carX[i] = Math.floorMod(carX[i] + (carSpeed[i] > 0 ? 1 : -1), SIZE);
        if (carX[i] == CHICKEN_X && i + 1 == pos) {
          pos = SIZE - 1;
        }
      } else {
        carTimer[i]--;
      }
    }
    if (moveTimer > 0) {
      moveTimer--;
    }
    terminateTimer--;
    if (terminateTimer < 0) {
      terminal = true;
    }
    return reward;
  }

  /**
   * New speeds and directions: {@code randint(1, 6, 8)}, then {@code sign(rand(8) - 0.5)}. (A draw
   * of exactly 0.5, chance 2^-53, would give MinAtar a car of speed 0; here it moves right.)
   */
  private void randomizeCars() {
    random.randint(1, 6, carSpeed);
    random.randomSample(directionDraws);
    for (int i = 0; i < CARS; i++) {
      carSpeed[i] *= directionDraws[i] < 0.5 ? -1 : 1;
      carTimer[i] = Math.abs(carSpeed[i]);
    }
  }

  @Override
  protected byte[] observe() {
    clearObs();
    obs[obsOffset + cell(CHICKEN_X, pos)] = 1;
    for (int i = 0; i < CARS; i++) {
      obs[obsOffset + cell(carX[i], i + 1) + 1] = 1;
      int back = Math.floorMod(carX[i] + (carSpeed[i] > 0 ? -1 : 1), SIZE);
      obs[obsOffset + cell(back, i + 1) + 1 + Math.abs(carSpeed[i])] = 1;
    }
    return obs;
  }

  private static int cell(int x, int y) {
    return (y * SIZE + x) * CHANNELS;
  }

  // ------------------------------------------------------------------ facts

  /** The chicken's row. */
  public int chicken() {
    return pos;
  }

  /** The cars as {@code {x, y, countdown, speed}}, lane by lane. */
  public int[][] cars() {
    int[][] out = new int[CARS][];
    for (int i = 0; i < CARS; i++) {
      out[i] = new int[] {carX[i], i + 1, carTimer[i], carSpeed[i]};
    }
    return out;
  }

  /**
   * Puts the chicken on row {@code chicken} with move timer {@code moveTimer}, and car {@code i} at
   * {@code cars[i] = {x, countdown, speed}}; e.g. to replay a situation.
   */
  public void setState(int chicken, int moveTimer, int[][] cars) {
    if (chicken < 1 || chicken >= SIZE || moveTimer < 0 || moveTimer > PLAYER_SPEED) {
      throw new IllegalArgumentException("chicken must be in [1, 9], moveTimer in [0, 3]");
    }
    if (cars.length != CARS) {
      throw new IllegalArgumentException("8 cars, got " + cars.length);
    }
    for (int i = 0; i < CARS; i++) {
      int s = cars[i][2];
      if (cars[i][0] < 0 || cars[i][0] >= SIZE || s == 0 || Math.abs(s) > 5 || cars[i][1] < 0) {
        throw new IllegalArgumentException("car " + i + ": x in [0, 9], speed in [-5, 5] \\ {0}");
      }
      carX[i] = cars[i][0];
      carTimer[i] = cars[i][1];
      carSpeed[i] = s;
    }
    pos = chicken;
    this.moveTimer = moveTimer;
    terminal = false;
    observe();
  }

  // ------------------------------------------------------------------ rendering

  /** Channel colours: chicken, car, then the trails from fast (speed 1) to slow (speed 5). */
  private static final int[] COLOURS = {
    0xFFD700, 0xD73027, 0xF46D43, 0xFDAE61, 0xABD9E9, 0x74ADD1, 0x4575B4
  };

  @Override
  protected int[] channelColours() {
    return COLOURS;
  }
}
