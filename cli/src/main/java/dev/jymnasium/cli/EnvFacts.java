package dev.jymnasium.cli;

import dev.jymnasium.env.Env;
import dev.jymnasium.env.EnvMetadata;
import dev.jymnasium.env.registry.EnvSpec;
import dev.jymnasium.env.registry.Gym;
import dev.jymnasium.env.registry.Registry;
import dev.jymnasium.env.registry.VectorizeMode;
import dev.jymnasium.env.vector.VectorEnv;
import java.util.List;
import java.util.Map;

/**
 * What {@code jym list} and {@code jym info} show about a spec: the facts only an instance knows
 * (spaces, render modes, class), read from an env made with default kwargs and closed again.
 *
 * @param spec the registered spec
 * @param observationSpace the observation space as text, or null when the env failed to build
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

  /** Render modes, empty when unknown. */
  List<String> renderModes() {
    return metadata == null ? List.of() : metadata.renderModes();
  }
}
