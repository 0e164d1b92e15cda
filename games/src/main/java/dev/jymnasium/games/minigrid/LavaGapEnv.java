package dev.jymnasium.games.minigrid;

import dev.jymnasium.env.registry.ConfigBinder;
import dev.jymnasium.env.registry.Kwarg;

/**
 * Cross a column of lava through its one gap; Minigrid's {@code MiniGrid-LavaGapS*-v0}.
 *
 * <h2>Description</h2>
 *
 * A {@code size x size} room with a vertical strip of lava (or walls, {@code obstacle_type="wall"})
 * at a random column, open at one random row. The agent starts in the top-left corner facing east;
 * the goal is in the bottom-right corner. Stepping into lava ends the episode.
 *
 * <h2>Action space, observation space</h2>
 *
 * As every Minigrid env ({@link MiniGridEnv}); walls hide what is behind them.
 *
 * <h2>Rewards</h2>
 *
 * {@code 1 - 0.9 * step_count / max_steps} on reaching the goal, 0 otherwise (lava included).
 *
 * <h2>Starting state</h2>
 *
 * The gap's column in {@code [2, size-2)}, then its row in {@code [1, size-1)}.
 *
 * <h2>Episode end</h2>
 *
 * Terminated at the goal or in lava; truncated after {@code max_steps} (default {@code 4 *
 * size^2}).
 *
 * <h2>Arguments</h2>
 *
 * {@code size} (registered 5, 6, 7), {@code obstacle_type} ({@code lava}) and the shared {@link
 * MiniGridEnv.Options}.
 *
 * <h2>Version history</h2>
 *
 * v0: as Minigrid 3.x.
 */
public final class LavaGapEnv extends MiniGridEnv {
  static final String MISSION_LAVA = "avoid the lava and get to the green goal square";
  static final String MISSION_WALL = "find the opening and get to the green goal square";

  /**
   * The kwargs of LavaGap.
   *
   * @param size {@code size}: grid side, walls included
   * @param obstacleType {@code obstacle_type}: {@code lava} or {@code wall}
   * @param options the shared Minigrid kwargs
   */
  public record Config(
      @Kwarg(defaultValue = "7", min = 5, max = 256, doc = "grid side, walls included") int size,
      @Kwarg(
              defaultValue = "lava",
              oneOf = {"lava", "wall"},
              doc = "what the strip is made of")
          String obstacleType,
      Options options) {}

  private final boolean lava;

  /** The 7x7 room. */
  public LavaGapEnv() {
    this(ConfigBinder.defaults(Config.class));
  }

  /** An env with the given settings. */
  public LavaGapEnv(Config config) {
    super(
        ConfigBinder.checked(config, "MiniGrid-LavaGap").options(),
        "MiniGrid-LavaGap",
        config.size(),
        config.size(),
        4 * config.size() * config.size(),
        false);
    this.lava = "lava".equals(config.obstacleType());
  }

  @Override
  protected void genGrid() {
    grid.wallRect(0, 0, width, height);
    agentX = 1;
    agentY = 1;
    agentDir = 0;
    putObj(WorldObj.goal(), width - 2, height - 2);
    int gapX = randInt(2, width - 2);
    int gapY = randInt(1, height - 1);
    grid.vertWall(gapX, 1, height - 2, lava ? WorldObj::lava : WorldObj::wall);
    grid.set(gapX, gapY, null);
    mission = lava ? MISSION_LAVA : MISSION_WALL;
  }
}
