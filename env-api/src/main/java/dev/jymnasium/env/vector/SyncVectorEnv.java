package dev.jymnasium.env.vector;

import dev.jymnasium.env.Env;
import java.util.List;
import java.util.function.Supplier;

/**
 * Steps its sub-envs one after the other on the caller's thread (Gymnasium's {@code
 * SyncVectorEnv}).
 */
public final class SyncVectorEnv<BO, BA> extends BatchedVectorEnv<BO, BA> {
  /** With {@link AutoresetMode#NEXT_STEP}. */
  public SyncVectorEnv(List<? extends Supplier<? extends Env<?, ?>>> envFns) {
    this(envFns, AutoresetMode.NEXT_STEP);
  }

  public SyncVectorEnv(
      List<? extends Supplier<? extends Env<?, ?>>> envFns, AutoresetMode autoreset) {
    super(envFns, autoreset);
  }

  @Override
  void runAll(boolean step) {
    if (step) {
      stepRange(0, n);
    } else {
      resetRange(0, n);
    }
  }
}
