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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Crossing a frozen lake from the start tile to the goal without falling into a hole, on ice that
 * may be slippery; Gymnasium's {@code FrozenLake-v1} and {@code FrozenLake8x8-v1}, draw for draw.
 *
 * <h2>Description</h2>
 *
 * The lake is a grid of tiles: {@code S} start, {@code F} frozen, {@code H} hole, {@code G} goal.
 * On slippery ice the agent moves in the intended direction only with probability {@code
 * success_rate} and otherwise to one of the two perpendicular directions. Moves off the grid leave
 * the agent in place. The transition table is {@link #transitions(int, int)}.
 *
 * <h2>Action space</h2>
 *
 * {@code Discrete(4)}: 0 left, 1 down, 2 right, 3 up.
 *
 * <h2>Observation space</h2>
 *
 * {@code Discrete(nrow * ncol)}: the agent's tile {@code row * ncol + col}, row 0 at the top (16
 * states on the 4x4 map, 64 on the 8x8 map).
 *
 * <h2>Rewards</h2>
 *
 * {@code reward_schedule = (goal, hole, frozen)}, default {@code (1, 0, 0)}: the reward for the
 * tile the agent moves onto.
 *
 * <h2>Starting state</h2>
 *
 * Uniform over the {@code S} tiles (one {@code random()} draw even with a single start).
 *
 * <h2>Episode end</h2>
 *
 * Terminated on reaching a hole or the goal; truncated by the registry's time limit (100 steps for
 * 4x4, 200 for 8x8).
 *
 * <h2>Info</h2>
 *
 * {@code prob}: the probability of the transition taken (1.0 after reset).
 *
 * <h2>Arguments</h2>
 *
 * {@code render_mode} ({@code human}, {@code rgb_array}, {@code ansi}); {@code desc} (rows of the
 * map as strings, overrides {@code map_name}); {@code map_name} ({@code "4x4"} or {@code "8x8"};
 * with {@code desc} also null a random 8x8 map from an unseeded generator); {@code is_slippery}
 * (true); {@code success_rate} (1/3); {@code reward_schedule} (1, 0, 0).
 *
 * <h2>Version history</h2>
 *
 * v1: bug fixes to rewards; Gymnasium 1.x added {@code success_rate} and {@code reward_schedule}.
 * v0: initial version.
 */
public final class FrozenLakeEnv extends SceneEnv<Integer, Integer> implements DiscreteModel {
  public static final int LEFT = 0;
  public static final int DOWN = 1;
  public static final int RIGHT = 2;
  public static final int UP = 3;

  /** The named maps, rows top to bottom. */
  public static final Map<String, List<String>> MAPS;

  static {
    Map<String, List<String>> maps = new LinkedHashMap<>();
    maps.put("4x4", List.of("SFFF", "FHFH", "FFFH", "HFFG"));
    maps.put(
        "8x8",
        List.of(
            "SFFFFFFF",
            "FFFFFFFF",
            "FFFHFFFF",
            "FFFFFHFF",
            "FFFHFFFF",
            "FHHFFFHF",
            "FHFFHFHF",
            "FFFHFFFG"));
    MAPS = Collections.unmodifiableMap(maps);
  }

  private static final String OWNER = "FrozenLake";
  private static final String[] ACTION_NAMES = {"Left", "Down", "Right", "Up"};
  private static final int[] ROW_DELTA = {0, 1, 0, -1};
  private static final int[] COL_DELTA = {-1, 0, 1, 0};

  /** Random maps give up after this many rejected boards instead of looping forever. */
  private static final int MAX_RANDOM_MAP_TRIES = 1_000_000;

  private static final EnvMetadata METADATA =
      new EnvMetadata(List.of("human", "rgb_array", "ansi"), ToyText.RENDER_FPS);
  private static final Map<String, Object> RESET_INFO = Map.of("prob", 1.0);

