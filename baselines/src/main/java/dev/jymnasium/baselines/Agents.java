package dev.jymnasium.baselines;

import dev.jymnasium.baselines.algo.A2c;
import dev.jymnasium.baselines.algo.Dqn;
import dev.jymnasium.baselines.algo.Hdpo;
import dev.jymnasium.baselines.algo.Ppo;
import dev.jymnasium.baselines.algo.Sac;
import dev.jymnasium.baselines.algo.Tabular;
import dev.jymnasium.baselines.algo.Td3;
import dev.jymnasium.baselines.nn.Torch;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds agents by algorithm name: {@code ppo, a2c, dqn, sac, td3, qlearning, sarsa}, and {@code
 * hdpo} for the inventory envs.
 */
public final class Agents {
  /** Every algorithm name {@link #create} accepts. */
  public static final List<String> ALGORITHMS =
      List.of("ppo", "a2c", "dqn", "sac", "td3", "qlearning", "sarsa", "hdpo");

  private Agents() {}

  /**
   * An agent for {@code envId} whose hyperparameters are the algorithm's defaults, overridden by
   * the tuned entry of {@code hyperparams.json} for this env, overridden by {@code hyperparams}.
   *
   * @param envKwargs kwargs for {@code Gym.make} (may be empty)
   * @param hyperparams snake_case overrides (may be empty)
   * @param seed seeds the env (sub-env {@code i} gets {@code seed + i}), initialisation and
   *     sampling
   * @param device where networks run (ignored by the tabular algorithms)
   * @throws IllegalArgumentException for an unknown algorithm, a bad hyperparameter (named), or an
   *     env whose spaces the algorithm cannot handle
   * @throws IllegalStateException for {@link DeviceChoice#GPU} without a usable GPU
   */
  public static Agent create(
      String algo,
      String envId,
      Map<String, Object> envKwargs,
      Map<String, ?> hyperparams,
      long seed,
      DeviceChoice device) {
    Map<String, Object> hp = new LinkedHashMap<>(ZooDefaults.hyperparams(algo, envId));
    hp.putAll(hyperparams);
    return switch (algo) {
      case "ppo" ->
          new Ppo(
              envId,
              envKwargs,
              bind(algo, Ppo.Hyperparams.class, Ppo.Hyperparams.DEFAULTS, hp),
              seed,
              Torch.device(device));
      case "a2c" ->
          new A2c(
              envId,
              envKwargs,
              bind(algo, A2c.Hyperparams.class, A2c.Hyperparams.DEFAULTS, hp),
              seed,
              Torch.device(device));
      case "dqn" ->
          new Dqn(
              envId,
              envKwargs,
              bind(algo, Dqn.Hyperparams.class, Dqn.Hyperparams.DEFAULTS, hp),
              seed,
              Torch.device(device));
      case "sac" ->
          new Sac(
              envId,
              envKwargs,
              bind(algo, Sac.Hyperparams.class, Sac.Hyperparams.DEFAULTS, hp),
              seed,
              Torch.device(device));
      case "td3" ->
          new Td3(
              envId,
              envKwargs,
              bind(algo, Td3.Hyperparams.class, Td3.Hyperparams.DEFAULTS, hp),
              seed,
              Torch.device(device));
      case "qlearning" ->
          new Tabular(
              Tabular.Rule.Q_LEARNING,
              envId,
              envKwargs,
              bind(algo, Tabular.Hyperparams.class, Tabular.Hyperparams.DEFAULTS, hp),
              seed);
      case "sarsa" ->
          new Tabular(
              Tabular.Rule.SARSA,
              envId,
              envKwargs,
              bind(algo, Tabular.Hyperparams.class, Tabular.Hyperparams.DEFAULTS, hp),
              seed);
      case "hdpo" ->
          new Hdpo(
              envId,
              envKwargs,
              bind(algo, Hdpo.Hyperparams.class, Hdpo.Hyperparams.DEFAULTS, hp),
              seed);
      default ->
          throw new IllegalArgumentException(
              "unknown algorithm '" + algo + "'; expected one of " + String.join(", ", ALGORITHMS));
    };
  }

  private static <R extends Record> R bind(
      String algo, Class<R> type, R defaults, Map<String, ?> hp) {
    return HyperparamBinder.bind(algo, type, defaults, hp);
  }
}
