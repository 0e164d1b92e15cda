package dev.jymnasium.env;

import dev.jymnasium.env.spaces.Space;
import java.util.Map;

/**
 * The result of {@link Env#step}: observation, reward, terminated, truncated, info.
 *
 * <p>Mutable and reused by its env on every step so that stepping allocates nothing; read it before
 * the next step or copy it. {@code terminated} means the MDP reached a terminal state (stop
 * bootstrapping); {@code truncated} means the episode was cut from outside the MDP, normally by a
 * time limit.
 */
public final class Step<O> {
  private O observation;
  private double reward;
  private boolean terminated;
  private boolean truncated;
  private Map<String, Object> info = Map.of();

  /** Sets every field at once and returns this. */
  public Step<O> set(
      O observation,
      double reward,
      boolean terminated,
      boolean truncated,
      Map<String, Object> info) {
    this.observation = observation;
    this.reward = reward;
    this.terminated = terminated;
    this.truncated = truncated;
    this.info = info == null ? Map.of() : info;
    return this;
  }

  public O observation() {
    return observation;
  }

  public double reward() {
    return reward;
  }

  public boolean terminated() {
    return terminated;
  }

  public boolean truncated() {
    return truncated;
  }

  /** Terminated or truncated: the episode is over and the env needs a reset. */
  public boolean done() {
    return terminated || truncated;
  }

  /** Diagnostic values; never null. */
  public Map<String, Object> info() {
    return info;
  }

  public void setObservation(O observation) {
    this.observation = observation;
  }

  public void setReward(double reward) {
    this.reward = reward;
  }

  public void setTerminated(boolean terminated) {
    this.terminated = terminated;
  }

  public void setTruncated(boolean truncated) {
    this.truncated = truncated;
  }

  public void setInfo(Map<String, Object> info) {
    this.info = info == null ? Map.of() : info;
  }

  /** A deep copy of the observation, safe to keep after the next step. */
  @SuppressWarnings("unchecked")
  public O copyObservation() {
    return (O) Space.deepCopy(observation);
  }

  @Override
  public String toString() {
    return "Step[obs="
        + Space.format(observation)
        + ", reward="
        + reward
        + ", terminated="
        + terminated
        + ", truncated="
        + truncated
        + ", info="
        + info
        + "]";
  }
}
