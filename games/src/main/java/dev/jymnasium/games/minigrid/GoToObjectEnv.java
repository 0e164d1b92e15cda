package dev.jymnasium.games.minigrid;

import dev.jymnasium.env.registry.ConfigBinder;
import dev.jymnasium.env.registry.Kwarg;

/**
 * Go next to the named object and say done; Minigrid's {@code MiniGrid-GoToObject-*-v0}.
 *
 * <h2>Description</h2>
 *
 * A {@code size x size} room with {@code numObjs} distinct keys, balls and boxes of random colours;
 * the mission names one.
 *
 * <h2>Action space, observation space</h2>
 *
 * As every Minigrid env ({@link MiniGridEnv}); the view sees through walls.
 *
 * <h2>Rewards</h2>
 *
 * {@code 1 - 0.9 * step_count / max_steps} for {@code done} next to the named object's starting
 * cell (sharing a row or column, one cell away), else 0.
 *
 * <h2>Starting state</h2>
 *
 * Drawn in this order: per object its type and colour (redrawn when already used) and its cell; the
 * agent's cell and heading; the named object.
 *
 * <h2>Episode end</h2>
 *
 * Terminated on {@code done} or {@code toggle}; truncated after {@code max_steps} (default {@code 5
 * * size^2}).
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
public final class GoToObjectEnv extends MiniGridEnv {
  /**
   * The kwargs of GoToObject.
   *
   * @param size {@code size}: grid side, walls included
   * @param numObjs {@code num_objs}: distinct objects in the room (at most 18)
   * @param options the shared Minigrid kwargs
   */
  public record Config(
      @Kwarg(defaultValue = "6", min = 4, max = 256, doc = "grid side, walls included") int size,
      @Kwarg(defaultValue = "2", min = 1, max = 18, doc = "distinct objects in the room")
          int numObjs,
      Options options) {
    /** Checks what the annotations cannot say. */
    public Config {
      if (numObjs > (size - 2) * (size - 2) - 1) {
        throw new IllegalArgumentException(
            "kwarg 'num_objs' must leave a free cell for the agent, got " + numObjs);
      }
    }
  }

  private final int numObjs;
  private int targetX;
  private int targetY;

  /** The 6x6 room with 2 objects. */
  public GoToObjectEnv() {
    this(ConfigBinder.defaults(Config.class));
  }

  /** An env with the given settings. */
  public GoToObjectEnv(Config config) {
    super(
        ConfigBinder.checked(config, "MiniGrid-GoToObject").options(),
        "MiniGrid-GoToObject",
        config.size(),
        config.size(),
        5 * config.size() * config.size(),
        true);
    this.numObjs = config.numObjs();
  }

  @Override
  protected void genGrid() {
    grid.wallRect(0, 0, width, height);
    ObjectSet objs = new ObjectSet(numObjs);
    while (objs.size() < numObjs) {
      WorldObj obj = objs.drawDistinct(this);
      if (obj != null) {
        placeObj(obj);
        objs.add(obj, placedX, placedY);
      }
    }
    placeAgent(0, 0, width, height, true);
    int target = randInt(0, numObjs);
    targetX = objs.x(target);
    targetY = objs.y(target);
    mission = "go to the " + objs.get(target);
  }

  @Override
  protected void afterAction(int action, int fx, int fy, WorldObj ahead) {
    if (action == TOGGLE) {
      terminated = true;
    }
    if (action == DONE) {
      boolean next =
          (agentX == targetX && Math.abs(agentY - targetY) == 1)
              || (agentY == targetY && Math.abs(agentX - targetX) == 1);
      if (next) {
        reward = successReward();
      }
      terminated = true;
    }
  }
}
