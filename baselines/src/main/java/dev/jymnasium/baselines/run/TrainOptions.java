package dev.jymnasium.baselines.run;

import dev.jymnasium.baselines.DeviceChoice;
import java.nio.file.Path;
import java.util.Map;

/**
 * Options of {@code jym train ENV_ID}.
 *
 * @param envId registered env id
 * @param algorithm {@code ppo|a2c|dqn|sac|td3|qlearning|sarsa}
 * @param totalSteps environment steps, or {@code null} for the tuned budget (else 100,000)
 * @param seed run seed
 * @param numEnvs sub-envs, or {@code null} for the tuned value ({@code n_envs})
 * @param device {@code cpu|gpu|auto}
 * @param hyperparams a JSON object or the path of a JSON file of overrides, or {@code null}
 * @param envKwargs kwargs for the env (may be empty)
 * @param outDir run directory (created; must not hold another run)
 * @param checkpointEvery steps between checkpoints, or {@code null} for a tenth of the budget
 * @param progress draw a live progress bar on stderr
 */
public record TrainOptions(
    String envId,
    String algorithm,
    Long totalSteps,
    long seed,
    Integer numEnvs,
    DeviceChoice device,
    String hyperparams,
    Map<String, Object> envKwargs,
    Path outDir,
    Long checkpointEvery,
    boolean progress) {
  public TrainOptions {
    envKwargs = envKwargs == null ? Map.of() : Map.copyOf(envKwargs);
    device = device == null ? DeviceChoice.CPU : device;
    if (totalSteps != null && totalSteps <= 0) {
      throw new IllegalArgumentException("--total-steps must be > 0, got " + totalSteps);
    }
    if (numEnvs != null && numEnvs <= 0) {
      throw new IllegalArgumentException("--num-envs must be > 0, got " + numEnvs);
    }
    if (checkpointEvery != null && checkpointEvery <= 0) {
      throw new IllegalArgumentException("checkpoint interval must be > 0, got " + checkpointEvery);
    }
  }

  /** The usual options: tuned budget and hyperparameters, CPU, progress bar. */
  public static TrainOptions of(String envId, String algorithm, long seed, Path outDir) {
    return new TrainOptions(
        envId, algorithm, null, seed, null, DeviceChoice.CPU, null, Map.of(), outDir, null, true);
  }
}
