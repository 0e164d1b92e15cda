package dev.jymnasium.games.minigrid;

import dev.jymnasium.env.registry.ConfigBinder;
import dev.jymnasium.env.registry.Kwarg;

/**
 * A 3x3 maze of rooms behind locked, blocked doors with hidden keys; Minigrid's {@code
 * MiniGrid-ObstructedMaze-2Dl-v0}, {@code -2Dlh-v0}, {@code -2Dlhb-v0}, {@code -1Q-v0}, {@code
 * -2Q-v0} and {@code -Full-v0}, and the v1 ids {@code -2Dlhb-v1}, {@code -1Q-v1}, {@code -2Q-v1},
 * {@code -Full-v1}.
 *
 * <h2>Description</h2>
 *
 * Nine 6x6 rooms (a 16x16 grid). The middle room has an unlocked door to each of the first {@code
 * num_quarters} side rooms (right, bottom, left, top); each of those side rooms has locked doors to
 * its two corner neighbours, with keys (hidden in boxes with {@code key_in_box}) in the side room
 * and green balls in front of the doors with {@code blocked}. The blue ball to pick up is in a
 * random corner room of those quarters.
 *
 * <h2>Action space, observation space</h2>
 *
 * As every Minigrid env ({@link MiniGridEnv}); walls and closed doors hide what is behind them.
 *
 * <h2>Rewards</h2>
 *
 * {@code 1 - 0.9 * step_count / max_steps} when a pick-up leaves the agent carrying the blue ball,
 * else 0.
 *
 * <h2>Starting state</h2>
 *
 * Drawn in this order: the door positions; the door colours (a permutation); per quarter the keys'
 * (or boxes') cells; the ball's corner room and cell; the agent's cell in {@code agent_room} and
 * its heading (redrawn until it faces an empty cell or a wall).
 *
 * <h2>Episode end</h2>
 *
 * Terminated when the ball is picked up; truncated after {@code max_steps} (default {@code 4 *
 * num_rooms_visited * 36}).
 *
 * <h2>Arguments</h2>
 *
 * {@code agent_room} ([1, 1]), {@code key_in_box} (true), {@code blocked} (true), {@code
 * num_quarters} (4), {@code num_rooms_visited} (25), {@code keys_after_doors} (false; true for the
 * v1 ids) and the shared {@link MiniGridEnv.Options}.
 *
 * <h2>Version history</h2>
 *
 * v1 ({@code keys_after_doors=true}): keys are placed after the doors and balls, so a blocking ball
 * can no longer land on a key. v0: as Minigrid 3.x.
 */
public final class ObstructedMazeFullEnv extends ObstructedMazeEnv {
  private static final int[][] SIDE_ROOMS = {{2, 1}, {1, 2}, {0, 1}, {1, 0}};
  private static final int[][] CORNERS = {{2, 0}, {2, 2}, {0, 2}, {0, 0}};

  /**
   * The kwargs of the 3x3 ObstructedMaze.
   *
   * @param agentRoom {@code agent_room}: the agent's room (column, row)
   * @param keyInBox {@code key_in_box}: hide the keys in boxes
   * @param blocked {@code blocked}: balls block the locked doors
   * @param numQuarters {@code num_quarters}: side rooms opened from the middle
   * @param numRoomsVisited {@code num_rooms_visited}: sets the default step limit
   * @param keysAfterDoors {@code keys_after_doors}: place a side room's keys after both its doors
   *     and blocking balls, so no ball lands on a key's cell (the v1 ids)
   * @param options the shared Minigrid kwargs
   */
  public record Config(
      @Kwarg(defaultValue = "1, 1", doc = "the agent's room (column, row)") int[] agentRoom,
      @Kwarg(defaultValue = "true", doc = "hide the keys in boxes") boolean keyInBox,
      @Kwarg(defaultValue = "true", doc = "balls block the locked doors") boolean blocked,
      @Kwarg(defaultValue = "4", min = 1, max = 4, doc = "side rooms opened from the middle")
          int numQuarters,
      @Kwarg(defaultValue = "25", min = 1, max = 1000, doc = "sets the default step limit")
          int numRoomsVisited,
      @Kwarg(
              defaultValue = "false",
              doc = "place a side room's keys after both its doors (the v1 ids)")
          boolean keysAfterDoors,
      Options options) {
    /** Checks what the annotations cannot say. */
    public Config {
      if (agentRoom == null
          || agentRoom.length != 2
          || agentRoom[0] < 0
          || agentRoom[0] > 2
          || agentRoom[1] < 0
          || agentRoom[1] > 2) {
        throw new IllegalArgumentException(
            "kwarg 'agent_room' must be a room (column, row) with both in 0..2, got "
                + java.util.Arrays.toString(agentRoom));
      }
    }
  }

  private final int[] agentRoom;
  private final boolean keyInBox;
  private final boolean blocked;
  private final int numQuarters;
  private final boolean keysAfterDoors;

  /** The Full layout. */
  public ObstructedMazeFullEnv() {
    this(ConfigBinder.defaults(Config.class));
  }

  /** An env with the given settings. */
  public ObstructedMazeFullEnv(Config config) {
    super(
        ConfigBinder.checked(config, "MiniGrid-ObstructedMaze-Full-v0").options(),
        "MiniGrid-ObstructedMaze-Full-v0",
        3,
        3,
        config.numRoomsVisited());
    this.agentRoom = config.agentRoom().clone();
    this.keyInBox = config.keyInBox();
    this.blocked = config.blocked();
    this.numQuarters = config.numQuarters();
    this.keysAfterDoors = config.keysAfterDoors();
  }

  @Override
  protected void genGrid() {
    genMaze();
    for (int i = 0; i < numQuarters; i++) {
      addMazeDoor(1, 1, i, doorColors[i], false, false, false);
      int si = SIDE_ROOMS[i][0];
      int sj = SIDE_ROOMS[i][1];
      for (int k = -1; k <= 1; k += 2) {
        int wall = Math.floorMod(i + k, 4);
        int color = doorColors[Math.floorMod(i + k, doorColors.length)];
        if (keysAfterDoors) {
          addBlockedDoor(si, sj, wall, color, true, blocked);
        } else {
          addMazeDoor(si, sj, wall, color, true, keyInBox, blocked);
        }
      }
      for (int k = -1; k <= 1 && keysAfterDoors; k += 2) {
        addKey(si, sj, doorColors[Math.floorMod(i + k, doorColors.length)], keyInBox);
      }
    }
    int[] corner = CORNERS[randInt(0, numQuarters)];
    addTarget(corner[0], corner[1]);
    placeAgentInRoom(agentRoom[0], agentRoom[1]);
  }
}
