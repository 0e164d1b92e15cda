package dev.jymnasium.env.multiagent;

import dev.jymnasium.env.rng.NpRandom;
import dev.jymnasium.env.spaces.Space;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A multi-agent env in which all live agents act at once (PettingZoo's parallel API). Results are
 * keyed by the agents alive before the step; agents that finished are dropped from {@link
 * #agents()} afterwards.
 */
public abstract class ParallelEnv<O, A> implements AutoCloseable {
  /** Agents still in the episode. */
  protected final List<String> agents = new ArrayList<>();

  private NpRandom npRandom;
  private boolean hasReset;

  public abstract List<String> possibleAgents();

  public abstract Space<O> observationSpace(String agent);

  public abstract Space<A> actionSpace(String agent);

  /** Starts an episode: fill {@link #agents} and return the first observations. */
  protected abstract ParallelReset<O> doReset(Map<String, Object> options);

  /** Applies one valid action per live agent. */
  protected abstract ParallelStep<O> doStep(Map<String, A> actions);

  /** Starts an episode; a non-negative {@code seed} re-seeds the generator. */
  public final ParallelReset<O> reset(Long seed, Map<String, Object> options) {
    if (seed != null) {
      if (seed < 0) {
        throw new IllegalArgumentException("seed must be >= 0, got " + seed);
      }
      npRandom = NpRandom.of(seed);
    }
    agents.clear();
    ParallelReset<O> r = doReset(options == null ? Map.of() : options);
    hasReset = true;
    return r;
  }

  /**
   * Steps every live agent.
   *
   * @throws IllegalArgumentException if an agent's action is missing or invalid, or an unknown
   *     agent is given one
   */
  public final ParallelStep<O> step(Map<String, A> actions) {
    if (!hasReset) {
      throw new IllegalStateException("Cannot call step() before reset()");
    }
    for (String agent : agents) {
      if (!actions.containsKey(agent)) {
        throw new IllegalArgumentException("no action for live agent " + agent);
      }
      actionSpace(agent).requireContains(actions.get(agent), "action of " + agent);
    }
    for (String agent : actions.keySet()) {
      if (!agents.contains(agent)) {
        throw new IllegalArgumentException(
            "action for " + agent + ", which is not a live agent " + agents);
      }
    }
    ParallelStep<O> s = doStep(actions);
    agents.removeIf(
        a -> s.terminations().getOrDefault(a, false) || s.truncations().getOrDefault(a, false));
    return s;
  }

  public List<String> agents() {
    return List.copyOf(agents);
  }

  /** The env's generator (created from OS entropy if never seeded). */
  public NpRandom npRandom() {
    if (npRandom == null) {
      npRandom = NpRandom.fromEntropy();
    }
    return npRandom;
  }

  @Override
  public void close() {}
}
