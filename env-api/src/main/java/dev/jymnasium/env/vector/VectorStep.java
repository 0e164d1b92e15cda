package dev.jymnasium.env.vector;

import java.util.Map;

/**
 * The result of {@link VectorEnv#step}: batched observations in one flat primitive array (or a
 * nested structure of them for Tuple/Dict spaces), one reward and two flags per sub-env, and infos
 * batched as Gymnasium batches them ({@code key -> array}, {@code "_key" -> boolean[]} mask).
 * Reused by its vector env on every step; copy what you keep.
 */
public final class VectorStep<BO> {
  private final BO observations;
  private final double[] rewards;
  private final boolean[] terminations;
  private final boolean[] truncations;
  private Map<String, Object> infos = Map.of();

  public VectorStep(BO observations, int numEnvs) {
    this.observations = observations;
    this.rewards = new double[numEnvs];
    this.terminations = new boolean[numEnvs];
    this.truncations = new boolean[numEnvs];
  }

  /** Batched observations, sub-env {@code i} in slot {@code i}. */
  public BO observations() {
    return observations;
  }

  public double[] rewards() {
    return rewards;
  }

  public boolean[] terminations() {
    return terminations;
  }

  public boolean[] truncations() {
    return truncations;
  }

  /** Batched infos; empty when no sub-env reported any. */
  public Map<String, Object> infos() {
    return infos;
  }

  /** Replaces the batched infos (used by the vector env and by vector wrappers that add keys). */
  public void setInfos(Map<String, Object> infos) {
    this.infos = infos;
  }
}
