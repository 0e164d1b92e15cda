package dev.jymnasium.games.minigrid;

import dev.jymnasium.env.registry.ConfigBinder;
import dev.jymnasium.env.registry.Kwarg;
import java.util.ArrayList;
import java.util.List;

/**
 * A chain of rooms joined by closed doors, the goal in the last one; Minigrid's {@code
 * MiniGrid-MultiRoom-*}.
 *
 * <h2>Description</h2>
 *
 * Between {@code min_num_rooms} and {@code max_num_rooms} rooms of side 4 to {@code max_room_size}
 * (walls included) on a 25x25 grid, each entered through a closed door of a colour different from
 * the previous door's. The agent starts in the first room, the goal is in the last.
 *
 * <h2>Action space, observation space</h2>
 *
 * As every Minigrid env ({@link MiniGridEnv}); walls and closed doors hide what is behind them.
 *
 * <h2>Rewards</h2>
 *
 * {@code 1 - 0.9 * step_count / max_steps} on reaching the goal, else 0.
 *
 * <h2>Starting state</h2>
 *
 * The number of rooms, then attempts at a chain (a first door position, then per room its size, its
 * offset along the entry wall and up to 8 exit walls and positions) until one attempt places every
 * room; then the door colours, the agent's cell and heading, the goal's cell.
 *
 * <h2>Episode end</h2>
 *
 * Terminated at the goal; truncated after {@code max_steps} (default {@code 20 * max_num_rooms}).
 *
 * <h2>Arguments</h2>
 *
 * {@code min_num_rooms} (1), {@code max_num_rooms} (4), {@code max_room_size} (10) and the shared
 * {@link MiniGridEnv.Options}.
 *
 * <h2>Differences from the original</h2>
 *
 * The kwargs are spelled in snake_case like every other kwarg here; the original spells them {@code
 * minNumRooms}, {@code maxNumRooms}, {@code maxRoomSize}.
 *
 * <h2>Version history</h2>
 *
 * v0: as Minigrid 3.x ({@code MultiRoom-N4-S5-v0} keeps the original's 6 rooms); {@code
 * MultiRoom-N4-S5-v1} has 4 rooms.
 */
public final class MultiRoomEnv extends MiniGridEnv {
  static final String MISSION = "traverse the rooms to get to the goal";
  private static final int SIZE = 25;
  private static final int EXIT_TRIES = 8;

  /** The first room is entered from the left (wall index 2). */
  private static final int LEFT_WALL = 2;

  /**
   * The kwargs of MultiRoom.
   *
   * @param minNumRooms {@code min_num_rooms}: fewest rooms
   * @param maxNumRooms {@code max_num_rooms}: most rooms
   * @param maxRoomSize {@code max_room_size}: largest room side, walls included
   * @param options the shared Minigrid kwargs
   */
  public record Config(
      @Kwarg(defaultValue = "1", min = 1, max = 25, doc = "fewest rooms") int minNumRooms,
      @Kwarg(defaultValue = "4", min = 1, max = 25, doc = "most rooms") int maxNumRooms,
      @Kwarg(defaultValue = "10", min = 4, max = 25, doc = "largest room side, walls included")
          int maxRoomSize,
      Options options) {
    /** Checks what the annotations cannot say. */
    public Config {
      if (maxNumRooms < minNumRooms) {
        throw new IllegalArgumentException(
            "kwarg 'max_num_rooms' must be >= min_num_rooms ("
                + minNumRooms
                + "), got "
                + maxNumRooms);
      }
    }
  }

  /** A placed room: top-left cell, size and the door it is entered by. */
  private record Room(int topX, int topY, int sizeX, int sizeY, int entryX, int entryY) {}

  private final int minNumRooms;
  private final int maxNumRooms;
  private final int maxRoomSize;

  /** Default settings. */
  public MultiRoomEnv() {
    this(ConfigBinder.defaults(Config.class));
  }

  /** An env with the given settings. */
  public MultiRoomEnv(Config config) {
    super(
        ConfigBinder.checked(config, "MiniGrid-MultiRoom").options(),
        "MiniGrid-MultiRoom",
        SIZE,
        SIZE,
        20 * config.maxNumRooms(),
        false);
    this.minNumRooms = config.minNumRooms();
    this.maxNumRooms = config.maxNumRooms();
    this.maxRoomSize = config.maxRoomSize();
  }

