package dev.jymnasium.games.minigrid.wrappers;

import dev.jymnasium.env.Env;
import dev.jymnasium.env.ObservationWrapper;
import dev.jymnasium.env.spaces.Box;
import dev.jymnasium.games.minigrid.MiniGridEnv;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Minigrid's {@code RGBImgObsWrapper}: the {@code image} entry becomes the picture of the whole
 * grid, {@code uint8 (height·tile_size, width·tile_size, 3)}, pixel for pixel as Minigrid draws it
 * (the cells the agent sees lightened when the env's {@code highlight} is on); {@code direction}
 * and {@code mission} stay. The returned map and array are reused between steps.
 *
 * @param <A> the action type
 */
public final class RGBImgObsWrapper<A>
    extends ObservationWrapper<Map<String, Object>, A, Map<String, Object>> {
  /** Minigrid's default pixels per cell for the pixel observations. */
  public static final int DEFAULT_TILE_SIZE = 8;

  private final MiniGridEnv minigrid;
  private final int tileSize;
  private final byte[] pixels;
  private final Map<String, Object> out = new LinkedHashMap<>();

  /** Wraps a Minigrid env with 8 pixels per cell. */
  public RGBImgObsWrapper(Env<Map<String, Object>, A> env) {
    this(env, DEFAULT_TILE_SIZE);
  }

  /**
   * Wraps a Minigrid env (or a wrapper whose observation is Minigrid's dict).
   *
   * @param tileSize pixels per cell, at least 1
   */
  public RGBImgObsWrapper(Env<Map<String, Object>, A> env, int tileSize) {
    super(env);
    MiniGridWrappers.image(env);
    this.minigrid = MiniGridWrappers.unwrapped(env);
    this.tileSize = MiniGridWrappers.checkTileSize(tileSize);
    int rows = minigrid.grid().height() * tileSize;
    int columns = minigrid.grid().width() * tileSize;
    this.pixels = new byte[rows * columns * 3];
    setObservationSpace(MiniGridWrappers.withImage(env, Box.uint8(rows, columns, 3)));
  }

  @Override
  protected Map<String, Object> observation(Map<String, Object> observation) {
    minigrid.fullFrame(tileSize, minigrid.highlight(), pixels);
    out.putAll(observation);
    out.put("image", pixels);
    return out;
  }
}
