package com.example.goleft;

import dev.jymnasium.env.registry.EnvProvider;
import dev.jymnasium.env.registry.EnvSpec;
import dev.jymnasium.env.registry.Registry;

/**
 * Registers this module's envs; listed in {@code
 * META-INF/services/dev.jymnasium.env.registry.EnvProvider} so that {@code Gym.make} finds them.
 */
public final class ExampleEnvsProvider implements EnvProvider {
  @Override
  public void register(Registry registry) {
    registry.register(EnvSpec.builder(GoLeftEnv.ID).config(GoLeftEnv.Config.class, GoLeftEnv::new).maxEpisodeSteps(100).build());
    // A second id of the same class with other default kwargs, as FrozenLake8x8-v1 is to FrozenLake-v1.
    registry.register(EnvSpec.builder("example/GoLeftRandom-v0").config(GoLeftEnv.Config.class, GoLeftEnv::new).maxEpisodeSteps(100).kwarg("random_start", true).build());
  }
}
