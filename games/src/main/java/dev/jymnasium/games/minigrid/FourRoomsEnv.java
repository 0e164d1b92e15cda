package dev.jymnasium.games.minigrid;

import dev.jymnasium.env.registry.ConfigBinder;
import dev.jymnasium.env.registry.Kwarg;

/**
 * Four rooms joined by gaps, a random start and goal; Minigrid's {@code MiniGrid-FourRooms-v0}
 * (after Sutton, Precup and Singh's options paper).
 *
 * <h2>Description</h2>
 *
 * A 19x19 grid cut into four rooms by a wall cross; each of the four wall segments has one gap at a
 * random place. The agent must reach the goal, usually in another room.
 *
 * <h2>Action space, observation space</h2>
 *
 * As every Minigrid env ({@link MiniGridEnv}); walls hide what is behind them.
 *
 * <h2>Rewards</h2>
 *
 * {@code 1 - 0.9 * step_count / max_steps} on reaching the goal, else 0.
 *
 * <h2>Starting state</h2>
 *
 * Drawn in this order: the gaps (room by room, row-major: the right wall's gap row, then the bottom
 * wall's gap column); the agent's cell and heading (or only the heading when {@code agent_pos} is
 * given); the goal's cell unless {@code goal_pos} is given.
 *
 * <h2>Episode end</h2>
 *
 * Terminated at the goal; truncated after {@code max_steps} (default 100).
 *
 * <h2>Arguments</h2>
 *
 * {@code agent_pos} (None: random), {@code goal_pos} (None: random) and the shared {@link
 * MiniGridEnv.Options}.
 *
 * <h2>Version history</h2>
 *
 * v0: as Minigrid 3.x.
 */
public final class FourRoomsEnv extends MiniGridEnv {
  static final String MISSION = "reach the goal";
  private static final int SIZE = 19;

  /**
   * The kwargs of FourRooms.
   *
   * @param agentPos {@code agent_pos}: start cell, or null for a random one
   * @param goalPos {@code goal_pos}: goal cell, or null for a random one
   * @param options the shared Minigrid kwargs
   */
  public record Config(
      @Kwarg(doc = "start cell (x, y); None: random") int[] agentPos,
      @Kwarg(doc = "goal cell (x, y); None: random") int[] goalPos,
      Options options) {
    /** Checks what the annotations cannot say. */
    public Config {
      checkCell("agent_pos", agentPos);
      checkCell("goal_pos", goalPos);
    }

    private static void checkCell(String kwarg, int[] cell) {
      if (cell != null
          && (cell.length != 2
              || cell[0] < 1
              || cell[1] < 1
              || cell[0] > SIZE - 2
              || cell[1] > SIZE - 2)) {
        throw new IllegalArgumentException(
            "kwarg '"
                + kwarg
                + "' must be a cell (x, y) inside the outer walls, 1.."
                + (SIZE - 2)
                + ", got "
                + java.util.Arrays.toString(cell));
      }
    }
  }

  private final int[] agentStart;
  private final int[] goal;

  /** Random start and goal. */
  public FourRoomsEnv() {
    this(ConfigBinder.defaults(Config.class));
  }

  /** An env with the given settings. */
  public FourRoomsEnv(Config config) {
    super(
        ConfigBinder.checked(config, "MiniGrid-FourRooms-v0").options(),
        "MiniGrid-FourRooms-v0",
        SIZE,
        SIZE,
        100,
        false);
    this.agentStart = config.agentPos() == null ? null : config.agentPos().clone();
    this.goal = config.goalPos() == null ? null : config.goalPos().clone();
  }

  @Override
  protected void genGrid() {
    grid.horzWall(0, 0);
    grid.horzWall(0, height - 1);
    grid.vertWall(0, 0);
    grid.vertWall(width - 1, 0);
    int roomW = width / 2;
    int roomH = height / 2;
    for (int j = 0; j < 2; j++) {
      for (int i = 0; i < 2; i++) {
        int left = i * roomW;
        int top = j * roomH;
        int right = left + roomW;
        int bottom = top + roomH;
        if (i + 1 < 2) {
          grid.vertWall(right, top, roomH, WorldObj::wall);
          grid.set(right, randInt(top + 1, bottom), null);
        }
        if (j + 1 < 2) {
          grid.horzWall(left, bottom, roomW, WorldObj::wall);
          grid.set(randInt(left + 1, right), bottom, null);
        }
      }
    }
    if (agentStart != null) {
      agentX = agentStart[0];
      agentY = agentStart[1];
      grid.set(agentX, agentY, null);
      agentDir = randInt(0, 4);
    } else {
      placeAgent(0, 0, width, height, true);
    }
    if (goal != null) {
      putObj(WorldObj.goal(), goal[0], goal[1]);
    } else {
      placeObj(WorldObj.goal());
    }
    mission = MISSION;
  }
}
