package dev.jymnasium.baselines;

import dev.jymnasium.env.registry.EnvSpec;
import dev.jymnasium.env.registry.Gym;

/**
 * Registers the tiny test envs once: {@code test/Chain-v0}, its picture {@code
 * test/PictureChain-v0}, {@code test/Reach-v0} and the goal env {@code test/GoalReach-v0}.
 */
public final class TestEnvs {
  public static final String CHAIN = "test/Chain-v0";
  public static final String PICTURE_CHAIN = "test/PictureChain-v0";
  public static final String REACH = "test/Reach-v0";
  static final String GOAL_REACH = "test/GoalReach-v0";
  private static boolean registered;

  private TestEnvs() {}

  public static synchronized void register() {
    if (!registered) {
      Gym.registry()
          .register(
              EnvSpec.builder(CHAIN).entryPoint(k -> new ChainEnv()).maxEpisodeSteps(50).build());
      Gym.registry()
          .register(
              EnvSpec.builder(PICTURE_CHAIN)
                  .entryPoint(k -> new PictureChainEnv())
                  .maxEpisodeSteps(50)
                  .build());
      Gym.registry()
          .register(
              EnvSpec.builder(REACH).entryPoint(k -> new ReachEnv()).maxEpisodeSteps(20).build());
      Gym.registry()
          .register(
              EnvSpec.builder(GOAL_REACH)
                  .entryPoint(k -> new GoalReachEnv())
                  .maxEpisodeSteps(20)
                  .build());
      registered = true;
    }
  }
}
