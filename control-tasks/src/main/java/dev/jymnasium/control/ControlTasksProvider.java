package dev.jymnasium.control;

import dev.jymnasium.control.classic.AcrobotEnv;
import dev.jymnasium.control.classic.CartPoleEnv;
import dev.jymnasium.control.classic.CartPoleVectorEnv;
import dev.jymnasium.control.classic.ContinuousMountainCarEnv;
import dev.jymnasium.control.classic.MountainCarEnv;
import dev.jymnasium.control.classic.PendulumEnv;
import dev.jymnasium.control.inventory.InvManagementEnv;
import dev.jymnasium.control.inventory.LotSizingEnv;
import dev.jymnasium.control.inventory.ManyWarehousesEnv;
import dev.jymnasium.control.inventory.NewsvendorEnv;
import dev.jymnasium.control.inventory.OneStoreBackloggedEnv;
import dev.jymnasium.control.inventory.OneStoreLostEnv;
import dev.jymnasium.control.inventory.OneWarehouseEnv;
import dev.jymnasium.control.inventory.SerialChain.UnmetDemand;
import dev.jymnasium.control.inventory.SerialEnv;
import dev.jymnasium.control.inventory.TransshipmentEnv;
import dev.jymnasium.control.linear.LinearControlEnv;
import dev.jymnasium.control.linear.LinearSystem;
import dev.jymnasium.control.pde.PdeEnvs;
import dev.jymnasium.env.registry.EnvProvider;
import dev.jymnasium.env.registry.EnvSpec;
import dev.jymnasium.env.registry.Registry;

/** Registers the control tasks with Gymnasium's ids, limits and thresholds. */
public final class ControlTasksProvider implements EnvProvider {
  @Override
  public void register(Registry registry) {
    registry.register(cartPole("CartPole-v0").maxEpisodeSteps(200).rewardThreshold(195.0).build());
    registry.register(cartPole("CartPole-v1").maxEpisodeSteps(500).rewardThreshold(475.0).build());
    registry.register(
        EnvSpec.builder("MountainCar-v0")
            .config(MountainCarEnv.Config.class, MountainCarEnv::new)
            .maxEpisodeSteps(200)
            .rewardThreshold(-110.0)
            .build());
    registry.register(
        EnvSpec.builder("MountainCarContinuous-v0")
            .config(ContinuousMountainCarEnv.Config.class, ContinuousMountainCarEnv::new)
            .maxEpisodeSteps(999)
            .rewardThreshold(90.0)
            .build());
    registry.register(
        EnvSpec.builder("Pendulum-v1")
            .config(PendulumEnv.Config.class, PendulumEnv::new)
            .maxEpisodeSteps(200)
            .build());
    registry.register(
        EnvSpec.builder("Acrobot-v1")
            .config(AcrobotEnv.Config.class, AcrobotEnv::new)
            .maxEpisodeSteps(500)
            .rewardThreshold(-100.0)
            .build());
    // controlgym's 37 linear systems: one id per system, no time limit (the env terminates itself
    // after n_steps).
    for (String name : LinearSystem.NAMES) {
      registry.register(
          EnvSpec.builder("controlgym/" + name + "-v0")
              .config(LinearControlEnv.Config.class, c -> new LinearControlEnv(name, c))
              .build());
    }
    // controlgym's ten PDEs: no time limit either (each terminates itself after n_steps).
    for (PdeEnvs.Entry pde : PdeEnvs.ALL) {
      registry.register(pde.spec("controlgym/" + pde.name() + "-v0"));
    }
    // Inventory control (Alvo, Russo, Kanoria 2023): no time limit (the env terminates itself
    // after `periods`).
    registry.register(
        EnvSpec.builder("inventory/OneStoreLost-v0")
            .config(OneStoreLostEnv.Config.class, OneStoreLostEnv::new)
            .build());
    registry.register(
        EnvSpec.builder("inventory/OneStoreBacklogged-v0")
            .config(OneStoreBackloggedEnv.Config.class, OneStoreBackloggedEnv::new)
            .build());
    registry.register(
        EnvSpec.builder("inventory/Serial-v0")
            .config(SerialEnv.Config.class, SerialEnv::new)
            .build());
    registry.register(
        EnvSpec.builder("inventory/OneWarehouse-v0")
            .config(OneWarehouseEnv.Config.class, OneWarehouseEnv::new)
            .build());
    registry.register(
        EnvSpec.builder("inventory/Transshipment-v0")
            .config(TransshipmentEnv.Config.class, TransshipmentEnv::new)
            .build());
    registry.register(
        EnvSpec.builder("inventory/ManyWarehouses-v0")
            .config(ManyWarehousesEnv.Config.class, ManyWarehousesEnv::new)
            .build());
    registry.register(
        EnvSpec.builder("inventory/LotSizing-v0")
            .config(LotSizingEnv.Config.class, LotSizingEnv::new)
            .build());
    // OR-Gym's newsvendor (Hubbs et al. 2020): ends itself after step_limit periods.
    registry.register(
        EnvSpec.builder("or-gym/Newsvendor-v0")
            .config(NewsvendorEnv.Config.class, NewsvendorEnv::new)
            .build());
    registry.register(
        EnvSpec.builder("or-gym/InvManagement-v0")
            .config(
                InvManagementEnv.Config.class,
                c -> new InvManagementEnv(c, "or-gym/InvManagement-v0", UnmetDemand.BACKLOGGED))
            .build());
    registry.register(
        EnvSpec.builder("or-gym/InvManagement-v1")
            .config(
                InvManagementEnv.Config.class,
                c -> new InvManagementEnv(c, "or-gym/InvManagement-v1", UnmetDemand.LOST))
            .build());
  }

  /** CartPole with its native vector env as the vector entry point. */
  private static EnvSpec.Builder cartPole(String id) {
    return EnvSpec.builder(id)
        .vectorConfig(CartPoleEnv.Config.class, CartPoleVectorEnv::new)
        .config(CartPoleEnv.Config.class, CartPoleEnv::new);
  }
}
