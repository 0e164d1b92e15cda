package dev.jymnasium.games.minatar;

import dev.jymnasium.env.EnvMetadata;
import dev.jymnasium.env.Reset;
import dev.jymnasium.env.Step;
import dev.jymnasium.env.registry.ConfigBinder;
import dev.jymnasium.env.registry.Kwarg;
import dev.jymnasium.env.render.SceneEnv;
import dev.jymnasium.env.rng.RandomState;
import dev.jymnasium.env.spaces.Box;
import dev.jymnasium.env.spaces.DType;
import dev.jymnasium.env.spaces.Discrete;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
   * @param difficultyRamping {@code difficulty_ramping}: accepted as in MinAtar; the games here do
   *     not ramp
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
      @Kwarg(defaultValue = "true", doc = "accepted as in MinAtar; the games here do not ramp")
          boolean difficultyRamping,
      @Kwarg(defaultValue = "false", doc = "the game's minimal action set instead of all six")
          boolean useMinimalActionSet) {}

  /** The game's randomness, made at the first reset. */
  protected RandomState random;

  /** Set by {@link #act} when the game is over. */
  protected boolean terminal;

  /** The observation, reused on every step: stepping allocates nothing. */
  protected final byte[] obs;

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
    this.actionSet = c.useMinimalActionSet() ? minimalActions : FULL;
    this.actionSpace = new Discrete(actionSet.length);
    this.observationSpace = Box.of(0, 1, new int[] {SIZE, SIZE, channels}, DType.UINT8);
    this.obs = new byte[SIZE * SIZE * channels];
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
    if (seed != null) {
      random = new RandomState(seed);
      lastAction = NOOP;
    } else if (random == null) {
      random = new RandomState(npRandom().integers(0, 1L << 32));
    }
    terminal = false;
    resetGame();
    return new Reset<>(observe(), info);
  }

  @Override
  protected final Step<byte[]> doStep(Integer action) {
    int a = actionSet[action];
    if (random.rand() < stickyActionProb) {
      a = lastAction;
    }
    lastAction = a;
    if (terminal) {
      return step.set(observe(), 0, true, false, info);
    }
    double reward = act(a);
    return step.set(observe(), reward, terminal, false, info);
  }

  /** Starts a new game, drawing from {@link #random} in MinAtar's order. */
  protected abstract void resetGame();

  /** Plays full-set action {@code a} for one step; sets {@link #terminal}; returns the reward. */
  protected abstract double act(int a);

  /** Fills {@link #obs} from the game state and returns it. */
  protected abstract byte[] observe();
}
