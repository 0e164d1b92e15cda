package dev.jymnasium.games.minigrid.wrappers;

import dev.jymnasium.env.Env;
import dev.jymnasium.env.ObservationWrapper;
import dev.jymnasium.env.spaces.Box;
import dev.jymnasium.env.spaces.DType;
import dev.jymnasium.games.minigrid.MiniGridEnv;
import dev.jymnasium.games.minigrid.WorldObj;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Minigrid's {@code SymbolicObsWrapper}: the {@code image} entry becomes the whole grid as {@code
 * (x, y, object type)} triples, {@code int32 (width, height, 3)} indexed {@code [x][y][k]}, the
 * type −1 for an empty cell and 10 on the agent's cell; {@code direction} and {@code mission} stay.
 * The returned map and array are reused between steps.
 *
 * <p>Differences from the original: its space claims {@code uint8} in [0, 10] while it returns
 * int64 values with −1 for empty cells and coordinates up to the grid size; ours is {@code int32}
 * with per-channel bounds that hold what is returned (x in [0, width−1], y in [0, height−1], type
 * in [−1, 10]).
 *
 * @param <A> the action type
 */
public final class SymbolicObsWrapper<A>
    extends ObservationWrapper<Map<String, Object>, A, Map<String, Object>> {
  private static final int EMPTY = -1;

  private final MiniGridEnv minigrid;
  private final int[] symbols;
  private final Map<String, Object> out = new LinkedHashMap<>();

  /** Wraps a Minigrid env (or a wrapper whose observation is Minigrid's dict). */
  public SymbolicObsWrapper(Env<Map<String, Object>, A> env) {
    super(env);
    MiniGridWrappers.image(env);
    this.minigrid = MiniGridWrappers.unwrapped(env);
    int w = minigrid.grid().width();
    int h = minigrid.grid().height();
    this.symbols = new int[w * h * 3];
    double[] low = new double[symbols.length];
    double[] high = new double[symbols.length];
    for (int x = 0; x < w; x++) {
      for (int y = 0; y < h; y++) {
        int o = (x * h + y) * 3;
        symbols[o] = x;
        symbols[o + 1] = y;
        high[o] = w - 1;
        high[o + 1] = h - 1;
        low[o + 2] = EMPTY;
        high[o + 2] = WorldObj.AGENT;
      }
    }
    setObservationSpace(
        MiniGridWrappers.withImage(env, new Box<>(low, high, new int[] {w, h, 3}, DType.INT32)));
  }

  @Override
  protected Map<String, Object> observation(Map<String, Object> observation) {
    int h = minigrid.grid().height();
    for (int x = 0; x < minigrid.grid().width(); x++) {
      for (int y = 0; y < h; y++) {
        WorldObj cell = minigrid.grid().get(x, y);
        symbols[(x * h + y) * 3 + 2] = cell == null ? EMPTY : cell.type();
      }
    }
    symbols[(minigrid.agentX() * h + minigrid.agentY()) * 3 + 2] = WorldObj.AGENT;
    out.putAll(observation);
    out.put("image", symbols);
    return out;
  }
}