  @Override
  protected void genGrid() {
    List<Room> rooms = new ArrayList<>();
    int numRooms = randInt(minNumRooms, maxNumRooms + 1);
    while (rooms.size() < numRooms) {
      List<Room> attempt = new ArrayList<>();
      int ex = randInt(0, width - 2);
      int ey = randInt(0, width - 2);
      placeRoom(numRooms, attempt, LEFT_WALL, ex, ey);
      if (attempt.size() > rooms.size()) {
        rooms = attempt;
      }
    }
    int prevColor = -1;
    for (int idx = 0; idx < rooms.size(); idx++) {
      Room r = rooms.get(idx);
      for (int i = 0; i < r.sizeX(); i++) {
        grid.set(r.topX() + i, r.topY(), WorldObj.wall());
        grid.set(r.topX() + i, r.topY() + r.sizeY() - 1, WorldObj.wall());
      }
      for (int j = 0; j < r.sizeY(); j++) {
        grid.set(r.topX(), r.topY() + j, WorldObj.wall());
        grid.set(r.topX() + r.sizeX() - 1, r.topY() + j, WorldObj.wall());
      }
      if (idx > 0) {
        int color = otherColor(prevColor);
        grid.set(r.entryX(), r.entryY(), WorldObj.door(color, false, false));
        prevColor = color;
      }
    }
    Room first = rooms.get(0);
    placeAgent(first.topX(), first.topY(), first.sizeX(), first.sizeY(), true);
    Room last = rooms.get(rooms.size() - 1);
    placeObj(WorldObj.goal(), last.topX(), last.topY(), last.sizeX(), last.sizeY());
    mission = MISSION;
  }

  /** A colour drawn from the sorted names without {@code excluded} (none when negative). */
  private int otherColor(int excluded) {
    int[] choices = new int[WorldObj.SORTED_COLORS.length];
    int n = 0;
    for (int c : WorldObj.SORTED_COLORS) {
      if (c != excluded) {
        choices[n++] = c;
      }
    }
    return choices[randInt(0, n)];
  }

  /**
   * The original's {@code _placeRoom}: a room entered through wall {@code entryWall} (a direction
   * index: 0 right, 1 bottom, 2 left, 3 top) at {@code (ex, ey)}, then recursively the next rooms.
   *
   * @return whether this room could be placed
   */
  private boolean placeRoom(int numLeft, List<Room> rooms, int entryWall, int ex, int ey) {
    int sizeX = randInt(4, maxRoomSize + 1);
    int sizeY = randInt(4, maxRoomSize + 1);
    int topX;
    int topY;
    if (rooms.isEmpty()) {
      topX = ex;
      topY = ey;
    } else if (entryWall == 0) {
      topX = ex - sizeX + 1;
      topY = randInt(ey - sizeY + 2, ey);
    } else if (entryWall == 1) {
      topX = randInt(ex - sizeX + 2, ex);
      topY = ey - sizeY + 1;
    } else if (entryWall == 2) {
      topX = ex;
      topY = randInt(ey - sizeY + 2, ey);
    } else {
      topX = randInt(ex - sizeX + 2, ex);
      topY = ey;
    }
    // The original's bounds test: note ">=" for the height only.
    if (topX < 0 || topY < 0 || topX + sizeX > width || topY + sizeY >= height) {
      return false;
    }
    for (int k = 0; k < rooms.size() - 1; k++) {
      Room r = rooms.get(k);
      boolean apart =
          topX + sizeX < r.topX()
              || r.topX() + r.sizeX() <= topX
              || topY + sizeY < r.topY()
              || r.topY() + r.sizeY() <= topY;
      if (!apart) {
        return false;
      }
    }
    rooms.add(new Room(topX, topY, sizeX, sizeY, ex, ey));
    if (numLeft == 1) {
      return true;
    }
    for (int i = 0; i < EXIT_TRIES; i++) {
      // The walls other than the entry's, in increasing order.
      int exitWall = randInt(0, 3);
      if (exitWall >= entryWall) {
        exitWall++;
      }
      int nx;
      int ny;
      if (exitWall == 0) {
        nx = topX + sizeX - 1;
        ny = topY + randInt(1, sizeY - 1);
      } else if (exitWall == 1) {
        nx = topX + randInt(1, sizeX - 1);
        ny = topY + sizeY - 1;
      } else if (exitWall == 2) {
        nx = topX;
        ny = topY + randInt(1, sizeY - 1);
      } else {
        nx = topX + randInt(1, sizeX - 1);
        ny = topY;
      }
      if (placeRoom(numLeft - 1, rooms, (exitWall + 2) % 4, nx, ny)) {
        break;
      }
    }
    return true;
  }
}
