package dev.jymnasium.baselines.nn;

import ai.djl.ndarray.NDArray;
import java.nio.FloatBuffer;
import java.util.Map;

/** Small helpers for moving named float tensors between Java arrays and NDArrays. */
public final class Tensors {
  private Tensors() {}

  /** The tensor {@code name} of {@code in}, checked to hold {@code size} values. */
  public static float[] require(Map<String, float[]> in, String name, int size) {
    float[] v = in.get(name);
    if (v == null) {
      throw new IllegalArgumentException("checkpoint has no tensor '" + name + "'");
    }
    if (v.length != size) {
      throw new IllegalArgumentException(
          "tensor '"
              + name
              + "' has "
              + v.length
              + " values, the network needs "
              + size
              + " (different architecture?)");
    }
    return v;
  }

  /** Overwrites {@code target}'s values in place (outside gradient recording). */
  public static void set(NDArray target, float[] values) {
    target.set(FloatBuffer.wrap(values));
  }
}
