package dev.jymnasium.games.minigrid;

import dev.jymnasium.env.registry.ConfigBinder;
import dev.jymnasium.env.registry.Kwarg;
import dev.jymnasium.env.spaces.Discrete;

/**
 * Reach the goal while balls move around at random; Minigrid's {@code
 * MiniGrid-Dynamic-Obstacles-*-v0}.
 *
 * <h2>Description</h2>
 *
 * An empty {@code size x size} room with the goal in the bottom-right corner and {@code
 * n_obstacles} blue balls. Before each action, every ball jumps to a random free cell of the 3x3
 * block around it (it stays when none is found in 101 draws). Walking into anything but the goal (a
 * ball or a wall) ends the episode with -1.
 *
 * <h2>Action space</h2>
 *
 * {@code Discrete(3)}: 0 turn left, 1 turn right, 2 forward.
 *
 * <h2>Observation space</h2>
 *
 * As every Minigrid env ({@link MiniGridEnv}); the view sees through walls.
 *
 * <h2>Rewards</h2>
 *
 * {@code 1 - 0.9 * step_count / max_steps} at the goal; -1 for moving forward while the cell ahead
 * (before the balls moved) held anything but the goal; 0 otherwise.
 *
 * <h2>Starting state</h2>
 *
 * The agent at {@code agent_start_pos} facing {@code agent_start_dir} (or a random cell and heading
 * when None), then each ball on a random free cell (101 draws at most).
 *
 * <h2>Episode end</h2>
 *
 * Terminated at the goal or on a collision; truncated after {@code max_steps} (default {@code 4 *
 * size^2}).
 *
 * <h2>Arguments</h2>
 *
 * {@code size} (8), {@code agent_start_pos} ([1, 1]), {@code agent_start_dir} (0), {@code
 * n_obstacles} (4; more than {@code size/2 + 1} become {@code size/2}) and the shared {@link
 * MiniGridEnv.Options}.
 *
 * <h2>Version history</h2>
 *
 * v0: as Minigrid 3.x.
 */
public final class DynamicObstaclesEnv extends MiniGridEnv {
  private static final int MAX_TRIES = 100;

  /**
   * The kwargs of Dynamic-Obstacles.
   *
   * @param size {@code size}: grid side, walls included
   * @param agentStartPos {@code agent_start_pos}: start cell, or null for a random one
   * @param agentStartDir {@code agent_start_dir}: start heading when the start cell is given
   * @param nObstacles {@code n_obstacles}: balls
   * @param options the shared Minigrid kwargs
   */
  public record Config(
      @Kwarg(defaultValue = "8", min = 4, max = 256, doc = "grid side, walls included") int size,
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
      @Kwarg(defaultValue = "4", min = 0, max = 1000, doc = "balls; above size/2 + 1: size/2")
          int nObstacles,
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

  private final Discrete actionSpace = new Discrete(3);
  private final int[] start;
  private final int startDir;
  private final WorldObj[] balls;
  private final int[] ballX;
  private final int[] ballY;
  private boolean blocked;

  /** The 8x8 room with 4 balls. */
  public DynamicObstaclesEnv() {
    this(ConfigBinder.defaults(Config.class));
  }

  /** An env with the given settings. */
  public DynamicObstaclesEnv(Config config) {
    super(
        ConfigBinder.checked(config, "MiniGrid-Dynamic-Obstacles").options(),
        "MiniGrid-Dynamic-Obstacles",
        config.size(),
        config.size(),
        4 * config.size() * config.size(),
        true);
    this.start = config.agentStartPos() == null ? null : config.agentStartPos().clone();
    this.startDir = config.agentStartDir();
    int n =
        config.nObstacles() <= config.size() / 2.0 + 1 ? config.nObstacles() : config.size() / 2;
    this.balls = new WorldObj[n];
    this.ballX = new int[n];
    this.ballY = new int[n];
  }

  @Override
  public Discrete actionSpace() {
    return actionSpace;
  }

  @Override
  protected void genGrid() {
    grid.wallRect(0, 0, width, height);
    grid.set(width - 2, height - 2, WorldObj.goal());
    if (start != null) {
      agentX = start[0];
      agentY = start[1];
      agentDir = startDir;
    } else {
      placeAgent(0, 0, width, height, true);
    }
    for (int i = 0; i < balls.length; i++) {
      balls[i] = WorldObj.ball(WorldObj.BLUE);
      if (!tryPlaceObj(balls[i], 0, 0, width, height, null, MAX_TRIES)) {
        throw new IllegalStateException("no free cell for ball " + i);
      }
      ballX[i] = placedX;
      ballY[i] = placedY;
    }
    mission = EmptyEnv.MISSION;
  }

  @Override
  protected void advance(int action) {
    WorldObj ahead = grid.get(agentX + DX[agentDir], agentY + DY[agentDir]);
    blocked = ahead != null && ahead.type() != WorldObj.GOAL;
    for (int i = 0; i < balls.length; i++) {
      if (tryPlaceObj(balls[i], ballX[i] - 1, ballY[i] - 1, 3, 3, null, MAX_TRIES)) {
        grid.set(ballX[i], ballY[i], null);
        ballX[i] = placedX;
        ballY[i] = placedY;
      }
    }
    super.advance(action);
  }

  @Override
  protected void afterAction(int action, int fx, int fy, WorldObj ahead) {
    if (action == FORWARD && blocked) {
      reward = -1;
      terminated = true;
    }
  }
}
