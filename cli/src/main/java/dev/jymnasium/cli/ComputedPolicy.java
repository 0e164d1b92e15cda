package dev.jymnasium.cli;

import dev.jymnasium.baselines.policy.Policy;
import dev.jymnasium.env.Env;
import dev.jymnasium.env.spaces.Space;

/**
 * A policy computed for one env from its model or parameters rather than trained: it carries its
 * name, the env id and the env's spaces, which {@code jym eval} checks like a trained policy's.
 */
abstract class ComputedPolicy implements Policy {
  private final String name;
  private final String envId;
  private final Env<Object, Object> env;

  ComputedPolicy(String name, String envId, Env<Object, Object> env) {
    this.name = name;
    this.envId = envId;
    this.env = env;
  }

  @Override
  public final String algorithm() {
    return name;
  }

  @Override
  public final String envId() {
    return envId;
  }

  @Override
  public final Space<?> observationSpace() {
    return env.observationSpace();
  }

  @Override
  public final Space<?> actionSpace() {
    return env.actionSpace();
  }
}
