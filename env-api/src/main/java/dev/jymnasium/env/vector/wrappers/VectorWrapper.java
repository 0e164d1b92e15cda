package dev.jymnasium.env.vector.wrappers;

import dev.jymnasium.env.EnvMetadata;
import dev.jymnasium.env.spaces.Space;
import dev.jymnasium.env.vector.AutoresetMode;
import dev.jymnasium.env.vector.VectorEnv;
import dev.jymnasium.env.vector.VectorReset;
import dev.jymnasium.env.vector.VectorStep;
import java.util.Map;

/**
 * A vector env that wraps another and, by default, delegates everything to it (Gymnasium's {@code
 * VectorWrapper}). Subclasses override {@link #reset(Long, Map)} and/or {@link #step(Object)}.
 *
 * @param <BO> batched observation type
 * @param <BA> batched action type
 */
public abstract class VectorWrapper<BO, BA> implements VectorEnv<BO, BA> {
  /** The wrapped vector env. */
  protected final VectorEnv<BO, BA> env;

  /**
   * @param env the vector env to wrap (not null)
   */
  protected VectorWrapper(VectorEnv<BO, BA> env) {
    if (env == null) {
      throw new IllegalArgumentException("cannot wrap a null vector env");
    }
    this.env = env;
  }

  /** The wrapped vector env. */
  public VectorEnv<BO, BA> inner() {
    return env;
  }

  /** The innermost vector env (following nested {@link VectorWrapper}s). */
  public VectorEnv<?, ?> unwrapped() {
    VectorEnv<?, ?> e = env;
    while (e instanceof VectorWrapper<?, ?> w) {
      e = w.env;
    }
    return e;
  }

  @Override
  public int numEnvs() {
    return env.numEnvs();
  }

  @Override
  public Space<?> singleObservationSpace() {
    return env.singleObservationSpace();
  }

  @Override
  public Space<?> singleActionSpace() {
    return env.singleActionSpace();
  }

  @Override
  public Space<BO> observationSpace() {
    return env.observationSpace();
  }

  @Override
  public Space<BA> actionSpace() {
    return env.actionSpace();
  }

  @Override
  public AutoresetMode autoresetMode() {
    return env.autoresetMode();
  }

  @Override
  public EnvMetadata metadata() {
    return env.metadata();
  }

  @Override
  public VectorReset<BO> reset(Long seed, Map<String, Object> options) {
    return env.reset(seed, options);
  }

  @Override
  public VectorStep<BO> step(BA actions) {
    return env.step(actions);
  }

  @Override
  public void close() {
    env.close();
  }

  @Override
  public String toString() {
    return "<" + getClass().getSimpleName() + ", " + env + ">";
  }

  /**
   * The reset mask of a reset call's options ({@code boolean[numEnvs]}), or {@code null} when every
   * sub-env is reset.
   */
  protected static boolean[] resetMask(Map<String, Object> options, int numEnvs) {
    if (options == null) {
      return null;
    }
    Object m = options.get(RESET_MASK);
    return m instanceof boolean[] b && b.length == numEnvs ? b : null;
  }
}
