package dev.jymnasium.baselines;

/**
 * Receives what an agent reports while it learns: scalars under CleanRL's names ({@code
 * charts/episodic_return}, {@code charts/episodic_length}, {@code charts/SPS}, {@code losses/...})
 * and progress in environment steps. All methods run on the training thread.
 */
public interface TrainingListener {
  /** A listener that ignores everything. */
  TrainingListener NONE = new TrainingListener() {};

  /** A named scalar at a global environment step. */
  default void onScalar(String tag, double value, long step) {}

  /** Called after every vector step with the agent's global step count. */
  default void onProgress(long step) {}
}
