package dev.jymnasium.games.minigrid.wrappers;

import dev.jymnasium.env.Env;
import dev.jymnasium.env.ObservationWrapper;
import dev.jymnasium.env.spaces.Box;
import dev.jymnasium.games.minigrid.MiniGridEnv;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Minigrid's {@code RGBImgPartialObsWrapper}: the {@code image} entry becomes the picture of the
 * agent's view, {@code uint8 (view·tile_size, view·tile_size, 3)}, pixel for pixel as Minigrid
 * draws it (the agent at the bottom centre pointing up, the cells it sees lightened); {@code
 * direction} and {@code mission} stay. The returned map and array are reused between steps.
 *
 * @param <A> the action type
 */
public final class RGBImgPartialObsWrapper<A>
    extends ObservationWrapper<Map<String, Object>, A, Map<String, Object>> {
  private final MiniGridEnv minigrid;
  private final int tileSize;
  private final byte[] pixels;
  private final Map<String, Object> out = new LinkedHashMap<>();

  /** Wraps a Minigrid env with 8 pixels per cell. */
  public RGBImgPartialObsWrapper(Env<Map<String, Object>, A> env) {
    this(env, RGBImgObsWrapper.DEFAULT_TILE_SIZE);
  }

  /**
   * Wraps a Minigrid env (or a wrapper whose observation is Minigrid's dict).
   *
   * @param tileSize pixels per cell, at least 1
   */
  public RGBImgPartialObsWrapper(Env<Map<String, Object>, A> env, int tileSize) {
    super(env);
    int[] view = MiniGridWrappers.image(env).shape();
    this.minigrid = MiniGridWrappers.unwrapped(env);
    this.tileSize = MiniGridWrappers.checkTileSize(tileSize);
    int rows = view[0] * tileSize;
    int columns = view[1] * tileSize;
    this.pixels = new byte[rows * columns * 3];
    setObservationSpace(MiniGridWrappers.withImage(env, Box.uint8(rows, columns, 3)));
  }

  @Override
  protected Map<String, Object> observation(Map<String, Object> observation) {
    minigrid.povFrame(tileSize, pixels);
    out.putAll(observation);
    out.put("image", pixels);
    return out;
  }
}
