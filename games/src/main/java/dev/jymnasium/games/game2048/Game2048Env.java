package dev.jymnasium.games.game2048;

import dev.jymnasium.env.EnvMetadata;
import dev.jymnasium.env.Reset;
import dev.jymnasium.env.Step;
import dev.jymnasium.env.registry.ConfigBinder;
import dev.jymnasium.env.registry.Kwarg;
import dev.jymnasium.env.render.Scene2D;
import dev.jymnasium.env.render.SceneEnv;
import dev.jymnasium.env.spaces.Box;
import dev.jymnasium.env.spaces.DType;
import dev.jymnasium.env.spaces.Discrete;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The sliding-tile puzzle 2048 on a 4x4 board; {@code Game2048-v0}, with the conventions of the
 * popular RL versions (Jumanji's {@code Game2048}, {@code gym-2048}).
 *
 * <h2>Description</h2>
 *
 * A move slides every tile as far as it goes in one direction; two equal tiles that meet merge into
 * one of twice the value, each tile merging at most once per move, the ones nearest the wall first.
 * After every move that changes the board, one new tile appears on a uniformly drawn empty cell: a
 * 2 with probability 0.9, else a 4.
 *
 * <h2>Action space</h2>
 *
 * {@code Discrete(4)}: 0 up, 1 right, 2 down, 3 left (Jumanji's order). A move that changes nothing
 * is a no-op with reward 0 (and no new tile).
 *
 * <h2>Observation space</h2>
 *
 * {@code Box(0, 17, (4, 4), uint8)}, row-major: the exponent of each tile ({@code k} for a tile
 * {@code 2^k}), 0 for an empty cell.
 *
 * <h2>Rewards</h2>
 *
 * The sum of the values of the tiles created by merges in the move (the game's score).
 *
 * <h2>Starting state</h2>
 *
 * {@code initial_tiles} (2) tiles spawned as after a move: per tile the cell ({@code integers(0,
 * empty)}-th empty cell, row-major), then its value ({@code random() < 0.9}: a 2).
 *
 * <h2>Episode end</h2>
 *
 * Terminated when no move changes the board; no time limit.
 *
 * <h2>Info</h2>
 *
 * {@code action_mask}: {@code byte[4]}, 1 for the moves that change the board (for {@link
 * Discrete#sample(byte[])}); reused between steps.
 *
 * <h2>Arguments</h2>
 *
 * {@code initial_tiles} (2; Jumanji starts with 1).
 *
 * <h2>Version history</h2>
 *
 * v0: initial version.
 */
public final class Game2048Env extends SceneEnv<byte[], Integer> {
  public static final int UP = 0;
  public static final int RIGHT = 1;
  public static final int DOWN = 2;
  public static final int LEFT = 3;

  static final int SIZE = 4;
  private static final int CELLS = SIZE * SIZE;
  private static final double TWO_PROBABILITY = 0.9;
  private static final EnvMetadata METADATA = new EnvMetadata(List.of("human", "rgb_array"), 4);

  /**
   * The kwargs of 2048.
   *
   * @param renderMode {@code render_mode}: {@code human}, {@code rgb_array} or null
   * @param initialTiles {@code initial_tiles}: tiles on the board after reset
   */
  public record Config(
      @Kwarg(doc = "how render() draws: human, rgb_array or None (see render_modes)")
          String renderMode,
      @Kwarg(defaultValue = "2", min = 1, max = 16, doc = "tiles on the board after reset")
          int initialTiles) {}

  private final int initialTiles;
  private final Discrete actionSpace = new Discrete(4);
  private final Box<byte[]> observationSpace = Box.of(0, 17, new int[] {SIZE, SIZE}, DType.UINT8);

  /** Exponents, row-major; the observation itself (reused: stepping allocates nothing). */
  private final byte[] board = new byte[CELLS];

  private final byte[] scratch = new byte[CELLS];
  private final byte[] line = new byte[SIZE];
  private final byte[] actionMask = new byte[4];
  private final Map<String, Object> info = new HashMap<>();
  private final Step<byte[]> step = new Step<>();

  /** Two starting tiles. */
  public Game2048Env() {
    this(ConfigBinder.defaults(Config.class));
  }

  /** An env with the given settings. */
  public Game2048Env(Config config) {
    super(METADATA, config.renderMode(), "Game2048-v0");
    this.initialTiles = ConfigBinder.checked(config, "Game2048-v0").initialTiles();
    info.put("action_mask", actionMask);
  }

  @Override
  public Box<byte[]> observationSpace() {
    return observationSpace;
  }

  @Override
  public Discrete actionSpace() {
    return actionSpace;
  }

  // ------------------------------------------------------------------ reset and step

  @Override
  protected Reset<byte[]> doReset(Long seed, Map<String, Object> options) {
    Arrays.fill(board, (byte) 0);
    for (int i = 0; i < initialTiles; i++) {
      spawn();
    }
    updateMask();
    return new Reset<>(board, info);
  }

  @Override
  protected Step<byte[]> doStep(Integer action) {
    if (actionMask[action] == 0) {
      return step.set(board, 0, false, false, info);
    }
    int reward = slide(board, action, board);
    spawn();
    updateMask();
    boolean over = actionMask[0] + actionMask[1] + actionMask[2] + actionMask[3] == 0;
    return step.set(board, reward, over, false, info);
  }

  /** A 2 (probability 0.9) or a 4 on the {@code integers(0, empty)}-th empty cell. */
  private void spawn() {
    int empty = 0;
    for (byte b : board) {
      empty += b == 0 ? 1 : 0;
    }
    int k = (int) npRandom().integers(0, empty);
    byte exponent = (byte) (npRandom().random() < TWO_PROBABILITY ? 1 : 2);
    for (int cell = 0; cell < CELLS; cell++) {
      if (board[cell] == 0 && k-- == 0) {
        board[cell] = exponent;
        return;
      }
    }
  }

  private void updateMask() {
    for (int a = 0; a < 4; a++) {
      slide(board, a, scratch);
      actionMask[a] = (byte) (Arrays.equals(board, scratch) ? 0 : 1);
    }
  }

  /**
   * Slides {@code from} in {@code direction} into {@code to} (which may be {@code from}).
   *
   * @return the sum of the merged tiles' values
   */
  private int slide(byte[] from, int direction, byte[] to) {
    int score = 0;
    for (int l = 0; l < SIZE; l++) {
      // Cell k of line l, counted from the wall the tiles move towards.
      for (int k = 0; k < SIZE; k++) {
        line[k] = from[cell(direction, l, k)];
      }
      score += mergeLine(line);
      for (int k = 0; k < SIZE; k++) {
        to[cell(direction, l, k)] = line[k];
      }
    }
    return score;
  }

  private static int cell(int direction, int line, int k) {
    return switch (direction) {
      case UP -> k * SIZE + line;
      case DOWN -> (SIZE - 1 - k) * SIZE + line;
      case LEFT -> line * SIZE + k;
      default -> line * SIZE + SIZE - 1 - k;
    };
  }

  /** Packs a line towards index 0, merging equal neighbours once; returns the merged values. */
  private static int mergeLine(byte[] line) {
    int score = 0;
    int out = 0;
    byte pending = 0;
    for (int k = 0; k < SIZE; k++) {
      byte v = line[k];
      if (v == 0) {
        continue;
      }
      if (pending == v) {
        line[out++] = (byte) (v + 1);
        score += 1 << (v + 1);
        pending = 0;
      } else {
        if (pending != 0) {
          line[out++] = pending;
        }
        pending = v;
      }
    }
    if (pending != 0) {
      line[out++] = pending;
    }
    while (out < SIZE) {
      line[out++] = 0;
    }
    return score;
  }

  // ------------------------------------------------------------------ facts

  /** The exponents, row-major (a copy). */
  public byte[] board() {
    return board.clone();
  }

  /** Puts the given exponents (row-major, 16 values in [0, 17]) on the board. */
  public void setBoard(byte[] exponents) {
    if (exponents.length != CELLS) {
      throw new IllegalArgumentException("a board has 16 cells, got " + exponents.length);
    }
    for (byte e : exponents) {
      if (e < 0 || e > 17) {
        throw new IllegalArgumentException("exponents must be in [0, 17], got " + e);
      }
    }
    System.arraycopy(exponents, 0, board, 0, CELLS);
    updateMask();
  }

  // ------------------------------------------------------------------ rendering

  private static final int TILE = 100;
  private static final int GAP = 10;
  private static final int BACKGROUND = 0xBBADA0;
  private static final int[] TILE_COLORS = {
    0xCDC1B4, 0xEEE4DA, 0xEDE0C8, 0xF2B179, 0xF59563, 0xF67C5F, 0xF65E3B, 0xEDCF72, 0xEDCC61,
    0xEDC850, 0xEDC53F, 0xEDC22E
  };

  /** The board as the web game draws it: beige tiles, darker and warmer as they grow. */
  @Override
  public Scene2D scene() {
    int side = SIZE * TILE + (SIZE + 1) * GAP;
    Scene2D s = new Scene2D(side, side, BACKGROUND);
    for (int r = 0; r < SIZE; r++) {
      for (int c = 0; c < SIZE; c++) {
        int e = board[r * SIZE + c];
        double x = GAP + c * (TILE + GAP);
        double y = side - (GAP + r * (TILE + GAP)) - TILE;
        s.rect(x, y, x + TILE, y + TILE, TILE_COLORS[Math.min(e, TILE_COLORS.length - 1)]);
        if (e > 0) {
          String text = Integer.toString(1 << e);
          double size = text.length() <= 2 ? 44 : text.length() == 3 ? 36 : 28;
          s.text(
              text,
              x + TILE / 2.0 - 0.3 * size * text.length(),
              y + TILE / 2.0 - 0.35 * size,
              size,
              e <= 2 ? 0x776E65 : 0xF9F6F2);
        }
      }
    }
    return s;
  }
}
