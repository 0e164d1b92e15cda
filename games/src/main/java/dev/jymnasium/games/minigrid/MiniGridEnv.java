package dev.jymnasium.games.minigrid;

import dev.jymnasium.env.EnvMetadata;
import dev.jymnasium.env.Reset;
import dev.jymnasium.env.Step;
import dev.jymnasium.env.registry.Kwarg;
import dev.jymnasium.env.render.RgbFrame;
import dev.jymnasium.env.render.Scene2D;
import dev.jymnasium.env.render.SceneEnv;
import dev.jymnasium.env.spaces.Box;
import dev.jymnasium.env.spaces.Dict;
import dev.jymnasium.env.spaces.Discrete;
import dev.jymnasium.env.spaces.Text;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The base of the Minigrid envs (Farama-Foundation/Minigrid's {@code MiniGridEnv}): a grid of
 * {@link WorldObj}s, an agent with a position, a heading and at most one carried object, seven
 * actions, and an egocentric partial view.
 *
 * <h2>Action space</h2>
 *
 * {@code Discrete(7)}: 0 turn left, 1 turn right, 2 move forward, 3 pick up the object ahead, 4
 * drop the carried object ahead, 5 toggle (open/close a door, open a box) ahead, 6 done (no effect
 * unless the env gives it one).
 *
 * <h2>Observation space</h2>
 *
 * {@code Dict(image: Box(0, 255, (V, V, 3), uint8), direction: Discrete(4), mission: Text)} with
 * {@code V = agent_view_size}. {@code image[x][y]} (column first, as numpy indexes it) encodes the
 * cell {@code V-1-y} steps ahead and {@code x - V/2} steps to the right of the agent as {@code
 * (type, color, state)} (see {@link WorldObj}); the agent sits at {@code (V/2, V-1)} and its own
 * cell shows what it carries. Cells outside the grid are walls. Unless {@code see_through_walls},
 * cells hidden behind walls and closed doors encode as {@code (0, 0, 0)}: visibility spreads row by
 * row away from the agent, left to right then right to left, from every visible see-through cell to
 * its side neighbour and the cells in front. {@code direction}: 0 east (+x), 1 south (+y, rows grow
 * downwards), 2 west, 3 north. {@code mission}: the task in words.
 *
 * <h2>Rewards</h2>
 *
 * {@code 1 - 0.9 * step_count / max_steps} on success (reaching the goal, unless the env says
 * otherwise), 0 otherwise.
 *
 * <h2>Episode end</h2>
 *
 * Terminated on success, on stepping into lava, or as the env says; truncated once {@code
 * step_count >= max_steps} (both can hold at once).
 */
public abstract class MiniGridEnv extends SceneEnv<Map<String, Object>, Integer> {
  public static final int LEFT = 0;
  public static final int RIGHT = 1;
  public static final int FORWARD = 2;
  public static final int PICKUP = 3;
  public static final int DROP = 4;
  public static final int TOGGLE = 5;
  public static final int DONE = 6;

  /** Forward unit vectors by direction: east, south, west, north. */
  static final int[] DX = {1, 0, -1, 0};

  static final int[] DY = {0, 1, 0, -1};

  /** Missions are lower-case words; the space admits any such text up to this length. */
  static final int MISSION_MAX_LENGTH = 256;

  static final String MISSION_CHARSET = " ,abcdefghijklmnopqrstuvwxyz";

  private static final EnvMetadata METADATA = new EnvMetadata(List.of("human", "rgb_array"), 10);

  /** Rejection sampling of a free cell gives up after this many draws (the original never does). */
  protected static final int MAX_PLACE_TRIES = 1_000_000;

  /** What cells outside the grid show. */
  private static final WorldObj OUTSIDE = WorldObj.wall();

  /** The flag of {@link #code} for cells the agent sees past. */
  static final int SEE_BEHIND = 1 << 24;

  static final int OUTSIDE_CODE = code(OUTSIDE);

  /**
   * The kwargs every Minigrid env takes.
   *
   * @param renderMode {@code render_mode}: {@code human}, {@code rgb_array} or null
   * @param agentViewSize {@code agent_view_size}: side of the square view, odd, at least 3
   * @param maxSteps {@code max_steps}: the step limit, null for the env's default
   * @param seeThroughWalls {@code see_through_walls}: skip the visibility computation; null for the
   *     env's default
   * @param highlight {@code highlight}: lighten the cells the agent sees in renders
   * @param tileSize {@code tile_size}: pixels per cell in renders
   */
  public record Options(
      @Kwarg(doc = "how render() draws: human, rgb_array or None (see render_modes)")
          String renderMode,
      @Kwarg(defaultValue = "7", min = 3, max = 99, doc = "side of the agent's square view (odd)")
          int agentViewSize,
      @Kwarg(min = 1, doc = "step limit; None: the env's default") Integer maxSteps,
      @Kwarg(doc = "see through walls and closed doors; None: the env's default")
          Boolean seeThroughWalls,
      @Kwarg(defaultValue = "true", doc = "lighten the cells the agent sees in renders")
          boolean highlight,
      @Kwarg(defaultValue = "32", min = 4, max = 256, doc = "pixels per cell in renders")
          int tileSize) {
    /** Checks what the annotations cannot say. */
    public Options {
      if (agentViewSize % 2 == 0) {
        throw new IllegalArgumentException(
            "kwarg 'agent_view_size' must be odd (the agent sits in the middle column), got "
                + agentViewSize);
      }
    }
  }

  protected final int width;
  protected final int height;
  protected final int maxSteps;
  private final boolean seeThroughWalls;
  private final int viewSize;
  private final boolean highlight;

  /** Cells highlighted in pictures, row-major. */
  private final boolean[] lit;

  /** The view's cells with those the agent does not see emptied, for the view's picture. */
  private final WorldObj[] seenCells;

  /** Draws the pixel frames, made for the last tile size asked. */
  private TileRaster raster;

  private final int tileSize;
  private final Discrete actionSpace = new Discrete(7);
  private final Dict observationSpace;

  /** Reused on every step: stepping allocates nothing. */
  private final byte[] image;

  private final WorldObj[] view;

  /** The view's cells as {@link #code}s, row-major like {@link #view}. */
  private final int[] codes;

  private final boolean[] visible;
  private final Map<String, Object> obs = new LinkedHashMap<>();
  private final Step<Map<String, Object>> step = new Step<>();

  protected Grid grid;
  protected int agentX;
  protected int agentY;
  protected int agentDir;
  protected WorldObj carrying;
  protected int stepCount;
  protected String mission = "";

  /** Reward and termination of the step under way; {@link #afterAction} may change them. */
  protected double reward;

  protected boolean terminated;

  /** Whether the step under way reached {@code max_steps}. */
  protected boolean truncated;

  /**
   * @param options the shared kwargs
   * @param title window title (the env id)
   * @param width grid columns, walls included
   * @param height grid rows, walls included
   * @param defaultMaxSteps step limit when {@code max_steps} is None
   * @param defaultSeeThroughWalls visibility rule when {@code see_through_walls} is None
   */
  protected MiniGridEnv(
      Options options,
      String title,
      int width,
      int height,
      int defaultMaxSteps,
      boolean defaultSeeThroughWalls) {
    super(METADATA, options.renderMode(), title);
    this.width = width;
    this.height = height;
    this.maxSteps = options.maxSteps() == null ? defaultMaxSteps : options.maxSteps();
    this.seeThroughWalls =
        options.seeThroughWalls() == null ? defaultSeeThroughWalls : options.seeThroughWalls();
    this.viewSize = options.agentViewSize();
    this.highlight = options.highlight();
    this.tileSize = options.tileSize();
    this.image = new byte[viewSize * viewSize * 3];
    this.view = new WorldObj[viewSize * viewSize];
    this.codes = new int[viewSize * viewSize];
    this.visible = new boolean[viewSize * viewSize];
    this.lit = new boolean[width * height];
    this.seenCells = new WorldObj[viewSize * viewSize];
    this.observationSpace =
        Dict.ordered(
            "image",
            Box.uint8(viewSize, viewSize, 3),
            "direction",
            new Discrete(4),
            "mission",
            new Text(MISSION_MAX_LENGTH, 0, MISSION_CHARSET));
    this.grid = new Grid(width, height);
  }

  @Override
  public Dict observationSpace() {
    return observationSpace;
  }

  @Override
  public Discrete actionSpace() {
    return actionSpace;
  }

  // ------------------------------------------------------------------ generation

  /** Builds the grid, places the agent and sets the mission, drawing from {@link #npRandom()}. */
  protected abstract void genGrid();

  /** {@code integers(low, high)}: an int in {@code [low, high)}. */
  protected int randInt(int low, int high) {
    return (int) npRandom().integers(low, high);
  }

  /** Minigrid's {@code _rand_bool}: {@code integers(0, 2) == 0}. */
  protected boolean randBool() {
    return randInt(0, 2) == 0;
  }

  /** Minigrid's {@code _rand_elem}: one {@code integers(0, n)} draw. */
  protected <T> T randElem(List<T> items) {
    return items.get(randInt(0, items.size()));
  }

  /** Minigrid's {@code _rand_color}: a colour index from the alphabetically sorted names. */
  protected int randColor() {
    return WorldObj.SORTED_COLORS[randInt(0, WorldObj.SORTED_COLORS.length)];
  }

  /** Puts {@code obj} at {@code (x, y)}. */
  protected void putObj(WorldObj obj, int x, int y) {
    grid.set(x, y, obj);
  }

  /** Cells that {@link #placeObj} must not use besides occupied ones. */
  @FunctionalInterface
  protected interface Reject {
    /** Whether {@code (x, y)} is refused. */
    boolean test(int x, int y);
  }

  /** The cell chosen by the last successful {@link #tryPlaceObj}. */
  protected int placedX;

  protected int placedY;

  /**
   * Minigrid's {@code place_obj}: draws {@code x} then {@code y} uniformly in the {@code w x h}
   * rectangle from {@code (topX, topY)} (clipped to the grid) until the cell is empty, not the
   * agent's and not rejected, then puts {@code obj} there and records the cell in {@link #placedX}
   * and {@link #placedY}.
   *
   * @param reject extra refusals, or null
   * @param maxTries the original's {@code max_tries}: it gives up after {@code max_tries + 1} draws
   * @return false when it gave up (the original raises)
   */
  protected boolean tryPlaceObj(
      WorldObj obj, int topX, int topY, int w, int h, Reject reject, int maxTries) {
    int x0 = Math.max(topX, 0);
    int y0 = Math.max(topY, 0);
    for (int tries = 0; tries <= maxTries; tries++) {
      int x = randInt(x0, Math.min(x0 + w, width));
      int y = randInt(y0, Math.min(y0 + h, height));
      if (grid.get(x, y) != null
          || (x == agentX && y == agentY)
          || (reject != null && reject.test(x, y))) {
        continue;
      }
      grid.set(x, y, obj);
      placedX = x;
      placedY = y;
      return true;
    }
    return false;
  }

  /**
   * {@link #tryPlaceObj} that fails loudly.
   *
   * @return the cell as {@code {x, y}}
   * @throws IllegalStateException when no cell was found
   */
  protected int[] placeObj(
      WorldObj obj, int topX, int topY, int w, int h, Reject reject, int maxTries) {
    if (!tryPlaceObj(obj, topX, topY, w, h, reject, maxTries)) {
      throw new IllegalStateException("no free cell found to place " + obj);
    }
    return new int[] {placedX, placedY};
  }

  /** {@link #placeObj(WorldObj, int, int, int, int, Reject, int)} without extra refusals. */
  protected int[] placeObj(WorldObj obj, int topX, int topY, int w, int h) {
    return placeObj(obj, topX, topY, w, h, null, MAX_PLACE_TRIES);
  }

  /** {@link #placeObj(WorldObj, int, int, int, int)} anywhere on the grid. */
  protected int[] placeObj(WorldObj obj) {
    return placeObj(obj, 0, 0, width, height);
  }

  /**
   * Minigrid's {@code place_agent}: a free cell as {@link #placeObj}, then a random direction with
   * {@code integers(0, 4)} when {@code randDir}.
   */
  protected void placeAgent(int topX, int topY, int w, int h, boolean randDir) {
    placeAgent(topX, topY, w, h, randDir, MAX_PLACE_TRIES);
  }

  /** {@link #placeAgent(int, int, int, int, boolean)} giving up after {@code maxTries} draws. */
  protected void placeAgent(int topX, int topY, int w, int h, boolean randDir, int maxTries) {
    agentX = -1;
    agentY = -1;
    int[] pos = placeObj(null, topX, topY, w, h, null, maxTries);
    agentX = pos[0];
    agentY = pos[1];
    if (randDir) {
      agentDir = randInt(0, 4);
    }
  }

  // ------------------------------------------------------------------ reset and step

  @Override
  protected Reset<Map<String, Object>> doReset(Long seed, Map<String, Object> options) {
    agentX = -1;
    agentY = -1;
    agentDir = -1;
    grid = new Grid(width, height);
    genGrid();
    carrying = null;
    stepCount = 0;
    return new Reset<>(observe(), Map.of());
  }

  @Override
  protected final Step<Map<String, Object>> doStep(Integer action) {
    advance(action);
    return step.set(observe(), reward, terminated, truncated, Map.of());
  }

  /**
   * The game part of a step, without the observation (the vector env calls it): sets {@link
   * #reward}, {@link #terminated} and {@link #truncated}. Envs with rules before the base dynamics
   * override it and call {@code super.advance}.
   */
  protected void advance(int action) {
    stepCount++;
    reward = 0;
    terminated = false;
    int fx = agentX + DX[agentDir];
    int fy = agentY + DY[agentDir];
    WorldObj ahead = grid.get(fx, fy);
    switch (action) {
      case LEFT -> agentDir = (agentDir + 3) % 4;
      case RIGHT -> agentDir = (agentDir + 1) % 4;
      case FORWARD -> {
        if (ahead == null || ahead.canOverlap()) {
          agentX = fx;
          agentY = fy;
        }
        if (ahead != null && ahead.type() == WorldObj.GOAL) {
          terminated = true;
          reward = successReward();
        }
        if (ahead != null && ahead.type() == WorldObj.LAVA) {
          terminated = true;
        }
      }
      case PICKUP -> {
        if (ahead != null && ahead.canPickup() && carrying == null) {
          carrying = ahead;
          grid.set(fx, fy, null);
        }
      }
      case DROP -> {
        if (ahead == null && carrying != null) {
          grid.set(fx, fy, carrying);
          carrying = null;
        }
      }
      case TOGGLE -> {
        if (ahead != null && ahead.type() == WorldObj.DOOR) {
          ahead.toggleDoor(carrying);
        } else if (ahead != null && ahead.type() == WorldObj.BOX) {
          grid.set(fx, fy, ahead.contains());
        }
      }
      default -> {} // DONE
    }
    afterAction(action, fx, fy, ahead);
    truncated = stepCount >= maxSteps;
  }

  /**
   * Env-specific rules after the base dynamics, before the observation: may change {@link #reward}
   * and {@link #terminated}.
   *
   * @param action the action taken
   * @param fx column of the cell that was ahead before the action
   * @param fy row of that cell
   * @param ahead what that cell held before the action
   */
  protected void afterAction(int action, int fx, int fy, WorldObj ahead) {}

  /** {@code 1 - 0.9 * step_count / max_steps}. */
  protected double successReward() {
    return 1 - 0.9 * ((double) stepCount / maxSteps);
  }

  // ------------------------------------------------------------------ observation

  private Map<String, Object> observe() {
    encodeView(image, 0);
    obs.put("image", image);
    obs.put("direction", agentDir);
    obs.put("mission", mission);
    return obs;
  }

  /**
   * Writes the observation's {@code image} ({@code [x][y][3]}, {@code V·V·3} bytes) into {@code
   * out} from {@code offset}.
   */
  final void encodeView(byte[] out, int offset) {
    computeCodes();
    int v = viewSize;
    for (int x = 0; x < v; x++) {
      for (int y = 0; y < v; y++) {
        int o = offset + (x * v + y) * 3;
        int cell = y * v + x;
        int c = visible[cell] ? codes[cell] : 0;
        out[o] = (byte) c;
        out[o + 1] = (byte) (c >> 8);
        out[o + 2] = (byte) (c >> 16);
      }
    }
  }

  /**
   * A cell as one int: {@code type | color << 8 | state << 16}, plus {@link #SEE_BEHIND} when the
   * agent sees past it (the view reads each object once this way).
   */
  static int code(WorldObj obj) {
    if (obj == null) {
      return WorldObj.EMPTY | SEE_BEHIND;
    }
    return obj.type() | obj.color() << 8 | obj.state() << 16 | (obj.seeBehind() ? SEE_BEHIND : 0);
  }

  /**
   * Fills {@link #codes} ({@code codes[y * V + x]}) with the cells the agent faces, as {@link
   * #computeView} does with objects, and {@link #visible} with what it sees.
   */
  private void computeCodes() {
    int v = viewSize;
    int half = v / 2;
    int fx = DX[agentDir];
    int fy = DY[agentDir];
    int rx = -fy;
    int ry = fx;
    for (int y = 0; y < v; y++) {
      int ahead = v - 1 - y;
      for (int x = 0; x < v; x++) {
        int side = x - half;
        int wx = agentX + ahead * fx + side * rx;
        int wy = agentY + ahead * fy + side * ry;
        codes[y * v + x] = grid.inside(wx, wy) ? code(grid.get(wx, wy)) : OUTSIDE_CODE;
      }
    }
    if (seeThroughWalls) {
      Arrays.fill(visible, true);
    } else {
      propagateVisibility(half, v - 1);
    }
    codes[(v - 1) * v + half] = code(carrying);
  }

  /**
   * Fills {@link #view} ({@code view[y * V + x]}) with the cells the agent faces and {@link
   * #visible} with what it sees; the agent's own cell then shows what it carries.
   */
  private void computeView() {
    int v = viewSize;
    int half = v / 2;
    int fx = DX[agentDir];
    int fy = DY[agentDir];
    // Right of heading (fx, fy) is (-fy, fx) with rows growing downwards.
    int rx = -fy;
    int ry = fx;
    for (int y = 0; y < v; y++) {
      int ahead = v - 1 - y;
      for (int x = 0; x < v; x++) {
        int side = x - half;
        int wx = agentX + ahead * fx + side * rx;
        int wy = agentY + ahead * fy + side * ry;
        WorldObj cell = grid.inside(wx, wy) ? grid.get(wx, wy) : OUTSIDE;
        view[y * v + x] = cell;
        codes[y * v + x] = code(cell);
      }
    }
    if (seeThroughWalls) {
      Arrays.fill(visible, true);
    } else {
      propagateVisibility(half, v - 1);
    }
    view[(v - 1) * v + half] = carrying;
  }

  /** Minigrid's {@code process_vis} from the agent's view cell {@code (ax, ay)}. */
  private void propagateVisibility(int ax, int ay) {
    int v = viewSize;
    Arrays.fill(visible, false);
    visible[ay * v + ax] = true;
    for (int y = v - 1; y >= 0; y--) {
      for (int x = 0; x < v - 1; x++) {
        if (!visible[y * v + x] || (codes[y * v + x] & SEE_BEHIND) == 0) {
          continue;
        }
        visible[y * v + x + 1] = true;
        if (y > 0) {
          visible[(y - 1) * v + x + 1] = true;
          visible[(y - 1) * v + x] = true;
        }
      }
      for (int x = v - 1; x > 0; x--) {
        if (!visible[y * v + x] || (codes[y * v + x] & SEE_BEHIND) == 0) {
          continue;
        }
        visible[y * v + x - 1] = true;
        if (y > 0) {
          visible[(y - 1) * v + x - 1] = true;
          visible[(y - 1) * v + x] = true;
        }
      }
    }
  }

  // ------------------------------------------------------------------ facts

  /** The grid as generated and changed by the episode so far. */
  public Grid grid() {
    return grid;
  }

  /** The agent's cell as {@code {x, y}}. */
  public int[] agentPos() {
    return new int[] {agentX, agentY};
  }

  /** The agent's column, {@code agent_pos[0]}; unlike {@link #agentPos()} it allocates nothing. */
  public int agentX() {
    return agentX;
  }

  /** The agent's row, {@code agent_pos[1]}. */
  public int agentY() {
    return agentY;
  }

  /** The agent's heading: 0 east, 1 south, 2 west, 3 north. */
  public int agentDir() {
    return agentDir;
  }

  /** What the agent carries, or null. */
  public WorldObj carrying() {
    return carrying;
  }

  public int stepCount() {
    return stepCount;
  }

  public int maxSteps() {
    return maxSteps;
  }

  public String mission() {
    return mission;
  }

  /** Whether the agent sees through walls and closed doors ({@code see_through_walls}). */
  boolean seeThroughWalls() {
    return seeThroughWalls;
  }

  public int agentViewSize() {
    return viewSize;
  }

  /** Whether pictures lighten the cells the agent sees (kwarg {@code highlight}). */
  public boolean highlight() {
    return highlight;
  }

  /**
   * Writes the whole grid encoded as Minigrid's {@code FullyObsWrapper} does into {@code out}
   * ({@code [width][height][3]}, column first), the agent's cell as {@code (10, 0, direction)}.
   */
  public void fullEncoding(byte[] out) {
    grid.encode(out);
    int o = (agentX * height + agentY) * 3;
    out[o] = WorldObj.AGENT;
    out[o + 1] = WorldObj.RED;
    out[o + 2] = (byte) agentDir;
  }

  // ------------------------------------------------------------------ rendering

  /**
   * The whole grid as Minigrid draws it, {@code tile_size} pixels per cell: cells the agent sees
   * lightened when {@code highlight} is on, the agent as a red triangle pointing ahead.
   */
  @Override
  public Scene2D scene() {
    return TileRenderer.render(
        grid, agentX, agentY, agentDir, litCells(highlight && agentDir >= 0), tileSize);
  }

  /**
   * {@code rgb_array}: the frame pixel for pixel as Minigrid's {@code render()} returns it ({@link
   * #fullFrame}), drawn in Java without the render backend; {@code human}: a window.
   */
  @Override
  public Object render() {
    if (!"rgb_array".equals(renderMode())) {
      return super.render();
    }
    byte[] rgb = new byte[width * tileSize * height * tileSize * 3];
    fullFrame(tileSize, highlight, rgb);
    return new RgbFrame(width * tileSize, height * tileSize, rgb);
  }

  /**
   * The whole grid's picture pixel for pixel as Minigrid's {@code get_frame(highlight, tile_size)}:
   * {@code height·tileSize x width·tileSize x 3} bytes, row-major, into {@code out}.
   */
  public void fullFrame(int tileSize, boolean highlightSeen, byte[] out) {
    boolean[] lit = litCells(highlightSeen);
    raster(tileSize).draw(grid.cells(), width, height, agentX, agentY, agentDir, lit, out);
  }

  /**
   * The agent's view pixel for pixel as Minigrid's {@code get_frame(tile_size=...,
   * agent_pov=True)}: the {@code agent_view_size} square ahead of the agent, agent at the bottom
   * centre pointing up, the cells it sees lightened; {@code view·tileSize x view·tileSize x 3}
   * bytes into {@code out}.
   */
  public void povFrame(int tileSize, byte[] out) {
    computeView();
    // Minigrid's process_vis empties the cells the agent does not see.
    for (int k = 0; k < view.length; k++) {
      seenCells[k] = visible[k] ? view[k] : null;
    }
    int v = viewSize;
    raster(tileSize).draw(seenCells, v, v, v / 2, v - 1, 3, visible, out);
  }

  private TileRaster raster(int tileSize) {
    if (raster == null || raster.tileSize() != tileSize) {
      raster = new TileRaster(tileSize);
    }
    return raster;
  }

  /** Which cells of the grid the agent sees, row-major; none unless {@code wanted}. */
  private boolean[] litCells(boolean wanted) {
    Arrays.fill(lit, false);
    if (!wanted) {
      return lit;
    }
    computeView();
    int v = viewSize;
    for (int y = 0; y < v; y++) {
      for (int x = 0; x < v; x++) {
        int wx = agentX + (v - 1 - y) * DX[agentDir] - (x - v / 2) * DY[agentDir];
        int wy = agentY + (v - 1 - y) * DY[agentDir] + (x - v / 2) * DX[agentDir];
        if (visible[y * v + x] && grid.inside(wx, wy)) {
          lit[wy * width + wx] = true;
        }
      }
    }
    return lit;
  }
}
