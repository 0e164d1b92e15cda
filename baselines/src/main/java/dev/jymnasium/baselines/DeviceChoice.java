package dev.jymnasium.baselines;

import java.util.Locale;

/**
 * Where the networks of an agent run: {@code cpu}, {@code gpu} (CUDA, or an error), or {@code
 * auto}.
 */
public enum DeviceChoice {
  /** The CPU, always available. */
  CPU,
  /** The first CUDA GPU; choosing it where PyTorch sees none is an error, never a fallback. */
  GPU,
  /** The first CUDA GPU when PyTorch can use one, else the CPU. */
  AUTO;

  /** Parses {@code cpu|gpu|auto} (case-insensitive; {@code cuda} means {@code gpu}). */
  public static DeviceChoice parse(String name) {
    String s = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
    return switch (s) {
      case "cpu" -> CPU;
      case "gpu", "cuda" -> GPU;
      case "auto" -> AUTO;
      default ->
          throw new IllegalArgumentException(
              "unknown device '" + name + "': expected cpu, gpu or auto");
    };
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
