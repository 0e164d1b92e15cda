package dev.jymnasium.games.minigrid;

import dev.jymnasium.env.registry.ConfigBinder;
import dev.jymnasium.env.registry.Kwarg;

/**
 * Go to the door of the named colour and say done; Minigrid's {@code MiniGrid-GoToDoor-*-v0}.
 *
 * <h2>Description</h2>
 *
 * A room of random size (5 to {@code size} per side) in the top-left of a {@code size x size} grid,
 * with four closed doors of distinct random colours, one per wall. The mission names one.
 *
 * <h2>Action space, observation space</h2>
 *
 * As every Minigrid env ({@link MiniGridEnv}); the view sees through walls.
 *
 * <h2>Rewards</h2>
 *
 * {@code 1 - 0.9 * step_count / max_steps} for {@code done} next to the named door (sharing a row
 * or column with it, one cell away), else 0.
 *
 * <h2>Starting state</h2>
 *
 * Drawn in this order: the room's width and height; the door positions (top, bottom, left, right);
 * the door colours (redrawn while repeated); the agent's cell and heading; the named door.
 *
 * <h2>Episode end</h2>
 *
 * Terminated on {@code done} or {@code toggle}; truncated after {@code max_steps} (default {@code 4
 * * size^2}).
 *
 * <h2>Arguments</h2>
 *
 * {@code size} (5) and the shared {@link MiniGridEnv.Options}.
 *
 * <h2>Version history</h2>
 *
 * v0: as Minigrid 3.x.
 */
public final class GoToDoorEnv extends MiniGridEnv {
  /**
   * The kwargs of GoToDoor.
   *
   * @param size {@code size}: grid side, walls included
   * @param options the shared Minigrid kwargs
   */
  public record Config(
      @Kwarg(defaultValue = "5", min = 5, max = 256, doc = "grid side, walls included") int size,
      Options options) {}

  private int targetX;
  private int targetY;

  /** The 5x5 room. */
  public GoToDoorEnv() {
    this(ConfigBinder.defaults(Config.class));
  }

  /** An env with the given settings. */
  public GoToDoorEnv(Config config) {
    super(
        ConfigBinder.checked(config, "MiniGrid-GoToDoor").options(),
        "MiniGrid-GoToDoor",
        config.size(),
        config.size(),
        4 * config.size() * config.size(),
        true);
  }

  @Override
  protected void genGrid() {
    int w = randInt(5, width + 1);
    int h = randInt(5, height + 1);
    grid.wallRect(0, 0, w, h);
    int[][] doors = {
      {randInt(2, w - 2), 0},
      {randInt(2, w - 2), h - 1},
      {0, randInt(2, h - 2)},
      {w - 1, randInt(2, h - 2)}
    };
    int[] colors = new int[4];
    int n = 0;
    while (n < 4) {
      int c = randColor();
      boolean repeated = false;
      for (int k = 0; k < n; k++) {
        repeated |= colors[k] == c;
      }
      if (!repeated) {
        colors[n++] = c;
      }
    }
    for (int k = 0; k < 4; k++) {
      grid.set(doors[k][0], doors[k][1], WorldObj.door(colors[k], false, false));
    }
    placeAgent(0, 0, w, h, true);
    int target = randInt(0, 4);
    targetX = doors[target][0];
    targetY = doors[target][1];
    mission = "go to the " + WorldObj.COLOR_NAMES.get(colors[target]) + " door";
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
