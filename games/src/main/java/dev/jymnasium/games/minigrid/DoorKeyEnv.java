package dev.jymnasium.games.minigrid;

import dev.jymnasium.env.registry.ConfigBinder;
import dev.jymnasium.env.registry.Kwarg;

/**
 * Pick up the key, unlock the door, reach the goal; Minigrid's {@code MiniGrid-DoorKey-*-v0}.
 *
 * <h2>Description</h2>
 *
 * A {@code size x size} room split by a wall at a random column with a locked yellow door; the
 * agent and a yellow key are on the left side, the goal in the bottom-right corner. The sparse
 * reward makes it hard without exploration.
 *
 * <h2>Action space, observation space</h2>
 *
 * As every Minigrid env ({@link MiniGridEnv}); walls and the closed door hide what is behind them.
 *
 * <h2>Rewards</h2>
 *
 * {@code 1 - 0.9 * step_count / max_steps} on reaching the goal, else 0.
 *
 * <h2>Starting state</h2>
 *
 * Drawn in this order: the wall column in {@code [2, size-2)}; the agent's cell left of it and its
 * heading; the door row in {@code [1, size-2)}; the key's cell left of the wall.
 *
 * <h2>Episode end</h2>
 *
 * Terminated at the goal; truncated after {@code max_steps} (default {@code 10 * size^2}).
 *
 * <h2>Arguments</h2>
 *
 * {@code size} (8) and the shared {@link MiniGridEnv.Options}.
 *
 * <h2>Version history</h2>
 *
 * v0: as Minigrid 3.x.
 */
public final class DoorKeyEnv extends MiniGridEnv {
  static final String MISSION = "use the key to open the door and then get to the goal";

  /**
   * The kwargs of DoorKey.
   *
   * @param size {@code size}: grid side, walls included
   * @param options the shared Minigrid kwargs
   */
  public record Config(
      @Kwarg(defaultValue = "8", min = 5, max = 256, doc = "grid side, walls included") int size,
      Options options) {}

  /** The 8x8 room. */
  public DoorKeyEnv() {
    this(ConfigBinder.defaults(Config.class));
  }

  /** An env with the given settings. */
  public DoorKeyEnv(Config config) {
    super(
        ConfigBinder.checked(config, "MiniGrid-DoorKey").options(),
        "MiniGrid-DoorKey",
        config.size(),
        config.size(),
        10 * config.size() * config.size(),
        false);
  }

  @Override
  protected void genGrid() {
    grid.wallRect(0, 0, width, height);
    putObj(WorldObj.goal(), width - 2, height - 2);
    int split = randInt(2, width - 2);
    grid.vertWall(split, 0);
    placeAgent(0, 0, split, height, true);
    int doorRow = randInt(1, height - 2);
    putObj(WorldObj.door(WorldObj.YELLOW, false, true), split, doorRow);
    placeObj(WorldObj.key(WorldObj.YELLOW), 0, 0, split, height);
    mission = MISSION;
  }
}
