package dev.jymnasium.env.wrappers;

import dev.jymnasium.env.Env;
import dev.jymnasium.env.Wrapper;

/**
 * Refuses {@code step} (and {@code render}, unless disabled) before the first {@code reset} with an
 * {@link IllegalStateException}.
 */
public final class OrderEnforcing<O, A> extends Wrapper<O, A, O, A> {
  private final boolean disableRenderOrderEnforcing;

  public OrderEnforcing(Env<O, A> env) {
    this(env, false);
  }

  public OrderEnforcing(Env<O, A> env, boolean disableRenderOrderEnforcing) {
    super(env);
    this.disableRenderOrderEnforcing = disableRenderOrderEnforcing;
  }

  @Override
  public Object render() {
    if (!disableRenderOrderEnforcing && !hasReset()) {
      throw new IllegalStateException(
          "Cannot call render() before reset() on "
              + this
              + "; set disableRenderOrderEnforcing to allow it");
    }
    return env.render();
  }
}
