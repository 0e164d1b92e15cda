package dev.jymnasium.env.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jymnasium.env.Env;
import dev.jymnasium.env.vector.CountingEnv;
import dev.jymnasium.env.wrappers.OrderEnforcing;
import dev.jymnasium.env.wrappers.PassiveEnvChecker;
import dev.jymnasium.env.wrappers.TimeLimit;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RegistryTest {
  /** The counting env's kwargs. */
  record Count(@Kwarg(defaultValue = "50", min = 1, doc = "episode length") int length) {}

  private static Registry registry() {
    Registry r = new Registry();
    r.register(
        EnvSpec.builder("Count-v1")
            .config(Count.class, c -> new CountingEnv(c.length()))
            .maxEpisodeSteps(10)
            .rewardThreshold(5.0)
            .build());
    r.register(
        EnvSpec.builder("Count-v3")
            .config(Count.class, c -> new CountingEnv(c.length()))
            .maxEpisodeSteps(20)
            .build());
    r.register(EnvSpec.builder("ns/Other-v0").entryPoint(kw -> new CountingEnv(3)).build());
    return r;
  }

  @Test
  void makeAppliesGymnasiumsWrapperOrder() {
    Env<float[], Integer> env = registry().make("Count-v1", Map.of());
    assertTrue(env instanceof TimeLimit);
    assertTrue(((TimeLimit<?, ?>) env).inner() instanceof OrderEnforcing);
    assertTrue(
        ((OrderEnforcing<?, ?>) ((TimeLimit<?, ?>) env).inner()).inner()
            instanceof PassiveEnvChecker);
    assertEquals(
        "<TimeLimit<OrderEnforcing<PassiveEnvChecker<CountingEnv<Count-v1>>>>>", env.toString());
    assertEquals(10, env.spec().maxEpisodeSteps());
    assertNull(env.unwrapped().spec().maxEpisodeSteps());
  }

  @Test
  void makeOptionsOverrideTheSpec() {
    Env<float[], Integer> env =
        registry()
            .make(
                "Count-v1",
                Map.of("max_episode_steps", -1, "disable_env_checker", true, "length", 4));
    assertTrue(env instanceof OrderEnforcing);
    assertEquals(Map.of("length", 4), env.spec().kwargs());
  }

  @Test
  void unknownKwargsListTheAcceptedOnes() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> registry().make("Count-v1", Map.of("lenght", 3)));
    assertTrue(
        e.getMessage().contains("lenght") && e.getMessage().contains("length"), e.getMessage());
  }

  @Test
  void badKwargTypesAreNamed() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> registry().make("Count-v1", Map.of("length", "three")));
    assertTrue(e.getMessage().contains("'length'"), e.getMessage());
  }

  @Test
  void unknownIdSuggestsCloseMatches() {
    UnknownEnvException e =
        assertThrows(UnknownEnvException.class, () -> registry().make("Cont-v1", Map.of()));
    assertTrue(e.getMessage().contains("Count-v1"), e.getMessage());
  }

  @Test
  void deprecatedVersionNamesTheNewerOne() {
    UnknownEnvException e =
        assertThrows(UnknownEnvException.class, () -> registry().make("Count-v2", Map.of()));
    assertTrue(
        e.getMessage().contains("deprecated") && e.getMessage().contains("Count-v3"),
        e.getMessage());
    e = assertThrows(UnknownEnvException.class, () -> registry().make("Count-v9", Map.of()));
    assertTrue(e.getMessage().contains("doesn't exist"), e.getMessage());
  }

  @Test
  void unversionedIdResolvesToTheLatest() {
    assertEquals("Count-v3", registry().resolve("Count").id());
  }

  @Test
  void unknownNamespaceIsReported() {
    UnknownEnvException e =
        assertThrows(UnknownEnvException.class, () -> registry().make("nope/Count-v1", Map.of()));
    assertTrue(e.getMessage().contains("Namespace nope"), e.getMessage());
  }

  @Test
  void malformedIdsAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> EnvSpec.builder("bad id!").build());
  }

  @Test
  void parsesNamespaceNameAndVersion() {
    EnvSpec s = registry().spec("ns/Other-v0");
    assertEquals("ns", s.namespace());
    assertEquals("Other", s.name());
    assertEquals(0, s.version());
    assertFalse(s.nondeterministic());
  }

  @Test
  void versionedAndUnversionedCannotMix() {
    Registry r = registry();
    assertThrows(
        IllegalArgumentException.class,
        () -> r.register(EnvSpec.builder("Count").entryPoint(kw -> new CountingEnv(1)).build()));
  }

  @Test
  void stepBeforeResetIsAnIllegalState() {
    Env<float[], Integer> env = registry().make("Count-v1", Map.of());
    assertThrows(IllegalStateException.class, () -> env.step(0));
  }
}
