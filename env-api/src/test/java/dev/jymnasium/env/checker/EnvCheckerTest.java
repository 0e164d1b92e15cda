package dev.jymnasium.env.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jymnasium.env.Env;
import dev.jymnasium.env.registry.EnvSpec;
import dev.jymnasium.env.registry.Gym;
import dev.jymnasium.env.registry.Kwarg;
import dev.jymnasium.env.registry.Registry;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The env checker on a good env and on envs that each break one rule. */
class EnvCheckerTest {
  static final String WALK_ID = "checkertest/Walk-v0";
  static final String NONDET_ID = "checkertest/NondeterministicWalk-v0";

  /** The test envs' one kwarg. */
  record RenderOnly(@Kwarg(doc = "render mode") String renderMode) {}

  @BeforeAll
  static void register() {
    Registry r = Gym.registry();
    synchronized (EnvCheckerTest.class) {
      if (r.all().stream().noneMatch(s -> s.id().equals(WALK_ID))) {
        r.register(
            EnvSpec.builder(WALK_ID)
                .config(RenderOnly.class, c -> new CheckerTestEnvs.Walk(c.renderMode()))
                .maxEpisodeSteps(50)
                .build());
        r.register(
            EnvSpec.builder(NONDET_ID)
                .config(RenderOnly.class, c -> new CheckerTestEnvs.NondeterministicReset())
                .nondeterministic(true)
                .build());
      }
    }
  }

  private static boolean anyContains(List<String> messages, String part) {
    return messages.stream().anyMatch(m -> m.contains(part));
  }

  @Test
  void goodEnvPassesWithoutFailures() {
    CheckReport report = EnvChecker.check(new CheckerTestEnvs.Walk());
    assertTrue(report.passed(), report.format());
    assertTrue(report.failures().isEmpty());
    // No spec: alternative render modes cannot be tried.
    assertTrue(anyContains(report.warnings(), "not having a spec"), report.format());
    assertFalse(anyContains(report.warnings(), EnvChecker.WRAPPED_WARNING_PREFIX), report.format());
  }

  @Test
  void goodEnvWithAnsiModeRendersAsString() {
    CheckReport report = EnvChecker.check(new CheckerTestEnvs.Walk("ansi"));
    assertTrue(report.passed(), report.format());
  }

  @Test
  void madeEnvPassesAndWarnsAboutWrappersHumanModeAndMissingBackend() {
    Env<float[], Integer> env = Gym.make(WALK_ID);
    CheckReport report = EnvChecker.check(env);
    assertTrue(report.passed(), report.format());
    assertTrue(anyContains(report.warnings(), EnvChecker.WRAPPED_WARNING_PREFIX), report.format());
    assertTrue(anyContains(report.warnings(), "'human'"), report.format());
    // env-api's tests have no render backend on the classpath: rgb_array is skipped, not failed.
    assertTrue(
        anyContains(report.warnings(), "render check skipped: No render backend"), report.format());
    env.close();
  }

  @Test
  void unwrappedMadeEnvPassesWithoutWrapperWarning() {
    Env<?, ?> env = Gym.make(WALK_ID).unwrapped();
    CheckReport report = EnvChecker.check(env);
    assertTrue(report.passed(), report.format());
    assertFalse(anyContains(report.warnings(), EnvChecker.WRAPPED_WARNING_PREFIX), report.format());
  }

  @Test
  void observationOutsideTheSpaceIsAFailure() {
    CheckReport report = EnvChecker.check(new CheckerTestEnvs.ObsOutsideSpace());
    assertFalse(report.passed());
    assertTrue(
        anyContains(
            report.failures(),
            "The observation returned by `env.reset()` is not within the observation space"),
        report.format());
    assertTrue(
        anyContains(report.failures(), "`env.step()` is not within the observation space"),
        report.format());
    assertTrue(anyContains(report.failures(), "outside [-1.0, 1.0]"), report.format());
  }

  @Test
  void nondeterministicResetIsAFailure() {
    CheckReport report = EnvChecker.check(new CheckerTestEnvs.NondeterministicReset());
    assertFalse(report.passed());
    assertTrue(
        anyContains(
            report.failures(),
            "Using `env.reset(123)` is non-deterministic as the observations are not equivalent"),
        report.format());
    assertTrue(
        anyContains(report.failures(), "then `env.reset()` is non-deterministic"), report.format());
  }

