package dev.jymnasium.games.toytext;

import dev.jymnasium.env.EnvMetadata;
import dev.jymnasium.env.Reset;
import dev.jymnasium.env.Step;
import dev.jymnasium.env.registry.ConfigBinder;
import dev.jymnasium.env.registry.Kwarg;
import dev.jymnasium.env.render.Scene2D;
import dev.jymnasium.env.render.SceneEnv;
import dev.jymnasium.env.rng.NpRandom;
import dev.jymnasium.env.spaces.Discrete;
import dev.jymnasium.env.spaces.Space;
import java.util.List;
import java.util.Map;

/**
 * Walking along a cliff edge from start to goal (Sutton and Barto, example 6.6); Gymnasium's {@code
 * CliffWalking-v1} and {@code CliffWalkingSlippery-v1}, draw for draw.
 *
 * <h2>Description</h2>
 *
 * A 4x12 grid: the start is the bottom-left cell, the goal the bottom-right cell, and the cells
 * between them are the cliff. Stepping into the cliff sends the agent back to the start. On
 * slippery ground every move goes in the intended direction or one of the two perpendicular ones,
 * each with probability 1/3. Moves off the grid leave the agent in place. The transition table is
 * {@link #transitions(int, int)}.
 *
 * <h2>Action space</h2>
 *
 * {@code Discrete(4)}: 0 up, 1 right, 2 down, 3 left.
 *
 * <h2>Observation space</h2>
 *
 * {@code Discrete(48)}: {@code row * 12 + col}; start 36, goal 47, cliff 37-46.
 *
 * <h2>Rewards</h2>
 *
 * -1 per step; -100 for stepping into the cliff.
 *
 * <h2>Starting state</h2>
 *
 * Always 36, the bottom-left cell (one {@code random()} draw nevertheless).
 *
 * <h2>Episode end</h2>
 *
 * Terminated on reaching the goal. The registry sets no time limit.
 *
 * <h2>Info</h2>
 *
 * {@code prob}: the probability of the transition taken (1.0 after reset).
 *
 * <h2>Arguments</h2>
 *
 * {@code render_mode} ({@code human}, {@code rgb_array}, {@code ansi}); {@code is_slippery} (false;
 * true for {@code CliffWalkingSlippery-v1}).
 *
 * <h2>Version history</h2>
 *
 * v1: the slippery variant ({@code is_slippery}, {@code CliffWalkingSlippery-v1}). v0: initial
 * version.
 */
public final class CliffWalkingEnv extends SceneEnv<Integer, Integer> implements DiscreteModel {
  public static final int UP = 0;
  public static final int RIGHT = 1;
  public static final int DOWN = 2;
  public static final int LEFT = 3;

  static final int ROWS = 4;
  static final int COLS = 12;
  static final int NUM_STATES = ROWS * COLS;
  static final int START = 36;
  static final int GOAL = 47;
  static final double CLIFF_REWARD = -100;
  static final double STEP_REWARD = -1;
  private static final int[] ROW_DELTA = {-1, 0, 1, 0};
  private static final int[] COL_DELTA = {0, 1, 0, -1};

  private static final EnvMetadata METADATA =
      new EnvMetadata(List.of("human", "rgb_array", "ansi"), ToyText.RENDER_FPS);
  private static final Map<String, Object> RESET_INFO = Map.of("prob", 1.0);

  private final boolean slippery;
  private final Discrete actionSpace = new Discrete(4);
  private final Discrete observationSpace = new Discrete(NUM_STATES);
  private final double[] initialDistribution = new double[NUM_STATES];
  private final TransitionTable table;
  private final Integer[] boxed = ToyText.boxed(NUM_STATES);
  private final Step<Integer> step = new Step<>();
  private int state = START;
  private int lastAction = -1;

  /**
   * The kwargs of CliffWalking.
   *
   * @param renderMode {@code render_mode}: {@code human}, {@code rgb_array}, {@code ansi} or {@code
   *     null}
   * @param isSlippery {@code is_slippery}: whether moves can slip to the perpendicular directions
   */
  public record Config(
      @Kwarg(doc = "how render() draws: human, rgb_array, ansi or None (see render_modes)")
          String renderMode,
      @Kwarg(defaultValue = "false", doc = "moves can slip to the perpendicular directions")
          boolean isSlippery) {}

  /** The non-slippery cliff, no rendering. */
  public CliffWalkingEnv() {
    this(ConfigBinder.defaults(Config.class));
  }

  /** An env with the given settings. */
  public CliffWalkingEnv(Config config) {
    super(METADATA, config.renderMode(), "CliffWalking-v1");
    ConfigBinder.checked(config, "CliffWalking-v1");
    boolean isSlippery = config.isSlippery();
    this.slippery = isSlippery;
    initialDistribution[START] = 1.0;
    this.table =
        new TransitionTable(
            NUM_STATES,
            4,
            (s, a) ->
                isSlippery
                    ? List.of(
                        move(s, (a + 3) % 4, 1.0 / 3.0),
                        move(s, a, 1.0 / 3.0),
                        move(s, (a + 1) % 4, 1.0 / 3.0))
                    : List.of(move(s, a, 1.0)));
  }

  static boolean isCliff(int row, int col) {
    return row == ROWS - 1 && col >= 1 && col <= COLS - 2;
  }

  /** One outcome: clamp to the grid; the cliff sends the agent back to the start. */
  private static Transition move(int s, int direction, double prob) {
    int row = Math.min(Math.max(s / COLS + ROW_DELTA[direction], 0), ROWS - 1);
    int col = Math.min(Math.max(s % COLS + COL_DELTA[direction], 0), COLS - 1);
    if (isCliff(row, col)) {
      return new Transition(prob, START, CLIFF_REWARD, false);
    }
    int next = row * COLS + col;
    return new Transition(prob, next, STEP_REWARD, next == GOAL);
  }

