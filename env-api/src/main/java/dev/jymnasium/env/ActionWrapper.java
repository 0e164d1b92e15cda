package dev.jymnasium.env;

/** A wrapper that maps every action through {@link #action} before the inner env sees it. */
public abstract class ActionWrapper<O, A, IA> extends Wrapper<O, A, O, IA> {
  protected ActionWrapper(Env<O, IA> env) {
    super(env);
  }

  /** Maps an action of this wrapper's space to one of the inner env's. */
  protected abstract IA action(A action);

  @Override
  protected Step<O> doStep(A action) {
    return env.step(action(action));
  }
}
