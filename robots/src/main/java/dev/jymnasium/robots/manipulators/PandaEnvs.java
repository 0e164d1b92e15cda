package dev.jymnasium.robots.manipulators;

import dev.jymnasium.env.registry.EnvSpec;
import dev.jymnasium.env.registry.Registry;
import java.util.function.Supplier;

/**
 * Registers panda-gym v3's 24 ids: {@code Panda<Task>[Joints][Dense]-v3} for the tasks Reach, Push,
 * Slide, PickAndPlace, Stack and Flip, with their kwargs preset and panda-gym's time limits (Stack
 * 100 steps, the others 50).
 */
public final class PandaEnvs {
  private PandaEnvs() {}

  /** Adds the 24 ids to {@code registry}. */
  public static void register(Registry registry) {
    add(registry, "Reach", () -> new ReachTask(), 50);
    add(registry, "Push", () -> new PushTask(PushTask.Variant.PUSH), 50);
    add(registry, "Slide", () -> new PushTask(PushTask.Variant.SLIDE), 50);
    add(registry, "PickAndPlace", () -> new PushTask(PushTask.Variant.PICK_AND_PLACE), 50);
    add(registry, "Stack", () -> new StackTask(), 100);
    add(registry, "Flip", () -> new FlipTask(), 50);
  }

  private static void add(
      Registry registry, String name, Supplier<PandaTask> task, int maxEpisodeSteps) {
    for (String control : new String[] {"ee", "joints"}) {
      for (String reward : new String[] {"sparse", "dense"}) {
        String id =
            "Panda"
                + name
                + ("joints".equals(control) ? "Joints" : "")
                + ("dense".equals(reward) ? "Dense" : "")
                + "-v3";
        registry.register(
            EnvSpec.builder(id)
                .config(PandaEnv.Config.class, c -> new PandaEnv(id, task.get(), c))
                .kwarg("reward_type", reward)
                .kwarg("control_type", control)
                .maxEpisodeSteps(maxEpisodeSteps)
                .build());
      }
    }
  }
}
