package dev.jymnasium.env.vector;

import dev.jymnasium.env.EnvMetadata;
import dev.jymnasium.env.spaces.Space;
import java.util.Map;

/**
 * Several sub-envs stepped as one, as Gymnasium's {@code VectorEnv}: observations, rewards and
 * flags are batched, sub-envs whose episode ended are reset as the {@link AutoresetMode} says.
 *
 * @param <BO> batched observation type (e.g. {@code float[]} of {@code numEnvs * obsDim})
 * @param <BA> batched action type (e.g. {@code int[]} of {@code numEnvs} for Discrete actions)
 */
public interface VectorEnv<BO, BA> extends AutoCloseable {
  /** Reset option key: a {@code boolean[numEnvs]} choosing which sub-envs to reset. */
  String RESET_MASK = "reset_mask";

  int numEnvs();

  Space<?> singleObservationSpace();

  Space<?> singleActionSpace();

  /** The batched observation space. */
  Space<BO> observationSpace();

  /** The batched action space. */
  Space<BA> actionSpace();

  AutoresetMode autoresetMode();

  /** Render modes and fps of the sub-envs. */
  EnvMetadata metadata();

  /**
   * Resets sub-envs: with a seed {@code k}, sub-env {@code i} is seeded with {@code k + i}.
   *
   * @param options passed to every sub-env, except {@link #RESET_MASK} which picks the sub-envs
   */
  VectorReset<BO> reset(Long seed, Map<String, Object> options);

  /** Resets every sub-env, continuing their generators. */
  default VectorReset<BO> reset() {
    return reset(null, null);
  }

  /** Resets every sub-env with seeds {@code seed + i}. */
  default VectorReset<BO> reset(long seed) {
    return reset(seed, null);
  }

  /**
   * Steps every sub-env with its slot of {@code actions}.
   *
   * @throws IllegalArgumentException if the batch is not in {@link #actionSpace()}
   * @throws SubEnvException if a sub-env throws, naming its index
   */
  VectorStep<BO> step(BA actions);

  @Override
  void close();
}