  private final char[][] desc;
  private final int nrow;
  private final int ncol;
  private final boolean slippery;
  private final double successRate;
  private final double[] rewardSchedule;
  private final Discrete actionSpace = new Discrete(4);
  private final Discrete observationSpace;
  private final double[] initialDistribution;
  private final TransitionTable table;
  private final Integer[] boxed;
  private final Step<Integer> step = new Step<>();
  private int state;

  /** The last action, or -1 before the first step of an episode. */
  private int lastAction = -1;

  /**
   * The kwargs of FrozenLake.
   *
   * @param renderMode {@code render_mode}: {@code human}, {@code rgb_array}, {@code ansi} or {@code
   *     null}
   * @param desc {@code desc}: map rows ({@code S F H G}), or {@code null} to use {@code mapName}
   * @param mapName {@code map_name}: {@code "4x4"} or {@code "8x8"}; with {@code desc} also null, a
   *     random 8x8 map
   * @param isSlippery {@code is_slippery}: whether moves can slip to the perpendicular directions
   * @param successRate {@code success_rate}: probability of moving as intended on slippery ice
   * @param rewardSchedule {@code reward_schedule}: rewards for reaching a goal, a hole and a
   *     frozen/start tile
   */
  public record Config(
      @Kwarg(doc = "how render() draws: human, rgb_array, ansi or None (see render_modes)")
          String renderMode,
      @Kwarg(doc = "map rows of S, F, H, G tiles; None uses map_name") List<String> desc,
      @Kwarg(
              defaultValue = "4x4",
              oneOf = {"4x4", "8x8"},
              acceptsNone = true,
              doc = "named map when desc is None; None too: a random 8x8 map")
          String mapName,
      @Kwarg(defaultValue = "true", doc = "moves can slip to the perpendicular directions")
          boolean isSlippery,
      @Kwarg(
              defaultValue = "0.3333333333333333",
              min = 0,
              max = 1,
              doc = "probability of moving as intended on slippery ice")
          double successRate,
      @Kwarg(defaultValue = "1, 0, 0", doc = "rewards for reaching a goal, a hole, a frozen tile")
          double[] rewardSchedule) {}

  /** The 4x4 slippery map with Gymnasium's defaults, no rendering. */
  public FrozenLakeEnv() {
    this(ConfigBinder.defaults(Config.class));
  }

  /**
   * An env with the given settings.
   *
   * @throws IllegalArgumentException naming the kwarg when a setting is invalid
   */
  public FrozenLakeEnv(Config config) {
    super(METADATA, config.renderMode(), "FrozenLake-v1");
    Config c = ConfigBinder.checked(config, OWNER);
    List<String> desc = c.desc();
    String mapName = c.mapName();
    double[] rewardSchedule = c.rewardSchedule();
    List<String> rows;
    if (desc == null && mapName == null) {
      rows = generateRandomMap();
    } else if (desc == null) {
      rows = MAPS.get(mapName);
      if (rows == null) {
        throw ToyText.invalid(
            OWNER,
            "map_name",
            "unknown map name '" + mapName + "'; known maps: " + String.join(", ", MAPS.keySet()));
      }
    } else {
      rows = desc;
    }
    this.desc = parseDesc(rows);
    this.nrow = this.desc.length;
    this.ncol = this.desc[0].length;
    this.slippery = c.isSlippery();
    this.successRate = c.successRate();
    if (rewardSchedule == null || rewardSchedule.length != 3) {
      throw ToyText.invalid(
          OWNER,
          "reward_schedule",
          "must hold 3 numbers (goal, hole, frozen), got "
              + (rewardSchedule == null ? "null" : rewardSchedule.length + " values"));
    }
    for (double r : rewardSchedule) {
      if (!Double.isFinite(r)) {
        throw ToyText.invalid(OWNER, "reward_schedule", "rewards must be finite, got " + r);
      }
    }
    this.rewardSchedule = rewardSchedule;

    int n = nrow * ncol;
    this.observationSpace = new Discrete(n);
    this.boxed = ToyText.boxed(n);
    this.initialDistribution = new double[n];
    int starts = 0;
    for (int s = 0; s < n; s++) {
      if (tile(s) == 'S') {
        initialDistribution[s] = 1.0;
        starts++;
      }
    }
    for (int s = 0; s < n; s++) {
      initialDistribution[s] /= starts;
    }

    this.table = new TransitionTable(n, 4, this::buildTransitions);
  }

