package dev.jymnasium.baselines.nn;

import ai.djl.ndarray.NDArray;
import java.util.Locale;

/** Hidden-layer non-linearity of an {@link Mlp}. */
public enum Activation {
  TANH,
  RELU;

  /** Parses {@code tanh|relu} (case-insensitive). */
  public static Activation parse(String name) {
    try {
      return valueOf(name.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalArgumentException(
          "unknown activation '" + name + "': expected tanh or relu");
    }
  }

  NDArray apply(NDArray x) {
    return this == TANH ? x.tanh() : x.getNDArrayInternal().relu();
  }

  float apply(float x) {
    return this == TANH ? (float) Math.tanh(x) : Math.max(0f, x);
  }
}
