package dev.jymnasium.env.registry;

import dev.jymnasium.env.vector.VectorEnv;

/**
 * Builds a native vector env of {@code numEnvs} sub-envs (an {@link EnvSpec}'s vector entry point).
 */
@FunctionalInterface
public interface VectorEnvCreator {
  /**
   * @param numEnvs number of sub-envs, {@code >= 1}
   * @param maxEpisodeSteps the time limit to apply, or {@code null} for none
   */
  VectorEnv<?, ?> create(int numEnvs, Integer maxEpisodeSteps, Kwargs kwargs);
}
