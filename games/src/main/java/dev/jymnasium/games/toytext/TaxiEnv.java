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
 * A taxi on a 5x5 grid picks a passenger up at one of four landmarks and drops them at another
 * (Dietterich, 2000); Gymnasium's {@code Taxi-v4}, draw for draw, with its rainy and
 * fickle-passenger variants.
 *
 * <h2>Description</h2>
 *
 * The map, with walls {@code |} the taxi cannot cross and landmarks R(ed), G(reen), Y(ellow),
 * B(lue):
 *
 * <pre>
 * +---------+
 * |R: | : :G|
 * | : | : : |
 * | : : : : |
 * | | : | : |
 * |Y| : |B: |
 * +---------+
 * </pre>
 *
 * The passenger waits at one landmark and wants to go to another. When rainy, a move goes as
 * intended with probability {@code rainy_probability} and otherwise to one side. A fickle passenger
 * may, once per episode, change their destination on the first move after boarding. The transition
 * table is {@link #transitions(int, int)}.
 *
 * <h2>Action space</h2>
 *
 * {@code Discrete(6)}: 0 south, 1 north, 2 east, 3 west, 4 pickup, 5 dropoff.
 *
 * <h2>Observation space</h2>
 *
 * {@code Discrete(500)}: {@code ((row * 5 + col) * 5 + passenger) * 4 + destination}, with
 * passenger 0-3 at a landmark (R, G, Y, B) or 4 in the taxi, destination 0-3 ({@link #encode},
 * {@link #decode}). 400 states occur during episodes, plus 4 right after a delivery.
 *
 * <h2>Rewards</h2>
 *
 * -1 per step, +20 for delivering the passenger, -10 for an illegal pickup or dropoff.
 *
 * <h2>Starting state</h2>
 *
 * Uniform over the 300 states with the passenger at a landmark other than the destination.
 *
 * <h2>Episode end</h2>
 *
 * Terminated when the passenger is delivered; truncated by the registry's 200-step limit.
 *
 * <h2>Info</h2>
 *
 * {@code prob}: probability of the transition taken (1.0 after reset); {@code action_mask}: a
 * {@code byte[6]} (int8) with 1 for the actions that change the state, for {@code
 * actionSpace().sample(mask)}. The arrays are shared: do not modify them.
 *
 * <h2>Arguments</h2>
 *
 * {@code render_mode} ({@code human}, {@code rgb_array}, {@code ansi}); {@code is_rainy} (false);
 * {@code rainy_probability} (0.8); {@code fickle_passenger} (false); {@code fickle_probability}
 * (0.3).
 *
 * <h2>Version history</h2>
 *
 * v4: rainy and fickle options with configurable probabilities and corrected rainy side moves. v3:
 * map correction, action masks in info. v2: the taxi no longer starts at the destination, new
 * reward threshold. v1: landmark (3,2) removed. v0: initial version.
 */
public final class TaxiEnv extends SceneEnv<Integer, Integer> implements DiscreteModel {
  public static final int SOUTH = 0;
  public static final int NORTH = 1;
  public static final int EAST = 2;
  public static final int WEST = 3;
  public static final int PICKUP = 4;
  public static final int DROPOFF = 5;

  /** Passenger index meaning "in the taxi". */
  public static final int IN_TAXI = 4;

  /** The map text; grid row r is line r + 1, grid column c is character 2c + 1. */
  public static final List<String> MAP =
      List.of(
          "+---------+",
          "|R: | : :G|",
          "| : | : : |",
          "| : : : : |",
          "| | : | : |",
          "|Y| : |B: |",
          "+---------+");

  static final int NUM_STATES = 500;
  static final int NUM_ACTIONS = 6;
  private static final int SIZE = 5;

  /** Landmarks R, G, Y, B as {row, col}. */
  private static final int[][] LOCS = {{0, 0}, {0, 4}, {4, 0}, {4, 3}};

  private static final int[] LOC_COLOURS = {0xFF0000, 0x00FF00, 0xFFFF00, 0x0000FF};
  private static final String[] ACTION_NAMES = {
    "South", "North", "East", "West", "Pickup", "Dropoff"
  };
  private static final String OWNER = "Taxi";
  private static final char[][] GRID = new char[MAP.size()][];

  static {
    for (int i = 0; i < GRID.length; i++) {
      GRID[i] = MAP.get(i).toCharArray();
    }
  }

  private static final EnvMetadata METADATA =
      new EnvMetadata(List.of("human", "rgb_array", "ansi"), ToyText.RENDER_FPS);

  private final boolean rainy;
  private final double rainyProbability;
  private final boolean ficklePassenger;
  private final double fickleProbability;
  private final Discrete actionSpace = new Discrete(NUM_ACTIONS);
  private final Discrete observationSpace = new Discrete(NUM_STATES);
  private final double[] initialDistribution = new double[NUM_STATES];
  private final List<Transition>[][] table;
  private final double[][][] probs;

  /** Which of {@code 1.0, rainy_probability, (1 - rainy_probability) / 2} each entry has. */
  private final int[][][] probSlot;

  /** {@code {"prob": p, "action_mask": mask(s)}} by state and probability slot. */
  private final Map<String, Object>[][] infos;

  private final Integer[] boxed = ToyText.boxed(NUM_STATES);
  private final Step<Integer> step = new Step<>();
  private int state;
  private int lastAction = -1;
  private boolean fickleStep;

  /** Sprite orientation: the last move action (0 south / front view before any move). */
  private int taxiOrientation;

  /**
   * The kwargs of Taxi.
   *
   * @param renderMode {@code render_mode}: {@code human}, {@code rgb_array}, {@code ansi} or {@code
   *     null}
   * @param isRainy {@code is_rainy}: whether moves can slip sideways
   * @param rainyProbability {@code rainy_probability}: probability that a move in the rain goes as
   *     intended, in [0, 1]
   * @param ficklePassenger {@code fickle_passenger}: whether the passenger may change destination
   *     once per episode
   * @param fickleProbability {@code fickle_probability}: probability that the passenger is fickle
   *     this episode, in [0, 1]
   */
  public record Config(
      @Kwarg(doc = "how render() draws: human, rgb_array, ansi or None (see render_modes)")
          String renderMode,
      @Kwarg(defaultValue = "false", doc = "moves can slip sideways") boolean isRainy,
      @Kwarg(
              defaultValue = "0.8",
              min = 0,
              max = 1,
              doc = "probability that a move in the rain goes as intended")
          double rainyProbability,
      @Kwarg(defaultValue = "false", doc = "the passenger may change destination once per episode")
          boolean ficklePassenger,
      @Kwarg(
              defaultValue = "0.3",
              min = 0,
              max = 1,
              doc = "probability that the passenger is fickle this episode")
          double fickleProbability) {}

  /** Dry roads and a patient passenger, no rendering. */
  public TaxiEnv() {
    this(ConfigBinder.defaults(Config.class));
  }

  /**
   * An env with the given settings.
   *
   * @throws IllegalArgumentException naming the kwarg when a probability is outside [0, 1]
   */
  @SuppressWarnings("unchecked")
  public TaxiEnv(Config config) {
    super(METADATA, config.renderMode(), "Taxi-v4");
    Config c = ConfigBinder.checked(config, OWNER);
    this.rainy = c.isRainy();
    this.rainyProbability = c.rainyProbability();
    this.ficklePassenger = c.ficklePassenger();
    this.fickleProbability = c.fickleProbability();
    double side = (1 - rainyProbability) / 2;
    double[] slotProbs = {1.0, rainyProbability, side};

    this.table = new List[NUM_STATES][NUM_ACTIONS];
    this.probs = new double[NUM_STATES][NUM_ACTIONS][];
    this.probSlot = new int[NUM_STATES][NUM_ACTIONS][];
    for (int row = 0; row < SIZE; row++) {
      for (int col = 0; col < SIZE; col++) {
        for (int pass = 0; pass <= IN_TAXI; pass++) {
          for (int dest = 0; dest < 4; dest++) {
            int s = encode(row, col, pass, dest);
            if (pass < IN_TAXI && pass != dest) {
              initialDistribution[s] += 1;
            }
            for (int a = 0; a < NUM_ACTIONS; a++) {
              boolean rainyMove = rainy && a <= WEST;
              table[s][a] =
                  rainyMove
                      ? rainyMove(row, col, pass, dest, a, side)
                      : List.of(dryTransition(row, col, pass, dest, a));
              probs[s][a] = ToyText.probabilities(table[s][a]);
              probSlot[s][a] = rainyMove ? new int[] {1, 2, 2} : new int[] {0};
            }
          }
        }
      }
    }
    double total = 0;
    for (double v : initialDistribution) {
      total += v;
    }
    for (int s = 0; s < NUM_STATES; s++) {
      initialDistribution[s] /= total;
    }

    this.infos = new Map[NUM_STATES][slotProbs.length];
    for (int s = 0; s < NUM_STATES; s++) {
      byte[] mask = actionMask(s);
      for (int k = 0; k < slotProbs.length; k++) {
        infos[s][k] = ToyText.info("prob", slotProbs[k], "action_mask", mask);
      }
    }
  }

  // ------------------------------------------------------------------ state encoding

  /** {@code ((row * 5 + col) * 5 + passenger) * 4 + destination}. */
  public static int encode(int taxiRow, int taxiCol, int passenger, int destination) {
    return ((taxiRow * SIZE + taxiCol) * SIZE + passenger) * 4 + destination;
  }

  /** {@code {taxi row, taxi col, passenger, destination}} of a state. */
  public static int[] decode(int state) {
    if (state < 0 || state >= NUM_STATES) {
      throw new IllegalArgumentException("Taxi state must be in [0, 500), got " + state);
    }
    int dest = state % 4;
    int rest = state / 4;
    int pass = rest % SIZE;
    rest /= SIZE;
    return new int[] {rest / SIZE, rest % SIZE, pass, dest};
  }

  private static boolean eastOpen(int row, int col) {
    return GRID[row + 1][2 * col + 2] == ':';
  }

  private static boolean westOpen(int row, int col) {
    return GRID[row + 1][2 * col] == ':';
  }

  private static int landmarkAt(int row, int col) {
    for (int i = 0; i < LOCS.length; i++) {
      if (LOCS[i][0] == row && LOCS[i][1] == col) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Gymnasium's {@code action_mask(state)}: 1 for a move that is not blocked by the border or a
   * wall, for pickup at the passenger's landmark, for dropoff with the passenger aboard at any
   * landmark.
   */
  public static byte[] actionMask(int state) {
    int[] d = decode(state);
    int row = d[0];
    int col = d[1];
    int pass = d[2];
    byte[] mask = new byte[NUM_ACTIONS];
    mask[SOUTH] = (byte) (row < SIZE - 1 ? 1 : 0);
    mask[NORTH] = (byte) (row > 0 ? 1 : 0);
    mask[EAST] = (byte) (col < SIZE - 1 && eastOpen(row, col) ? 1 : 0);
    mask[WEST] = (byte) (col > 0 && westOpen(row, col) ? 1 : 0);
    mask[PICKUP] = (byte) (pass < IN_TAXI && LOCS[pass][0] == row && LOCS[pass][1] == col ? 1 : 0);
    mask[DROPOFF] = (byte) (pass == IN_TAXI && landmarkAt(row, col) >= 0 ? 1 : 0);
    return mask;
  }

  // ------------------------------------------------------------------ transition table

  /** The deterministic transition: -1 per step, +20 delivery, -10 illegal pickup/dropoff. */
  private static Transition dryTransition(int row, int col, int pass, int dest, int a) {
    int newRow = row;
    int newCol = col;
    int newPass = pass;
    double reward = -1;
    boolean terminated = false;
    switch (a) {
      case SOUTH -> newRow = Math.min(row + 1, SIZE - 1);
      case NORTH -> newRow = Math.max(row - 1, 0);
      case EAST -> newCol = eastOpen(row, col) ? Math.min(col + 1, SIZE - 1) : col;
      case WEST -> newCol = westOpen(row, col) ? Math.max(col - 1, 0) : col;
      case PICKUP -> {
        if (pass < IN_TAXI && LOCS[pass][0] == row && LOCS[pass][1] == col) {
          newPass = IN_TAXI;
        } else {
          reward = -10;
        }
      }
      default -> { // DROPOFF
        int here = landmarkAt(row, col);
        if (pass == IN_TAXI && here == dest) {
          newPass = dest;
          terminated = true;
          reward = 20;
        } else if (pass == IN_TAXI && here >= 0) {
          newPass = here;
        } else {
          reward = -10;
        }
      }
    }
    return new Transition(1.0, encode(newRow, newCol, newPass, dest), reward, terminated);
  }

  /**
   * A move in the rain: as intended with {@code rainy_probability}, else to the heading's left or
   * right side (each half the rest); a move that is impossible stays put in all three outcomes.
   */
  private List<Transition> rainyMove(int row, int col, int pass, int dest, int a, double side) {
    boolean possible =
        switch (a) {
          case SOUTH -> row < SIZE - 1;
          case NORTH -> row > 0;
          case EAST -> eastOpen(row, col);
          default -> westOpen(row, col);
        };
    int here = encode(row, col, pass, dest);
    int intended = here;
    int left = here;
    int right = here;
    if (possible) {
      intended = dryTransition(row, col, pass, dest, a).nextState();
      int[] sides =
          switch (a) {
            case SOUTH -> new int[] {EAST, WEST};
            case NORTH -> new int[] {WEST, EAST};
            case EAST -> new int[] {NORTH, SOUTH};
            default -> new int[] {SOUTH, NORTH};
          };
      left = lateral(row, col, pass, dest, sides[0]);
      right = lateral(row, col, pass, dest, sides[1]);
    }
    return List.of(
        new Transition(rainyProbability, intended, -1, false),
        new Transition(side, left, -1, false),
        new Transition(side, right, -1, false));
  }

  /**
   * A sideways slip: clamped to the grid; east/west slips are blocked by a wall at the new cell.
   */
  private static int lateral(int row, int col, int pass, int dest, int direction) {
    int r = row;
    int c = col;
    switch (direction) {
      case SOUTH -> r = Math.min(row + 1, SIZE - 1);
      case NORTH -> r = Math.max(row - 1, 0);
      case EAST -> {
        int to = Math.min(col + 1, SIZE - 1);
        c = GRID[r + 1][2 * to] == ':' ? to : col;
      }
      default -> {
        int to = Math.max(col - 1, 0);
        c = GRID[r + 1][2 * to + 2] == ':' ? to : col;
      }
    }
    return encode(r, c, pass, dest);
  }

  @Override
  public int numStates() {
    return NUM_STATES;
  }

  @Override
  public int numActions() {
    return NUM_ACTIONS;
  }

  @Override
  public List<Transition> transitions(int state, int action) {
    return table[state][action];
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

  /** The current state. */
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

  /** Whether the passenger of this episode may still change destination. */
  public boolean fickleStep() {
    return fickleStep;
  }

  // ------------------------------------------------------------------ reset and step

  @Override
  protected Reset<Integer> doReset(Long seed, Map<String, Object> options) {
    NpRandom rng = npRandom();
    state = NpRandom.categoricalSample(initialDistribution, rng);
    lastAction = -1;
    taxiOrientation = SOUTH;
    fickleStep = ficklePassenger && rng.random() < fickleProbability;
    return new Reset<>(boxed[state], infos[state][0]);
  }

  @Override
  protected Step<Integer> doStep(Integer action) {
    int a = action;
    NpRandom rng = npRandom();
    int i = NpRandom.categoricalSample(probs[state][a], rng);
    Transition t = table[state][a].get(i);
    int next = t.nextState();
    // A fickle passenger changes their mind on the first move after boarding.
    boolean wasAboard = (state / 4) % SIZE == IN_TAXI;
    if (fickleStep && wasAboard && next / 20 != state / 20) {
      fickleStep = false;
      int dest = next % 4;
      int pick = (int) rng.integers(0, 3);
      int newDest = pick < dest ? pick : pick + 1;
      next += newDest - dest;
    }
    Map<String, Object> info = infos[next][probSlot[state][a][i]];
    state = next;
    lastAction = a;
    if (a <= WEST) {
      taxiOrientation = a;
    }
    return step.set(boxed[next], t.reward(), t.terminated(), false, info);
  }

  // ------------------------------------------------------------------ rendering

  @Override
  public Object render() {
    return "ansi".equals(renderMode()) ? ansi() : super.render();
  }

  /**
   * The text Gymnasium prints: the map with the taxi's cell on a yellow background (green, with a
   * space shown as {@code _}, when carrying the passenger), the passenger's landmark in bold blue,
   * the destination in magenta; then {@code " (South)"} etc. or an empty line.
   */
  public String ansi() {
    String[][] out = new String[GRID.length][];
    for (int r = 0; r < GRID.length; r++) {
      out[r] = new String[GRID[r].length];
      for (int c = 0; c < GRID[r].length; c++) {
        out[r][c] = String.valueOf(GRID[r][c]);
      }
    }
    int[] d = decode(state);
    int tr = 1 + d[0];
    int tc = 2 * d[1] + 1;
    if (d[2] < IN_TAXI) {
      out[tr][tc] = ToyText.colorize(out[tr][tc], ToyText.YELLOW, false, true);
      int pr = 1 + LOCS[d[2]][0];
      int pc = 2 * LOCS[d[2]][1] + 1;
      out[pr][pc] = ToyText.colorize(out[pr][pc], ToyText.BLUE, true, false);
    } else {
      String cell = " ".equals(out[tr][tc]) ? "_" : out[tr][tc];
      out[tr][tc] = ToyText.colorize(cell, ToyText.GREEN, false, true);
    }
    int dr = 1 + LOCS[d[3]][0];
    int dc = 2 * LOCS[d[3]][1] + 1;
    out[dr][dc] = ToyText.colorize(out[dr][dc], ToyText.MAGENTA, false, false);
    StringBuilder b = new StringBuilder();
    for (String[] row : out) {
      for (String cell : row) {
        b.append(cell);
      }
      b.append('\n');
    }
    b.append(lastAction < 0 ? "" : "  (" + ACTION_NAMES[lastAction] + ")").append('\n');
    return b.toString();
  }

  private static final int WIDTH = 550;
  private static final int HEIGHT = 350;
  private static final double CELL_W = WIDTH / 11.0;
  private static final double CELL_H = HEIGHT / 7.0;
  private static final int ROAD = 0xC9C9C9;
  private static final int MEDIAN = 0x5E8C31;
  private static final int TAXI_YELLOW = 0xF5C400;
  private static final int GLASS = 0x2F3B45;
  private static final int TYRE = 0x1B1B1B;
  private static final int PASSENGER_COAT = 0x3A5FCD;
  private static final int SKIN = 0xF2C79A;
  private static final int HOTEL_WALL = 0xB5651D;
  private static final int HOTEL_ROOF = 0x7A3E12;
  private static final int HOTEL_WINDOW = 0xFFE08A;

  /**
   * The picture of the current state as Gymnasium lays it out (550x350, one 50x50 cell per map
   * character, y up): road everywhere, median strips on the walls, half-transparent landmark
   * squares 10 px below their cells, the passenger at their landmark, the destination hotel half a
   * cell above its landmark and the taxi, the lower of the two drawn last.
   */
  @Override
  public Scene2D scene() {
    Canvas g = new Canvas(WIDTH, HEIGHT, ROAD);
    for (int y = 0; y < GRID.length; y++) {
      for (int x = 0; x < GRID[y].length; x++) {
        double px = x * CELL_W;
        double py = y * CELL_H;
        char ch = GRID[y][x];
        if (ch == '|') {
          boolean top = y == 0 || GRID[y - 1][x] != '|';
          boolean bottom = y == GRID.length - 1 || GRID[y + 1][x] != '|';
          double y0 = top ? py + 8 : py;
          double y1 = !top && bottom ? py + CELL_H - 8 : py + CELL_H;
          g.rect(px + 17, y0, 16, y1 - y0, MEDIAN);
        } else if (ch == '-') {
          boolean left = x == 0 || GRID[y][x - 1] != '-';
          boolean right = x == GRID[y].length - 1 || GRID[y][x + 1] != '-';
          double x0 = left ? px + 8 : px;
          double x1 = !left && right ? px + CELL_W - 8 : px + CELL_W;
          g.rect(x0, py + 17, x1 - x0, 16, MEDIAN);
        }
      }
    }
    for (int i = 0; i < LOCS.length; i++) {
      double[] loc = surfaceLocation(LOCS[i][0], LOCS[i][1]);
      g.rect(loc[0], loc[1] + 10, CELL_W, CELL_H, Canvas.blend(LOC_COLOURS[i], ROAD, 128));
    }
    int[] d = decode(state);
    if (d[2] < IN_TAXI) {
      double[] loc = surfaceLocation(LOCS[d[2]][0], LOCS[d[2]][1]);
      passenger(g, loc[0], loc[1]);
    }
    double[] dest = surfaceLocation(LOCS[d[3]][0], LOCS[d[3]][1]);
    double[] taxi = surfaceLocation(d[0], d[1]);
    double hotelY = dest[1] - Math.floor(CELL_H / 2);
    if (dest[1] <= taxi[1]) {
      hotel(g, dest[0], hotelY);
      taxi(g, taxi[0], taxi[1], taxiOrientation);
    } else {
      taxi(g, taxi[0], taxi[1], taxiOrientation);
      hotel(g, dest[0], hotelY);
    }
    return g.scene();
  }

  /** Top-left pixel (pygame coordinates) of grid cell (row, col). */
  private static double[] surfaceLocation(int row, int col) {
    return new double[] {(col * 2 + 1) * CELL_W, (row + 1) * CELL_H};
  }

  private static void passenger(Canvas g, double x, double y) {
    g.rect(x + 17, y + 22, 16, 18, PASSENGER_COAT);
    g.rect(x + 18, y + 40, 5, 8, GLASS);
    g.rect(x + 27, y + 40, 5, 8, GLASS);
    g.circle(x + 25, y + 15, 7, SKIN);
  }

  private static void hotel(Canvas g, double x, double y) {
    int alpha = 170;
    g.rect(x + 8, y + 12, 34, 36, Canvas.blend(HOTEL_WALL, ROAD, alpha));
    g.polygon(Canvas.blend(HOTEL_ROOF, ROAD, alpha), x + 5, y + 12, x + 45, y + 12, x + 25, y + 2);
    int window = Canvas.blend(HOTEL_WINDOW, HOTEL_WALL, alpha);
    for (int r = 0; r < 3; r++) {
      for (int c = 0; c < 2; c++) {
        g.rect(x + 13 + 16 * c, y + 16 + 10 * r, 8, 6, window);
      }
    }
  }

  private static void taxi(Canvas g, double x, double y, int orientation) {
    if (orientation == SOUTH || orientation == NORTH) {
      g.rect(x + 10, y + 6, 30, 40, TAXI_YELLOW);
      double glassY = orientation == SOUTH ? y + 32 : y + 10;
      g.rect(x + 13, glassY, 24, 8, GLASS);
      g.rect(x + 19, y + 22, 12, 6, TYRE);
    } else {
      g.rect(x + 4, y + 14, 42, 22, TAXI_YELLOW);
      double glassX = orientation == EAST ? x + 30 : x + 8;
      g.rect(glassX, y + 17, 12, 9, GLASS);
      g.circle(x + 13, y + 37, 5, TYRE);
      g.circle(x + 37, y + 37, 5, TYRE);
    }
  }
}
