package dev.jymnasium.control;

import dev.jymnasium.control.classic.CartPoleEnv;
import dev.jymnasium.control.classic.CartPoleVectorEnv;
import dev.jymnasium.env.registry.EnvProvider;
import dev.jymnasium.env.registry.EnvSpec;
import dev.jymnasium.env.registry.Kwargs;
import dev.jymnasium.env.registry.Registry;

/** Registers the control tasks with Gymnasium's ids, limits and thresholds. */
public final class ControlTasksProvider implements EnvProvider {
  @Override
  public void register(Registry registry) {
    registry.register(EnvSpec.builder("CartPole-v0").entryPoint(ControlTasksProvider::cartPole)
        .vectorEntryPoint(ControlTasksProvider::cartPoleVector)
        .maxEpisodeSteps(200).rewardThreshold(195.0).build());
    registry.register(EnvSpec.builder("CartPole-v1").entryPoint(ControlTasksProvider::cartPole)
        .vectorEntryPoint(ControlTasksProvider::cartPoleVector)
        .maxEpisodeSteps(500).rewardThreshold(475.0).build());
  }

  private static CartPoleEnv cartPole(Kwargs kw) {
    return new CartPoleEnv(kw.getString("render_mode", null), kw.getBoolean("sutton_barto_reward", false));
  }

  private static CartPoleVectorEnv cartPoleVector(int numEnvs, Integer maxEpisodeSteps, Kwargs kw) {
    return new CartPoleVectorEnv(numEnvs, maxEpisodeSteps, kw.getBoolean("sutton_barto_reward", false));
  }
}
