package dev.jymnasium.games.minigrid;

import dev.jymnasium.env.registry.ConfigBinder;
import dev.jymnasium.env.registry.Kwarg;

/**
 * Unlock the door, then pick up the box behind it; Minigrid's {@code MiniGrid-UnlockPickup-v0} and
 * {@code MiniGrid-BlockedUnlockPickup-v0}.
 *
 * <h2>Description</h2>
 *
 * Two 6x6 rooms side by side (an 11x6 grid): a box of a random colour in the right room, a locked
 * door of a random colour between the rooms, its key and the agent in the left room. With {@code
 * blocked}, a ball of a random colour stands in front of the door and must be moved away first.
 *
 * <h2>Action space, observation space</h2>
 *
 * As every Minigrid env ({@link MiniGridEnv}); walls hide what is behind them.
 *
 * <h2>Rewards</h2>
 *
 * {@code 1 - 0.9 * step_count / max_steps} when a pick-up leaves the agent carrying the box, else
 * 0.
 *
 * <h2>Starting state</h2>
 *
 * Drawn in this order: the door positions of the room grid; the box's colour and cell; the door's
 * colour; with {@code blocked} the ball's colour; the key's cell; the agent's cell and heading,
 * redrawn until it faces an empty cell or a wall. Objects are never placed next to the grid's
 * centre.
 *
 * <h2>Episode end</h2>
 *
 * Terminated when the box is picked up; truncated after {@code max_steps} (default 288, 576 when
 * blocked).
 *
 * <h2>Arguments</h2>
 *
 * {@code blocked} (false; true for the BlockedUnlockPickup id) and the shared {@link
 * MiniGridEnv.Options}.
 *
 * <h2>Version history</h2>
 *
 * v0: as Minigrid 3.x.
 */
public final class UnlockPickupEnv extends RoomGridEnv {
  /**
   * The kwargs of UnlockPickup.
   *
   * @param blocked {@code blocked}: a ball blocks the door (BlockedUnlockPickup)
   * @param options the shared Minigrid kwargs
   */
  public record Config(
      @Kwarg(defaultValue = "false", doc = "a ball blocks the door (BlockedUnlockPickup)")
          boolean blocked,
      Options options) {}

  private final boolean blocked;
  private WorldObj target;

  /** Default settings. */
  public UnlockPickupEnv() {
    this(ConfigBinder.defaults(Config.class));
  }

  /** An env with the given settings. */
  public UnlockPickupEnv(Config config) {
    super(
        ConfigBinder.checked(config, "MiniGrid-UnlockPickup-v0").options(),
        "MiniGrid-UnlockPickup-v0",
        6,
        1,
        2,
        (config.blocked() ? 16 : 8) * 36);
    this.blocked = config.blocked();
  }

  @Override
  protected void genGrid() {
    genRooms();
    target = addObject(1, 0, "box", -1);
    int[] doorPos = new int[2];
    WorldObj door = addDoor(0, 0, RIGHT_WALL, -1, true, doorPos);
    if (blocked) {
      grid.set(doorPos[0] - 1, doorPos[1], WorldObj.ball(randColor()));
    }
    addObject(0, 0, "key", door.color());
    placeAgentInRoom(0, 0);
    mission = "pick up the " + WorldObj.COLOR_NAMES.get(target.color()) + " box";
  }

  @Override
  protected void afterAction(int action, int fx, int fy, WorldObj ahead) {
    if (action == PICKUP && carrying == target) {
      reward = successReward();
      terminated = true;
    }
  }
}
