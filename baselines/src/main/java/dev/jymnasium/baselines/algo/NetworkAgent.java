package dev.jymnasium.baselines.algo;

import ai.djl.Device;
import ai.djl.ndarray.NDManager;
import dev.jymnasium.baselines.Agent;
import dev.jymnasium.baselines.nn.Torch;
import dev.jymnasium.baselines.policy.ObsNormalizer;
import dev.jymnasium.baselines.policy.TensorFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What every network agent shares: its name, hyperparameters, vector env and native memory scope,
 * and the checkpoint file around its own tensors.
 *
 * @param <H> the algorithm's hyperparameter record
 */
abstract class NetworkAgent<H extends Record> implements Agent {
  protected final String algorithm;
  protected final H hp;
  protected final AgentEnv env;

  /** Owns every native array of the agent; closed last. */
  protected final NDManager root;

  /**
   * Seeds the native random generator with {@code seed} before opening the memory scope on {@code
   * device}.
   */
  NetworkAgent(String algorithm, H hp, AgentEnv env, long seed, Device device) {
    this.algorithm = algorithm;
    this.hp = hp;
    this.env = env;
    Torch.seed(seed);
    this.root = Torch.engine().newBaseManager(device);
  }

  /**
   * Runs a late step of a subclass constructor (after its networks exist); when it throws, closes
   * the agent (networks, memory scope, env) before rethrowing, as the caller gets no agent to
   * close.
   */
  protected final <T> T orClose(Supplier<T> step) {
    try {
      return step.get();
    } catch (RuntimeException e) {
      close();
      throw e;
    }
  }

  /** Adds the networks' and optimisers' tensors (and any other state) to {@code tensors}. */
  protected abstract void saveTensors(Map<String, float[]> tensors);

  /** Restores what {@link #saveTensors} wrote, and the step count, from a checked checkpoint. */
  protected abstract void loadTensors(TensorFile file);

  /** Closes the networks and optimisers (the memory scope and env are closed after). */
  protected abstract void closeNetworks();

  /**
   * The observation normaliser to keep in checkpoints, or null when observations are not
   * normalised.
   */
  protected ObsNormalizer normalizer() {
    return null;
  }

  @Override
  public final String algorithm() {
    return algorithm;
  }

  @Override
  public final String envId() {
    return env.envId;
  }

  @Override
  public final H hyperparams() {
    return hp;
  }

  @Override
  public final void saveCheckpoint(Path path) throws IOException {
    Map<String, float[]> tensors = new LinkedHashMap<>();
    saveTensors(tensors);
    Checkpoints.write(path, algorithm, env.envId, hp, numTimesteps(), normalizer(), tensors);
  }

  @Override
  public final void loadCheckpoint(Path path) throws IOException {
    loadTensors(Checkpoints.read(path, algorithm, env.envId));
  }

  @Override
  public final void close() {
    closeNetworks();
    root.close();
    env.close();
  }
}
