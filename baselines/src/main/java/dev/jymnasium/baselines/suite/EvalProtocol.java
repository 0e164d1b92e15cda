package dev.jymnasium.baselines.suite;

/**
 * How each task's trained policy is evaluated.
 *
 * @param episodes episodes per task, {@code > 0}
 * @param deterministic whether the policy acts deterministically (only {@code true} is supported)
 * @param seed episode {@code k} of the task with seed {@code s} is reset with {@code seed + 1000 *
 *     s + k}, apart from the training seeds
 */
public record EvalProtocol(int episodes, boolean deterministic, long seed) {
  /** 10 deterministic episodes from seed 1,000,000. */
  public static final EvalProtocol DEFAULT = new EvalProtocol(10, true, 1_000_000L);

  /** The reset seed of episode {@code k} of a task trained with {@code taskSeed}. */
  public long episodeSeed(long taskSeed, int k) {
    return seed + 1000L * taskSeed + k;
  }
}
