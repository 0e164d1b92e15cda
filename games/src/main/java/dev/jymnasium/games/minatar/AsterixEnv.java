package dev.jymnasium.games.minatar;

import dev.jymnasium.env.registry.ConfigBinder;
import java.util.Arrays;
import java.util.OptionalInt;

/**
 * MinAtar Asterix: collect gold and dodge enemies that cross the screen. {@code MinAtar/Asterix-v0}
 * and {@code MinAtar/Asterix-v1}, after the rules of MinAtar's {@code
 * minatar/environments/asterix.py} and its Gymnasium wrapper {@code minatar/gym.py} (Young and Tian
 * 2019, {@code kenjyoung/MinAtar}).
 *
 * <h2>Description</h2>
 *
 * A 10 x 10 grid; {@code x} is the column (0 left), {@code y} the row (0 top). The player starts at
 * (5, 5) and moves one cell per step within rows 1 to 8. Rows 1 to 8 are eight slots, each holding
 * at most one entity (gold or enemy) that enters at a side and crosses to the other. Each step:
 * when the spawn timer is 0 an entity is spawned and the timer restarts at the spawn period; the
 * player moves; an entity on the player's cell is collected (gold, +1) or ends the game (enemy);
 * when the move timer is 0 it restarts at the move period and every entity moves one cell in its
 * direction (leaving the grid removes it), and the player's cell is checked again; both timers
 * count down by one.
 *
 * <h2>Action space</h2>
 *
 * v0: {@code Discrete(6)}, MinAtar's full set: 0 no-op, 1 left, 2 up, 3 right, 4 down, 5 fire (fire
 * does nothing here). v1: {@code Discrete(5)}, the minimal set: no-op, left, up, right, down.
 *
 * <h2>Observation space</h2>
 *
 * {@code Box(0, 1, (10, 10, 4), uint8)}, row-major {@code [y][x][c]}: channel 0 player, 1 enemy, 2
 * trail (the cell behind each entity, when on the grid), 3 gold.
 *
 * <h2>Rewards</h2>
 *
 * +1 per gold collected.
 *
 * <h2>Starting state</h2>
 *
 * Player at (5, 5), no entities, spawn period 10, move period 5, both timers at their period.
 *
 * <h2>Episode end</h2>
 *
 * Terminated when an enemy shares the player's cell. MinAtar registers no time limit, nor does
 * this.
 *
 * <h2>Randomness</h2>
 *
 * A spawn draws, from MinAtar's numpy {@code RandomState} ({@link
 * dev.jymnasium.env.rng.RandomState}, bit-exact): {@code rand() < 1/2} for the side (left, moving
 * right, or right, moving left), {@code rand() < 1/3} for gold, then, when a slot is free, {@code
 * randint(free)} for which of the free slots (in row order). Sticky actions as in {@link
 * MinAtarEnv}.
 *
 * <h2>Difficulty ramping</h2>
 *
 * With {@code difficulty_ramping} and while the spawn or move period is above 1: every step a ramp
 * timer (starting at 100) counts down; the step after it reaches -1 the spawn period drops by one
 * (floor 1), the move period also drops by one (floor 1) on odd ramp indices, the ramp index grows
 * and the timer restarts at 100.
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
public final class AsterixEnv extends MinAtarEnv {
  static final int CHANNELS = 4;
  static final int PLAYER = 0;
  static final int ENEMY = 1;
  static final int TRAIL = 2;
  static final int GOLD = 3;

  private static final int[] MINIMAL = {NOOP, LEFT, UP, RIGHT, DOWN};
  static final int SLOTS = 8;
  static final int RAMP_INTERVAL = 100;
  static final int INITIAL_SPAWN_PERIOD = 10;
  static final int INITIAL_MOVE_PERIOD = 5;
  static final double GOLD_PROBABILITY = 1.0 / 3;

  private int playerX;
  private int playerY;

  /** Slot {@code i} is row {@code i + 1}. */
  private final boolean[] occupied = new boolean[SLOTS];

  private final int[] entityX = new int[SLOTS];
  private final boolean[] movingRight = new boolean[SLOTS];
  private final boolean[] gold = new boolean[SLOTS];

  private int spawnPeriod;
  private int spawnTimer;
  private int movePeriod;
  private int moveTimer;
  private int rampTimer;
  private int rampIndex;

  /** {@code MinAtar/Asterix-v0}: the full action set, sticky actions 0.1. */
  public AsterixEnv() {
    this(ConfigBinder.defaults(Config.class));
  }

  /** An env with the given settings. */
  public AsterixEnv(Config config) {
    super(config, "Asterix", CHANNELS, MINIMAL);
  }

  // ------------------------------------------------------------------ reset and step

  @Override
  protected void resetGame() {
    playerX = 5;
    playerY = 5;
    Arrays.fill(occupied, false);
    spawnPeriod = INITIAL_SPAWN_PERIOD;
    spawnTimer = spawnPeriod;
    movePeriod = INITIAL_MOVE_PERIOD;
    moveTimer = movePeriod;
    rampTimer = RAMP_INTERVAL;
    rampIndex = 0;
  }

  @Override
  protected double act(int a) {
    if (spawnTimer == 0) {
      spawn();
      spawnTimer = spawnPeriod;
    }
    movePlayer(a);
    double reward = meetPlayer();
    if (moveTimer == 0) {
      moveTimer = movePeriod;
      moveEntities();
      reward += meetPlayer();
    }
    spawnTimer--;
    moveTimer--;
    if (ramping && (spawnPeriod > 1 || movePeriod > 1)) {
      ramp();
    }
    return reward;
  }

  private void movePlayer(int a) {
    switch (a) {
      case LEFT -> playerX = Math.max(0, playerX - 1);
      case RIGHT -> playerX = Math.min(SIZE - 1, playerX + 1);
      case UP -> playerY = Math.max(1, playerY - 1);
      case DOWN -> playerY = Math.min(SIZE - 2, playerY + 1);
      default -> {
        // no-op and fire leave the player where it is
      }
    }
  }

  /** Collects gold or ends the game for the entity on the player's cell, if any. */
  private double meetPlayer() {
    int slot = playerY - 1;
    if (!occupied[slot] || entityX[slot] != playerX) {
      return 0;
    }
    if (gold[slot]) {
      occupied[slot] = false;
      return 1;
    }
    terminal = true;
    return 0;
  }

  private void moveEntities() {
    for (int i = 0; i < SLOTS; i++) {
      if (occupied[i]) {
        entityX[i] += movingRight[i] ? 1 : -1;
        if (entityX[i] < 0 || entityX[i] >= SIZE) {
          occupied[i] = false;
        }
      }
    }
  }

  /** Draws side, kind and free slot in MinAtar's order; all slots taken: nothing spawns. */
  private void spawn() {
    boolean right = random.rand() < 0.5;
    boolean isGold = random.rand() < GOLD_PROBABILITY;
    int free = 0;
    for (boolean o : occupied) {
      free += o ? 0 : 1;
    }
    if (free == 0) {
      return;
    }
    int pick = random.randint(0, free);
    int slot = 0;
    while (occupied[slot] || pick > 0) {
      pick -= occupied[slot] ? 0 : 1;
      slot++;
    }
    occupied[slot] = true;
    entityX[slot] = right ? 0 : SIZE - 1;
    movingRight[slot] = right;
    gold[slot] = isGold;
  }

  private void ramp() {
    if (rampTimer >= 0) {
      rampTimer--;
      return;
    }
    boolean oddRamp = rampIndex % 2 == 1;
    if (movePeriod > 1 && oddRamp) {
      movePeriod--;
    }
    if (spawnPeriod > 1) {
      spawnPeriod--;
    }
    rampIndex++;
    rampTimer = RAMP_INTERVAL;
  }

  @Override
  protected byte[] observe() {
    clearObs();
    mark(playerX, playerY, PLAYER);
    for (int i = 0; i < SLOTS; i++) {
      if (occupied[i]) {
        mark(entityX[i], i + 1, gold[i] ? GOLD : ENEMY);
        int backX = entityX[i] + (movingRight[i] ? -1 : 1);
        if (backX >= 0 && backX < SIZE) {
          mark(backX, i + 1, TRAIL);
        }
      }
    }
    return obs;
  }

  // ------------------------------------------------------------------ facts

  /** The player as {@code {x, y}}. */
  public int[] player() {
    return new int[] {playerX, playerY};
  }

  @Override
  public OptionalInt difficultyRamp() {
    return OptionalInt.of(rampIndex);
  }

  /** The current spawn and move periods, {@code {spawn, move}}. */
  public int[] periods() {
    return new int[] {spawnPeriod, movePeriod};
  }

  // ------------------------------------------------------------------ rendering

  /** Channel colours: player green, enemy red, trail grey, gold yellow. */
  private static final int[] COLOURS = {0x1A9850, 0xD73027, 0x7F7F7F, 0xFFD700};

  @Override
  protected int[] channelColours() {
    return COLOURS;
  }
}
