package dev.jymnasium.games.minigrid;

import dev.jymnasium.env.registry.ConfigBinder;
import dev.jymnasium.env.registry.Kwarg;

/**
 * Reach the goal past two strips of lava whose second strip moves between the two ids; Minigrid's
 * {@code MiniGrid-DistShift1-v0} and {@code MiniGrid-DistShift2-v0}, a test of distributional
 * shift.
 *
 * <h2>Description</h2>
 *
 * A 9x7 room; the goal in the top-right corner at {@code (width-2, 1)}; lava on row 1 and on row
 * {@code strip2_row} (2 or 5) from column 3 to {@code width-4}. The agent starts at (1, 1) facing
 * east.
 *
 * <h2>Action space, observation space</h2>
 *
 * As every Minigrid env ({@link MiniGridEnv}); the view sees through walls.
 *
 * <h2>Rewards</h2>
 *
 * {@code 1 - 0.9 * step_count / max_steps} on reaching the goal, 0 otherwise (lava included).
 *
 * <h2>Starting state</h2>
 *
 * Fixed, unless {@code agent_start_pos} is None: then a random cell and heading.
 *
 * <h2>Episode end</h2>
 *
 * Terminated at the goal or in lava; truncated after {@code max_steps} (default {@code 4 * width *
 * height}).
 *
 * <h2>Arguments</h2>
 *
 * {@code width} (9), {@code height} (7), {@code agent_start_pos} ([1, 1]), {@code agent_start_dir}
 * (0), {@code strip2_row} (2) and the shared {@link MiniGridEnv.Options}.
 *
 * <h2>Version history</h2>
 *
 * v0: as Minigrid 3.x.
 */
public final class DistShiftEnv extends MiniGridEnv {
  /**
   * The kwargs of DistShift.
   *
   * @param width {@code width}: grid columns, walls included
   * @param height {@code height}: grid rows, walls included
   * @param agentStartPos {@code agent_start_pos}: start cell, or null for a random one
   * @param agentStartDir {@code agent_start_dir}: start heading when the start cell is given
   * @param strip2Row {@code strip2_row}: row of the second lava strip
   * @param options the shared Minigrid kwargs
   */
  public record Config(
      @Kwarg(defaultValue = "9", min = 7, max = 256, doc = "grid columns, walls included")
          int width,
      @Kwarg(defaultValue = "7", min = 4, max = 256, doc = "grid rows, walls included") int height,
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
      @Kwarg(defaultValue = "2", min = 1, doc = "row of the second lava strip") int strip2Row,
      Options options) {
    /** Checks what the annotations cannot say. */
    public Config {
      if (strip2Row > height - 2) {
        throw new IllegalArgumentException(
            "kwarg 'strip2_row' must be inside the walls, 1.."
                + (height - 2)
                + ", got "
                + strip2Row);
      }
      if (agentStartPos != null
          && (agentStartPos.length != 2
              || agentStartPos[0] < 1
              || agentStartPos[1] < 1
              || agentStartPos[0] > width - 2
              || agentStartPos[1] > height - 2)) {
        throw new IllegalArgumentException(
            "kwarg 'agent_start_pos' must be a cell (x, y) inside the walls, got "
                + java.util.Arrays.toString(agentStartPos));
      }
    }
  }

  private final int[] start;
  private final int startDir;
  private final int strip2Row;

  /** DistShift1. */
  public DistShiftEnv() {
    this(ConfigBinder.defaults(Config.class));
  }

  /** An env with the given settings. */
  public DistShiftEnv(Config config) {
    super(
        ConfigBinder.checked(config, "MiniGrid-DistShift").options(),
        "MiniGrid-DistShift",
        config.width(),
        config.height(),
        4 * config.width() * config.height(),
        true);
    this.start = config.agentStartPos() == null ? null : config.agentStartPos().clone();
    this.startDir = config.agentStartDir();
    this.strip2Row = config.strip2Row();
  }

  @Override
  protected void genGrid() {
    grid.wallRect(0, 0, width, height);
    putObj(WorldObj.goal(), width - 2, 1);
    for (int i = 0; i < width - 6; i++) {
      grid.set(3 + i, 1, WorldObj.lava());
      grid.set(3 + i, strip2Row, WorldObj.lava());
    }
    if (start != null) {
      agentX = start[0];
      agentY = start[1];
      agentDir = startDir;
    } else {
      placeAgent(0, 0, width, height, true);
    }
    mission = EmptyEnv.MISSION;
  }
}
