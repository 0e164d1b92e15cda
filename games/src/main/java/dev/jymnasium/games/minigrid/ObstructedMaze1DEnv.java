package dev.jymnasium.games.minigrid;

import dev.jymnasium.env.registry.ConfigBinder;
import dev.jymnasium.env.registry.Kwarg;

/**
 * Two rooms and a locked door; Minigrid's {@code MiniGrid-ObstructedMaze-1Dl-v0}, {@code -1Dlh-v0}
 * and {@code -1Dlhb-v0}.
 *
 * <h2>Description</h2>
 *
 * Two 6x6 rooms side by side (an 11x6 grid). The door between them is locked; its key lies in the
 * agent's room, inside a grey box with {@code key_in_box} ("h": hidden); with {@code blocked} ("b")
 * a green ball stands in front of the door. The blue ball to pick up is in the other room.
 *
 * <h2>Action space, observation space</h2>
 *
 * As every Minigrid env ({@link MiniGridEnv}); walls and closed doors hide what is behind them.
 *
 * <h2>Rewards</h2>
 *
 * {@code 1 - 0.9 * step_count / max_steps} when a pick-up leaves the agent carrying the blue ball,
 * else 0.
 *
 * <h2>Starting state</h2>
 *
 * Drawn in this order: the door positions; the door colours (a permutation); the key's (or box's)
 * cell; the ball's cell; the agent's cell and heading (redrawn until it faces an empty cell or a
 * wall). Objects are never placed next to the grid's centre.
 *
 * <h2>Episode end</h2>
 *
 * Terminated when the ball is picked up; truncated after {@code max_steps} (default 288).
 *
 * <h2>Arguments</h2>
 *
 * {@code key_in_box} (true), {@code blocked} (true) and the shared {@link MiniGridEnv.Options}.
 *
 * <h2>Version history</h2>
 *
 * v0: as Minigrid 3.x.
 */
public final class ObstructedMaze1DEnv extends ObstructedMazeEnv {
  /**
   * The kwargs of the two-room ObstructedMaze.
   *
   * @param keyInBox {@code key_in_box}: hide the key in a box
   * @param blocked {@code blocked}: a ball blocks the door
   * @param options the shared Minigrid kwargs
   */
  public record Config(
      @Kwarg(defaultValue = "true", doc = "hide the key in a box") boolean keyInBox,
      @Kwarg(defaultValue = "true", doc = "a ball blocks the door") boolean blocked,
      Options options) {}

  private final boolean keyInBox;
  private final boolean blocked;

  /** The 1Dlhb layout. */
  public ObstructedMaze1DEnv() {
    this(ConfigBinder.defaults(Config.class));
  }

  /** An env with the given settings. */
  public ObstructedMaze1DEnv(Config config) {
    super(
        ConfigBinder.checked(config, "MiniGrid-ObstructedMaze-1D").options(),
        "MiniGrid-ObstructedMaze-1D",
        1,
        2,
        2);
    this.keyInBox = config.keyInBox();
    this.blocked = config.blocked();
  }

  @Override
  protected void genGrid() {
    genMaze();
    addMazeDoor(0, 0, RIGHT_WALL, doorColors[0], true, keyInBox, blocked);
    addTarget(1, 0);
    placeAgentInRoom(0, 0);
  }
}
