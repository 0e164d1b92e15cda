package dev.jymnasium.env.vector;

import java.util.Arrays;

/**
 * The episode bookkeeping of a native vector env with {@link AutoresetMode#NEXT_STEP}, written into
 * its {@link VectorStep}: steps played per sub-env, the step limit, and which sub-envs ended on the
 * previous step and so restart on this one (reward 0, no flags, the action ignored).
 *
 * <p>A step of the vector env asks {@link #restarts} for each sub-env; when it answers true the env
 * restarts that sub-env, otherwise it plays the action and hands the outcome to {@link #record}.
 * Or, for a loop that keeps to a few arrays: it asks {@link #pending}, writes the rewards and
 * terminations into the result itself (0 and false for a restart), and ends with {@link
 * #finishStep}.
 */
public final class NextStepEpisodes {
  private final double[] rewards;
  private final boolean[] terminations;
  private final boolean[] truncations;
  private final int[] steps;
  private final boolean[] pending;
  private final int maxEpisodeSteps;

  /**
   * @param result the step result the vector env returns, written here
   * @param maxEpisodeSteps truncation limit per sub-env, 0 for none
   */
  public NextStepEpisodes(VectorStep<?> result, int maxEpisodeSteps) {
    if (maxEpisodeSteps < 0) {
      throw new IllegalArgumentException(
          "max_episode_steps must be >= 1 (or 0 for none), got " + maxEpisodeSteps);
    }
    this.rewards = result.rewards();
    this.terminations = result.terminations();
    this.truncations = result.truncations();
    int n = rewards.length;
    this.steps = new int[n];
    this.pending = new boolean[n];
    this.maxEpisodeSteps = maxEpisodeSteps;
  }

  /** Every sub-env starts a new episode (after the vector env's reset). */
  public void resetAll() {
    Arrays.fill(steps, 0);
    Arrays.fill(pending, false);
  }

  /**
   * Whether sub-env {@code i} ended on the previous step; if so its episode starts over here and
   * this step's reward and flags are recorded as a restart's (0, false, false): the caller restarts
   * the sub-env instead of playing its action.
   */
  public boolean restarts(int i) {
    if (!pending[i]) {
      return false;
    }
    steps[i] = 0;
    rewards[i] = 0;
    terminations[i] = false;
    truncations[i] = false;
    pending[i] = false;
    return true;
  }

  /** The result's rewards, for a loop that ends with {@link #finishStep}. */
  public double[] rewards() {
    return rewards;
  }

  /** The result's terminations, for a loop that ends with {@link #finishStep}. */
  public boolean[] terminations() {
    return terminations;
  }

  /** Whether sub-env {@code i} ended on the previous step and so restarts on this one. */
  public boolean pending(int i) {
    return pending[i];
  }

  /**
   * Ends a step whose loop wrote every sub-env's reward and termination into the result (0 and
   * false where {@link #pending} said it restarts): the restarted sub-envs start counting steps,
   * the others count one, are truncated at the step limit and restart on the next step when
   * terminated or truncated.
   */
  public void finishStep() {
    for (int i = 0; i < steps.length; i++) {
      boolean restarted = pending[i];
      int s = restarted ? 0 : steps[i] + 1;
      boolean cut = !restarted & s == maxEpisodeSteps;
      steps[i] = s;
      truncations[i] = cut;
      pending[i] = terminations[i] | cut;
    }
  }

  /**
   * Records a played step of sub-env {@code i}; it is truncated when the env says so or when it
   * reaches the step limit, and restarts on the next step when terminated or truncated.
   */
  public void record(int i, double reward, boolean terminated, boolean truncated) {
    boolean cut = truncated | ++steps[i] == maxEpisodeSteps;
    rewards[i] = reward;
    terminations[i] = terminated;
    truncations[i] = cut;
    pending[i] = terminated | cut;
  }
}
