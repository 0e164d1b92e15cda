package dev.jymnasium.games.minigrid;

import dev.jymnasium.env.registry.ConfigBinder;
import dev.jymnasium.env.registry.Kwarg;

/**
 * Remember the object in the start room, then walk to its twin at the end of the hallway;
 * Minigrid's {@code MiniGrid-MemoryS*-v0} and {@code MiniGrid-MemoryS*Random-v0}.
 *
 * <h2>Description</h2>
 *
 * A small start room holds a green key or ball; a hallway leads to a junction with a green key and
 * a green ball, one up and one down. Stepping next to the matching one (onto the cell below the
 * upper object or above the lower one) succeeds, next to the other one fails. The objects cannot be
 * picked up: pick-up acts as toggle.
 *
 * <h2>Action space, observation space</h2>
 *
 * As every Minigrid env ({@link MiniGridEnv}); walls hide what is behind them.
 *
 * <h2>Rewards</h2>
 *
 * {@code 1 - 0.9 * step_count / max_steps} next to the matching object, 0 otherwise.
 *
 * <h2>Starting state</h2>
 *
 * Drawn in this order: with {@code random_length} the hallway's end column in {@code [4, size-2)}
 * (else {@code size-3}); the agent's column in the middle row, facing east; the start room's object
 * (key or ball); the order of the two objects at the end.
 *
 * <h2>Episode end</h2>
 *
 * Terminated next to either end object; truncated after {@code max_steps} (default {@code 5 *
 * size^2}).
 *
 * <h2>Arguments</h2>
 *
 * {@code size} (7, odd), {@code random_length} (false) and the shared {@link MiniGridEnv.Options}.
 *
 * <h2>Differences from the original</h2>
 *
 * The default {@code size} is 7: the original's default of 8 fails its own odd-size check.
 *
 * <h2>Version history</h2>
 *
 * v0: as Minigrid 3.x.
 */
public final class MemoryEnv extends MiniGridEnv {
  static final String MISSION = "go to the matching object at the end of the hallway";

  /**
   * The kwargs of Memory.
   *
   * @param size {@code size}: grid side, walls included, odd
   * @param randomLength {@code random_length}: draw the hallway's length
   * @param options the shared Minigrid kwargs
   */
  public record Config(
      @Kwarg(defaultValue = "7", min = 7, max = 255, doc = "grid side, walls included, odd")
          int size,
      @Kwarg(defaultValue = "false", doc = "draw the hallway's length") boolean randomLength,
      Options options) {
    /** Checks what the annotations cannot say. */
    public Config {
      if (size % 2 == 0) {
        throw new IllegalArgumentException("kwarg 'size' must be odd, got " + size);
      }
    }
  }

  private final boolean randomLength;
  private int successX;
  private int successY;
  private int failureX;
  private int failureY;

  /** The 7x7 hallway. */
  public MemoryEnv() {
    this(ConfigBinder.defaults(Config.class));
  }

  /** An env with the given settings. */
  public MemoryEnv(Config config) {
    super(
        ConfigBinder.checked(config, "MiniGrid-Memory").options(),
        "MiniGrid-Memory",
        config.size(),
        config.size(),
        5 * config.size() * config.size(),
        false);
    this.randomLength = config.randomLength();
  }

  @Override
  protected void genGrid() {
    grid.horzWall(0, 0);
    grid.horzWall(0, height - 1);
    grid.vertWall(0, 0);
    grid.vertWall(width - 1, 0);
    int mid = height / 2;
    int upper = mid - 2;
    int lower = mid + 2;
    int end = randomLength ? randInt(4, width - 2) : width - 3;
    for (int i = 1; i < 5; i++) {
      grid.set(i, upper, WorldObj.wall());
      grid.set(i, lower, WorldObj.wall());
    }
    grid.set(4, upper + 1, WorldObj.wall());
    grid.set(4, lower - 1, WorldObj.wall());
    for (int i = 5; i < end; i++) {
      grid.set(i, upper + 1, WorldObj.wall());
      grid.set(i, lower - 1, WorldObj.wall());
    }
    for (int j = 0; j < height; j++) {
      if (j != mid) {
        grid.set(end, j, WorldObj.wall());
      }
      grid.set(end + 2, j, WorldObj.wall());
    }
    agentX = randInt(1, end + 1);
    agentY = mid;
    agentDir = 0;
    boolean startKey = randInt(0, 2) == 0;
    grid.set(1, mid - 1, startKey ? WorldObj.key(WorldObj.GREEN) : WorldObj.ball(WorldObj.GREEN));
    boolean upperBall = randInt(0, 2) == 0;
    grid.set(
        end + 1, mid - 2, upperBall ? WorldObj.ball(WorldObj.GREEN) : WorldObj.key(WorldObj.GREEN));
    grid.set(
        end + 1, mid + 2, upperBall ? WorldObj.key(WorldObj.GREEN) : WorldObj.ball(WorldObj.GREEN));
    boolean upperMatches = startKey != upperBall;
    successX = end + 1;
    failureX = end + 1;
    successY = upperMatches ? mid - 1 : mid + 1;
    failureY = upperMatches ? mid + 1 : mid - 1;
    mission = MISSION;
  }

  /** Pick-up acts as toggle: the objects stay where they are. */
  @Override
  protected void advance(int action) {
    super.advance(action == PICKUP ? TOGGLE : action);
  }

  @Override
  protected void afterAction(int action, int fx, int fy, WorldObj ahead) {
    if (agentX == successX && agentY == successY) {
      reward = successReward();
      terminated = true;
    }
    if (agentX == failureX && agentY == failureY) {
      reward = 0;
      terminated = true;
    }
  }
}
