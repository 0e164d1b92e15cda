package dev.jymnasium.games.minigrid.wrappers;

import dev.jymnasium.env.Env;
import dev.jymnasium.env.Step;
import dev.jymnasium.env.Wrapper;
import dev.jymnasium.games.minigrid.MiniGridEnv;
import java.util.HashMap;
import java.util.Map;

/**
 * Minigrid's {@code PositionBonus}: adds {@code scale / sqrt(n)} to each reward, {@code n} the
 * number of steps (this one included) that ended on the agent's cell, counted over the wrapper's
 * life (resets keep the counts).
 *
 * <p>Difference from the original: the original accepts {@code scale} but always uses 1; here it is
 * applied (the default 1 gives the original's numbers).
 *
 * @param <O> the observation type
 */
public final class PositionBonus<O> extends Wrapper<O, Integer, O, Integer> {
  private final MiniGridEnv minigrid;
  private final double scale;
  private final Map<Long, Integer> counts = new HashMap<>();

  /** Wraps a Minigrid env with scale 1. */
  public PositionBonus(Env<O, Integer> env) {
    this(env, 1);
  }

  /** Wraps a Minigrid env with the given scale of the bonus. */
  public PositionBonus(Env<O, Integer> env, double scale) {
    super(env);
    if (!Double.isFinite(scale)) {
      throw new IllegalArgumentException("scale must be finite, got " + scale);
    }
    this.minigrid = MiniGridWrappers.unwrapped(env);
    this.scale = scale;
  }

  @Override
  protected Step<O> doStep(Integer action) {
    Step<O> s = env.step(action);
    int n = counts.merge((long) minigrid.agentX() * 65536 + minigrid.agentY(), 1, Integer::sum);
    s.setReward(s.reward() + scale / Math.sqrt(n));
    return s;
  }
}
