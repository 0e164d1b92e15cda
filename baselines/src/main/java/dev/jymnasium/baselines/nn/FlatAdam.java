package dev.jymnasium.baselines.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;
import java.util.List;
import java.util.Map;

/**
 * PyTorch's Adam ({@code torch.optim.Adam}, no weight decay, no gradient clipping: SB3's SAC and
 * TD3) over whole {@link Mlp}s, updating each network's flat parameter buffer with one fused native
 * call. The gradients of a network are gathered with one concatenation of cached flattened views of
 * the parameters' gradient tensors (PyTorch accumulates into them in place once they exist, and
 * {@link #zeroGrad()} zeroes them in place); the views are checked once against freshly read
 * gradients and re-read every step should they not track them.
 */
public final class FlatAdam implements AutoCloseable {
  private static final float BETA1 = 0.9f;
  private static final float BETA2 = 0.999f;

  private final Mlp[] nets;
  private final float eps;
  private final NDManager manager;
  private final NDArray[] m;
  private final NDArray[] v;
  private final NDArray[][] gradViews;
  private boolean cacheViews = true;
  private int checks;
  private long steps;

  /**
   * @param eps denominator epsilon (PyTorch default 1e-8)
   */
  public FlatAdam(float eps, Mlp... nets) {
    this.nets = nets.clone();
    this.eps = eps;
    this.manager = nets[0].flat().getManager().newSubManager();
    this.m = new NDArray[nets.length];
    this.v = new NDArray[nets.length];
    this.gradViews = new NDArray[nets.length][];
    for (int k = 0; k < nets.length; k++) {
      m[k] = manager.zeros(nets[k].flat().getShape());
      v[k] = manager.zeros(nets[k].flat().getShape());
    }
  }

  /** Clears the parameters' gradients in place. */
  public void zeroGrad() {
    for (Mlp net : nets) {
      for (NDArray p : net.parameters()) {
        JniUtils.zeroGrad((PtNDArray) p);
      }
    }
  }

  /** One Adam update of every network from the gradients accumulated since {@link #zeroGrad()}. */
  public void step(float learningRate) {
    steps++;
    double bc1 = 1 - Math.pow(BETA1, steps);
    double bc2 = 1 - Math.pow(BETA2, steps);
    for (int k = 0; k < nets.length; k++) {
      try (NDManager scope = manager.newSubManager()) {
        NDArray g = gradient(k, scope);
        // The fused kernel computes p -= c * m / (sqrt(v) + e); with c = lr*sqrt(bc2)/bc1 and
        // e = eps*sqrt(bc2) that is PyTorch's p -= lr/bc1 * m / (sqrt(v)/sqrt(bc2) + eps).
        JniUtils.adamUpdate(
            (PtNDArray) nets[k].flat(),
            (PtNDArray) g,
            (PtNDArray) m[k],
            (PtNDArray) v[k],
            learningRate,
            (float) (learningRate * Math.sqrt(bc2) / bc1),
            0f,
            1f,
            -1f,
            BETA1,
            BETA2,
            (float) (eps * Math.sqrt(bc2)),
            false);
      }
    }
  }

  /** Network {@code k}'s gradient as one flat array attached to {@code scope}. */
  private NDArray gradient(int k, NDManager scope) {
    if (!cacheViews) {
      return fresh(k, scope);
    }
    if (gradViews[k] == null) {
      List<NDArray> ps = nets[k].parameters();
      gradViews[k] = new NDArray[ps.size()];
      for (int i = 0; i < ps.size(); i++) {
        NDArray g = ps.get(i).getGradient();
        g.attach(manager);
        gradViews[k][i] = g.reshape(-1);
        gradViews[k][i].attach(manager);
      }
    }
    NDArray g = NDArrays.concat(new NDList(gradViews[k]));
    g.attach(scope);
    if (checks < 2 * nets.length) { // the first two steps: do the cached views track the grads?
      checks++;
      NDArray f = fresh(k, scope);
      if (!java.util.Arrays.equals(f.toFloatArray(), g.toFloatArray())) {
        cacheViews = false;
        return f;
      }
    }
    return g;
  }

  private NDArray fresh(int k, NDManager scope) {
    List<NDArray> ps = nets[k].parameters();
    NDArray[] gs = new NDArray[ps.size()];
    for (int i = 0; i < gs.length; i++) {
      NDArray g = ps.get(i).getGradient();
      g.attach(scope);
      gs[i] = g.reshape(-1);
    }
    NDArray g = NDArrays.concat(new NDList(gs));
    g.attach(scope);
    return g;
  }

  /** Puts the moments and step count into {@code out} under {@code prefix}. */
  public void saveTo(String prefix, Map<String, float[]> out) {
    for (int k = 0; k < m.length; k++) {
      out.put(prefix + ".m" + k, m[k].toFloatArray());
      out.put(prefix + ".v" + k, v[k].toFloatArray());
    }
    out.put(prefix + ".steps", new float[] {steps}); // exact below 2^24 updates
  }

  /** Loads what {@link #saveTo} wrote. */
  public void loadFrom(String prefix, Map<String, float[]> in) {
    for (int k = 0; k < m.length; k++) {
      int size = (int) m[k].size();
      Tensors.set(m[k], Tensors.require(in, prefix + ".m" + k, size));
      Tensors.set(v[k], Tensors.require(in, prefix + ".v" + k, size));
    }
    steps = (long) Tensors.require(in, prefix + ".steps", 1)[0];
  }

  @Override
  public void close() {
    manager.close();
  }
}
