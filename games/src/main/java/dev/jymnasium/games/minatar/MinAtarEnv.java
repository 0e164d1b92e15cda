package dev.jymnasium.games.minatar;

import dev.jymnasium.env.EnvMetadata;
import dev.jymnasium.env.Reset;
import dev.jymnasium.env.Step;
import dev.jymnasium.env.registry.ConfigBinder;
import dev.jymnasium.env.registry.Kwarg;
import dev.jymnasium.env.render.Scene2D;
import dev.jymnasium.env.render.SceneEnv;
import dev.jymnasium.env.rng.RandomState;
import dev.jymnasium.env.spaces.Box;
import dev.jymnasium.env.spaces.DType;
import dev.jymnasium.env.spaces.Discrete;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * What every MinAtar game shares (kenjyoung/MinAtar's {@code Environment}): the 10x10 grid of
 * binary channels, the full and minimal action sets, sticky actions and numpy's legacy {@code
 * RandomState}. {@code reset(seed)} makes {@code RandomState(seed)} (seeds up to {@code 2^32 - 1});
 * each step first draws {@code random_sample()}: below {@code sticky_action_prob} the previous
 * action (in the full set) repeats instead of the given one. The previous action survives unseeded
 * resets, as in MinAtar; a seeded reset sets it to no-op, so a seed fixes the whole episode.
 */
public abstract class MinAtarEnv extends SceneEnv<byte[], Integer> {
  /** Full-set actions. */
  public static final int NOOP = 0;

  public static final int LEFT = 1;
  public static final int UP = 2;
  public static final int RIGHT = 3;
  public static final int DOWN = 4;
  public static final int FIRE = 5;

  static final int SIZE = 10;
  private static final int[] FULL = {NOOP, LEFT, UP, RIGHT, DOWN, FIRE};
  private static final EnvMetadata METADATA = new EnvMetadata(List.of("human", "rgb_array"), 10);

  /**
   * The kwargs of every MinAtar game.
   *
   * @param renderMode {@code render_mode}: {@code human}, {@code rgb_array} or null
   * @param stickyActionProb {@code sticky_action_prob}: chance that the previous action repeats
   * @param difficultyRamping {@code difficulty_ramping}: whether Asterix, Seaquest and Space
   *     Invaders speed up as the game goes on (Breakout and Freeway never do)
   * @param useMinimalActionSet {@code use_minimal_action_set}: the game's 3 actions instead of 6
   */
  public record Config(
      @Kwarg(doc = "how render() draws: human, rgb_array or None (see render_modes)")
          String renderMode,
      @Kwarg(
              defaultValue = "0.1",
              min = 0,
              max = 1,
              doc = "chance that the previous action repeats")
          double stickyActionProb,
      @Kwarg(
              defaultValue = "true",
              doc = "whether the game speeds up as it goes on (Breakout and Freeway never do)")
          boolean difficultyRamping,
      @Kwarg(defaultValue = "false", doc = "the game's minimal action set instead of all six")
          boolean useMinimalActionSet) {}

  /** The game's randomness, made at the first reset. */
  protected RandomState random;

  /** Set by {@link #act} when the game is over. */
  protected boolean terminal;

  /**
   * Where the observation is drawn, reused on every step (stepping allocates nothing): the env's
   * own array, or a slice of a vector env's batch buffer from {@link #obsOffset}.
   */
  protected byte[] obs;

  /** Index of the observation's first byte in {@link #obs}. */
  protected int obsOffset;

  /** Whether the game ramps its difficulty up ({@code difficulty_ramping}). */
  protected final boolean ramping;

  private final int channels;
  private final int obsSize;

  private final double stickyActionProb;
  private final int[] actionSet;
  private final Discrete actionSpace;
  private final Box<byte[]> observationSpace;
  private final Map<String, Object> info = new HashMap<>();
  private final Step<byte[]> step = new Step<>();
  private int lastAction = NOOP;

  /**
   * @param game the game's name in the id ({@code "Breakout"})
   * @param channels observation channels
   * @param minimalActions the minimal action set, as full-set actions
   */
  protected MinAtarEnv(Config config, String game, int channels, int[] minimalActions) {
    super(METADATA, config.renderMode(), id(game, config));
    Config c = ConfigBinder.checked(config, id(game, config));
    this.stickyActionProb = c.stickyActionProb();
    this.ramping = c.difficultyRamping();
    this.channels = channels;
    this.actionSet = c.useMinimalActionSet() ? minimalActions : FULL;
    this.actionSpace = new Discrete(actionSet.length);
    this.observationSpace = Box.of(0, 1, new int[] {SIZE, SIZE, channels}, DType.UINT8);
    this.obsSize = SIZE * SIZE * channels;
    this.obs = new byte[obsSize];
  }

