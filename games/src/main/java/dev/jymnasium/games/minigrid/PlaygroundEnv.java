package dev.jymnasium.games.minigrid;

import dev.jymnasium.env.registry.ConfigBinder;

/**
 * Nine rooms with doors and random objects and no task; Minigrid's {@code MiniGrid-Playground-v0},
 * a sandbox.
 *
 * <h2>Description</h2>
 *
 * A 19x19 grid cut into 3x3 rooms; each inner wall segment has a closed door of a random colour at
 * a random place; twelve keys, balls and boxes of random colours lie around. The mission is empty.
 *
 * <h2>Action space, observation space</h2>
 *
 * As every Minigrid env ({@link MiniGridEnv}); walls and closed doors hide what is behind them.
 *
 * <h2>Rewards</h2>
 *
 * Always 0 (there is no goal).
 *
 * <h2>Starting state</h2>
 *
 * Drawn in this order: per room (row-major) the right door's row and colour, then the bottom door's
 * column and colour; the agent's cell and heading; per object its type, colour and cell.
 *
 * <h2>Episode end</h2>
 *
 * Truncated after {@code max_steps} (default 100).
 *
 * <h2>Arguments</h2>
 *
 * The shared {@link MiniGridEnv.Options}.
 *
 * <h2>Version history</h2>
 *
 * v0: as Minigrid 3.x.
 */
public final class PlaygroundEnv extends MiniGridEnv {
  private static final int SIZE = 19;
  private static final int OBJECTS = 12;

  /**
   * The kwargs of Playground.
   *
   * @param options the shared Minigrid kwargs
   */
  public record Config(Options options) {}

  /** Default settings. */
  public PlaygroundEnv() {
    this(ConfigBinder.defaults(Config.class));
  }

  /** An env with the given settings. */
  public PlaygroundEnv(Config config) {
    super(
        ConfigBinder.checked(config, "MiniGrid-Playground-v0").options(),
        "MiniGrid-Playground-v0",
        SIZE,
        SIZE,
        100,
        false);
  }

  @Override
  protected void genGrid() {
    grid.horzWall(0, 0);
    grid.horzWall(0, height - 1);
    grid.vertWall(0, 0);
    grid.vertWall(width - 1, 0);
    int roomW = width / 3;
    int roomH = height / 3;
    for (int j = 0; j < 3; j++) {
      for (int i = 0; i < 3; i++) {
        int left = i * roomW;
        int top = j * roomH;
        int right = left + roomW;
        int bottom = top + roomH;
        if (i + 1 < 3) {
          grid.vertWall(right, top, roomH, WorldObj::wall);
          int y = randInt(top + 1, bottom - 1);
          grid.set(right, y, WorldObj.door(randColor(), false, false));
        }
        if (j + 1 < 3) {
          grid.horzWall(left, bottom, roomW, WorldObj::wall);
          int x = randInt(left + 1, right - 1);
          grid.set(x, bottom, WorldObj.door(randColor(), false, false));
        }
      }
    }
    placeAgent(0, 0, width, height, true);
    for (int k = 0; k < OBJECTS; k++) {
      String type = randElem(RoomGridEnv.KINDS);
      int color = randColor();
      WorldObj obj =
          switch (type) {
            case "key" -> WorldObj.key(color);
            case "ball" -> WorldObj.ball(color);
            default -> WorldObj.box(color, null);
          };
      placeObj(obj);
    }
    mission = "";
  }
}
