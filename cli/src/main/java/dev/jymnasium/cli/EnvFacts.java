package dev.jymnasium.cli;

import dev.jymnasium.env.Env;
import dev.jymnasium.env.EnvMetadata;
import dev.jymnasium.env.multiagent.ParallelEnv;
import dev.jymnasium.env.registry.EnvSpec;
import dev.jymnasium.env.registry.Gym;
import dev.jymnasium.env.registry.Registry;
import dev.jymnasium.env.registry.VectorizeMode;
import dev.jymnasium.env.vector.VectorEnv;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What {@code jym list} and {@code jym info} show about a spec: the facts only an instance knows
 * (spaces, render modes, class), read from an env made with default kwargs and closed again. A spec
 * with only a parallel multi-agent entry point is read from {@link Registry#makeParallel}: its
 * spaces are given per agent.
 *
 * @param spec the registered spec
 * @param observationSpace the observation space as text, or null when the env failed to build; for
 *     a parallel env, {@code N agents: space} when every agent has the same one, else {@code
 *     {agent=space, ...}}
 * @param actionSpace the action space as text, or null
 * @param metadata render modes and fps, or null
 * @param envClass the unwrapped env's class name, or null
 * @param error why the env could not be built, or null
 */
record EnvFacts(
    EnvSpec spec,
    String observationSpace,
    String actionSpace,
    EnvMetadata metadata,
    String envClass,
    String error) {

  /** Builds the env of {@code spec} (checker disabled) and reads its facts. */
  static EnvFacts of(EnvSpec spec) {
    try {
      if (spec.entryPoint() != null) {
        Env<?, ?> env = Gym.registry().make(spec, Map.of(Registry.DISABLE_ENV_CHECKER, true));
        try {
          return new EnvFacts(
              spec,
              env.observationSpace().toString(),
              env.actionSpace().toString(),
              env.metadata(),
              env.unwrapped().getClass().getName(),
              null);
        } finally {
          env.close();
        }
      }
      if (spec.vectorEntryPoint() == null && spec.parallelEntryPoint() != null) {
        ParallelEnv<?, ?> penv = Gym.registry().makeParallel(spec, Map.of());
        try {
          return new EnvFacts(
              spec,
              perAgent(penv, a -> penv.observationSpace(a).toString()),
              perAgent(penv, a -> penv.actionSpace(a).toString()),
              null,
              penv.getClass().getName(),
              null);
        } finally {
          penv.close();
        }
      }
      VectorEnv<?, ?> venv =
          Gym.registry().makeVec(spec.id(), 1, VectorizeMode.VECTOR_ENTRY_POINT, Map.of());
      try {
        return new EnvFacts(
            spec,
            venv.singleObservationSpace().toString(),
            venv.singleActionSpace().toString(),
            venv.metadata(),
            venv.getClass().getName(),
            null);
      } finally {
        venv.close();
      }
    } catch (RuntimeException | LinkageError e) {
      return new EnvFacts(spec, null, null, null, null, Jym.describe(e));
    }
  }

  /** One text for all the agents' spaces when they agree, else each agent's. */
  private static String perAgent(ParallelEnv<?, ?> env, Function<String, String> space) {
    Map<String, String> spaces = new LinkedHashMap<>();
    for (String a : env.possibleAgents()) {
      spaces.put(a, space.apply(a));
    }
    if (spaces.values().stream().distinct().count() == 1) {
      int n = spaces.size();
      return n + (n == 1 ? " agent: " : " agents: ") + spaces.values().iterator().next();
    }
    return spaces.toString();
  }

  /** Render modes, empty when unknown. */
  List<String> renderModes() {
    return metadata == null ? List.of() : metadata.renderModes();
  }
}
