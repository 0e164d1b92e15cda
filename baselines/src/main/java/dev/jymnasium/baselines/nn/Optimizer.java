package dev.jymnasium.baselines.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Adam or RMSprop over a fixed list of parameters, as {@code torch.optim.Adam} / {@code
 * torch.optim.RMSprop} (alpha 0.99), with PyTorch's {@code clip_grad_norm_} built in. Use it like
 * PyTorch: {@link #zeroGrad()}, record the loss and call backward, then {@link #step(float,
 * float)}. The moments live on the parameters' device.
 */
public final class Optimizer implements AutoCloseable {
  /** The update rule. */
  public enum Kind {
    ADAM,
    RMSPROP;

    /** Parses {@code adam|rmsprop} (case-insensitive). */
    public static Kind parse(String name) {
      try {
        return valueOf(name.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException | NullPointerException e) {
        throw new IllegalArgumentException(
            "unknown optimizer '" + name + "': expected adam or rmsprop");
      }
    }
  }

  private static final float BETA1 = 0.9f;
  private static final float BETA2 = 0.999f;
  private static final float RMS_ALPHA = 0.99f;

  private final Kind kind;
  private final float eps;
  private final List<NDArray> params;
  private final NDManager manager;
  private final NDArray[] m;
  private final NDArray[] v;
  private long steps;

  /**
   * @param params parameters with gradients enabled
   * @param eps denominator epsilon (PyTorch default 1e-8; SB3's PPO/A2C use 1e-5)
   */
  public Optimizer(List<NDArray> params, Kind kind, float eps) {
    this.kind = kind;
    this.eps = eps;
    this.params = List.copyOf(params);
    this.manager = params.get(0).getManager().newSubManager();
    this.m = new NDArray[params.size()];
    this.v = new NDArray[params.size()];
    for (int i = 0; i < params.size(); i++) {
      m[i] = manager.zeros(params.get(i).getShape());
      v[i] = manager.zeros(params.get(i).getShape());
    }
  }

  /** Clears the parameters' gradients (PyTorch accumulates them). */
  public void zeroGrad() {
    for (NDArray p : params) {
      JniUtils.zeroGrad((PtNDArray) p);
    }
  }

  /**
   * Rescales gradients to a global L2 norm of at most {@code maxGradNorm} (skipped when {@code <=
   * 0}), then applies one update. Adam runs as one fused native call per parameter.
   *
   * @return the global gradient norm before clipping ({@code NaN} when not computed)
   */
  public float step(float learningRate, float maxGradNorm) {
    steps++;
    float norm = Float.NaN;
    float scale = 1f;
    try (NDManager scope = manager.newSubManager()) {
      NDArray[] g = new NDArray[params.size()];
      for (int i = 0; i < g.length; i++) {
        g[i] = params.get(i).getGradient();
        g[i].attach(scope);
      }
      if (maxGradNorm > 0) {
        NDArray[] norms = new NDArray[g.length];
        for (int i = 0; i < g.length; i++) {
          norms[i] = g[i].norm();
        }
        norm = NDArrays.stack(new NDList(norms)).norm().getFloat();
        scale = Math.min(1f, maxGradNorm / (norm + 1e-6f));
      }
      for (int i = 0; i < g.length; i++) {
        if (kind == Kind.ADAM) {
          adam(params.get(i), g[i], m[i], v[i], learningRate, scale);
        } else {
          rmsprop(params.get(i), g[i], v[i], learningRate, scale, scope);
        }
      }
    }
    return norm;
  }

  /** PyTorch's Adam (epsilon added after the bias correction of the second moment). */
  private void adam(NDArray p, NDArray g, NDArray mi, NDArray vi, float lr, float gradScale) {
    double bc1 = 1 - Math.pow(BETA1, steps);
    double bc2 = 1 - Math.pow(BETA2, steps);
    // The fused kernel computes p -= c * m / (sqrt(v) + e); with c = lr*sqrt(bc2)/bc1 and
    // e = eps*sqrt(bc2) that is PyTorch's p -= lr/bc1 * m / (sqrt(v)/sqrt(bc2) + eps).
    JniUtils.adamUpdate(
        (PtNDArray) p,
        (PtNDArray) g,
        (PtNDArray) mi,
        (PtNDArray) vi,
        lr,
        (float) (lr * Math.sqrt(bc2) / bc1),
        0f,
        gradScale,
        -1f,
        BETA1,
        BETA2,
        (float) (eps * Math.sqrt(bc2)),
        false);
  }

  /** PyTorch's RMSprop without momentum or centering. */
  private void rmsprop(
      NDArray p, NDArray g, NDArray vi, float lr, float gradScale, NDManager scope) {
    if (gradScale != 1f) {
      g.muli(gradScale);
    }
    vi.muli(RMS_ALPHA).addi(g.square().muli(1f - RMS_ALPHA));
    NDArray denom = vi.sqrt();
    denom.attach(scope);
    p.subi(g.div(denom.addi(eps)).muli(lr));
  }

  /** Puts the moments and step count into {@code out} under {@code prefix}. */
  public void saveTo(String prefix, Map<String, float[]> out) {
    for (int i = 0; i < m.length; i++) {
      out.put(prefix + ".m" + i, m[i].toFloatArray());
      out.put(prefix + ".v" + i, v[i].toFloatArray());
    }
    out.put(prefix + ".steps", new float[] {steps}); // exact below 2^24 updates
  }

  /** Loads what {@link #saveTo} wrote. */
  public void loadFrom(String prefix, Map<String, float[]> in) {
    for (int i = 0; i < m.length; i++) {
      int size = (int) m[i].size();
      Tensors.set(m[i], Tensors.require(in, prefix + ".m" + i, size));
      Tensors.set(v[i], Tensors.require(in, prefix + ".v" + i, size));
    }
    steps = (long) Tensors.require(in, prefix + ".steps", 1)[0];
  }

  @Override
  public void close() {
    manager.close();
  }
}
