package dev.jymnasium.games.minigrid.wrappers;

import dev.jymnasium.env.Env;
import dev.jymnasium.env.ObservationWrapper;
import dev.jymnasium.env.spaces.Box;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Minigrid's {@code OneHotPartialObsWrapper}: each cell of the {@code image} becomes 20 bits, one
 * hot each for the type (11), the colour (6) and the state (3): {@code uint8 (V, V, 20)}. The
 * returned map and array are reused between steps.
 *
 * @param <A> the action type
 */
public final class OneHotPartialObsWrapper<A>
    extends ObservationWrapper<Map<String, Object>, A, Map<String, Object>> {
  private static final int TYPES = 11;
  private static final int COLORS = 6;
  private static final int BITS = TYPES + COLORS + 3;

  private final byte[] out;
  private final Map<String, Object> obs = new LinkedHashMap<>();

  /** Wraps a Minigrid env (or a wrapper whose observation is Minigrid's dict). */
  public OneHotPartialObsWrapper(Env<Map<String, Object>, A> env) {
    super(env);
    int[] shape = MiniGridWrappers.image(env).shape();
    this.out = new byte[shape[0] * shape[1] * BITS];
    setObservationSpace(MiniGridWrappers.withImage(env, Box.uint8(shape[0], shape[1], BITS)));
  }

  @Override
  protected Map<String, Object> observation(Map<String, Object> observation) {
    byte[] image = (byte[]) observation.get("image");
    Arrays.fill(out, (byte) 0);
    for (int cell = 0; cell < image.length / 3; cell++) {
      int o = cell * BITS;
      out[o + image[3 * cell]] = 1;
      out[o + TYPES + image[3 * cell + 1]] = 1;
      out[o + TYPES + COLORS + image[3 * cell + 2]] = 1;
    }
    obs.putAll(observation);
    obs.put("image", out);
    return obs;
  }
}
