package dev.jymnasium.env.registry;

import dev.jymnasium.env.multiagent.ParallelEnv;

/**
 * Builds a PettingZoo-style parallel multi-agent env from keyword arguments (an {@link EnvSpec}'s
 * parallel entry point, made by {@link Registry#makeParallel}).
 */
@FunctionalInterface
public interface ParallelEnvCreator {
  /** Creates the env; read every supported key from {@code kwargs}. */
  ParallelEnv<?, ?> create(Kwargs kwargs);
}
