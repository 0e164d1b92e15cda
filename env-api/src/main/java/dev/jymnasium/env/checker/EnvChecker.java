package dev.jymnasium.env.checker;

import dev.jymnasium.env.Env;
import dev.jymnasium.env.Reset;
import dev.jymnasium.env.Step;
import dev.jymnasium.env.goal.GoalEnv;
import dev.jymnasium.env.registry.EnvSpec;
import dev.jymnasium.env.render.Renderers;
import dev.jymnasium.env.rng.NpRandom;
import dev.jymnasium.env.spaces.Box;
import dev.jymnasium.env.spaces.Dict;
import dev.jymnasium.env.spaces.Space;
import dev.jymnasium.env.spaces.Tuple;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Gymnasium's {@code check_env} for Jymnasium envs: runs an env through the API contract and
 * reports what is broken ({@link CheckReport#failures()}) and what is merely doubtful ({@link
 * CheckReport#warnings()}).
 *
 * <p>In the order of Gymnasium's {@code gymnasium.utils.env_checker.check_env}: a warning when the
 * env is wrapped; the action and observation spaces (structure, infinite bounds, a non-normalised
 * 1-D Box action space); {@code reset()} returns an observation inside the observation space;
 * reset-seed determinism ({@code reset(123)}, {@code reset()}, {@code reset(123)}, {@code reset()}
 * give the same observations and generator states, and {@code reset(456)} changes the generator)
 * unless the env's {@link EnvSpec} marks it nondeterministic; {@code reset(null, Map.of())} and
 * {@code reset(123, Map.of())} work; one step with a sampled action passes the passive checks
 * (observation in the space, which is a failure here where Gymnasium only warns; finite reward);
 * step determinism (same seed and action give the same step); for an env whose unwrapped class is a
 * {@link GoalEnv}, the goal-env contract (goal keys and spaces, the step's reward, terminated and
 * truncated flags against {@code computeReward}, {@code computeTerminated} and {@code
 * computeTruncated}, {@code is_success} in every step's info, batched rewards equal to single
 * ones); rendering in the env's own mode and, when the env has an {@link EnvSpec}, in every mode of
 * its metadata ({@code human} is skipped: the checker opens no windows; a missing render backend
 * skips the check with a warning); closing an env twice.
 *
 * <p>The checker never stops at the first failure: each check catches what it throws and the later
 * checks still run, except that nothing runs after a {@code reset()} that throws. It uses the env
 * (resets, steps, re-seeds the action space) but does not close it; envs it makes from its EnvSpec
 * are closed. Warnings go into the report, not to {@link dev.jymnasium.env.Warnings}.
 */
public final class EnvChecker {
  /** Relative and absolute tolerance of "approximately equal" (numpy {@code allclose}). */
  public static final double TOLERANCE = 1e-5;

  /** Start of the warning given for a wrapped env (so callers can filter it). */
  public static final String WRAPPED_WARNING_PREFIX = "The environment ";

  private EnvChecker() {}

  /** Runs every check, render and close checks included. */
  public static CheckReport check(Env<?, ?> env) {
    return check(env, false, false);
  }

  /**
   * Runs the checks.
   *
   * @param env the env to check; it is used (reset, stepped) but not closed
   * @param skipRenderCheck skip the render checks
   * @param skipCloseCheck skip making a fresh env from the EnvSpec and closing it twice
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static CheckReport check(Env<?, ?> env, boolean skipRenderCheck, boolean skipCloseCheck) {
    if (env == null) {
      throw new IllegalArgumentException("EnvChecker.check needs an env, got null");
    }
    return new Run<>((Env) env, skipRenderCheck, skipCloseCheck).run();
  }

  /** One checker run over one env. */
  private static final class Run<O, A> {
    private final Env<O, A> env;
    private final boolean skipRender;
    private final boolean skipClose;
    private final List<String> failures = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    Run(Env<O, A> env, boolean skipRender, boolean skipClose) {
      this.env = env;
      this.skipRender = skipRender;
      this.skipClose = skipClose;
    }

    CheckReport run() {
      if (env.unwrapped() != env) {
        warn(
            WRAPPED_WARNING_PREFIX
                + "("
                + env
                + ") is different from the unwrapped version ("
                + env.unwrapped()
                + "). This could affect the environment checker as the environment "
                + "most likely has a wrapper applied to it. We recommend using the raw environment for "
                + "the check: env.unwrapped().");
      }
      boolean spacesOk =
          section("action space", () -> checkSpaceOf(env.actionSpace(), "action"))
              & section(
                  "observation space", () -> checkSpaceOf(env.observationSpace(), "observation"));
      if (!spacesOk || env.actionSpace() == null || env.observationSpace() == null) {
        fail("remaining checks skipped: the env's spaces are unusable");
        return report();
      }
      if (!section("reset()", this::checkResetReturn)) {
        fail("remaining checks skipped: reset() failed");
        return report();
      }
      section("reset seed determinism", this::checkResetSeedDeterminism);
      section("reset options", this::checkResetOptions);
      section("passive reset and step checks", this::checkPassiveStep);
      section("step determinism", this::checkStepDeterminism);
      GoalEnv goal = GoalEnv.of(env);
      if (goal != null) {
        section("goal env", () -> GoalEnvChecks.check(env, goal, this::fail));
      }
      if (!skipRender) {
        checkRenders();
      }
      if (!skipClose) {
        section("close", this::checkClose);
      }
      return report();
    }

    private CheckReport report() {
      return new CheckReport(failures, warnings);
    }

    private void fail(String message) {
      failures.add(message);
    }

    private void warn(String message) {
      if (!warnings.contains(message)) {
        warnings.add(message);
      }
    }

    /** Runs a check; an exception becomes a failure. Returns false when it threw. */
    private boolean section(String name, Runnable body) {
      try {
        body.run();
        return true;
      } catch (RuntimeException | AssertionError | StackOverflowError | LinkageError e) {
        fail(name + ": " + describe(e));
        return false;
      }
    }

    private boolean nondeterministic() {
      EnvSpec spec = env.spec();
      return spec != null && spec.nondeterministic();
    }

    // ------------------------------------------------------------------ spaces

    private void checkSpaceOf(Space<?> space, String role) {
      if (space == null) {
        fail("The " + role + " space is null: " + role + "Space() must return a Space.");
        return;
      }
      checkSpaceStructure(space, role);
      checkSpaceLimits(space, role);
    }

    /**
     * The passive space checks of Gymnasium's {@code
     * gymnasium.utils.passive_env_checker.check_space}: non-empty composites, no degenerate Box
     * coordinates.
     */
    private void checkSpaceStructure(Space<?> space, String role) {
      if (space instanceof Box<?> box) {
        List<Integer> equal = new ArrayList<>();
        for (int i = 0; i < box.size(); i++) {
          if (box.low(i) == box.high(i)) {
            equal.add(i);
          }
        }
        if (!equal.isEmpty()) {
          warn(
              "A Box "
                  + role
                  + " space maximum and minimum values are equal. Actual equal "
                  + "coordinates: "
                  + equal
                  + " in "
                  + box);
        }
      } else if (space instanceof Tuple t) {
        if (t.size() == 0) {
          fail("An empty Tuple " + role + " space is not allowed.");
        }
        for (Space<?> s : t.spaces()) {
          checkSpaceStructure(s, role);
        }
      } else if (space instanceof Dict d) {
        if (d.size() == 0) {
          fail("An empty Dict " + role + " space is not allowed.");
        }
        for (Space<?> s : d.spaces().values()) {
          checkSpaceStructure(s, role);
        }
      }
    }

    /** Gymnasium's {@code check_space_limit}: infinite bounds, non-normalised 1-D Box actions. */
    private void checkSpaceLimits(Space<?> space, String role) {
      if (space instanceof Box<?> box) {
        boolean lowInf = false;
        boolean highInf = false;
        boolean notNormalised = false;
        for (int i = 0; i < box.size(); i++) {
          double lo = box.low(i);
          double hi = box.high(i);
          lowInf |= lo == Double.NEGATIVE_INFINITY;
          highInf |= hi == Double.POSITIVE_INFINITY;
          notNormalised |= (lo != 0 && Math.abs(lo) != Math.abs(hi)) || lo < -1 || hi > 1;
        }
        if (lowInf) {
          warn("A Box " + role + " space minimum value is -infinity. This is probably too low.");
        }
        if (highInf) {
          warn("A Box " + role + " space maximum value is infinity. This is probably too high.");
        }
        if ("action".equals(role) && box.shape().length == 1 && notNormalised) {
          warn(
              "For Box action spaces, we recommend using a symmetric and normalized space "
                  + "(range=[-1, 1] or [0, 1]); got "
                  + box
                  + ". See "
                  + "https://stable-baselines3.readthedocs.io/en/master/guide/rl_tips.html for more "
                  + "information.");
        }
      } else if (space instanceof Tuple t) {
        for (Space<?> s : t.spaces()) {
          checkSpaceLimits(s, role);
        }
      } else if (space instanceof Dict d) {
        for (Space<?> s : d.spaces().values()) {
          checkSpaceLimits(s, role);
        }
      }
    }

    // ------------------------------------------------------------------ reset

    private void checkResetReturn() {
      Reset<O> r = env.reset();
      if (r == null) {
        throw new IllegalStateException("reset() returned null instead of a Reset");
      }
      requireInSpace(r.observation(), "The observation returned by `env.reset()`");
      if (r.info() == null) {
        fail("The info returned by `env.reset()` is null; it must be a map.");
      }
    }

    private void checkResetSeedDeterminism() {
      Object obs1 = copy(env.reset(123L, null).observation());
      requireInSpace(obs1, "The observation returned by `env.reset(123)`");
      NpRandom rng1 = env.npRandom().copy();
      Object obs2 = copy(env.reset().observation());
      requireInSpace(obs2, "The observation returned by `env.reset()` after `env.reset(123)`");
      Object obs3 = copy(env.reset(123L, null).observation());
      requireInSpace(obs3, "The observation returned by the second `env.reset(123)`");
      NpRandom rng3 = env.npRandom().copy();
      Object obs4 = copy(env.reset().observation());
      requireInSpace(obs4, "The observation returned by the second `env.reset()`");

      if (!nondeterministic()) {
        if (!equivalent(obs1, obs3, false)) {
          fail(
              "Using `env.reset(123)` is non-deterministic as the observations are not "
                  + "equivalent: "
                  + Space.format(obs1)
                  + " vs "
                  + Space.format(obs3));
        } else if (!equivalent(obs1, obs3, true)) {
          warn(
              "Using `env.reset(123)` observations are not equal although similar: "
                  + Space.format(obs1)
                  + " vs "
                  + Space.format(obs3));
        }
        if (!equivalent(obs2, obs4, false)) {
          fail(
              "Using `env.reset(123)` then `env.reset()` is non-deterministic as the "
                  + "observations are not equivalent: "
                  + Space.format(obs2)
                  + " vs "
                  + Space.format(obs4));
        } else if (!equivalent(obs2, obs4, true)) {
          warn(
              "Using `env.reset(123)` then `env.reset()` observations are not equal although "
                  + "similar: "
                  + Space.format(obs2)
                  + " vs "
                  + Space.format(obs4));
        }
      }
      if (!rng1.stateEquals(rng3)) {
        fail(
            "The env's generator differs after two `env.reset(123)` calls: most likely reset "
                + "does not re-seed the generator from the seed (is Env.beforeReset overridden?)");
      }
      Object obs5 = copy(env.reset(456L, null).observation());
      requireInSpace(obs5, "The observation returned by `env.reset(456)`");
      if (env.npRandom().stateEquals(rng1)) {
        fail(
            "The env's generator is the same after `env.reset(123)` and `env.reset(456)`: "
                + "most likely reset does not re-seed the generator from the seed");
      }
    }

    private void checkResetOptions() {
      for (Long seed : new Long[] {null, 123L}) {
        String call = "env.reset(" + seed + ", Map.of())";
        try {
          Reset<O> r = env.reset(seed, Map.of());
          requireInSpace(r.observation(), "The observation returned by `" + call + "`");
        } catch (RuntimeException e) {
          fail(
              "The env's reset does not accept an empty options map: `"
                  + call
                  + "` raised "
                  + describe(e));
        }
      }
    }

    // ------------------------------------------------------------------ step

    private void checkPassiveStep() {
      env.reset();
      A action = env.actionSpace().sample();
      Step<O> s = env.step(action);
      if (s == null) {
        fail("step() returned null instead of a Step");
        return;
      }
      requireInSpace(s.observation(), "The observation returned by `env.step()`");
      double reward = s.reward();
      if (Double.isNaN(reward)) {
        warn("The reward returned by `env.step()` is a NaN value.");
      } else if (Double.isInfinite(reward)) {
        warn("The reward returned by `env.step()` is an inf value.");
      }
      if (s.info() == null) {
        fail("The info returned by `env.step()` is null; it must be a map.");
      }
    }

    @SuppressWarnings("unchecked")
    private void checkStepDeterminism() {
      if (nondeterministic()) {
        return;
      }
      env.actionSpace().seed(123);
      A action = env.actionSpace().sample();
      A actionCopy = (A) Space.deepCopy(action);

      env.reset(123L, null);
      Step<O> s0 = env.step(action);
      Object obs0 = copy(s0.observation());
      double rew0 = s0.reward();
      boolean term0 = s0.terminated();
      boolean trunc0 = s0.truncated();
      Object info0 = copy(s0.info());
      NpRandom rng0 = env.npRandom().copy();

      env.reset(123L, null);
      Step<O> s1 = env.step(actionCopy);
      Object obs1 = copy(s1.observation());
      double rew1 = s1.reward();
      boolean term1 = s1.terminated();
      boolean trunc1 = s1.truncated();
      Object info1 = copy(s1.info());

      if (!env.npRandom().stateEquals(rng0)) {
        fail(
            "The env's generator is not in the same state after the same seeded reset and "
                + "step: the generator is not properly updated during step.");
      }
      if (!equivalent(obs0, obs1, false)) {
        fail(
            "Deterministic step observations are not equivalent for the same seed and action: "
                + Space.format(obs0)
                + " vs "
                + Space.format(obs1));
      } else if (!equivalent(obs0, obs1, true)) {
        warn(
            "Step observations are not equal although similar given the same seed and action: "
                + Space.format(obs0)
                + " vs "
                + Space.format(obs1));
      }
      if (!close(rew0, rew1)) {
        fail(
            "Deterministic step rewards are not equivalent for the same seed and action: "
                + rew0
                + " vs "
                + rew1);
      } else if (Double.compare(rew0, rew1) != 0) {
        warn(
            "Step rewards are not equal although similar given the same seed and action: "
                + rew0
                + " vs "
                + rew1);
      }
      if (term0 != term1) {
        fail(
            "Deterministic step termination are not equivalent for the same seed and action: "
                + term0
                + " vs "
                + term1);
      }
      if (trunc0 || trunc1) {
        fail("Environment truncates after 1 step, something has gone very wrong.");
      }
      if (!equivalent(info0, info1, false)) {
        fail(
            "Deterministic step info are not equivalent for the same seed and action: "
                + info0
                + " vs "
                + info1);
      }
    }

    // ------------------------------------------------------------------ render and close

    private void checkRenders() {
      String ownMode = env.renderMode();
      if (ownMode != null) {
        section("render (render_mode '" + ownMode + "')", () -> checkRender(env, ownMode));
      }
      EnvSpec spec = env.spec();
      if (spec == null) {
        warn(
            "Not able to test alternative render modes due to the environment not having a spec. "
                + "Try making the environment through Gym.make.");
        return;
      }
      for (String mode : env.metadata().renderModes()) {
        if ("human".equals(mode)) {
          warn("render check skipped for render_mode 'human': the checker opens no windows");
          continue;
        }
        section(
            "render (Gym.make with render_mode '" + mode + "')",
            () -> {
              Env<?, ?> made = spec.make(Map.of("render_mode", mode));
              try {
                if (!mode.equals(made.renderMode())) {
                  warn(
                      "Gym.make(\""
                          + spec.id()
                          + "\", render_mode='"
                          + mode
                          + "') made an env whose "
                          + "renderMode() is "
                          + (made.renderMode() == null ? "null" : "'" + made.renderMode() + "'")
                          + "; does the entry point pass render_mode on?");
                }
                made.reset();
                checkRender(made, made.renderMode());
              } finally {
                made.close();
              }
            });
      }
    }

    private void checkRender(Env<?, ?> e, String mode) {
      if (mode == null) {
        return;
      }
      if ("human".equals(mode)) {
        warn("render check skipped for render_mode 'human': the checker opens no windows");
        return;
      }
      Object frame;
      try {
        frame = e.render();
      } catch (IllegalStateException ex) {
        String missing = missingBackend();
        if (missing != null && chainMentions(ex, missing)) {
          warn("render check skipped: " + missing);
          return;
        }
        throw ex;
      }
      PassiveChecks.checkRender(e.metadata(), mode, frame);
    }

    private void checkClose() {
      EnvSpec spec = env.spec();
      if (spec == null) {
        return;
      }
      Env<?, ?> fresh = spec.make(Map.of());
      fresh.close();
      try {
        fresh.close();
      } catch (RuntimeException e) {
        warn(
            "Calling `env.close()` on the closed environment should be allowed, but it raised "
                + "an exception: "
                + describe(e));
      }
    }

    // ------------------------------------------------------------------ helpers

    private void requireInSpace(Object obs, String what) {
      String why = env.observationSpace().mismatch(obs);
      if (why != null) {
        fail(
            what
                + " is not within the observation space "
                + env.observationSpace()
                + ": "
                + Space.format(obs)
                + " ("
                + why
                + ")");
      }
    }
  }

  /** The message of the missing-backend error, or null when a render backend is present. */
  private static String missingBackend() {
    try {
      Renderers.backend();
      return null;
    } catch (IllegalStateException e) {
      return e.getMessage();
    }
  }

  private static boolean chainMentions(Throwable t, String message) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c.getMessage() != null && c.getMessage().contains(message)) {
        return true;
      }
      if (c.getCause() == c) {
        break;
      }
    }
    return false;
  }

  private static Object copy(Object x) {
    return Space.deepCopy(x);
  }

  private static String describe(Throwable e) {
    String m = e.getMessage();
    return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
  }

  /**
   * Gymnasium's {@code data_equivalence}: same kind recursively, maps with the same keys, arrays
   * and lists of the same length, numbers within {@link #TOLERANCE} (numpy {@code allclose}) or,
   * with {@code exact}, bit-equal (NaN equals NaN); anything else by {@code equals}.
   */
  public static boolean equivalent(Object a, Object b, boolean exact) {
    if (a == b) {
      return true;
    }
    if (a == null || b == null) {
      return false;
    }
    if (a instanceof Map<?, ?> ma) {
      if (!(b instanceof Map<?, ?> mb) || !ma.keySet().equals(mb.keySet())) {
        return false;
      }
      for (Map.Entry<?, ?> e : ma.entrySet()) {
        if (!equivalent(e.getValue(), mb.get(e.getKey()), exact)) {
          return false;
        }
      }
      return true;
    }
    if (a instanceof List<?> la) {
      if (!(b instanceof List<?> lb) || la.size() != lb.size()) {
        return false;
      }
      for (int i = 0; i < la.size(); i++) {
        if (!equivalent(la.get(i), lb.get(i), exact)) {
          return false;
        }
      }
      return true;
    }
    if (a.getClass() != b.getClass()) {
      return false;
    }
    if (a instanceof Object[] oa) {
      Object[] ob = (Object[]) b;
      if (oa.length != ob.length) {
        return false;
      }
      for (int i = 0; i < oa.length; i++) {
        if (!equivalent(oa[i], ob[i], exact)) {
          return false;
        }
      }
      return true;
    }
    if (a instanceof float[] fa) {
      float[] fb = (float[]) b;
      if (fa.length != fb.length) {
        return false;
      }
      for (int i = 0; i < fa.length; i++) {
        if (exact ? Float.compare(fa[i], fb[i]) != 0 && fa[i] != fb[i] : !close(fa[i], fb[i])) {
          return false;
        }
      }
      return true;
    }
    if (a instanceof double[] da) {
      double[] db = (double[]) b;
      if (da.length != db.length) {
        return false;
      }
      for (int i = 0; i < da.length; i++) {
        if (exact ? Double.compare(da[i], db[i]) != 0 && da[i] != db[i] : !close(da[i], db[i])) {
          return false;
        }
      }
      return true;
    }
    if (a instanceof Float || a instanceof Double) {
      double x = ((Number) a).doubleValue();
      double y = ((Number) b).doubleValue();
      return exact ? Double.compare(x, y) == 0 || x == y : close(x, y);
    }
    if (a.getClass().isArray()) {
      return Objects.deepEquals(a, b);
    }
    if (a instanceof dev.jymnasium.env.render.RgbFrame ra) {
      var rb = (dev.jymnasium.env.render.RgbFrame) b;
      return ra.width() == rb.width()
          && ra.height() == rb.height()
          && Arrays.equals(ra.rgb(), rb.rgb());
    }
    return a.equals(b);
  }

  /** numpy {@code isclose(x, y, rtol=1e-5, atol=1e-5)}, with NaN equal to NaN. */
  static boolean close(double x, double y) {
    if (x == y || (Double.isNaN(x) && Double.isNaN(y))) {
      return true;
    }
    if (Double.isInfinite(x) || Double.isInfinite(y)) {
      return false;
    }
    return Math.abs(x - y) <= TOLERANCE + TOLERANCE * Math.abs(y);
  }
}
