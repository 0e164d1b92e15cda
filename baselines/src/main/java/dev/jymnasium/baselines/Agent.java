package dev.jymnasium.baselines;

import dev.jymnasium.baselines.policy.Policy;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A learning agent bound to one environment (built by {@link Agents#create}). Not thread-safe;
 * close it to free its environments and native memory.
 */
public interface Agent extends AutoCloseable {
  /** Algorithm name, e.g. {@code ppo}. */
  String algorithm();

  /** The env id it trains on. */
  String envId();

  /** The hyperparameters in effect (a record of the algorithm). */
  Record hyperparams();

  /** Environment steps taken so far (every sub-env step counts). */
  long numTimesteps();

  /**
   * Trains for {@code steps} more environment steps (rounded up to a whole vector step: PPO and A2C
   * shorten their last rollout to fit).
   *
   * @param listener receives episode statistics, losses and progress
   */
  void learn(long steps, TrainingListener listener);

  /** A snapshot of the current deterministic policy. */
  Policy policy();

  /** Writes everything needed to continue training (networks, optimiser moments, step count). */
  void saveCheckpoint(Path path) throws IOException;

  /**
   * Restores a checkpoint written by {@link #saveCheckpoint} of the same algorithm, env and
   * architecture.
   *
   * @throws IOException when the file is missing or corrupted
   * @throws IllegalArgumentException when it belongs to another algorithm, env or architecture
   */
  void loadCheckpoint(Path path) throws IOException;

  @Override
  void close();
}
