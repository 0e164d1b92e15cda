package dev.jymnasium.robots;

import dev.jymnasium.env.registry.EnvProvider;
import dev.jymnasium.env.registry.EnvSpec;
import dev.jymnasium.env.registry.Registry;
import dev.jymnasium.robots.drones.CtrlAviaryEnv;
import dev.jymnasium.robots.drones.HoverAviaryEnv;
import dev.jymnasium.robots.drones.MultiHoverAviaryEnv;
import dev.jymnasium.robots.drones.MultiHoverAviaryParallel;
import dev.jymnasium.robots.drones.VelocityAviaryEnv;
import dev.jymnasium.robots.manipulators.PandaEnvs;
import dev.jymnasium.robots.mujoco.AntEnv;
import dev.jymnasium.robots.mujoco.HalfCheetahEnv;
import dev.jymnasium.robots.mujoco.HopperEnv;
import dev.jymnasium.robots.mujoco.InvertedDoublePendulumEnv;
import dev.jymnasium.robots.mujoco.InvertedPendulumEnv;
import dev.jymnasium.robots.mujoco.PusherEnv;
import dev.jymnasium.robots.mujoco.ReacherEnv;
import dev.jymnasium.robots.mujoco.SwimmerEnv;
import dev.jymnasium.robots.mujoco.Walker2dEnv;

/** Registers the robot envs with Gymnasium's ids, time limits and reward thresholds. */
public final class RobotsProvider implements EnvProvider {
  @Override
  public void register(Registry registry) {
    registry.register(
        EnvSpec.builder(InvertedPendulumEnv.ID)
            .config(InvertedPendulumEnv.Config.class, InvertedPendulumEnv::new)
            .maxEpisodeSteps(1000)
            .rewardThreshold(950.0)
            .build());
    registry.register(
        EnvSpec.builder(InvertedDoublePendulumEnv.ID)
            .config(InvertedDoublePendulumEnv.Config.class, InvertedDoublePendulumEnv::new)
            .maxEpisodeSteps(1000)
            .rewardThreshold(9100.0)
            .build());
    registry.register(
        EnvSpec.builder(HalfCheetahEnv.ID)
            .config(HalfCheetahEnv.Config.class, HalfCheetahEnv::new)
            .maxEpisodeSteps(1000)
            .rewardThreshold(4800.0)
            .build());
    registry.register(
        EnvSpec.builder(HopperEnv.ID)
            .config(HopperEnv.Config.class, HopperEnv::new)
            .maxEpisodeSteps(1000)
            .rewardThreshold(3800.0)
            .build());
    registry.register(
        EnvSpec.builder(Walker2dEnv.ID)
            .config(Walker2dEnv.Config.class, Walker2dEnv::new)
            .maxEpisodeSteps(1000)
            .build());
    registry.register(
        EnvSpec.builder(SwimmerEnv.ID)
            .config(SwimmerEnv.Config.class, SwimmerEnv::new)
            .maxEpisodeSteps(1000)
            .rewardThreshold(360.0)
            .build());
    registry.register(
        EnvSpec.builder(AntEnv.ID)
            .config(AntEnv.Config.class, AntEnv::new)
            .maxEpisodeSteps(1000)
            .rewardThreshold(6000.0)
            .build());
    registry.register(
        EnvSpec.builder(ReacherEnv.ID)
            .config(ReacherEnv.Config.class, ReacherEnv::new)
            .maxEpisodeSteps(50)
            .rewardThreshold(-3.75)
            .build());
    registry.register(
        EnvSpec.builder(PusherEnv.ID)
            .config(PusherEnv.Config.class, PusherEnv::new)
            .maxEpisodeSteps(100)
            .rewardThreshold(0.0)
            .build());
    // The quadrotors end their own episodes (8 s) or never, as in gym-pybullet-drones.
    registry.register(
        EnvSpec.builder(HoverAviaryEnv.ID)
            .config(HoverAviaryEnv.Config.class, HoverAviaryEnv::new)
            .rewardThreshold(467.0)
            .build());
    registry.register(
        EnvSpec.builder(MultiHoverAviaryEnv.ID)
            .config(MultiHoverAviaryEnv.Config.class, MultiHoverAviaryEnv::new)
            .rewardThreshold(920.0)
            .build());
    // The same drones as one agent each, made with Gym.makeParallel (PettingZoo's parallel API).
    registry.register(
        EnvSpec.builder(MultiHoverAviaryParallel.ID)
            .parallelConfig(MultiHoverAviaryEnv.Config.class, MultiHoverAviaryParallel::new)
            .build());
    registry.register(
        EnvSpec.builder(CtrlAviaryEnv.ID)
            .config(CtrlAviaryEnv.Config.class, CtrlAviaryEnv::new)
            .build());
    registry.register(
        EnvSpec.builder(VelocityAviaryEnv.ID)
            .config(VelocityAviaryEnv.Config.class, VelocityAviaryEnv::new)
            .build());
    PandaEnvs.register(registry);
  }
}
