package dev.jymnasium.games.minigrid;

import dev.jymnasium.env.registry.ConfigBinder;
import dev.jymnasium.env.registry.Kwarg;

/**
 * Fetch a key from one side room to unlock another and reach the goal inside; Minigrid's {@code
 * MiniGrid-LockedRoom-v0}.
 *
 * <h2>Description</h2>
 *
 * A {@code size x size} grid with a central hallway and three rooms on each side, each behind a
 * closed door of its own colour. One room is locked and holds the goal; the key of its colour lies
 * in another room. The mission names the colours.
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
 * Drawn in this order: the locked room and the goal's cell in it; the six door colours (distinct,
 * room by room: left then right, top to bottom); the key's room (redrawn while it is the locked
 * one) and cell; the agent's cell in the hallway and its heading.
 *
 * <h2>Episode end</h2>
 *
 * Terminated at the goal; truncated after {@code max_steps} (default {@code 10 * size}).
 *
 * <h2>Arguments</h2>
 *
 * {@code size} (19) and the shared {@link MiniGridEnv.Options}.
 *
 * <h2>Version history</h2>
 *
 * v0: as Minigrid 3.x.
 */
public final class LockedRoomEnv extends MiniGridEnv {
  private static final int ROOMS = 6;

  /**
   * The kwargs of LockedRoom.
   *
   * @param size {@code size}: grid side, walls included
   * @param options the shared Minigrid kwargs
   */
  public record Config(
      @Kwarg(defaultValue = "19", min = 13, max = 256, doc = "grid side, walls included") int size,
      Options options) {}

  /** Per room: top-left cell, size and door cell. */
  private final int[] roomX = new int[ROOMS];

  private final int[] roomY = new int[ROOMS];
  private final int[] doorX = new int[ROOMS];
  private final int[] doorY = new int[ROOMS];
  private int roomW;
  private int roomH;

  /** The 19x19 grid. */
  public LockedRoomEnv() {
    this(ConfigBinder.defaults(Config.class));
  }

  /** An env with the given settings. */
  public LockedRoomEnv(Config config) {
    super(
        ConfigBinder.checked(config, "MiniGrid-LockedRoom-v0").options(),
        "MiniGrid-LockedRoom-v0",
        config.size(),
        config.size(),
        10 * config.size(),
        false);
  }

  @Override
  protected void genGrid() {
    grid.wallRect(0, 0, width, height);
    int left = width / 2 - 2;
    int right = width / 2 + 2;
    grid.vertWall(left, 0, height, WorldObj::wall);
    grid.vertWall(right, 0, height, WorldObj::wall);
    roomW = left + 1;
    roomH = height / 3 + 1;
    for (int n = 0; n < 3; n++) {
      int j = n * (height / 3);
      grid.horzWall(0, j, left, WorldObj::wall);
      grid.horzWall(right, j, width - right, WorldObj::wall);
      setRoom(2 * n, 0, j, left, j + 3);
      setRoom(2 * n + 1, right, j, right, j + 3);
    }
    int locked = randInt(0, ROOMS);
    int[] goal = randPosIn(locked);
    grid.set(goal[0], goal[1], WorldObj.goal());
    boolean[] used = new boolean[WorldObj.COLOR_NAMES.size()];
    int[] colors = new int[ROOMS];
    for (int r = 0; r < ROOMS; r++) {
      int[] free = new int[WorldObj.SORTED_COLORS.length];
      int n = 0;
      for (int c : WorldObj.SORTED_COLORS) {
        if (!used[c]) {
          free[n++] = c;
        }
      }
      colors[r] = free[randInt(0, n)];
      used[colors[r]] = true;
      grid.set(doorX[r], doorY[r], WorldObj.door(colors[r], false, r == locked));
    }
    int keyRoom;
    do {
      keyRoom = randInt(0, ROOMS);
    } while (keyRoom == locked);
    int[] key = randPosIn(keyRoom);
    grid.set(key[0], key[1], WorldObj.key(colors[locked]));
    placeAgent(left, 0, right - left, height, true);
    String lockedColor = WorldObj.COLOR_NAMES.get(colors[locked]);
    mission =
        "get the "
            + lockedColor
            + " key from the "
            + WorldObj.COLOR_NAMES.get(colors[keyRoom])
            + " room, unlock the "
            + lockedColor
            + " door and go to the goal";
  }

  private void setRoom(int r, int x, int y, int dx, int dy) {
    roomX[r] = x;
    roomY[r] = y;
    doorX[r] = dx;
    doorY[r] = dy;
  }

  /** The original's {@code rand_pos}: x then y inside the room's walls. */
  private int[] randPosIn(int r) {
    int x = randInt(roomX[r] + 1, roomX[r] + roomW - 1);
    int y = randInt(roomY[r] + 1, roomY[r] + roomH - 1);
    return new int[] {x, y};
  }
}