  private static String id(String game, Config config) {
    return "MinAtar/" + game + (config.useMinimalActionSet() ? "-v1" : "-v0");
  }

  @Override
  public Box<byte[]> observationSpace() {
    return observationSpace;
  }

  @Override
  public Discrete actionSpace() {
    return actionSpace;
  }

  @Override
  protected final Reset<byte[]> doReset(Long seed, Map<String, Object> options) {
    restart(seed);
    return new Reset<>(observe(), info);
  }

  @Override
  protected final Step<byte[]> doStep(Integer action) {
    double reward = advance(action);
    return step.set(observe(), reward, terminal, false, info);
  }

  /**
   * The game part of a reset, without the {@code Env} bookkeeping (the vector env calls it): a seed
   * makes a new {@code RandomState} and forgets the previous action; no seed continues the stream,
   * or seeds from {@link #npRandom()} on the first reset.
   */
  final void restart(Long seed) {
    if (seed != null) {
      random = new RandomState(seed);
      lastAction = NOOP;
    } else if (random == null) {
      random = new RandomState(npRandom().integers(0, 1L << 32));
    }
    terminal = false;
    resetGame();
  }

  /**
   * The game part of a step (the vector env calls it): the sticky-action draw, then action index
   * {@code action} of this env's action set, unless the game is over (reward 0, still terminal).
   *
   * @return the reward; {@link #terminal} tells whether the game is over
   */
  final double advance(int action) {
    int a = actionSet[action];
    if (random.rand() < stickyActionProb) {
      a = lastAction;
    }
    lastAction = a;
    return terminal ? 0 : act(a);
  }

  /** {@code sticky_action_prob}, for the batched rules. */
  final double stickyActionProb() {
    return stickyActionProb;
  }

  /** The full-set action of each action index, shared (not a copy), for the batched rules. */
  final int[] sharedActionSet() {
    return actionSet;
  }

  /** Whether the game is over. */
  final boolean isTerminal() {
    return terminal;
  }

  /**
   * Makes {@link #observe} draw into {@code buffer} from {@code offset} instead of the env's own
   * array (the vector env's batch buffer); the next drawing is a full one.
   */
  void drawInto(byte[] buffer, int offset) {
    obs = buffer;
    obsOffset = offset;
  }

  /** Starts a new game, drawing from {@link #random} in MinAtar's order. */
  protected abstract void resetGame();

  /** Plays full-set action {@code a} for one step; sets {@link #terminal}; returns the reward. */
  protected abstract double act(int a);

  /** Fills the observation from the game state and returns {@link #obs}. */
  protected abstract byte[] observe();

  /**
   * The full-set action ({@link #NOOP} ... {@link #FIRE}) that each action index stands for: all
   * six in order for v0 ids, the game's minimal set for v1 ids.
   */
  public int[] actionSet() {
    return actionSet.clone();
  }

  /**
   * How many times the game has sped up in this episode (MinAtar's {@code difficulty_ramp()});
   * empty for the games that never ramp.
   */
  public OptionalInt difficultyRamp() {
    return OptionalInt.empty();
  }

  /** Sets channel {@code c} of the cell at column {@code x}, row {@code y} of {@link #obs}. */
  protected final void mark(int x, int y, int c) {
    obs[obsOffset + (y * SIZE + x) * channels + c] = 1;
  }

  /** Clears the observation. */
  protected final void clearObs() {
    Arrays.fill(obs, obsOffset, obsOffset + obsSize, (byte) 0);
  }

  // ------------------------------------------------------------------ rendering

  private static final int CELL = 24;
  private static final int BACKGROUND = 0x000000;

  /** One RGB colour per observation channel, in channel order. */
  protected abstract int[] channelColours();

  /**
   * The 10 x 10 grid, 24 pixels per cell; a cell shows its highest set channel in that channel's
   * colour, as MinAtar's display does (with its own palette).
   */
  @Override
  public Scene2D scene() {
    int[] colours = channelColours();
    Scene2D s = new Scene2D(SIZE * CELL, SIZE * CELL, BACKGROUND);
    for (int y = 0; y < SIZE; y++) {
      for (int x = 0; x < SIZE; x++) {
        int top = -1;
        for (int c = 0; c < channels; c++) {
          if (obs[obsOffset + (y * SIZE + x) * channels + c] != 0) {
            top = c;
          }
        }
        if (top >= 0) {
          double px = x * CELL;
          double py = (SIZE - 1 - y) * CELL;
          s.rect(px + 1, py + 1, px + CELL - 1, py + CELL - 1, colours[top]);
        }
      }
    }
    return s;
  }
}
