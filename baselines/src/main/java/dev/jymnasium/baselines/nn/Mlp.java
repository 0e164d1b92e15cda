package dev.jymnasium.baselines.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.core.Linear;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A fully connected network whose parameters live as NDArrays on one device, owned by this
 * object's own manager. {@link #forward} attaches its intermediates to the input's manager, so
 * callers run it inside a short-lived sub-manager scope.
 */
public final class Mlp implements AutoCloseable {
  private final int[] sizes;
  private final Activation activation;
  private final NDManager manager;
  private final NDArray[] w;
  private final NDArray[] b;

  /**
   * Uploads {@code weights} to a new child manager of {@code parent}.
   *
   * @param trainable whether the parameters collect gradients
   */
  public Mlp(NDManager parent, MlpWeights weights, boolean trainable) {
    this.sizes = weights.sizes().clone();
    this.activation = weights.activation();
    this.manager = parent.newSubManager();
    int layers = sizes.length - 1;
    this.w = new NDArray[layers];
    this.b = new NDArray[layers];
    for (int i = 0; i < layers; i++) {
      w[i] = manager.create(weights.w()[i], new Shape(sizes[i + 1], sizes[i]));
      b[i] = manager.create(weights.b()[i], new Shape(sizes[i + 1]));
      w[i].setRequiresGradient(trainable);
      b[i].setRequiresGradient(trainable);
    }
  }

  /** Layer sizes, input first. */
  public int[] sizes() {
    return sizes.clone();
  }

  /** {@code x} of shape {@code [batch, in]} to {@code [batch, out]}. */
  public NDArray forward(NDArray x) {
    NDArray h = x;
    for (int i = 0; i < w.length; i++) {
      h = Linear.linear(h, w[i], b[i]).singletonOrThrow();
      if (i < w.length - 1) {
        h = activation.apply(h);
      }
    }
    return h;
  }

  /** Weights and biases, layer by layer. */
  public List<NDArray> parameters() {
    List<NDArray> p = new ArrayList<>();
    for (int i = 0; i < w.length; i++) {
      p.add(w[i]);
      p.add(b[i]);
    }
    return p;
  }

  /** Sets every parameter to the source's (a hard target-network update). */
  public void copyFrom(Mlp source) {
    polyak(source, 1f);
  }

  /** {@code this = tau * source + (1 - tau) * this}, in place (a soft target update). */
  public void polyak(Mlp source, float tau) {
    List<NDArray> mine = parameters();
    List<NDArray> theirs = source.parameters();
    try (NDManager scope = manager.newSubManager()) {
      // Two scalar tensors for all layers: a float operand would upload one per operation.
      NDArray keep = scope.create(1f - tau);
      NDArray take = scope.create(tau);
      for (int i = 0; i < mine.size(); i++) {
        NDArray src = theirs.get(i).mul(take);
        src.attach(scope);
        mine.get(i).muli(keep).addi(src);
      }
    }
  }

  /** The current weights copied to Java arrays. */
  public MlpWeights snapshot() {
    float[][] ws = new float[w.length][];
    float[][] bs = new float[w.length][];
    for (int i = 0; i < w.length; i++) {
      ws[i] = w[i].toFloatArray();
      bs[i] = b[i].toFloatArray();
    }
    return new MlpWeights(sizes.clone(), activation, ws, bs);
  }

  /** Puts this network's tensors into {@code out} under {@code prefix.wI} / {@code prefix.bI}. */
  public void saveTo(String prefix, Map<String, float[]> out) {
    MlpWeights s = snapshot();
    for (int i = 0; i < w.length; i++) {
      out.put(prefix + ".w" + i, s.w()[i]);
      out.put(prefix + ".b" + i, s.b()[i]);
    }
  }

  /** Loads the tensors {@link #saveTo} wrote. */
  public void loadFrom(String prefix, Map<String, float[]> in) {
    for (int i = 0; i < w.length; i++) {
      Tensors.set(w[i], Tensors.require(in, prefix + ".w" + i, sizes[i] * sizes[i + 1]));
      Tensors.set(b[i], Tensors.require(in, prefix + ".b" + i, sizes[i + 1]));
    }
  }

  @Override
  public void close() {
    manager.close();
  }
}
