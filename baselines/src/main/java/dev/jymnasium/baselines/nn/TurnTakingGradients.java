package dev.jymnasium.baselines.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.training.GradientCollector;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A gradient collector that holds a JVM-wide lock from creation to {@link #close()}. DJL's PyTorch
 * engine records gradients for one collector at a time in the whole JVM ("A PtGradientCollector is
 * already collecting" otherwise), so agents trained on several threads at once (a suite's tasks on
 * a thread pool) take turns for their gradient steps and step their envs in parallel.
 */
final class TurnTakingGradients implements GradientCollector {
  private static final ReentrantLock TURN = new ReentrantLock();

  private final GradientCollector inner;

  private TurnTakingGradients(GradientCollector inner) {
    this.inner = inner;
  }

  /** Waits for the turn, then opens a collector on {@code Torch.engine()}. */
  static GradientCollector open() {
    TURN.lock();
    try {
      return new TurnTakingGradients(Torch.engine().newGradientCollector());
    } catch (RuntimeException | Error e) {
      TURN.unlock();
      throw e;
    }
  }

  @Override
  public void backward(NDArray target) {
    inner.backward(target);
  }

  @Override
  public void zeroGradients() {
    inner.zeroGradients();
  }

  @Override
  public void close() {
    try {
      inner.close();
    } finally {
      TURN.unlock();
    }
  }
}
