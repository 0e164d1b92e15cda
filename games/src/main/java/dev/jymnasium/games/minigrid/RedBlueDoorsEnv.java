package dev.jymnasium.games.minigrid;

import dev.jymnasium.env.registry.ConfigBinder;
import dev.jymnasium.env.registry.Kwarg;

/**
 * Open the red door, then the blue one; Minigrid's {@code MiniGrid-RedBlueDoors-*-v0}.
 *
 * <h2>Description</h2>
 *
 * A {@code 2 size x size} grid with a {@code size x size} room in its middle: a closed red door in
 * the room's left wall and a closed blue door in its right wall, at random rows. The agent starts
 * in the room and must open the red door first.
 *
 * <h2>Action space, observation space</h2>
 *
 * As every Minigrid env ({@link MiniGridEnv}); walls and closed doors hide what is behind them.
 *
 * <h2>Rewards</h2>
 *
 * {@code 1 - 0.9 * step_count / max_steps} when the blue door opens while the red one was open
 * before the step; 0 otherwise.
 *
 * <h2>Starting state</h2>
 *
 * Drawn in this order: the agent's cell in the room and its heading; the red door's row; the blue
 * door's row (both in {@code [1, size-1)}).
 *
 * <h2>Episode end</h2>
 *
 * Terminated when the blue door is open after a step (success only if the red one was open before),
 * or when the red door is open after a step that began with the blue one open; truncated after
 * {@code max_steps} (default {@code 20 * size^2}).
 *
 * <h2>Arguments</h2>
 *
 * {@code size} (8) and the shared {@link MiniGridEnv.Options}.
 *
 * <h2>Version history</h2>
 *
 * v0: as Minigrid 3.x.
 */
public final class RedBlueDoorsEnv extends MiniGridEnv {
  static final String MISSION = "open the red door then the blue door";

  /**
   * The kwargs of RedBlueDoors.
   *
   * @param size {@code size}: side of the room and height of the grid
   * @param options the shared Minigrid kwargs
   */
  public record Config(
      @Kwarg(defaultValue = "8", min = 4, max = 128, doc = "side of the room, walls included")
          int size,
      Options options) {}

  private final int size;
  private WorldObj red;
  private WorldObj blue;
  private boolean redBefore;
  private boolean blueBefore;

  /** The 8x8 room. */
  public RedBlueDoorsEnv() {
    this(ConfigBinder.defaults(Config.class));
  }

  /** An env with the given settings. */
  public RedBlueDoorsEnv(Config config) {
    super(
        ConfigBinder.checked(config, "MiniGrid-RedBlueDoors").options(),
        "MiniGrid-RedBlueDoors",
        2 * config.size(),
        config.size(),
        20 * config.size() * config.size(),
        false);
    this.size = config.size();
  }

  @Override
  protected void genGrid() {
    grid.wallRect(0, 0, 2 * size, size);
    grid.wallRect(size / 2, 0, size, size);
    placeAgent(size / 2, 0, size, size, true);
    red = WorldObj.door(WorldObj.RED, false, false);
    grid.set(size / 2, randInt(1, size - 1), red);
    blue = WorldObj.door(WorldObj.BLUE, false, false);
    grid.set(size / 2 + size - 1, randInt(1, size - 1), blue);
    mission = MISSION;
  }

  @Override
  protected void advance(int action) {
    redBefore = red.isOpen();
    blueBefore = blue.isOpen();
    super.advance(action);
  }

  @Override
  protected void afterAction(int action, int fx, int fy, WorldObj ahead) {
    if (blue.isOpen()) {
      reward = redBefore ? successReward() : 0;
      terminated = true;
    } else if (red.isOpen() && blueBefore) {
      reward = 0;
      terminated = true;
    }
  }
}
