package dev.jymnasium.env;

import dev.jymnasium.env.goal.GoalEnv;
import dev.jymnasium.env.registry.EnvSpec;
import dev.jymnasium.env.rng.NpRandom;
import dev.jymnasium.env.spaces.Space;
import java.util.Map;

/**
 * A single-agent environment with Gymnasium 1.x semantics.
 *
 * <p>{@link #reset(Long, Map)} starts an episode and returns the first observation; {@link
 * #step(Object)} advances it and returns observation, reward, terminated, truncated and info.
 * Actions are validated against {@link #actionSpace()} before the env sees them: a value outside
 * the space is an {@link IllegalArgumentException} naming the space and the value. Stepping before
 * the first reset is an {@link IllegalStateException}.
 *
 * <p>For speed, {@link #step} returns a {@link Step} object owned by the env and reused on every
 * call; array observations are likewise reused buffers. Copy what you want to keep ({@link
 * Step#copyObservation()}).
 *
 * <p>Seeding follows Gymnasium: {@code reset(seed)} rebuilds the env's numpy-compatible generator
 * from {@code seed}; {@code reset()} continues the current stream.
 *
 * @param <O> observation type (a primitive array for Box spaces, {@code Integer} for Discrete)
 * @param <A> action type
 */
public abstract class Env<O, A> implements AutoCloseable {
  private NpRandom npRandom;
  private EnvSpec spec;
  private boolean hasReset;

  /** Whether this (unwrapped) env draws a window frame after every reset and step. */
  private boolean rendersHuman;

  /** The space actions are validated against here; resolved on the first step. */
  private Space<A> checkedActionSpace;

  private boolean checkedActionSpaceResolved;

  /** The space every observation belongs to. */
  public abstract Space<O> observationSpace();

  /** The space every valid action belongs to. */
  public abstract Space<A> actionSpace();

  /** Render modes, render fps and other static facts of this env. */
  public EnvMetadata metadata() {
    return EnvMetadata.NONE;
  }

  /** The render mode chosen at construction, or {@code null}. */
  public String renderMode() {
    return null;
  }

  /**
   * Starts a new episode.
   *
   * @param seed non-negative seed that re-seeds the env's generator, or {@code null} to continue
   *     the current stream
   * @param options env-specific reset options (may be {@code null})
   * @throws IllegalArgumentException for a negative seed, or on the first reset of a {@link
   *     GoalEnv} whose observation space lacks a goal key
   */
  public final Reset<O> reset(Long seed, Map<String, Object> options) {
    if (seed != null && seed < 0) {
      throw new IllegalArgumentException("seed must be >= 0, got " + seed);
    }
    if (!hasReset && this instanceof GoalEnv) {
      // Gymnasium-Robotics' GoalEnv.reset checks the goal keys before the first episode.
      GoalEnv.requireGoalSpace(observationSpace());
    }
    beforeReset(seed);
    Reset<O> result = doReset(seed, options == null ? Map.of() : options);
    if (!hasReset) {
      rendersHuman = !(this instanceof Wrapper) && "human".equals(renderMode());
      hasReset = true;
    }
    if (rendersHuman) {
      render();
    }
    return result;
  }

  /** {@code reset(null, null)}: continues the generator stream. */
  public final Reset<O> reset() {
    return reset(null, null);
  }

  /** {@code reset(seed, null)}. */
  public final Reset<O> reset(long seed) {
    return reset(seed, null);
  }

  /**
   * Advances the episode by one action.
   *
   * @throws IllegalArgumentException if {@code action} is not an element of the action space
   * @throws IllegalStateException if called before the first reset
   */
  public final Step<O> step(A action) {
    if (!hasReset) {
      throw new IllegalStateException(
          "Cannot call step() before reset() on " + this + ": call reset() first");
    }
    Space<A> check = checkedActionSpace();
    if (check != null) {
      String why = check.mismatch(action);
      if (why != null) {
        throw new IllegalArgumentException(
            "action "
                + Space.format(action)
                + " is not an element of "
                + actionSpace()
                + ": "
                + why);
      }
    }
    Step<O> result = doStep(action);
    if (rendersHuman) {
      render();
    }
    return result;
  }

  private Space<A> checkedActionSpace() {
    if (!checkedActionSpaceResolved) {
      checkedActionSpace = actionSpaceToCheck();
      checkedActionSpaceResolved = true;
    }
    return checkedActionSpace;
  }

  /**
   * Why {@link #step} would reject {@code action}, or {@code null} if it accepts it: lets callers
   * validate actions up front (e.g. a whole action file) exactly as stepping would.
   */
  public String actionMismatch(Object action) {
    Space<A> check = checkedActionSpace();
    return check == null ? null : check.mismatch(action);
  }

  /**
   * The space {@link #step} validates actions against, or {@code null} to leave that to an inner
   * env (wrappers that keep the inner action space do, so each action is checked once). Envs that
   * clip out-of-range actions, as Gymnasium's Pendulum does, return a space of the same shape with
   * infinite bounds, so wrong types, shapes and NaN are still rejected.
   */
  protected Space<A> actionSpaceToCheck() {
    return actionSpace();
  }

  /** Env-specific reset; the generator is already re-seeded when {@code seed} is given. */
  protected abstract Reset<O> doReset(Long seed, Map<String, Object> options);

  /** Env-specific step; {@code action} is already known to be in the action space. */
  protected abstract Step<O> doStep(A action);

  /**
   * Draws the current state in the render mode chosen at construction: an {@code RgbFrame} for
   * {@code rgb_array}, a {@code String} for {@code ansi}, {@code null} for {@code human} or when no
   * mode was chosen. In {@code human} mode an env also draws after every reset and step, as
   * Gymnasium's envs do.
   */
  public Object render() {
    return null;
  }

  /** Releases resources (windows, contexts); safe to call more than once. */
  @Override
  public void close() {}

  /** Whether reset was called at least once. */
  public boolean hasReset() {
    return hasReset;
  }

  /** Re-seeds the generator when a seed is given; wrappers leave that to the inner env. */
  protected void beforeReset(Long seed) {
    if (seed != null) {
      npRandom = NpRandom.of(seed);
    }
  }

  /** The env's generator, created from OS entropy on first use if never seeded. */
  public NpRandom npRandom() {
    if (npRandom == null) {
      npRandom = NpRandom.fromEntropy();
    }
    return npRandom;
  }

  /** Replaces the env's generator. */
  public void setNpRandom(NpRandom generator) {
    this.npRandom = generator;
  }

  /** The spec this env was made from, or {@code null} if constructed directly. */
  public EnvSpec spec() {
    return spec;
  }

  /** Set by the registry when the env is made. */
  public void setSpec(EnvSpec spec) {
    this.spec = spec;
  }

  /** The innermost env (an env returns itself). */
  public Env<?, ?> unwrapped() {
    return this;
  }

  @Override
  public String toString() {
    EnvSpec s = spec();
    String name = getClass().getSimpleName();
    return s == null ? "<" + name + " instance>" : "<" + name + "<" + s.id() + ">>";
  }
}
