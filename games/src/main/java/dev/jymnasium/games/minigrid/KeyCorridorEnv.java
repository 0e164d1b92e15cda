package dev.jymnasium.games.minigrid;

import dev.jymnasium.env.registry.ConfigBinder;
import dev.jymnasium.env.registry.Kwarg;

/**
 * Find the key, unlock the room with the object, pick it up; Minigrid's {@code
 * MiniGrid-KeyCorridorS*R*-v0}.
 *
 * <h2>Description</h2>
 *
 * Three columns of {@code num_rows} rooms of side {@code room_size}: the middle column is one
 * corridor (its inner walls removed), one room on the right is locked and holds a ball, the key of
 * the lock's colour lies in a room on the left, and doors connect every room.
 *
 * <h2>Action space, observation space</h2>
 *
 * As every Minigrid env ({@link MiniGridEnv}); walls hide what is behind them.
 *
 * <h2>Rewards</h2>
 *
 * {@code 1 - 0.9 * step_count / max_steps} when a pick-up leaves the agent carrying the object,
 * else 0.
 *
 * <h2>Starting state</h2>
 *
 * Drawn in this order: the door positions of the room grid; the locked room's row; the lock's
 * colour; the object's colour and cell; the key room's row and the key's cell; the agent's cell and
 * heading in the middle of the corridor; then unlocked doors until every room is reachable.
 *
 * <h2>Episode end</h2>
 *
 * Terminated when the object is picked up; truncated after {@code max_steps} (default {@code 30 *
 * room_size^2}).
 *
 * <h2>Arguments</h2>
 *
 * {@code room_size} (6), {@code num_rows} (3), {@code obj_type} ({@code ball}) and the shared
 * {@link MiniGridEnv.Options}.
 *
 * <h2>Version history</h2>
 *
 * v0: as Minigrid 3.x.
 */
public final class KeyCorridorEnv extends RoomGridEnv {
  /**
   * The kwargs of KeyCorridor.
   *
   * @param roomSize {@code room_size}: side of a room, walls included
   * @param numRows {@code num_rows}: rooms per column
   * @param objType {@code obj_type}: what to pick up
   * @param options the shared Minigrid kwargs
   */
  public record Config(
      @Kwarg(defaultValue = "6", min = 3, max = 64, doc = "side of a room, walls included")
          int roomSize,
      @Kwarg(defaultValue = "3", min = 1, max = 32, doc = "rooms per column") int numRows,
      @Kwarg(
              defaultValue = "ball",
              oneOf = {"key", "ball", "box"},
              doc = "what to pick up")
          String objType,
      Options options) {}

  private final String objType;
  private WorldObj target;

  /** Default settings. */
  public KeyCorridorEnv() {
    this(ConfigBinder.defaults(Config.class));
  }

  /** An env with the given settings. */
  public KeyCorridorEnv(Config config) {
    super(
        ConfigBinder.checked(config, "MiniGrid-KeyCorridor").options(),
        "MiniGrid-KeyCorridor",
        config.roomSize(),
        config.numRows(),
        3,
        30 * config.roomSize() * config.roomSize());
    this.objType = config.objType();
  }

  @Override
  protected void genGrid() {
    genRooms();
    for (int j = 1; j < numRows; j++) {
      removeWall(1, j, TOP_WALL);
    }
    int roomRow = randInt(0, numRows);
    WorldObj door = addDoor(2, roomRow, LEFT_WALL, -1, true, null);
    target = addObject(2, roomRow, objType, -1);
    addObject(0, randInt(0, numRows), "key", door.color());
    placeAgentInRoom(1, numRows / 2);
    connectAll();
    mission = "pick up the " + WorldObj.COLOR_NAMES.get(target.color()) + " " + objType;
  }

  @Override
  protected void afterAction(int action, int fx, int fy, WorldObj ahead) {
    if (action == PICKUP && carrying == target) {
      reward = successReward();
      terminated = true;
    }
  }
}