  // ------------------------------------------------------------------ maps

  /** A random valid 8x8 map with 80 % frozen tiles from an unseeded generator. */
  public static List<String> generateRandomMap() {
    return generateRandomMap(8, 0.8, null);
  }

  /**
   * Gymnasium's {@code generate_random_map}: boards drawn from their own generator seeded with
   * {@code seed}, each cell frozen with probability {@code p} (one {@code random()} per cell,
   * row-major), start at the top-left, goal at the bottom-right; a board is redrawn in full until
   * the goal is reachable from the start without crossing a hole.
   *
   * @param size side length, {@code >= 2}
   * @param p probability of a frozen tile, {@code > 0} (values above 1 count as 1)
   * @param seed seed of the generator, or {@code null} for OS entropy
   * @return the map rows, top to bottom
   */
  public static List<String> generateRandomMap(int size, double p, Long seed) {
    if (size < 2) {
      throw new IllegalArgumentException("random map size must be >= 2, got " + size);
    }
    if (!(p > 0)) {
      throw new IllegalArgumentException("random map frozen probability p must be > 0, got " + p);
    }
    if (seed != null && seed < 0) {
      throw new IllegalArgumentException("seed must be >= 0, got " + seed);
    }
    NpRandom rng = seed == null ? NpRandom.fromEntropy() : NpRandom.of(seed);
    double frozen = Math.min(1.0, p);
    double[] weights = {frozen, 1.0 - frozen};
    int[] cells = new int[size * size];
    char[][] board = new char[size][size];
    for (int attempt = 0; attempt < MAX_RANDOM_MAP_TRIES; attempt++) {
      rng.choice(weights, cells);
      for (int r = 0; r < size; r++) {
        for (int c = 0; c < size; c++) {
          board[r][c] = cells[r * size + c] == 0 ? 'F' : 'H';
        }
      }
      board[0][0] = 'S';
      board[size - 1][size - 1] = 'G';
      if (goalReachable(board)) {
        List<String> rows = new ArrayList<>(size);
        for (char[] row : board) {
          rows.add(new String(row));
        }
        return List.copyOf(rows);
      }
    }
    throw new IllegalStateException(
        "no valid "
            + size
            + "x"
            + size
            + " map after "
            + MAX_RANDOM_MAP_TRIES
            + " boards with p="
            + p
            + "; use a larger p");
  }

  /** Depth-first search from the top-left over non-hole tiles for a tile next to the goal. */
  private static boolean goalReachable(char[][] board) {
    int size = board.length;
    boolean[][] seen = new boolean[size][size];
    ArrayDeque<int[]> frontier = new ArrayDeque<>();
    frontier.push(new int[] {0, 0});
    while (!frontier.isEmpty()) {
      int[] rc = frontier.pop();
      if (seen[rc[0]][rc[1]]) {
        continue;
      }
      seen[rc[0]][rc[1]] = true;
      for (int d = 0; d < 4; d++) {
        int r = rc[0] + ROW_DELTA[d];
        int c = rc[1] + COL_DELTA[d];
        if (r < 0 || r >= size || c < 0 || c >= size) {
          continue;
        }
        if (board[r][c] == 'G') {
          return true;
        }
        if (board[r][c] != 'H') {
          frontier.push(new int[] {r, c});
        }
      }
    }
    return false;
  }

