package dev.jymnasium.env.registry;

import dev.jymnasium.env.Env;
import dev.jymnasium.env.multiagent.ParallelEnv;
import dev.jymnasium.env.vector.VectorEnv;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * The entry point: {@code Gym.make("CartPole-v1")}. The global registry is filled on first use from
 * every {@link EnvProvider} on the classpath.
 */
public final class Gym {
  private static volatile Registry registry;

  private Gym() {}

  /** The global registry, with every provider on the classpath registered. */
  public static Registry registry() {
    Registry r = registry;
    if (r == null) {
      synchronized (Gym.class) {
        r = registry;
        if (r == null) {
          r = new Registry();
          for (EnvProvider p : ServiceLoader.load(EnvProvider.class)) {
            p.register(r);
          }
          registry = r;
        }
      }
    }
    return r;
  }

  /** Makes a registered env with its default wrappers. */
  public static <O, A> Env<O, A> make(String id) {
    return registry().make(id, Map.of());
  }

  /**
   * Makes a registered env with kwargs (plus {@code max_episode_steps}, {@code
   * disable_env_checker}).
   */
  public static <O, A> Env<O, A> make(String id, Map<String, ?> kwargs) {
    return registry().make(id, kwargs);
  }

  /** A vector env of {@code numEnvs} copies (the spec's native vector env if any, else sync). */
  public static <BO, BA> VectorEnv<BO, BA> makeVec(String id, int numEnvs) {
    return registry().makeVec(id, numEnvs, null, Map.of());
  }

  /** A vector env of {@code numEnvs} copies built as {@code mode} says. */
  public static <BO, BA> VectorEnv<BO, BA> makeVec(
      String id, int numEnvs, VectorizeMode mode, Map<String, ?> kwargs) {
    return registry().makeVec(id, numEnvs, mode, kwargs);
  }

  /** Makes a registered PettingZoo-style parallel multi-agent env with default kwargs. */
  public static <O, A> ParallelEnv<O, A> makeParallel(String id) {
    return registry().makeParallel(id, Map.of());
  }

  /**
   * Makes a registered PettingZoo-style parallel multi-agent env with kwargs (see {@link
   * Registry#makeParallel(String, Map)}).
   */
  public static <O, A> ParallelEnv<O, A> makeParallel(String id, Map<String, ?> kwargs) {
    return registry().makeParallel(id, kwargs);
  }

  /** The spec registered under exactly {@code id}. */
  public static EnvSpec spec(String id) {
    return registry().spec(id);
  }
}
