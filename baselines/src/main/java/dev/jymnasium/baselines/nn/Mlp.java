package dev.jymnasium.baselines.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A fully connected network, optionally behind one convolution ({@link MlpWeights#conv()}), whose
 * parameters live as NDArrays on one device, owned by this object's own manager. {@link #forward}
 * attaches its intermediates to the input's manager, so callers run it inside a short-lived
 * sub-manager scope.
 */
public final class Mlp implements AutoCloseable {
  private final int[] sizes;
  private final Activation activation;
  private final NDManager manager;
  private final NDArray[] w;
  private final NDArray[] b;

  /** The convolution's shape (its initial weights), or null for a plain MLP. */
  private final ConvLayer conv;

  private final NDArray convW;
  private final NDArray convB;

  /**
   * All parameters in one tensor, layer by layer (w then b); {@link #w} and {@link #b} are views of
   * it.
   */
  private final NDArray flat;

  private final int total;
  private float scalarTau = Float.NaN;
  private NDArray keep;
  private NDArray take;
  private NDArray[] frozenW;
  private NDArray[] frozenB;
  private NDArray frozenConvW;
  private NDArray frozenConvB;

  /** Uploads {@code weights} to a new child manager of {@code parent}; they collect gradients. */
  public static Mlp trainable(NDManager parent, MlpWeights weights) {
    return new Mlp(parent, weights, true);
  }

  /**
   * Uploads {@code weights} to a new child manager of {@code parent} without gradients (target
   * networks, which follow another network's parameters).
   */
  public static Mlp frozen(NDManager parent, MlpWeights weights) {
    return new Mlp(parent, weights, false);
  }

  private Mlp(NDManager parent, MlpWeights weights, boolean trainable) {
    this.sizes = weights.sizes().clone();
    this.activation = weights.activation();
    this.manager = parent.newSubManager();
    int layers = sizes.length - 1;
    this.w = new NDArray[layers];
    this.b = new NDArray[layers];
    this.conv = weights.conv();
    int n = conv == null ? 0 : conv.w().length + conv.b().length;
    for (int i = 0; i < layers; i++) {
      n += weights.w()[i].length + weights.b()[i].length;
    }
    this.total = n;
    float[] all = new float[n];
    int off = 0;
    if (conv != null) {
      System.arraycopy(conv.w(), 0, all, 0, conv.w().length);
      System.arraycopy(conv.b(), 0, all, conv.w().length, conv.b().length);
      off = conv.w().length + conv.b().length;
    }
    for (int i = 0; i < layers; i++) {
      System.arraycopy(weights.w()[i], 0, all, off, weights.w()[i].length);
      off += weights.w()[i].length;
      System.arraycopy(weights.b()[i], 0, all, off, weights.b()[i].length);
      off += weights.b()[i].length;
    }
    // One buffer with the layers as views: optimiser steps, target updates and snapshots then
    // take one native call per network instead of one (or several) per parameter.
    this.flat = manager.create(all);
    off = 0;
    if (conv == null) {
      convW = null;
      convB = null;
    } else {
      int nw = conv.w().length;
      convW =
          flat.get(new NDIndex().addSliceDim(0, nw))
              .reshape(
                  new Shape(conv.outChannels(), conv.inChannels(), conv.kernel(), conv.kernel()));
      convB = flat.get(new NDIndex().addSliceDim(nw, nw + conv.outChannels()));
      convW.setRequiresGradient(trainable);
      convB.setRequiresGradient(trainable);
      off = nw + conv.outChannels();
    }
    for (int i = 0; i < layers; i++) {
      int nw = sizes[i] * sizes[i + 1];
      w[i] =
          flat.get(new NDIndex().addSliceDim(off, off + nw))
              .reshape(new Shape(sizes[i + 1], sizes[i]));
      off += nw;
      b[i] = flat.get(new NDIndex().addSliceDim(off, off + sizes[i + 1]));
      off += sizes[i + 1];
      w[i].setRequiresGradient(trainable);
      b[i].setRequiresGradient(trainable);
    }
  }

  /**
   * The flat parameter buffer that {@link #parameters()} are views of; updating it in place (with
   * gradients off) updates the network.
   */
  public NDArray flat() {
    return flat;
  }

  /** Number of parameters. */
  public int parameterCount() {
    return total;
  }

  /** Layer sizes, input first. */
  public int[] sizes() {
    return sizes.clone();
  }

  /**
   * {@code x} of shape {@code [batch, in]} to {@code [batch, out]}; with a convolution, each row of
   * {@code x} is a channels-last image flattened.
   */
  public NDArray forward(NDArray x) {
    return forward(x, convW, convB, w, b);
  }

  /**
   * As {@link #forward} with the parameters detached: gradients flow to {@code x} only, and
   * backward skips this network's weight gradients (an actor loss through a critic).
   */
  public NDArray forwardFrozen(NDArray x) {
    if (frozenW == null) {
      // Detached views share the parameters' storage, so they follow every in-place update.
      frozenW = new NDArray[w.length];
      frozenB = new NDArray[w.length];
      for (int i = 0; i < w.length; i++) {
        frozenW[i] = w[i].stopGradient();
        frozenB[i] = b[i].stopGradient();
      }
      if (conv != null) {
        frozenConvW = convW.stopGradient();
        frozenConvB = convB.stopGradient();
      }
    }
    return forward(x, frozenConvW, frozenConvB, frozenW, frozenB);
  }

  private NDArray forward(NDArray x, NDArray cw, NDArray cb, NDArray[] w, NDArray[] b) {
    NDArray h = x;
    if (conv != null) {
      long rows = x.getShape().get(0);
      NDArray image =
          x.reshape(rows, conv.height(), conv.width(), conv.inChannels()).transpose(0, 3, 1, 2);
      h = activation.apply(Conv2d.conv2d(image, cw, cb).singletonOrThrow()).reshape(rows, -1);
    }
    for (int i = 0; i < w.length; i++) {
      h = Linear.linear(h, w[i], b[i]).singletonOrThrow();
      if (i < w.length - 1) {
        h = activation.apply(h);
      }
    }
    return h;
  }

  /** Weights and biases, layer by layer (the convolution's first). */
  public List<NDArray> parameters() {
    List<NDArray> p = new ArrayList<>();
    if (conv != null) {
      p.add(convW);
      p.add(convB);
    }
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
    if (tau != scalarTau) {
      // Scalar tensors made once: a float operand would upload one per operation.
      if (keep != null) {
        keep.close();
        take.close();
      }
      keep = manager.create(1f - tau);
      take = manager.create(tau);
      scalarTau = tau;
    }
    try (NDArray src = source.flat.mul(take)) {
      flat.muli(keep).addi(src);
    }
  }

  /** The current weights copied to Java arrays. */
  public MlpWeights snapshot() {
    float[] all = flat.toFloatArray();
    float[][] ws = new float[w.length][];
    float[][] bs = new float[w.length][];
    int off = 0;
    ConvLayer c = null;
    if (conv != null) {
      c =
          conv.withWeights(
              java.util.Arrays.copyOfRange(all, 0, off = conv.w().length),
              java.util.Arrays.copyOfRange(all, off, off += conv.b().length));
    }
    for (int i = 0; i < w.length; i++) {
      ws[i] = java.util.Arrays.copyOfRange(all, off, off += sizes[i] * sizes[i + 1]);
      bs[i] = java.util.Arrays.copyOfRange(all, off, off += sizes[i + 1]);
    }
    return new MlpWeights(sizes.clone(), activation, ws, bs, c);
  }

  /**
   * Puts this network's tensors into {@code out} under {@code prefix.wI} / {@code prefix.bI} (and
   * {@code prefix.conv_w} / {@code prefix.conv_b}).
   */
  public void saveTo(String prefix, Map<String, float[]> out) {
    MlpWeights s = snapshot();
    if (conv != null) {
      out.put(prefix + ".conv_w", s.conv().w());
      out.put(prefix + ".conv_b", s.conv().b());
    }
    for (int i = 0; i < w.length; i++) {
      out.put(prefix + ".w" + i, s.w()[i]);
      out.put(prefix + ".b" + i, s.b()[i]);
    }
  }

  /** Loads the tensors {@link #saveTo} wrote. */
  public void loadFrom(String prefix, Map<String, float[]> in) {
    float[] all = new float[total];
    int off = 0;
    if (conv != null) {
      float[] cw = Tensors.require(in, prefix + ".conv_w", conv.w().length);
      float[] cb = Tensors.require(in, prefix + ".conv_b", conv.b().length);
      System.arraycopy(cw, 0, all, 0, cw.length);
      System.arraycopy(cb, 0, all, cw.length, cb.length);
      off = cw.length + cb.length;
    }
    for (int i = 0; i < w.length; i++) {
      float[] wi = Tensors.require(in, prefix + ".w" + i, sizes[i] * sizes[i + 1]);
      System.arraycopy(wi, 0, all, off, wi.length);
      off += wi.length;
      float[] bi = Tensors.require(in, prefix + ".b" + i, sizes[i + 1]);
      System.arraycopy(bi, 0, all, off, bi.length);
      off += bi.length;
    }
    setFlat(all);
  }

  /** Copies {@code values} into the flat buffer in place (the layer views keep pointing at it). */
  public void setFlat(float[] values) {
    try (NDArray src = manager.create(values)) {
      flat.set(new NDIndex(":"), src);
    }
  }

  @Override
  public void close() {
    manager.close();
  }
}