  private static char[][] parseDesc(List<String> rows) {
    if (rows.isEmpty()) {
      throw ToyText.invalid(OWNER, "desc", "the map has no rows");
    }
    int width = rows.get(0) == null ? 0 : rows.get(0).length();
    if (width == 0) {
      throw ToyText.invalid(OWNER, "desc", "row 0 is empty");
    }
    char[][] out = new char[rows.size()][];
    boolean hasStart = false;
    boolean hasGoal = false;
    for (int r = 0; r < out.length; r++) {
      String row = rows.get(r);
      if (row == null || row.length() != width) {
        throw ToyText.invalid(
            OWNER,
            "desc",
            "rows must all have the same length: row 0 has "
                + width
                + " tiles, row "
                + r
                + " has "
                + (row == null ? "none" : row.length()));
      }
      out[r] = row.toCharArray();
      for (int c = 0; c < width; c++) {
        char t = out[r][c];
        if ("SFHG".indexOf(t) < 0) {
          throw ToyText.invalid(
              OWNER,
              "desc",
              "unknown tile '"
                  + t
                  + "' at row "
                  + r
                  + ", column "
                  + c
                  + "; tiles are S (start), F (frozen), H (hole), G (goal)");
        }
        hasStart |= t == 'S';
        hasGoal |= t == 'G';
      }
    }
    if (!hasStart) {
      throw ToyText.invalid(OWNER, "desc", "the map has no start tile 'S'");
    }
    if (!hasGoal) {
      throw ToyText.invalid(OWNER, "desc", "the map has no goal tile 'G'");
    }
    return out;
  }

  private char tile(int s) {
    return desc[s / ncol][s % ncol];
  }

  // ------------------------------------------------------------------ transition table

  private List<Transition> buildTransitions(int s, int a) {
    char t = tile(s);
    if (t == 'G' || t == 'H') {
      return List.of(new Transition(1.0, s, 0, true));
    }
    if (!slippery) {
      return List.of(move(s, a, 1.0));
    }
    double fail = (1.0 - successRate) / 2.0;
    return List.of(move(s, (a + 3) % 4, fail), move(s, a, successRate), move(s, (a + 1) % 4, fail));
  }

  private Transition move(int s, int direction, double prob) {
    int row = Math.min(Math.max(s / ncol + ROW_DELTA[direction], 0), nrow - 1);
    int col = Math.min(Math.max(s % ncol + COL_DELTA[direction], 0), ncol - 1);
    int next = row * ncol + col;
    char t = desc[row][col];
    double reward = t == 'G' ? rewardSchedule[0] : t == 'H' ? rewardSchedule[1] : rewardSchedule[2];
    return new Transition(prob, next, reward, t == 'G' || t == 'H');
  }

