package dev.jymnasium.games.minigrid;

import dev.jymnasium.env.registry.ConfigBinder;
import dev.jymnasium.env.registry.Kwarg;

/**
 * Put the named object next to another named object; Minigrid's {@code MiniGrid-PutNear-*-v0}.
 *
 * <h2>Description</h2>
 *
 * A {@code size x size} room with {@code numObjs} distinct keys, balls and boxes of random colours,
 * no two in neighbouring cells. The mission names one object to move and one to put it near.
 *
 * <h2>Action space, observation space</h2>
 *
 * As every Minigrid env ({@link MiniGridEnv}); the view sees through walls.
 *
 * <h2>Rewards</h2>
 *
 * {@code 1 - 0.9 * step_count / max_steps} when a drop puts the carried object within one cell
 * (diagonals included) of the target's starting cell; 0 otherwise.
 *
 * <h2>Starting state</h2>
 *
 * Drawn in this order: per object its type and colour (redrawn when already used) and its cell
 * (redrawn next to another object); the agent's cell and heading; the object to move; the target
 * (redrawn while it is the object to move).
 *
 * <h2>Episode end</h2>
 *
 * Terminated on picking up anything but the object to move, or on any drop while carrying;
 * truncated after {@code max_steps} (default {@code 5 * size}, as in the original).
 *
 * <h2>Arguments</h2>
 *
 * {@code size} (6), {@code num_objs} (2; the original's {@code numObjs}) and the shared {@link
 * MiniGridEnv.Options}.
 *
 * <h2>Version history</h2>
 *
 * v0: as Minigrid 3.x.
 */
public final class PutNearEnv extends MiniGridEnv {
  /**
   * The kwargs of PutNear.
   *
   * @param size {@code size}: grid side, walls included
   * @param numObjs {@code num_objs}: distinct objects in the room, at least 2
   * @param options the shared Minigrid kwargs
   */
  public record Config(
      @Kwarg(defaultValue = "6", min = 5, max = 256, doc = "grid side, walls included") int size,
      @Kwarg(defaultValue = "2", min = 2, max = 18, doc = "distinct objects in the room")
          int numObjs,
      Options options) {
    /** Checks what the annotations cannot say. */
    public Config {
      int room = (size - 2 + 1) / 2;
      if (numObjs > room * room) {
        throw new IllegalArgumentException(
            "kwarg 'num_objs' must fit apart in the room, at most "
                + room * room
                + ", got "
                + numObjs);
      }
    }
  }

  private final int numObjs;
  private WorldObj toMove;
  private int targetX;
  private int targetY;
  private WorldObj carriedBefore;

  /** The 6x6 room with 2 objects. */
  public PutNearEnv() {
    this(ConfigBinder.defaults(Config.class));
  }

  /** An env with the given settings. */
  public PutNearEnv(Config config) {
    super(
        ConfigBinder.checked(config, "MiniGrid-PutNear").options(),
        "MiniGrid-PutNear",
        config.size(),
        config.size(),
        5 * config.size(),
        true);
    this.numObjs = config.numObjs();
  }

  @Override
  protected void genGrid() {
    grid.horzWall(0, 0);
    grid.horzWall(0, height - 1);
    grid.vertWall(0, 0);
    grid.vertWall(width - 1, 0);
    ObjectSet objs = new ObjectSet(numObjs);
    while (objs.size() < numObjs) {
      WorldObj obj = objs.drawDistinct(this);
      if (obj != null) {
        placeObj(obj, 0, 0, width, height, (x, y) -> nearAny(objs, x, y), MAX_PLACE_TRIES);
        objs.add(obj, placedX, placedY);
      }
    }
    placeAgent(0, 0, width, height, true);
    int move = randInt(0, numObjs);
    int target;
    do {
      target = randInt(0, numObjs);
    } while (target == move);
    toMove = objs.get(move);
    targetX = objs.x(target);
    targetY = objs.y(target);
    mission = "put the " + toMove + " near the " + objs.get(target);
  }

  private static boolean nearAny(ObjectSet objs, int x, int y) {
    for (int i = 0; i < objs.size(); i++) {
      if (Math.abs(x - objs.x(i)) <= 1 && Math.abs(y - objs.y(i)) <= 1) {
        return true;
      }
    }
    return false;
  }

  @Override
  protected void advance(int action) {
    carriedBefore = carrying;
    super.advance(action);
  }

  @Override
  protected void afterAction(int action, int fx, int fy, WorldObj ahead) {
    if (action == PICKUP
        && carrying != null
        && (carrying.type() != toMove.type() || carrying.color() != toMove.color())) {
      terminated = true;
    }
    if (action == DROP && carriedBefore != null) {
      int ox = agentX + DX[agentDir];
      int oy = agentY + DY[agentDir];
      if (grid.get(ox, oy) == carriedBefore
          && Math.abs(ox - targetX) <= 1
          && Math.abs(oy - targetY) <= 1) {
        reward = successReward();
      }
      terminated = true;
    }
  }
}
