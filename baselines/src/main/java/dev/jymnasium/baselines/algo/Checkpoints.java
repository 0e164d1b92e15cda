package dev.jymnasium.baselines.algo;

import dev.jymnasium.baselines.HyperparamBinder;
import dev.jymnasium.baselines.policy.ObsNormalizer;
import dev.jymnasium.baselines.policy.TensorFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writing and checking the training checkpoints of the agents in this package. */
final class Checkpoints {
  private Checkpoints() {}

  /** Writes a checkpoint with the common metadata plus the agent's tensors. */
  static void write(
      Path path,
      String algo,
      String envId,
      Record hp,
      long steps,
      ObsNormalizer normalizer,
      Map<String, float[]> tensors)
      throws IOException {
    Map<String, Object> meta = new LinkedHashMap<>();
    meta.put("checkpoint", algo);
    meta.put("env_id", envId);
    meta.put("num_timesteps", steps);
    meta.put("hyperparams", HyperparamBinder.toMap(hp));
    if (normalizer != null) {
      meta.put("obs_mean", normalizer.mean());
      meta.put("obs_var", normalizer.var());
      meta.put("obs_count", normalizer.count());
    }
    new TensorFile(meta, tensors).write(path);
  }

  /** Reads a checkpoint and checks it was written by {@code algo} on {@code envId}. */
  static TensorFile read(Path path, String algo, String envId) throws IOException {
    TensorFile f = TensorFile.read(path, "checkpoint");
    Object a = f.meta().get("checkpoint");
    if (!algo.equals(a) || !envId.equals(f.meta().get("env_id"))) {
      throw new IllegalArgumentException(
          "checkpoint "
              + path
              + " belongs to "
              + a
              + " on "
              + f.meta().get("env_id")
              + ", not to "
              + algo
              + " on "
              + envId);
    }
    return f;
  }

  /** The step count stored in a checkpoint. */
  static long steps(TensorFile f) {
    return ((Number) f.require("num_timesteps")).longValue();
  }

  /** The observation normaliser stored in a checkpoint, or {@code null}. */
  static ObsNormalizer normalizer(TensorFile f) {
    if (!f.meta().containsKey("obs_mean")) {
      return null;
    }
    return new ObsNormalizer(
        doubles(f.meta().get("obs_mean")),
        doubles(f.meta().get("obs_var")),
        ((Number) f.meta().get("obs_count")).doubleValue());
  }

  private static double[] doubles(Object json) {
    return ((List<?>) json).stream().mapToDouble(v -> ((Number) v).doubleValue()).toArray();
  }
}