  @Override
  public int numStates() {
    return nrow * ncol;
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

  /** The map rows, top to bottom. */
  public List<String> desc() {
    List<String> rows = new ArrayList<>(nrow);
    for (char[] row : desc) {
      rows.add(new String(row));
    }
    return List.copyOf(rows);
  }

  public int nrow() {
    return nrow;
  }

  public int ncol() {
    return ncol;
  }

  /** Gymnasium's {@code reward_range}: the smallest and largest scheduled reward. */
  public double[] rewardRange() {
    double lo = Math.min(rewardSchedule[0], Math.min(rewardSchedule[1], rewardSchedule[2]));
    double hi = Math.max(rewardSchedule[0], Math.max(rewardSchedule[1], rewardSchedule[2]));
    return new double[] {lo, hi};
  }

  /** The agent's current tile. */
  public int state() {
    return state;
  }

  /**
   * Puts the agent in {@code newState}, e.g. to replay a situation (Gymnasium's {@code
   * env.unwrapped.s = newState}); the last action is kept.
   */
  public void setState(int newState) {
    if (newState < 0 || newState >= numStates()) {
      throw new IllegalArgumentException(
          "state must be in [0, " + numStates() + "), got " + newState);
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
   * The text Gymnasium prints: {@code " (Left)"} etc. for the last action (an empty line before the
   * first step), then the map with the agent's tile on a red background.
   */
  public String ansi() {
    StringBuilder b = new StringBuilder();
    b.append(lastAction < 0 ? "" : "  (" + ACTION_NAMES[lastAction] + ")").append('\n');
    int row = state / ncol;
    int col = state % ncol;
    for (int r = 0; r < nrow; r++) {
      for (int c = 0; c < ncol; c++) {
        String t = String.valueOf(desc[r][c]);
        b.append(r == row && c == col ? ToyText.colorize(t, ToyText.RED, false, true) : t);
      }
      b.append('\n');
    }
    return b.toString();
  }

  private static final int ICE = 0xD4EBF7;
  private static final int ICE_OUTLINE = 0xB4C8E6; // (180, 200, 230)
  private static final int HOLE_RIM = 0x9CC4DE;
  private static final int HOLE_WATER = 0x1F4E79;
  private static final int CRACK = 0xF4FAFD;
  private static final int GIFT = 0xC0392B;
  private static final int RIBBON = 0xF1C40F;

  /**
   * The picture of the current state as Gymnasium lays it out (y up): window {@code (min(64 ncol,
   * 512), min(64 nrow, 512))}, per cell an ice tile, then a hole, a goal present or a stool on the
   * start, then a 1-px outline; the elf faces the last action (down before any step), or a cracked
   * hole replaces it when it stands in a hole.
   */
  @Override
  public Scene2D scene() {
    int width = Math.min(64 * ncol, 512);
    int height = Math.min(64 * nrow, 512);
    int cw = width / ncol;
    int ch = height / nrow;
    Canvas g = new Canvas(width, height, 0x000000);
    for (int y = 0; y < nrow; y++) {
      for (int x = 0; x < ncol; x++) {
        double px = x * cw;
        double py = y * ch;
        g.rect(px, py, cw, ch, ICE);
        switch (desc[y][x]) {
          case 'H' -> hole(g, px, py, cw, ch);
          case 'G' -> gift(g, px, py, cw, ch);
          case 'S' -> g.stool(px, py, cw, ch);
          default -> {}
        }
        g.outline(px, py, cw, ch, ICE_OUTLINE, 1);
      }
    }
    int row = state / ncol;
    int col = state % ncol;
    double px = col * cw;
    double py = row * ch;
    if (desc[row][col] == 'H') {
      hole(g, px, py, cw, ch);
      double cx = px + cw / 2.0;
      double cy = py + ch / 2.0;
      for (int k = 0; k < 6; k++) {
        double angle = k * Math.PI / 3 + 0.3;
        g.line(
            cx + 0.36 * cw * Math.cos(angle),
            cy + 0.32 * ch * Math.sin(angle),
            cx + 0.48 * cw * Math.cos(angle),
            cy + 0.46 * ch * Math.sin(angle),
            CRACK,
            2);
      }
    } else {
      int facing = lastAction < 0 ? DOWN : lastAction;
      g.elf(px, py, cw, ch, Canvas.Facing.values()[facing]);
    }
    return g.scene();
  }

  private static void hole(Canvas g, double x, double y, double w, double h) {
    double r = 0.42 * Math.min(w, h);
    g.circle(x + w / 2, y + h / 2, r, HOLE_RIM);
    g.circle(x + w / 2, y + h / 2, 0.82 * r, HOLE_WATER);
  }

  private static void gift(Canvas g, double x, double y, double w, double h) {
    g.rect(x + 0.22 * w, y + 0.30 * h, 0.56 * w, 0.50 * h, GIFT);
    g.rect(x + 0.46 * w, y + 0.30 * h, 0.08 * w, 0.50 * h, RIBBON);
    g.rect(x + 0.22 * w, y + 0.50 * h, 0.56 * w, 0.08 * h, RIBBON);
    g.polygon(
        RIBBON, x + 0.50 * w, y + 0.30 * h, x + 0.36 * w, y + 0.18 * h, x + 0.36 * w, y + 0.30 * h);
    g.polygon(
        RIBBON, x + 0.50 * w, y + 0.30 * h, x + 0.64 * w, y + 0.18 * h, x + 0.64 * w, y + 0.30 * h);
  }
}
