package dev.jymnasium.games.minigrid;

import dev.jymnasium.env.registry.ConfigBinder;
import dev.jymnasium.env.registry.Kwarg;
import java.util.List;

/**
 * Pick up the named object among several; Minigrid's {@code MiniGrid-Fetch-*-v0}.
 *
 * <h2>Description</h2>
 *
 * A {@code size x size} room with {@code numObjs} keys and balls of random colours (repeats
 * allowed). The mission names one of them in one of five phrasings ("get a", "go get a", "fetch a",
 * "go fetch a", "you must fetch a").
 *
 * <h2>Action space, observation space</h2>
 *
 * As every Minigrid env ({@link MiniGridEnv}); the view sees through walls.
 *
 * <h2>Rewards</h2>
 *
 * {@code 1 - 0.9 * step_count / max_steps} when the carried object has the named type and colour; 0
 * when another one is picked up.
 *
 * <h2>Starting state</h2>
 *
 * Drawn in this order: per object its type, colour and cell; the agent's cell and heading; the
 * named object; the phrasing.
 *
 * <h2>Episode end</h2>
 *
 * Terminated as soon as the agent carries something; truncated after {@code max_steps} (default
 * {@code 5 * size^2}).
 *
 * <h2>Arguments</h2>
 *
 * {@code size} (8), {@code num_objs} (3; the original's {@code numObjs}) and the shared {@link
 * MiniGridEnv.Options}.
 *
 * <h2>Version history</h2>
 *
 * v0: as Minigrid 3.x.
 */
public final class FetchEnv extends MiniGridEnv {
  private static final List<String> PHRASES =
      List.of("get a", "go get a", "fetch a", "go fetch a", "you must fetch a");

  /**
   * The kwargs of Fetch.
   *
   * @param size {@code size}: grid side, walls included
   * @param numObjs {@code num_objs}: objects in the room
   * @param options the shared Minigrid kwargs
   */
  public record Config(
      @Kwarg(defaultValue = "8", min = 4, max = 256, doc = "grid side, walls included") int size,
      @Kwarg(defaultValue = "3", min = 1, max = 1000, doc = "objects in the room") int numObjs,
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
  private int targetType;
  private int targetColor;

  /** The 8x8 room with 3 objects. */
  public FetchEnv() {
    this(ConfigBinder.defaults(Config.class));
  }

  /** An env with the given settings. */
  public FetchEnv(Config config) {
    super(
        ConfigBinder.checked(config, "MiniGrid-Fetch").options(),
        "MiniGrid-Fetch",
        config.size(),
        config.size(),
        5 * config.size() * config.size(),
        true);
    this.numObjs = config.numObjs();
  }

  @Override
  protected void genGrid() {
    grid.horzWall(0, 0);
    grid.horzWall(0, height - 1);
    grid.vertWall(0, 0);
    grid.vertWall(width - 1, 0);
    WorldObj[] objs = new WorldObj[numObjs];
    for (int i = 0; i < numObjs; i++) {
      boolean key = randInt(0, 2) == 0;
      int color = randColor();
      objs[i] = key ? WorldObj.key(color) : WorldObj.ball(color);
      placeObj(objs[i]);
    }
    placeAgent(0, 0, width, height, true);
    WorldObj target = objs[randInt(0, numObjs)];
    targetType = target.type();
    targetColor = target.color();
    mission = PHRASES.get(randInt(0, PHRASES.size())) + " " + target;
  }

  @Override
  protected void afterAction(int action, int fx, int fy, WorldObj ahead) {
    if (carrying != null) {
      boolean right = carrying.type() == targetType && carrying.color() == targetColor;
      reward = right ? successReward() : 0;
      terminated = true;
    }
  }
}
