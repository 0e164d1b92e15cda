package dev.jymnasium.games.minigrid;

import dev.jymnasium.env.registry.ConfigBinder;
import dev.jymnasium.env.registry.Kwarg;

/**
 * An empty room with the goal in the bottom-right corner; Minigrid's {@code MiniGrid-Empty-*-v0}.
 *
 * <h2>Description</h2>
 *
 * A {@code size x size} grid walled all around; the goal at {@code (size-2, size-2)}. The agent
 * starts at {@code agent_start_pos} facing {@code agent_start_dir}, or, for the Random ids, on a
 * random free cell facing a random way. Useful to check that an agent learns at all.
 *
 * <h2>Action space, observation space</h2>
 *
 * As every Minigrid env ({@link MiniGridEnv}); the view sees through walls.
 *
 * <h2>Rewards</h2>
 *
 * {@code 1 - 0.9 * step_count / max_steps} on reaching the goal, else 0.
 *
 * <h2>Starting state</h2>
 *
 * Agent at (1, 1) facing east, or random ({@code place_agent}: {@code x}, {@code y}, then the
 * direction, drawn from the env's generator).
 *
 * <h2>Episode end</h2>
 *
 * Terminated at the goal; truncated after {@code max_steps} (default {@code 4 * size^2}).
 *
 * <h2>Arguments</h2>
 *
 * {@code size} (8), {@code agent_start_pos} ((1, 1), None for random), {@code agent_start_dir} (0),
 * and the shared {@link MiniGridEnv.Options}.
 *
 * <h2>Version history</h2>
 *
 * v0: as Minigrid 3.x.
 */
public final class EmptyEnv extends MiniGridEnv {
  static final String MISSION = "get to the green goal square";

  /**
   * The kwargs of Empty.
   *
   * @param size {@code size}: grid side, walls included
   * @param agentStartPos {@code agent_start_pos}: start cell, or null for a random one
   * @param agentStartDir {@code agent_start_dir}: start heading when the start cell is given
   * @param options the shared Minigrid kwargs
   */
  public record Config(
      @Kwarg(defaultValue = "8", min = 3, max = 256, doc = "grid side, walls included") int size,
      @Kwarg(
              defaultValue = "1, 1",
              acceptsNone = true,
              doc = "start cell (x, y); None: a random cell and heading")
          int[] agentStartPos,
      @Kwarg(
              defaultValue = "0",
              min = 0,
              max = 3,
              doc = "start heading: 0 east, 1 south, 2 west, 3 north")
          int agentStartDir,
      Options options) {
    /** Checks what the annotations cannot say. */
    public Config {
      if (agentStartPos != null
          && (agentStartPos.length != 2
              || agentStartPos[0] < 1
              || agentStartPos[1] < 1
              || agentStartPos[0] > size - 2
              || agentStartPos[1] > size - 2)) {
        throw new IllegalArgumentException(
            "kwarg 'agent_start_pos' must be a cell (x, y) inside the walls, 1.."
                + (size - 2)
                + ", got "
                + java.util.Arrays.toString(agentStartPos));
      }
    }
  }

  private final int[] start;
  private final int startDir;

  /** The 8x8 room with the fixed start. */
  public EmptyEnv() {
    this(ConfigBinder.defaults(Config.class));
  }

  /** An env with the given settings. */
  public EmptyEnv(Config config) {
    super(
        ConfigBinder.checked(config, "MiniGrid-Empty").options(),
        "MiniGrid-Empty",
        config.size(),
        config.size(),
        4 * config.size() * config.size(),
        true);
    this.start = config.agentStartPos() == null ? null : config.agentStartPos().clone();
    this.startDir = config.agentStartDir();
  }

  @Override
  protected void genGrid() {
    grid.wallRect(0, 0, width, height);
    putObj(WorldObj.goal(), width - 2, height - 2);
    if (start != null) {
      agentX = start[0];
      agentY = start[1];
      agentDir = startDir;
    } else {
      placeAgent(0, 0, width, height, true);
    }
    mission = MISSION;
  }
}
