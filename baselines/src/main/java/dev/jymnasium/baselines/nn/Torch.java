package dev.jymnasium.baselines.nn;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.engine.StandardCapabilities;
import ai.djl.training.GradientCollector;
import dev.jymnasium.baselines.DeviceChoice;

/**
 * Loads DJL's PyTorch engine the way Jymnasium needs it: offline (the natives come from the {@code
 * pytorch-native-*} jar on the classpath, nothing is downloaded), with one intra-op and one
 * inter-op thread unless the caller set {@code ai.djl.pytorch.num_threads} / {@code
 * ai.djl.pytorch.num_interop_threads} (small networks run fastest, and reproducibly, on one
 * thread).
 */
public final class Torch {
  private static Engine engine;

  private Torch() {}

  /** The PyTorch engine, loaded on first use. */
  public static synchronized Engine engine() {
    if (engine == null) {
      System.setProperty("ai.djl.offline", "true");
      setIfAbsent("ai.djl.pytorch.num_threads", "1");
      setIfAbsent("ai.djl.pytorch.num_interop_threads", "1");
      try {
        engine = Engine.getEngine("PyTorch");
      } catch (RuntimeException | UnsatisfiedLinkError e) {
        throw new IllegalStateException(
            "cannot load DJL's PyTorch engine offline: put "
                + "ai.djl.pytorch:pytorch-native-cpu:2.5.1:linux-x86_64 (or pytorch-native-cu124 via "
                + "the baselines 'cuda' profile) and ai.djl.pytorch:pytorch-jni:2.5.1-0.32.0 on the "
                + "classpath ("
                + e
                + ")",
            e);
      }
    }
    return engine;
  }

  /** Seeds PyTorch's generator (Jymnasium's own draws use per-agent numpy-compatible streams). */
  public static void seed(long seed) {
    engine().setRandomSeed((int) (seed ^ (seed >>> 32)));
  }

  /**
   * A gradient collector for one gradient step; agents on other threads wait for its {@code
   * close()} (PyTorch's engine records for one collector at a time per JVM).
   */
  public static GradientCollector gradientCollector() {
    return TurnTakingGradients.open();
  }

  /** Whether PyTorch can run on a CUDA GPU here. */
  public static boolean gpuUsable() {
    Engine e = engine();
    return e.hasCapability(StandardCapabilities.CUDA) && e.getGpuCount() > 0;
  }

  /**
   * The DJL device for a choice.
   *
   * @throws IllegalStateException for {@link DeviceChoice#GPU} when no GPU is usable
   */
  public static Device device(DeviceChoice choice) {
    return switch (choice) {
      case CPU -> Device.cpu();
      case AUTO -> gpuUsable() ? Device.gpu() : Device.cpu();
      case GPU -> {
        if (!gpuUsable()) {
          throw new IllegalStateException(
              "device 'gpu' was requested but PyTorch can use no CUDA "
                  + "GPU here (loaded PyTorch "
                  + engine().getVersion()
                  + ", CUDA capability: "
                  + engine().hasCapability(StandardCapabilities.CUDA)
                  + ", GPUs seen: "
                  + engine().getGpuCount()
                  + "). Build baselines with -Pcuda for the CUDA 12.4 "
                  + "natives on a machine with an NVIDIA driver, or use device cpu/auto.");
        }
        yield Device.gpu();
      }
    };
  }

  private static void setIfAbsent(String key, String value) {
    if (System.getProperty(key) == null) {
      System.setProperty(key, value);
    }
  }
}
