package dev.jymnasium.games.minigrid;

import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Minigrid's {@code RoomGrid}: {@code num_cols x num_rows} square rooms of side {@code room_size}
 * sharing their walls, each wall between two rooms with one random door position, plus the helpers
 * its envs build with (doors, objects, removed walls, connecting every room). Walls hide what is
 * behind them.
 */
public abstract class RoomGridEnv extends MiniGridEnv {
  /** Wall indices: right, bottom, left, top (as directions). */
  static final int RIGHT_WALL = 0;

  static final int BOTTOM_WALL = 1;
  static final int LEFT_WALL = 2;
  static final int TOP_WALL = 3;

  /** Object kinds the helpers add. */
  static final List<String> KINDS = List.of("key", "ball", "box");

  private static final int MAX_TRIES = 1000;
  private static final int MAX_CONNECT_ITERATIONS = 5000;

  /** One room: its cells, doors (or opened walls), neighbours and objects. */
  static final class Room {
    final int topX;
    final int topY;
    final int size;

    /** Per wall: null, a door, or {@link #OPENED} for a removed wall. */
    final WorldObj[] doors = new WorldObj[4];

    final int[][] doorPos = new int[4][];
    final Room[] neighbors = new Room[4];
    boolean locked;

    Room(int topX, int topY, int size) {
      this.topX = topX;
      this.topY = topY;
      this.size = size;
    }
  }

  /** Marks a removed wall in {@link Room#doors}. */
  private static final WorldObj OPENED = WorldObj.floor(WorldObj.GREY);

  protected final int roomSize;
  protected final int numRows;
  protected final int numCols;
  private Room[][] rooms;

  /**
   * @param options the shared kwargs
   * @param title window title
   * @param roomSize side of a room, walls included
   * @param numRows rooms down
   * @param numCols rooms across
   * @param defaultMaxSteps step limit when {@code max_steps} is None
   */
  protected RoomGridEnv(
      Options options, String title, int roomSize, int numRows, int numCols, int defaultMaxSteps) {
    super(
        options,
        title,
        (roomSize - 1) * numCols + 1,
        (roomSize - 1) * numRows + 1,
        defaultMaxSteps,
        false);
    this.roomSize = roomSize;
    this.numRows = numRows;
    this.numCols = numCols;
  }

  /**
   * Walls every room, draws the door positions (room by room, row-major: right wall's row, then
   * bottom wall's column) and puts the agent in the middle of the grid facing east.
   */
  protected void genRooms() {
    rooms = new Room[numRows][numCols];
    for (int j = 0; j < numRows; j++) {
      for (int i = 0; i < numCols; i++) {
        rooms[j][i] = new Room(i * (roomSize - 1), j * (roomSize - 1), roomSize);
        grid.wallRect(rooms[j][i].topX, rooms[j][i].topY, roomSize, roomSize);
      }
    }
    for (int j = 0; j < numRows; j++) {
      for (int i = 0; i < numCols; i++) {
        Room room = rooms[j][i];
        int xl = room.topX + 1;
        int yl = room.topY + 1;
        int xm = room.topX + roomSize - 1;
        int ym = room.topY + roomSize - 1;
        if (i < numCols - 1) {
          room.neighbors[RIGHT_WALL] = rooms[j][i + 1];
          room.doorPos[RIGHT_WALL] = new int[] {xm, randInt(yl, ym)};
        }
        if (j < numRows - 1) {
          room.neighbors[BOTTOM_WALL] = rooms[j + 1][i];
          room.doorPos[BOTTOM_WALL] = new int[] {randInt(xl, xm), ym};
        }
        if (i > 0) {
          room.neighbors[LEFT_WALL] = rooms[j][i - 1];
          room.doorPos[LEFT_WALL] = room.neighbors[LEFT_WALL].doorPos[RIGHT_WALL];
        }
        if (j > 0) {
          room.neighbors[TOP_WALL] = rooms[j - 1][i];
          room.doorPos[TOP_WALL] = room.neighbors[TOP_WALL].doorPos[BOTTOM_WALL];
        }
      }
    }
    agentX = numCols / 2 * (roomSize - 1) + roomSize / 2;
    agentY = numRows / 2 * (roomSize - 1) + roomSize / 2;
    agentDir = 0;
  }

  /** The room in column {@code i}, row {@code j}. */
  Room room(int i, int j) {
    return rooms[j][i];
  }

  /** A free cell of room (i, j) not next to the agent (Manhattan distance 2 or more). */
  protected int[] placeInRoom(int i, int j, WorldObj obj) {
    Room room = room(i, j);
    return placeObj(
        obj,
        room.topX,
        room.topY,
        roomSize,
        roomSize,
        (x, y) -> Math.abs(agentX - x) + Math.abs(agentY - y) < 2,
        MAX_TRIES);
  }

