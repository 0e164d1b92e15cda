package dev.jymnasium.env.vector;

/** When a vector env resets a sub-env whose episode ended (Gymnasium's {@code AutoresetMode}). */
public enum AutoresetMode {
  /**
   * The step that ends an episode returns the terminal data; the next step ignores that sub-env's
   * action, resets it and returns the reset observation with reward 0 and both flags false.
   * Gymnasium's default.
   */
  NEXT_STEP,
  /**
   * The sub-env is reset inside the step that ended its episode: the observation slot holds the
   * reset observation and {@code infos["final_obs"]} / {@code infos["final_info"]} the terminal
   * ones.
   */
  SAME_STEP,
  /** No automatic reset: call {@code reset} with a {@code reset_mask} option. */
  DISABLED
}
