package dev.jymnasium.games.minigrid.wrappers;

import dev.jymnasium.env.Env;
import dev.jymnasium.env.Step;
import dev.jymnasium.env.Wrapper;
import dev.jymnasium.games.minigrid.MiniGridEnv;
import java.util.HashMap;
import java.util.Map;

/**
 * Minigrid's {@code ActionBonus}: adds {@code 1 / sqrt(n)} to each reward, {@code n} the number of
 * times (this one included) the agent took this action at this cell with this heading, counted over
 * the wrapper's life (resets keep the counts).
 *
 * @param <O> the observation type
 */
public final class ActionBonus<O> extends Wrapper<O, Integer, O, Integer> {
  private final MiniGridEnv minigrid;
  private final Map<Long, Integer> counts = new HashMap<>();

  /** Wraps a Minigrid env. */
  public ActionBonus(Env<O, Integer> env) {
    super(env);
    this.minigrid = MiniGridWrappers.unwrapped(env);
  }

  @Override
  protected Step<O> doStep(Integer action) {
    Step<O> s = env.step(action);
    long key =
        (((long) minigrid.agentX() * 65536 + minigrid.agentY()) * 4 + minigrid.agentDir()) * 16
            + action;
    int n = counts.merge(key, 1, Integer::sum);
    s.setReward(s.reward() + 1 / Math.sqrt(n));
    return s;
  }
}