  /**
   * Minigrid's {@code add_object}: a key, ball or box (kind drawn first when null, then the colour
   * when negative) placed in room (i, j).
   */
  protected WorldObj addObject(int i, int j, String kind, int color) {
    String k = kind == null ? randElem(KINDS) : kind;
    int c = color < 0 ? randColor() : color;
    WorldObj obj =
        switch (k) {
          case "key" -> WorldObj.key(c);
          case "ball" -> WorldObj.ball(c);
          case "box" -> WorldObj.box(c, null);
          default -> throw new IllegalArgumentException("unknown object kind " + k);
        };
    placeInRoom(i, j, obj);
    return obj;
  }

  /**
   * Minigrid's {@code add_door}: on wall {@code wall} of room (i, j) (drawn among free walls with a
   * neighbour when negative), colour drawn when negative, locked drawn when null.
   *
   * @return the door's cell and the door, as {@code {x, y}} in {@code pos}
   */
  protected WorldObj addDoor(int i, int j, int wall, int color, Boolean locked, int[] pos) {
    Room room = room(i, j);
    int w = wall;
    if (w < 0) {
      do {
        w = randInt(0, 4);
      } while (room.neighbors[w] == null || room.doors[w] != null);
    }
    int c = color < 0 ? randColor() : color;
    boolean l = locked == null ? randBool() : locked;
    room.locked = l;
    WorldObj door = WorldObj.door(c, false, l);
    int[] p = room.doorPos[w];
    grid.set(p[0], p[1], door);
    room.doors[w] = door;
    room.neighbors[w].doors[(w + 2) % 4] = door;
    if (pos != null) {
      pos[0] = p[0];
      pos[1] = p[1];
    }
    return door;
  }

  /**
   * Minigrid's {@code remove_wall}: empties the inner cells of wall {@code wall} of room (i, j).
   */
  protected void removeWall(int i, int j, int wall) {
    Room room = room(i, j);
    int tx = room.topX;
    int ty = room.topY;
    int s = roomSize;
    for (int k = 1; k < s - 1; k++) {
      switch (wall) {
        case RIGHT_WALL -> grid.set(tx + s - 1, ty + k, null);
        case BOTTOM_WALL -> grid.set(tx + k, ty + s - 1, null);
        case LEFT_WALL -> grid.set(tx, ty + k, null);
        default -> grid.set(tx + k, ty, null);
      }
    }
    room.doors[wall] = OPENED;
    room.neighbors[wall].doors[(wall + 2) % 4] = OPENED;
  }

  /**
   * RoomGrid's {@code place_agent}: a random cell of room (i, j) with a random heading, redrawn
   * until the cell ahead is empty or a wall.
   */
  protected void placeAgentInRoom(int i, int j) {
    Room room = room(i, j);
    while (true) {
      placeAgent(room.topX, room.topY, roomSize, roomSize, true, MAX_TRIES);
      WorldObj ahead = grid.get(agentX + DX[agentDir], agentY + DY[agentDir]);
      if (ahead == null || ahead.type() == WorldObj.WALL) {
        return;
      }
    }
  }

  /**
   * Minigrid's {@code connect_all}: adds unlocked doors of random colours at random walls until
   * every room is reachable from the agent's room.
   */
  protected void connectAll() {
    Room start = room(agentX / (roomSize - 1), agentY / (roomSize - 1));
    for (int iteration = 0; ; iteration++) {
      if (iteration > MAX_CONNECT_ITERATIONS) {
        throw new IllegalStateException("could not connect all rooms");
      }
      if (reachable(start) == numRows * numCols) {
        return;
      }
      int i = randInt(0, numCols);
      int j = randInt(0, numRows);
      int k = randInt(0, 4);
      Room room = room(i, j);
      if (room.doorPos[k] == null || room.doors[k] != null) {
        continue;
      }
      if (room.locked || room.neighbors[k].locked) {
        continue;
      }
      int color = WorldObj.SORTED_COLORS[randInt(0, WorldObj.SORTED_COLORS.length)];
      addDoor(i, j, k, color, false, null);
    }
  }

  /** Rooms reachable from {@code start} through doors and opened walls (locked doors count). */
  private static int reachable(Room start) {
    Set<Room> seen = new HashSet<>();
    ArrayDeque<Room> stack = new ArrayDeque<>();
    stack.push(start);
    while (!stack.isEmpty()) {
      Room r = stack.pop();
      if (!seen.add(r)) {
        continue;
      }
      for (int k = 0; k < 4; k++) {
        if (r.doors[k] != null) {
          stack.push(r.neighbors[k]);
        }
      }
    }
    return seen.size();
  }
}
