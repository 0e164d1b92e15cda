package dev.jymnasium.baselines.run;

import java.nio.file.Path;
import java.util.Map;

/**
 * Options of {@code jym eval ENV_ID --policy DIR}.
 *
 * @param envId registered env id
 * @param policy a run directory (its {@code policy.bin} is used) or a policy file
 * @param episodes number of deterministic episodes, {@code > 0}
 * @param seed episode {@code k} starts with {@code reset(seed + k)}
 * @param envKwargs kwargs for the env (may be empty)
 */
public record EvalOptions(
    String envId, Path policy, int episodes, long seed, Map<String, Object> envKwargs) {
  public EvalOptions {
    if (episodes <= 0) {
      throw new IllegalArgumentException("--episodes must be > 0, got " + episodes);
    }
    envKwargs = envKwargs == null ? Map.of() : Map.copyOf(envKwargs);
  }
}
