package dev.jymnasium.games.minigrid;

/**
 * The base of Minigrid's ObstructedMaze envs: rooms of side 6 whose locked doors may be blocked by
 * a green ball and whose keys may hide in grey boxes; the blue ball is to be picked up. Door
 * colours are a random permutation of the six colours, drawn first.
 */
public abstract class ObstructedMazeEnv extends RoomGridEnv {
  static final int ROOM_SIZE = 6;

  /** The door colours, a random permutation drawn at the start of every episode. */
  protected final int[] doorColors = new int[WorldObj.SORTED_COLORS.length];

  private WorldObj target;

  /**
   * @param options the shared kwargs
   * @param title window title
   * @param numRows rooms down
   * @param numCols rooms across
   * @param numRoomsVisited rooms a solution visits: the default limit is {@code 4 * rooms * 36}
   */
  protected ObstructedMazeEnv(
      Options options, String title, int numRows, int numCols, int numRoomsVisited) {
    super(options, title, ROOM_SIZE, numRows, numCols, 4 * numRoomsVisited * ROOM_SIZE * ROOM_SIZE);
  }

  /** The room grid, then the door colours ({@code _rand_subset} of all colours). */
  protected void genMaze() {
    genRooms();
    int[] left = WorldObj.SORTED_COLORS.clone();
    int n = left.length;
    for (int k = 0; k < doorColors.length; k++) {
      int pick = randInt(0, n);
      doorColors[k] = left[pick];
      System.arraycopy(left, pick + 1, left, pick, n - pick - 1);
      n--;
    }
    mission = "pick up the blue ball";
  }

  /**
   * A door on wall {@code wall} of room (i, j); when {@code blocked}, a green ball in front of it
   * inside the room; when {@code locked}, its key in the room, inside a grey box when {@code
   * keyInBox}.
   */
  protected void addMazeDoor(
      int i, int j, int wall, int color, boolean locked, boolean keyInBox, boolean blocked) {
    WorldObj door = addBlockedDoor(i, j, wall, color, locked, blocked);
    if (locked) {
      addKey(i, j, door.color(), keyInBox);
    }
  }

  /** A door on wall {@code wall} of room (i, j), with a green ball in front of it if blocked. */
  protected WorldObj addBlockedDoor(
      int i, int j, int wall, int color, boolean locked, boolean blocked) {
    int[] pos = new int[2];
    WorldObj door = addDoor(i, j, wall, color, locked, pos);
    if (blocked) {
      grid.set(pos[0] - DX[wall], pos[1] - DY[wall], WorldObj.ball(WorldObj.GREEN));
    }
    return door;
  }

  /** A key of {@code color} in room (i, j), inside a grey box when {@code keyInBox}. */
  protected void addKey(int i, int j, int color, boolean keyInBox) {
    WorldObj key = WorldObj.key(color);
    placeInRoom(i, j, keyInBox ? WorldObj.box(WorldObj.GREY, key) : key);
  }

  /** Puts the blue ball to find in room (i, j). */
  protected void addTarget(int i, int j) {
    target = addObject(i, j, "ball", WorldObj.BLUE);
  }

  @Override
  protected void afterAction(int action, int fx, int fy, WorldObj ahead) {
    if (action == PICKUP && carrying != null && carrying == target) {
      reward = successReward();
      terminated = true;
    }
  }
}
