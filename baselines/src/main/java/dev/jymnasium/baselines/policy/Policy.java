package dev.jymnasium.baselines.policy;

import dev.jymnasium.env.spaces.Space;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A trained agent's deterministic behaviour: an action for an observation. Policies are plain Java
 * (no native code), immutable, and safe to share between threads.
 */
public interface Policy {
  /**
   * The deterministic action for one observation.
   *
   * @param observation an element of {@link #observationSpace()}
   * @return an element of {@link #actionSpace()} ({@code Integer} for Discrete, {@code float[]} or
   *     {@code double[]} for Box)
   */
  Object act(Object observation);

  /** The algorithm that trained it, e.g. {@code ppo}. */
  String algorithm();

  /** The env id it was trained on. */
  String envId();

  Space<?> observationSpace();

  Space<?> actionSpace();

  /** Writes the policy to one file (atomically). */
  void save(Path path) throws IOException;

  /**
   * Reads a policy written by {@link #save}.
   *
   * @throws IOException naming the file when it is missing, corrupted or not a policy
   */
  static Policy load(Path path) throws IOException {
    TensorFile f = TensorFile.read(path, "policy");
    Object kind = f.meta().get("policy");
    if ("network".equals(kind)) {
      return NetworkPolicy.from(f);
    } else if ("tabular".equals(kind)) {
      return TabularPolicy.from(f);
    } else if ("hdpo".equals(kind)) {
      return dev.jymnasium.baselines.hdpo.HdpoPolicy.from(f);
    }
    throw new IOException(
        "file "
            + path
            + " is a Jymnasium tensor file but not a policy (kind "
            + kind
            + "); pass the policy.bin of a training run");
  }

  /**
   * Checks that an env's spaces are the ones this policy was trained on.
   *
   * @throws IllegalArgumentException naming both spaces when they differ
   */
  default void requireCompatible(String envId, Space<?> obsSpace, Space<?> actSpace) {
    if (!observationSpace().equals(obsSpace) || !actionSpace().equals(actSpace)) {
      throw new IllegalArgumentException(
          "policy trained with "
              + algorithm()
              + " on "
              + envId()
              + " (observations "
              + observationSpace()
              + ", actions "
              + actionSpace()
              + ") does not fit "
              + envId
              + " (observations "
              + obsSpace
              + ", actions "
              + actSpace
              + ")");
    }
  }
}
