package dev.jymnasium.games.minigrid;

import dev.jymnasium.env.registry.ConfigBinder;

/**
 * Open a locked door with its key; Minigrid's {@code MiniGrid-Unlock-v0}.
 *
 * <h2>Description</h2>
 *
 * Two 6x6 rooms side by side (an 11x6 grid); the wall between them has a locked door of a random
 * colour, and the key of that colour lies in the left room with the agent.
 *
 * <h2>Action space, observation space</h2>
 *
 * As every Minigrid env ({@link MiniGridEnv}); walls hide what is behind them.
 *
 * <h2>Rewards</h2>
 *
 * {@code 1 - 0.9 * step_count / max_steps} when a toggle leaves the door open, else 0.
 *
 * <h2>Starting state</h2>
 *
 * Drawn in this order: the door positions of the room grid; the door's colour; the key's cell (not
 * next to the grid's centre); the agent's cell and heading, redrawn until it faces an empty cell or
 * a wall.
 *
 * <h2>Episode end</h2>
 *
 * Terminated when the door is open after a toggle; truncated after {@code max_steps} (default 288).
 *
 * <h2>Arguments</h2>
 *
 * The shared {@link MiniGridEnv.Options}.
 *
 * <h2>Version history</h2>
 *
 * v0: as Minigrid 3.x.
 */
public final class UnlockEnv extends RoomGridEnv {
  /**
   * The kwargs of Unlock.
   *
   * @param options the shared Minigrid kwargs
   */
  public record Config(Options options) {}

  private WorldObj door;

  /** Default settings. */
  public UnlockEnv() {
    this(ConfigBinder.defaults(Config.class));
  }

  /** An env with the given settings. */
  public UnlockEnv(Config config) {
    super(
        ConfigBinder.checked(config, "MiniGrid-Unlock-v0").options(),
        "MiniGrid-Unlock-v0",
        6,
        1,
        2,
        8 * 36);
  }

  @Override
  protected void genGrid() {
    genRooms();
    door = addDoor(0, 0, RIGHT_WALL, -1, true, null);
    addObject(0, 0, "key", door.color());
    placeAgentInRoom(0, 0);
    mission = "open the door";
  }

  @Override
  protected void afterAction(int action, int fx, int fy, WorldObj ahead) {
    if (action == TOGGLE && door.isOpen()) {
      reward = successReward();
      terminated = true;
    }
  }
}
