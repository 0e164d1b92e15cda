package dev.jymnasium.control;

import dev.jymnasium.control.classic.AcrobotEnv;
import dev.jymnasium.control.classic.CartPoleEnv;
import dev.jymnasium.control.classic.CartPoleVectorEnv;
import dev.jymnasium.control.classic.ContinuousMountainCarEnv;
import dev.jymnasium.control.classic.MountainCarEnv;
import dev.jymnasium.control.classic.PendulumEnv;
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
    registry.register(EnvSpec.builder("MountainCar-v0").entryPoint(ControlTasksProvider::mountainCar)
        .maxEpisodeSteps(200).rewardThreshold(-110.0).build());
    registry.register(EnvSpec.builder("MountainCarContinuous-v0")
        .entryPoint(ControlTasksProvider::continuousMountainCar)
        .maxEpisodeSteps(999).rewardThreshold(90.0).build());
    registry.register(EnvSpec.builder("Pendulum-v1").entryPoint(ControlTasksProvider::pendulum)
        .maxEpisodeSteps(200).build());
    registry.register(EnvSpec.builder("Acrobot-v1").entryPoint(ControlTasksProvider::acrobot)
        .maxEpisodeSteps(500).rewardThreshold(-100.0).build());
  }

  private static CartPoleEnv cartPole(Kwargs kw) {
    return new CartPoleEnv(kw.getString("render_mode", null), kw.getBoolean("sutton_barto_reward", false));
  }

  private static MountainCarEnv mountainCar(Kwargs kw) {
    return new MountainCarEnv(kw.getString("render_mode", null), kw.getDouble("goal_velocity", 0.0));
  }

  private static ContinuousMountainCarEnv continuousMountainCar(Kwargs kw) {
    return new ContinuousMountainCarEnv(kw.getString("render_mode", null),
        kw.getDouble("goal_velocity", 0.0));
  }

  private static PendulumEnv pendulum(Kwargs kw) {
    return new PendulumEnv(kw.getString("render_mode", null), kw.getDouble("g", 10.0));
  }

  private static AcrobotEnv acrobot(Kwargs kw) {
    return new AcrobotEnv(kw.getString("render_mode", null));
  }

  private static CartPoleVectorEnv cartPoleVector(int numEnvs, Integer maxEpisodeSteps, Kwargs kw) {
    return new CartPoleVectorEnv(numEnvs, maxEpisodeSteps, kw.getBoolean("sutton_barto_reward", false));
  }
}
