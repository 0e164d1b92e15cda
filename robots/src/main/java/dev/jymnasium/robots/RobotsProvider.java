package dev.jymnasium.robots;

import dev.jymnasium.env.registry.EnvCreator;
import dev.jymnasium.env.registry.EnvProvider;
import dev.jymnasium.env.registry.EnvSpec;
import dev.jymnasium.env.registry.Registry;
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
    add(registry, InvertedPendulumEnv.ID, InvertedPendulumEnv::new, 1000, 950.0);
    add(registry, InvertedDoublePendulumEnv.ID, InvertedDoublePendulumEnv::new, 1000, 9100.0);
    add(registry, HalfCheetahEnv.ID, HalfCheetahEnv::new, 1000, 4800.0);
    add(registry, HopperEnv.ID, HopperEnv::new, 1000, 3800.0);
    add(registry, Walker2dEnv.ID, Walker2dEnv::new, 1000, null);
    add(registry, SwimmerEnv.ID, SwimmerEnv::new, 1000, 360.0);
    add(registry, AntEnv.ID, AntEnv::new, 1000, 6000.0);
    add(registry, ReacherEnv.ID, ReacherEnv::new, 50, -3.75);
    add(registry, PusherEnv.ID, PusherEnv::new, 100, 0.0);
  }

  private static void add(Registry registry, String id, EnvCreator creator, int maxSteps, Double threshold) {
    registry.register(EnvSpec.builder(id).entryPoint(creator).maxEpisodeSteps(maxSteps).rewardThreshold(threshold)
        .build());
  }
}
