package dev.jymnasium.games.snake;

import dev.jymnasium.env.EnvMetadata;
import dev.jymnasium.env.Reset;
import dev.jymnasium.env.Step;
import dev.jymnasium.env.registry.ConfigBinder;
import dev.jymnasium.env.registry.Kwarg;
import dev.jymnasium.env.render.Scene2D;
import dev.jymnasium.env.render.SceneEnv;
import dev.jymnasium.env.spaces.Box;
import dev.jymnasium.env.spaces.Discrete;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The snake eats fruit and grows; it dies hitting a wall or itself. {@code Snake-v0}, after the
 * conventions of Jumanji's {@code Snake} (InstaDeep), the most cited accelerated version.
 *
 * <h2>Description</h2>
 *
 * A {@code num_rows x num_cols} board (12 x 12) with one fruit. Each step the head moves one cell;
 * the body follows. Eating the fruit grows the snake by one cell (its tail stays this step) and a
 * new fruit appears on a uniformly drawn free cell.
 *
 * <h2>Action space</h2>
 *
 * {@code Discrete(4)}: 0 up, 1 right, 2 down, 3 left (absolute directions, rows grow downwards).
 *
 * <h2>Observation space</h2>
 *
 * {@code Box(0, 1, (num_rows, num_cols, 5), float32)}, row-major, five planes per cell: 0 body
 * (head and tail included), 1 head, 2 tail, 3 fruit, 4 body order: {@code k / length} for the
 * {@code k}-th segment counted from the tail (tail {@code 1/length}, head 1), 0 off the snake.
 *
 * <h2>Rewards</h2>
 *
 * +1 for each fruit; {@code death_reward} (-1) when the snake hits a wall or itself; 0 otherwise.
 *
 * <h2>Starting state</h2>
 *
 * A snake of length 1 on a uniformly drawn cell ({@code integers(0, rows * cols)}), then the fruit
 * on a uniformly drawn free cell (the {@code integers(0, free)}-th free cell, row-major).
 *
 * <h2>Episode end</h2>
 *
 * Terminated on a collision, or when the snake fills the board; truncated by the registry's time
 * limit (4000 steps). The head may move into the cell the tail leaves in the same step; moving back
 * onto the neck is a collision.
 *
 * <h2>Info</h2>
 *
 * {@code action_mask}: {@code byte[4]}, 1 for the moves that do not collide at once (for {@link
 * Discrete#sample(byte[])}); reused between steps.
 *
 * <h2>Arguments</h2>
 *
 * {@code num_rows} (12), {@code num_cols} (12), {@code death_reward} (-1; 0 gives Jumanji's
 * rewards).
 *
 * <h2>Version history</h2>
 *
 * v0: initial version.
 */
public final class SnakeEnv extends SceneEnv<float[], Integer> {
  public static final int UP = 0;
  public static final int RIGHT = 1;
  public static final int DOWN = 2;
  public static final int LEFT = 3;

  private static final int[] DROW = {-1, 0, 1, 0};
  private static final int[] DCOL = {0, 1, 0, -1};
  private static final int PLANES = 5;
  private static final EnvMetadata METADATA = new EnvMetadata(List.of("human", "rgb_array"), 10);

  /**
   * The kwargs of Snake.
   *
   * @param renderMode {@code render_mode}: {@code human}, {@code rgb_array} or null
   * @param numRows {@code num_rows}: board rows
   * @param numCols {@code num_cols}: board columns
   * @param deathReward {@code death_reward}: reward for hitting a wall or the snake
   */
  public record Config(
      @Kwarg(doc = "how render() draws: human, rgb_array or None (see render_modes)")
          String renderMode,
      @Kwarg(defaultValue = "12", min = 2, max = 256, doc = "board rows") int numRows,
      @Kwarg(defaultValue = "12", min = 2, max = 256, doc = "board columns") int numCols,
      @Kwarg(
              defaultValue = "-1",
              min = -1e9,
              max = 1e9,
              doc = "reward for hitting a wall or itself")
          double deathReward) {}

  private final int rows;
  private final int cols;
  private final double deathReward;
  private final Discrete actionSpace = new Discrete(4);
  private final Box<float[]> observationSpace;

  /** Segments as cell indices in a ring buffer, tail first; {@code occupied} mirrors it. */
  private final int[] body;

  private final boolean[] occupied;
  private int tailAt;
  private int length;
  private int fruit;

  /** Reused on every step: stepping allocates nothing. */
  private final float[] obs;

  private final byte[] actionMask = new byte[4];
  private final Map<String, Object> info = new HashMap<>();
  private final Step<float[]> step = new Step<>();

  /** The 12x12 board. */
  public SnakeEnv() {
    this(ConfigBinder.defaults(Config.class));
  }

  /** An env with the given settings. */
  public SnakeEnv(Config config) {
    super(METADATA, config.renderMode(), "Snake-v0");
    Config c = ConfigBinder.checked(config, "Snake-v0");
    this.rows = c.numRows();
    this.cols = c.numCols();
    this.deathReward = c.deathReward();
    this.body = new int[rows * cols];
    this.occupied = new boolean[rows * cols];
    this.obs = new float[rows * cols * PLANES];
    this.observationSpace = Box.float32(0, 1, rows, cols, PLANES);
    info.put("action_mask", actionMask);
  }

  @Override
  public Box<float[]> observationSpace() {
    return observationSpace;
  }

  @Override
  public Discrete actionSpace() {
    return actionSpace;
  }

  // ------------------------------------------------------------------ reset and step

  @Override
  protected Reset<float[]> doReset(Long seed, Map<String, Object> options) {
    Arrays.fill(occupied, false);
    int head = (int) npRandom().integers(0, rows * cols);
    tailAt = 0;
    length = 1;
    body[0] = head;
    occupied[head] = true;
    spawnFruit();
    return new Reset<>(observe(), info);
  }

  @Override
  protected Step<float[]> doStep(Integer action) {
    int head = segment(length - 1);
    int r = head / cols + DROW[action];
    int c = head % cols + DCOL[action];
    if (r < 0 || r >= rows || c < 0 || c >= cols) {
      return step.set(observe(), deathReward, true, false, info);
    }
    int next = r * cols + c;
    boolean eats = next == fruit;
    int tail = segment(0);
    // The tail leaves its cell this step unless the snake grows; turning back is a collision.
    if (occupied[next] && (eats || next != tail || isNeck(next))) {
      return step.set(observe(), deathReward, true, false, info);
    }
    if (!eats) {
      occupied[tail] = false;
      tailAt = (tailAt + 1) % body.length;
      length--;
    }
    body[(tailAt + length) % body.length] = next;
    length++;
    occupied[next] = true;
    if (!eats) {
      return step.set(observe(), 0, false, false, info);
    }
    boolean full = length == rows * cols;
    if (!full) {
      spawnFruit();
    } else {
      fruit = -1;
    }
    return step.set(observe(), 1, full, false, info);
  }

  /** Whether {@code cell} is the segment behind the head. */
  private boolean isNeck(int cell) {
    return length > 1 && segment(length - 2) == cell;
  }

  /** The {@code k}-th segment from the tail, as a cell index. */
  private int segment(int k) {
    return body[(tailAt + k) % body.length];
  }

  /** The fruit on the {@code integers(0, free)}-th free cell, row-major. */
  private void spawnFruit() {
    int k = (int) npRandom().integers(0, rows * cols - length);
    for (int cell = 0; cell < occupied.length; cell++) {
      if (!occupied[cell] && k-- == 0) {
        fruit = cell;
        return;
      }
    }
    throw new IllegalStateException("no free cell for the fruit");
  }

  private float[] observe() {
    Arrays.fill(obs, 0f);
    for (int k = 0; k < length; k++) {
      int o = segment(k) * PLANES;
      obs[o] = 1f;
      obs[o + 4] = (k + 1) / (float) length;
    }
    obs[segment(length - 1) * PLANES + 1] = 1f;
    obs[segment(0) * PLANES + 2] = 1f;
    if (fruit >= 0) {
      obs[fruit * PLANES + 3] = 1f;
    }
    int head = segment(length - 1);
    for (int a = 0; a < 4; a++) {
      int r = head / cols + DROW[a];
      int c = head % cols + DCOL[a];
      boolean inside = r >= 0 && r < rows && c >= 0 && c < cols;
      int next = r * cols + c;
      boolean free =
          inside && (!occupied[next] || (next == segment(0) && next != fruit && !isNeck(next)));
      actionMask[a] = (byte) (free ? 1 : 0);
    }
    return obs;
  }

  // ------------------------------------------------------------------ facts

  /** The snake's cells as {@code {row, col}}, tail first. */
  public int[][] snake() {
    int[][] out = new int[length][];
    for (int k = 0; k < length; k++) {
      out[k] = new int[] {segment(k) / cols, segment(k) % cols};
    }
    return out;
  }

  /** The fruit's cell as {@code {row, col}}, or null once the board is full. */
  public int[] fruit() {
    return fruit < 0 ? null : new int[] {fruit / cols, fruit % cols};
  }

  /**
   * Puts the snake on {@code cells} ({@code {row, col}}, tail first) and the fruit on {@code
   * fruitCell}, e.g. to replay a situation.
   */
  public void setState(int[][] cells, int[] fruitCell) {
    if (cells.length == 0 || cells.length > rows * cols) {
      throw new IllegalArgumentException(
          "the snake needs 1 to " + rows * cols + " cells, got " + cells.length);
    }
    Arrays.fill(occupied, false);
    tailAt = 0;
    length = cells.length;
    for (int k = 0; k < length; k++) {
      body[k] = cells[k][0] * cols + cells[k][1];
      occupied[body[k]] = true;
    }
    fruit = fruitCell == null ? -1 : fruitCell[0] * cols + fruitCell[1];
    observe();
  }

  // ------------------------------------------------------------------ rendering

  private static final int CELL = 24;
  private static final int BACKGROUND = 0x1E1E1E;
  private static final int BODY = 0x2ECC71;
  private static final int HEAD = 0x27AE60;
  private static final int FRUIT = 0xE74C3C;

  /** The board, 24 pixels per cell: the snake in green (darker head), the fruit in red. */
  @Override
  public Scene2D scene() {
    Scene2D s = new Scene2D(cols * CELL, rows * CELL, BACKGROUND);
    for (int k = 0; k < length; k++) {
      int cell = segment(k);
      double x = (cell % cols) * CELL;
      double y = (rows - 1 - cell / cols) * CELL;
      s.rect(x + 1, y + 1, x + CELL - 1, y + CELL - 1, k == length - 1 ? HEAD : BODY);
    }
    if (fruit >= 0) {
      s.circle(
          (fruit % cols + 0.5) * CELL, (rows - 1 - fruit / cols + 0.5) * CELL, CELL * 0.35, FRUIT);
    }
    return s;
  }
}
