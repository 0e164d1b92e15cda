package dev.jymnasium.games.minigrid.wrappers;

import dev.jymnasium.env.Env;
import dev.jymnasium.env.ObservationWrapper;
import dev.jymnasium.env.spaces.Box;
import dev.jymnasium.games.minigrid.MiniGridEnv;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Minigrid's {@code FullyObsWrapper}: the {@code image} entry becomes the whole grid, {@code uint8
 * (width, height, 3)} indexed {@code [x][y][channel]}, with the agent's cell encoded as {@code (10,
 * 0, direction)}; {@code direction} and {@code mission} stay. The returned map and array are reused
 * between steps.
 *
 * @param <A> the action type
 */
public final class FullyObsWrapper<A>
    extends ObservationWrapper<Map<String, Object>, A, Map<String, Object>> {
  private final MiniGridEnv minigrid;
  private final byte[] full;
  private final Map<String, Object> out = new LinkedHashMap<>();

  /** Wraps a Minigrid env (or a wrapper whose observation is Minigrid's dict). */
  public FullyObsWrapper(Env<Map<String, Object>, A> env) {
    super(env);
    MiniGridWrappers.image(env);
    this.minigrid = MiniGridWrappers.unwrapped(env);
    int w = minigrid.grid().width();
    int h = minigrid.grid().height();
    this.full = new byte[w * h * 3];
    setObservationSpace(MiniGridWrappers.withImage(env, Box.uint8(w, h, 3)));
  }

  @Override
  protected Map<String, Object> observation(Map<String, Object> observation) {
    minigrid.fullEncoding(full);
    out.putAll(observation);
    out.put("image", full);
    return out;
  }
}
