package dev.jymnasium.env.wrappers;

import dev.jymnasium.env.ActionWrapper;
import dev.jymnasium.env.Env;
import dev.jymnasium.env.spaces.Space;
import java.util.function.Function;

/**
 * Passes every action through a function before the inner env sees it. When the function accepts
 * actions of another type or range, give the new action space (actions are checked against it);
 * without one the inner space is kept.
 *
 * @param <A> action type accepted by this wrapper
 * @param <IA> action type of the inner env
 */
public final class TransformAction<O, A, IA> extends ActionWrapper<O, A, IA> {
  private final Function<? super A, ? extends IA> func;

  /** Keeps the inner action space. */
  public TransformAction(Env<O, IA> env, Function<? super A, ? extends IA> func) {
    this(env, func, null);
  }

  /**
   * @param func maps an action of this wrapper's space to one of the inner env's
   * @param actionSpace the space of accepted actions, or {@code null} to keep the inner one
   */
  public TransformAction(
      Env<O, IA> env, Function<? super A, ? extends IA> func, Space<A> actionSpace) {
    super(env);
    if (func == null) {
      throw new IllegalArgumentException("TransformAction needs a function");
    }
    this.func = func;
    if (actionSpace != null) {
      setActionSpace(actionSpace);
    }
  }

  @Override
  protected IA action(A action) {
    return func.apply(action);
  }
}