  @Override
  public int numStates() {
    return NUM_STATES;
  }

  @Override
  public int numActions() {
    return 4;
  }

  @Override
  public List<Transition> transitions(int state, int action) {
    return table.transitions(state, action);
  }

  @Override
  public double[] initialStateDistribution() {
    return initialDistribution.clone();
  }

  // ------------------------------------------------------------------ spaces and facts

  @Override
  public Space<Integer> observationSpace() {
    return observationSpace;
  }

  @Override
  public Space<Integer> actionSpace() {
    return actionSpace;
  }

  public boolean isSlippery() {
    return slippery;
  }

  /** The agent's current cell. */
  public int state() {
    return state;
  }

  /**
   * Puts the agent in {@code newState}, e.g. to replay a situation (Gymnasium's {@code
   * env.unwrapped.s = newState}); the last action is kept.
   */
  public void setState(int newState) {
    if (newState < 0 || newState >= NUM_STATES) {
      throw new IllegalArgumentException(
          "state must be in [0, " + NUM_STATES + "), got " + newState);
    }
    state = newState;
  }

  /** The last action of the episode, or -1 before its first step. */
  public int lastAction() {
    return lastAction;
  }

  // ------------------------------------------------------------------ reset and step

  @Override
  protected Reset<Integer> doReset(Long seed, Map<String, Object> options) {
    state = NpRandom.categoricalSample(initialDistribution, npRandom());
    lastAction = -1;
    return new Reset<>(boxed[state], RESET_INFO);
  }

  @Override
  protected Step<Integer> doStep(Integer action) {
    int a = action;
    int i = table.sample(state, a, npRandom());
    Transition t = table.entry(state, a, i);
    Map<String, Object> info = table.info(state, a, i);
    state = t.nextState();
    lastAction = a;
    return step.set(boxed[state], t.reward(), t.terminated(), false, info);
  }

  // ------------------------------------------------------------------ rendering

  @Override
  public Object render() {
    return "ansi".equals(renderMode()) ? ansi() : super.render();
  }

  /**
   * The text Gymnasium prints: one line per grid row of {@code x} (agent), {@code T} (goal), {@code
   * C} (cliff) and {@code o} cells separated by two spaces, then an empty line.
   */
  public String ansi() {
    StringBuilder b = new StringBuilder();
    for (int s = 0; s < NUM_STATES; s++) {
      int row = s / COLS;
      int col = s % COLS;
      String cell;
      if (s == state) {
        cell = " x ";
      } else if (s == GOAL) {
        cell = " T ";
      } else if (isCliff(row, col)) {
        cell = " C ";
      } else {
        cell = " o ";
      }
      if (col == 0) {
        cell = cell.stripLeading();
      }
      if (col == COLS - 1) {
        cell = cell.stripTrailing() + "\n";
      }
      b.append(cell);
    }
    return b.append('\n').toString();
  }

  private static final int CELL = 60;
  private static final int[] MOUNTAIN = {0x9CBF6E, 0x8DB35E};
  private static final int CLIFF_ROCK = 0x5B4A3B;
  private static final int CLIFF_DARK = 0x3E3128;
  private static final int EDGE = 0x6E5A45;
  private static final int COOKIE = 0xC68E3F;
  private static final int CHOCOLATE = 0x4B2E1E;

  /**
   * The picture of the current state as Gymnasium lays it out (720x240, 60x60 cells, y up): a
   * checkerboard of two ground tiles, cliff tiles, a cliff edge on the cells above the cliff, a
   * stool on the start, a cookie on the goal, and the elf facing its last action (down before any
   * step) drawn 6 px above its cell.
   */
  @Override
  public Scene2D scene() {
    Canvas g = new Canvas(COLS * CELL, ROWS * CELL, MOUNTAIN[0]);
    for (int s = 0; s < NUM_STATES; s++) {
      int row = s / COLS;
      int col = s % COLS;
      double x = col * CELL;
      double y = row * CELL;
      int checker = (row % 2) ^ (col % 2);
      g.rect(x, y, CELL, CELL, MOUNTAIN[checker]);
      if (isCliff(row, col)) {
        g.rect(x, y, CELL, CELL, CLIFF_ROCK);
        g.polygon(CLIFF_DARK, x + 8, y + CELL, x + 22, y + 18, x + 34, y + CELL);
        g.polygon(CLIFF_DARK, x + 32, y + CELL, x + 46, y + 28, x + 56, y + CELL);
      }
      if (row < ROWS - 1 && isCliff(row + 1, col)) {
        g.rect(x, y + CELL - 10, CELL, 10, EDGE);
      }
      if (s == START) {
        g.stool(x, y, CELL, CELL);
      }
      if (s == NUM_STATES - 1) {
        g.circle(x + CELL / 2.0, y + CELL / 2.0, 0.3 * CELL, COOKIE);
        g.circle(x + 24, y + 24, 3, CHOCOLATE);
        g.circle(x + 37, y + 29, 3, CHOCOLATE);
        g.circle(x + 28, y + 38, 3, CHOCOLATE);
      }
      if (s == state) {
        int facing = lastAction < 0 ? DOWN : lastAction;
        g.elf(x, y - 0.1 * CELL, CELL, CELL, FACING[facing]);
      }
    }
    return g.scene();
  }

  /** Elf orientation by action (up, right, down, left). */
  private static final Canvas.Facing[] FACING = {
    Canvas.Facing.UP, Canvas.Facing.RIGHT, Canvas.Facing.DOWN, Canvas.Facing.LEFT
  };
}
