package dev.jymnasium.env.multiagent;

import dev.jymnasium.env.rng.NpRandom;
import dev.jymnasium.env.spaces.Space;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * A multi-agent env in which agents act one at a time (PettingZoo's AEC API). Subclasses fill the
 * protected bookkeeping in {@link #doReset} and {@link #doStep}; this class handles seeding, action
 * validation, and the "dead step" by which a finished agent is removed: once an agent is terminated
 * or truncated, its only legal action is {@code null}.
 *
 * <p>Canonical loop: {@code for (String agent : env.agentIter()) { AgentStep<O> s = env.last();
 * env.step(s.done() ? null : policy(s)); }}
 */
public abstract class AecEnv<O, A> implements AutoCloseable {
  /** Agents still in the game, in turn order. */
  protected final List<String> agents = new ArrayList<>();

  /** Reward each agent received from the last step. */
  protected final Map<String, Double> rewards = new LinkedHashMap<>();

  /** Reward each agent accumulated since it last acted. */
  protected final Map<String, Double> cumulativeRewards = new LinkedHashMap<>();

  protected final Map<String, Boolean> terminations = new LinkedHashMap<>();
  protected final Map<String, Boolean> truncations = new LinkedHashMap<>();
  protected final Map<String, Map<String, Object>> infos = new LinkedHashMap<>();

  /** The agent whose turn it is. */
  protected String agentSelection;

  private String skippedSelection;
  private NpRandom npRandom;
  private boolean hasReset;

  /** Every agent that can take part, fixed. */
  public abstract List<String> possibleAgents();

  public abstract Space<O> observationSpace(String agent);

  public abstract Space<A> actionSpace(String agent);

  /** The observation {@code agent} sees now. */
  public abstract O observe(String agent);

  /** Starts a game: fill {@link #agents}, the dicts and {@link #agentSelection}. */
  protected abstract void doReset(Map<String, Object> options);

  /** Applies the selected (live) agent's valid action and advances {@link #agentSelection}. */
  protected abstract void doStep(A action);

  /** Starts a new game; a non-negative {@code seed} re-seeds the generator. */
  public final void reset(Long seed, Map<String, Object> options) {
    if (seed != null) {
      if (seed < 0) {
        throw new IllegalArgumentException("seed must be >= 0, got " + seed);
      }
      npRandom = NpRandom.of(seed);
    }
    agents.clear();
    rewards.clear();
    cumulativeRewards.clear();
    terminations.clear();
    truncations.clear();
    infos.clear();
    skippedSelection = null;
    doReset(options == null ? Map.of() : options);
    hasReset = true;
  }

  /**
   * Acts for {@link #agentSelection()}.
   *
   * @param action a valid action, or {@code null} when the selected agent is done
   * @throws IllegalArgumentException for an invalid action, or a non-null one for a done agent
   * @throws IllegalStateException before the first reset or when no agent is left
   */
  public final void step(A action) {
    if (!hasReset) {
      throw new IllegalStateException("Cannot call step() before reset()");
    }
    if (agents.isEmpty()) {
      throw new IllegalStateException("the game is over: every agent has left; call reset()");
    }
    String agent = agentSelection;
    if (terminations.get(agent) || truncations.get(agent)) {
      if (action != null) {
        throw new IllegalArgumentException(
            "agent " + agent + " is done: the only valid action is null");
      }
      deadStep(agent);
      return;
    }
    actionSpace(agent).requireContains(action, "action of " + agent);
    doStep(action);
  }

  private void deadStep(String agent) {
    terminations.remove(agent);
    truncations.remove(agent);
    rewards.remove(agent);
    cumulativeRewards.remove(agent);
    infos.remove(agent);
    agents.remove(agent);
    String nextDead = null;
    for (String a : agents) {
      if (terminations.get(a) || truncations.get(a)) {
        nextDead = a;
        break;
      }
    }
    if (nextDead != null) {
      if (skippedSelection == null) {
        skippedSelection = agent;
      }
      agentSelection = nextDead;
    } else {
      if (skippedSelection != null) {
        agentSelection = skippedSelection;
      }
      skippedSelection = null;
    }
    clearRewards();
  }

  /** Observation, reward since last acting, flags and info of the selected agent. */
  public AgentStep<O> last() {
    String a = agentSelection;
    return new AgentStep<>(
        a,
        observe(a),
        cumulativeRewards.getOrDefault(a, 0.0),
        terminations.getOrDefault(a, false),
        truncations.getOrDefault(a, false),
        infos.getOrDefault(a, Map.of()));
  }

  /** Yields the selected agent until no agent is left. */
  public Iterable<String> agentIter() {
    return agentIter(Long.MAX_VALUE);
  }

  /** Yields the selected agent until no agent is left or {@code maxIter} turns passed. */
  public Iterable<String> agentIter(long maxIter) {
    return () ->
        new Iterator<>() {
          private long count;

          @Override
          public boolean hasNext() {
            return !agents.isEmpty() && count < maxIter;
          }

          @Override
          public String next() {
            if (!hasNext()) {
              throw new NoSuchElementException();
            }
            count++;
            return agentSelection;
          }
        };
  }

  /** Adds the last step's rewards into every agent's cumulative reward. */
  protected void accumulateRewards() {
    for (Map.Entry<String, Double> e : rewards.entrySet()) {
      cumulativeRewards.merge(e.getKey(), e.getValue(), Double::sum);
    }
  }

  /** Sets every live agent's last reward to 0. */
  protected void clearRewards() {
    rewards.replaceAll((k, v) -> 0.0);
  }

  /** Adds an agent with zeroed bookkeeping (for {@link #doReset}). */
  protected void addAgent(String agent) {
    agents.add(agent);
    rewards.put(agent, 0.0);
    cumulativeRewards.put(agent, 0.0);
    terminations.put(agent, false);
    truncations.put(agent, false);
    infos.put(agent, Map.of());
  }

  public List<String> agents() {
    return List.copyOf(agents);
  }

  public String agentSelection() {
    return agentSelection;
  }

  public Map<String, Double> rewards() {
    return Map.copyOf(rewards);
  }

  public Map<String, Boolean> terminations() {
    return Map.copyOf(terminations);
  }

  public Map<String, Boolean> truncations() {
    return Map.copyOf(truncations);
  }

  /** The env's generator (created from OS entropy if never seeded). */
  public NpRandom npRandom() {
    if (npRandom == null) {
      npRandom = NpRandom.fromEntropy();
    }
    return npRandom;
  }

  /** Render in the mode chosen at construction (null by default). */
  public Object render() {
    return null;
  }

  @Override
  public void close() {}
}
