package dev.jymnasium.baselines.nn;

import dev.jymnasium.env.rng.NpRandom;

/**
 * One 2-D convolution with stride 1 and no padding ({@code torch.nn.Conv2d(inChannels, outChannels,
 * kernel)}) over channels-last images of {@code height x width x inChannels}, as observations of
 * shape {@code (height, width, channels)} flatten. The weights {@code w} have PyTorch's layout
 * {@code [out][in][ky][kx]}; the output is flattened channel-first ({@code [out][y][x]}), as {@code
 * torch.flatten} of an {@code NCHW} tensor, so a linear layer after it reads the same features as
 * in PyTorch. Runs a forward pass without native code.
 */
public record ConvLayer(
    int height, int width, int inChannels, int outChannels, int kernel, float[] w, float[] b) {
  public ConvLayer {
    if (height < kernel || width < kernel || kernel < 1 || inChannels < 1 || outChannels < 1) {
      throw new IllegalArgumentException(
          "a convolution needs an image of at least kernel x kernel and positive channels, got "
              + height
              + "x"
              + width
              + "x"
              + inChannels
              + " with "
              + outChannels
              + " filters of "
              + kernel
              + "x"
              + kernel);
    }
    if (w.length != outChannels * inChannels * kernel * kernel || b.length != outChannels) {
      throw new IllegalArgumentException(
          "convolution weights do not match "
              + outChannels
              + " filters of "
              + kernel
              + "x"
              + kernel);
    }
  }

  /**
   * PyTorch's default {@code nn.Conv2d} initialisation: weights and biases uniform in {@code
   * ±1/sqrt(inChannels * kernel^2)}.
   */
  public static ConvLayer uniform(
      int height, int width, int inChannels, int outChannels, int kernel, NpRandom rng) {
    int fanIn = inChannels * kernel * kernel;
    double bound = 1.0 / Math.sqrt(fanIn);
    float[] w = new float[outChannels * fanIn];
    float[] b = new float[outChannels];
    for (int k = 0; k < w.length; k++) {
      w[k] = (float) rng.uniform(-bound, bound);
    }
    for (int k = 0; k < b.length; k++) {
      b[k] = (float) rng.uniform(-bound, bound);
    }
    return new ConvLayer(height, width, inChannels, outChannels, kernel, w, b);
  }

  /**
   * Orthogonal weights ({@code torch.nn.init.orthogonal_} on the {@code [out, in * kernel^2]}
   * matrix) times {@code gain}, zero biases.
   */
  public static ConvLayer orthogonal(
      int height,
      int width,
      int inChannels,
      int outChannels,
      int kernel,
      double gain,
      NpRandom rng) {
    float[] w = MlpWeights.orthogonalMatrix(outChannels, inChannels * kernel * kernel, gain, rng);
    return new ConvLayer(height, width, inChannels, outChannels, kernel, w, new float[outChannels]);
  }

  /** Output rows. */
  public int outHeight() {
    return height - kernel + 1;
  }

  /** Output columns. */
  public int outWidth() {
    return width - kernel + 1;
  }

  /** Number of inputs, {@code height * width * inChannels}. */
  public int inputSize() {
    return height * width * inChannels;
  }

  /** Number of outputs, {@code outChannels * outHeight * outWidth}. */
  public int outputSize() {
    return outChannels * outHeight() * outWidth();
  }

  /** The same shape with other weights. */
  ConvLayer withWeights(float[] newW, float[] newB) {
    return new ConvLayer(height, width, inChannels, outChannels, kernel, newW, newB);
  }

  /**
   * The pre-activation outputs for {@code rows} channels-last images stored one after another in
   * {@code x}, each flattened channel-first. Each non-zero input adds its contribution to the
   * outputs it reaches, so the sparse images of grid games cost a fraction of a dense pass.
   */
  public float[] forward(float[] x, int rows) {
    int oh = outHeight();
    int ow = outWidth();
    int in = inputSize();
    int outSize = outputSize();
    int plane = oh * ow;
    int kk = kernel * kernel;
    float[] y = new float[rows * outSize];
    for (int r = 0; r < rows; r++) {
      int outBase = r * outSize;
      for (int o = 0; o < outChannels; o++) {
        java.util.Arrays.fill(y, outBase + o * plane, outBase + (o + 1) * plane, b[o]);
      }
      for (int i = 0; i < in; i++) {
        float v = x[r * in + i];
        if (v == 0f) {
          continue;
        }
        int c = i % inChannels;
        int ix = (i / inChannels) % width;
        int iy = i / (inChannels * width);
        for (int ky = Math.max(0, iy - oh + 1); ky <= Math.min(kernel - 1, iy); ky++) {
          for (int kx = Math.max(0, ix - ow + 1); kx <= Math.min(kernel - 1, ix); kx++) {
            int to = outBase + (iy - ky) * ow + (ix - kx);
            int wk = c * kk + ky * kernel + kx;
            for (int o = 0; o < outChannels; o++) {
              y[to + o * plane] += w[o * inChannels * kk + wk] * v;
            }
          }
        }
      }
    }
    return y;
  }
}
