package com.example.goleft;

import dev.jymnasium.env.EnvMetadata;
import dev.jymnasium.env.Reset;
import dev.jymnasium.env.Step;
import dev.jymnasium.env.registry.ConfigBinder;
import dev.jymnasium.env.registry.Kwarg;
import dev.jymnasium.env.render.Scene2D;
import dev.jymnasium.env.render.SceneEnv;
import dev.jymnasium.env.spaces.Box;
import dev.jymnasium.env.spaces.Discrete;
import java.util.List;
import java.util.Map;

/**
 * A corridor of cells with the goal at the left end: the smallest env worth registering, and the
 * template that {@code docs/adding-an-env.md} walks through.
 *
 * <h2>Description</h2>
 * The agent stands on one of {@code size} cells in a row, numbered 0 (the goal, at the left) to
 * {@code size - 1} (the right end), and walks one cell per step until it reaches cell 0.
 *
 * <h2>Action space</h2>
 * {@code Discrete(2)}: 0 steps left, 1 steps right. A step right from the right end stays there.
 *
 * <h2>Observation space</h2>
 * {@code Box(0.0, size - 1, (1,), float32)}: the agent's cell.
 *
 * <h2>Rewards</h2>
 * 1 on the step that reaches cell 0, 0 on every other step.
 *
 * <h2>Starting state</h2>
 * Cell {@code size - 1}. With {@code random_start}, a cell drawn uniformly from {@code 1 .. size -
 * 1} by the env's generator (numpy's {@code np_random.integers(1, size)}).
 *
 * <h2>Episode end</h2>
 * Terminated on reaching cell 0; truncated by the registry's time limit of 100 steps.
 *
 * <h2>Arguments</h2>
 * See {@link Config}: {@code render_mode}, {@code size} (10), {@code random_start} (false).
 *
 * <h2>Version history</h2>
 * v0: initial version.
 *
 * <h2>Differences from the original</h2>
 * Modelled on the {@code GoLeftEnv} of Stable-Baselines3's custom-env tutorial (grid size 10,
 * always starting at the right end, reward 1 at the left end). Added: the {@code random_start}
 * kwarg, a time limit, and a picture instead of text.
 */
public final class GoLeftEnv extends SceneEnv<float[], Integer> {
  /** Registry id. */
  public static final String ID = "example/GoLeft-v0";
  /** Action: one cell left. */
  public static final int LEFT = 0;
  /** Action: one cell right. */
  public static final int RIGHT = 1;

  private static final EnvMetadata METADATA = new EnvMetadata(List.of("human", "rgb_array"), 4);
  private static final int WIDTH_PX = 600;
  private static final int HEIGHT_PX = 80;

  private final int size;
  private final boolean randomStart;
  private final Discrete actionSpace = new Discrete(2);
  private final Box<float[]> observationSpace;
  /** Reused on every step: stepping allocates nothing. */
  private final float[] obs = new float[1];
  private final Step<float[]> step = new Step<>();
  private int position;

  /**
   * The kwargs of GoLeft.
   *
   * @param renderMode {@code render_mode}: {@code human}, {@code rgb_array} or {@code null}
   * @param size {@code size}: number of cells, 2 to 100
   * @param randomStart {@code random_start}: start on a random cell instead of the right end
   */
  public record Config(
      @Kwarg(doc = "how render() draws: human, rgb_array or None (see render_modes)") String renderMode,
      @Kwarg(defaultValue = "10", min = 2, max = 100, doc = "number of cells in the corridor") int size,
      @Kwarg(defaultValue = "false", doc = "start on a random cell instead of the right end")
          boolean randomStart) {}

  /** Default settings, no rendering. */
  public GoLeftEnv() {
    this(ConfigBinder.defaults(Config.class));
  }

  /**
   * An env with the given settings.
   *
   * @throws IllegalArgumentException naming the kwarg when a setting is out of range
   */
  public GoLeftEnv(Config config) {
    super(METADATA, config.renderMode(), ID);
    // Gym.make has checked the kwargs already; a record made in Java is checked here alike.
    Config c = ConfigBinder.checked(config, ID);
    this.size = c.size();
    this.randomStart = c.randomStart();
    this.observationSpace = Box.float32(0, size - 1, 1);
  }

  @Override
  public Box<float[]> observationSpace() {
    return observationSpace;
  }

  @Override
  public Discrete actionSpace() {
    return actionSpace;
  }

  /** The agent's cell. */
  public int position() {
    return position;
  }

  @Override
  protected Reset<float[]> doReset(Long seed, Map<String, Object> options) {
    // reset(seed) has already re-seeded npRandom(); reset() continues its stream.
    position = randomStart ? (int) npRandom().integers(1, size) : size - 1;
    return new Reset<>(observe(), Map.of());
  }

  @Override
  protected Step<float[]> doStep(Integer action) {
    // The base class has checked that action is in Discrete(2).
    position = action == LEFT ? position - 1 : Math.min(position + 1, size - 1);
    boolean atGoal = position == 0;
    return step.set(observe(), atGoal ? 1.0 : 0.0, atGoal, false, Map.of());
  }

  private float[] observe() {
    obs[0] = position;
    return obs;
  }

  /** The corridor: grey cells, the goal cell green, the agent a blue disc (y up, origin bottom-left). */
  @Override
  public Scene2D scene() {
    Scene2D s = new Scene2D(WIDTH_PX, HEIGHT_PX, 0xFFFFFF);
    double cell = (double) WIDTH_PX / size;
    double y0 = (HEIGHT_PX - cell) / 2;
    s.rect(0, y0, cell, y0 + cell, 0x66CC66);
    for (int i = 0; i < size; i++) {
      s.rectOutline(i * cell, y0, (i + 1) * cell, y0 + cell, 0x808080, 1);
    }
    s.circle((position + 0.5) * cell, HEIGHT_PX / 2.0, cell * 0.35, 0x3366CC);
    return s;
  }
}
