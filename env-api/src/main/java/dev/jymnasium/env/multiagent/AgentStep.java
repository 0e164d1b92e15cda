package dev.jymnasium.env.multiagent;

import java.util.Map;

/**
 * What {@link AecEnv#last()} returns for the agent whose turn it is: its observation, the reward it
 * accumulated since it last acted, its flags and info.
 */
public record AgentStep<O>(
    String agent,
    O observation,
    double reward,
    boolean terminated,
    boolean truncated,
    Map<String, Object> info) {
  /** Whether this agent is done; its only legal action is then {@code null}. */
  public boolean done() {
    return terminated || truncated;
  }
}
