package dev.jymnasium.env;

import dev.jymnasium.env.registry.EnvSpec;
import dev.jymnasium.env.rng.NpRandom;
import dev.jymnasium.env.spaces.Space;
import java.util.Map;
import java.util.Optional;

/**
 * An env that wraps another and changes part of its behaviour; by default everything is delegated
 * to the inner env. Subclasses override {@link #doStep}, {@link #doReset}, or the spaces (through
 * {@link #setObservationSpace} / {@link #setActionSpace}).
 *
 * <p>The generator is the inner env's: wrappers that draw random numbers consume the base env's
 * stream, as in Gymnasium.
 *
 * @param <O> observation type seen by the user of this wrapper
 * @param <A> action type accepted by this wrapper
 * @param <IO> observation type of the inner env
 * @param <IA> action type of the inner env
 */
public abstract class Wrapper<O, A, IO, IA> extends Env<O, A> {
  /** The wrapped env. */
  protected final Env<IO, IA> env;

  private Space<O> observationSpace;
  private Space<A> actionSpace;

  protected Wrapper(Env<IO, IA> env) {
    if (env == null) {
      throw new IllegalArgumentException("cannot wrap a null env");
    }
    this.env = env;
  }

  /** The env this wrapper wraps. */
  public Env<IO, IA> inner() {
    return env;
  }

  @SuppressWarnings("unchecked")
  @Override
  public Space<O> observationSpace() {
    return observationSpace != null ? observationSpace : (Space<O>) env.observationSpace();
  }

  @SuppressWarnings("unchecked")
  @Override
  public Space<A> actionSpace() {
    return actionSpace != null ? actionSpace : (Space<A>) env.actionSpace();
  }

  /** Only a wrapper with its own action space validates; otherwise the inner env does. */
  @Override
  protected Space<A> actionSpaceToCheck() {
    return actionSpace;
  }

  @Override
  public String actionMismatch(Object action) {
    return actionSpace != null ? super.actionMismatch(action) : env.actionMismatch(action);
  }

  /** Overrides the observation space this wrapper exposes. */
  protected void setObservationSpace(Space<O> space) {
    this.observationSpace = space;
  }

  /** Overrides the action space this wrapper exposes. */
  protected void setActionSpace(Space<A> space) {
    this.actionSpace = space;
  }

  @Override
  public EnvMetadata metadata() {
    return env.metadata();
  }

  @Override
  public String renderMode() {
    return env.renderMode();
  }

  /** Passes through; subclasses that change observations must override. */
  @SuppressWarnings("unchecked")
  @Override
  protected Reset<O> doReset(Long seed, Map<String, Object> options) {
    return (Reset<O>) env.reset(seed, options);
  }

  /** Passes through; subclasses that change observations or actions must override. */
  @SuppressWarnings("unchecked")
  @Override
  protected Step<O> doStep(A action) {
    return (Step<O>) env.step((IA) action);
  }

  /** The inner env seeds itself. */
  @Override
  protected void beforeReset(Long seed) {}

  @Override
  public Object render() {
    return env.render();
  }

  @Override
  public void close() {
    env.close();
  }

  @Override
  public NpRandom npRandom() {
    return env.npRandom();
  }

  @Override
  public void setNpRandom(NpRandom generator) {
    env.setNpRandom(generator);
  }

  @Override
  public EnvSpec spec() {
    EnvSpec own = super.spec();
    return own != null ? own : env.spec();
  }

  @Override
  public Env<?, ?> unwrapped() {
    return env.unwrapped();
  }

  @Override
  public String toString() {
    return "<" + getClass().getSimpleName() + env + ">";
  }

  /**
   * The first env in the stack starting at {@code env} (outermost first, ending with the unwrapped
   * env) that is an instance of {@code type}.
   */
  public static <T> Optional<T> find(Env<?, ?> env, Class<T> type) {
    Env<?, ?> current = env;
    while (true) {
      if (type.isInstance(current)) {
        return Optional.of(type.cast(current));
      }
      if (!(current instanceof Wrapper<?, ?, ?, ?> w)) {
        return Optional.empty();
      }
      current = w.env;
    }
  }
}
