package dev.jymnasium.baselines.policy;

/** How a network's output becomes a deterministic action. */
public enum ActionHead {
  /** Discrete: the index of the largest output (logits or Q-values). */
  ARGMAX,
  /** Box: the first {@code actDim} outputs (a Gaussian mean), clipped to the bounds. */
  CLIP,
  /** Box: {@code tanh} of the first {@code actDim} outputs, rescaled to the bounds (SAC, TD3). */
  TANH
}
