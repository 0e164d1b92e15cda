package dev.jymnasium.env.registry;

/**
 * A module's list of envs, found through {@link java.util.ServiceLoader}: list the implementing
 * class in {@code META-INF/services/dev.jymnasium.env.registry.EnvProvider} and {@link Gym#make}
 * sees its envs whenever the module is on the classpath.
 */
public interface EnvProvider {
  /** Registers this module's env specs. */
  void register(Registry registry);
}