  @Test
  void nondeterministicFlagInTheSpecSkipsTheDeterminismChecks() {
    Env<?, ?> env = Gym.make(NONDET_ID);
    CheckReport report = EnvChecker.check(env);
    assertTrue(report.passed(), report.format());
  }

  @Test
  void generatorNotReseededIsAFailure() {
    CheckReport report = EnvChecker.check(new CheckerTestEnvs.IgnoresSeed());
    assertFalse(report.passed());
    assertTrue(
        anyContains(report.failures(), "generator differs after two `env.reset(123)`"),
        report.format());
    assertTrue(anyContains(report.failures(), "non-deterministic"), report.format());
  }

  @Test
  void nondeterministicStepIsAFailure() {
    CheckReport report = EnvChecker.check(new CheckerTestEnvs.NondeterministicStep());
    assertFalse(report.passed());
    assertTrue(
        anyContains(report.failures(), "Deterministic step observations are not equivalent"),
        report.format());
    // Reset alone is deterministic.
    assertFalse(
        anyContains(report.failures(), "env.reset(123)` is non-deterministic"), report.format());
  }

  @Test
  void truncationAfterOneStepIsAFailure() {
    CheckReport report = EnvChecker.check(new CheckerTestEnvs.TruncatesAtOnce());
    assertTrue(anyContains(report.failures(), "truncates after 1 step"), report.format());
  }

  @Test
  void throwingResetStopsTheCheckWithAFailure() {
    CheckReport report = EnvChecker.check(new CheckerTestEnvs.ResetThrows());
    assertFalse(report.passed());
    assertTrue(anyContains(report.failures(), "reset is broken"), report.format());
    assertTrue(anyContains(report.failures(), "remaining checks skipped"), report.format());
  }

  @Test
  void wrongRenderResultIsAFailure() {
    CheckReport report = EnvChecker.check(new CheckerTestEnvs.BadAnsiRender());
    assertTrue(anyContains(report.failures(), "ansi render returned Integer"), report.format());
    assertTrue(EnvChecker.check(new CheckerTestEnvs.BadAnsiRender(), true, true).passed());
  }

  @Test
  void unboundedAndNonNormalisedBoxesAreWarnings() {
    CheckReport report = EnvChecker.check(new CheckerTestEnvs.WideActions());
    assertTrue(report.passed(), report.format());
    assertTrue(
        anyContains(report.warnings(), "A Box observation space minimum value is -infinity"),
        report.format());
    assertTrue(
        anyContains(report.warnings(), "A Box observation space maximum value is infinity"),
        report.format());
    assertTrue(anyContains(report.warnings(), "symmetric and normalized space"), report.format());
  }

  @Test
  void equivalenceFollowsDataEquivalence() {
    assertTrue(EnvChecker.equivalent(new float[] {1f, 2f}, new float[] {1f, 2.000001f}, false));
    assertFalse(EnvChecker.equivalent(new float[] {1f, 2f}, new float[] {1f, 2.000001f}, true));
    assertFalse(EnvChecker.equivalent(new float[] {1f}, new double[] {1.0}, false));
    assertFalse(EnvChecker.equivalent(new float[] {1f}, new float[] {1f, 1f}, false));
    assertTrue(EnvChecker.equivalent(Map.of("a", new int[] {1}), Map.of("a", new int[] {1}), true));
    assertFalse(EnvChecker.equivalent(Map.of("a", 1), Map.of("b", 1), false));
    assertTrue(
        EnvChecker.equivalent(
            new Object[] {1, new double[] {Double.NaN}},
            new Object[] {1, new double[] {Double.NaN}},
            true));
    assertFalse(EnvChecker.equivalent(1, 2, false));
    assertTrue(EnvChecker.equivalent(0.1, 0.1 + 1e-9, false));
  }

  @Test
  void nullEnvIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> EnvChecker.check(null));
  }

  @Test
  void reportFormatListsFailuresThenWarnings() {
    CheckReport r = new CheckReport(List.of("bad"), List.of("meh"));
    assertEquals("FAIL: bad\nWARN: meh\n", r.format());
    assertEquals("OK\n", new CheckReport(List.of(), List.of()).format());
  }
}
