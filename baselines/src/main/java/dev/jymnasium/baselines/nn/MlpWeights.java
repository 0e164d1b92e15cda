package dev.jymnasium.baselines.nn;

import dev.jymnasium.env.rng.NpRandom;

/**
 * The weights of a fully connected network as plain Java arrays: layer {@code i} maps {@code
 * sizes[i]} inputs to {@code sizes[i+1]} outputs with a row-major weight matrix {@code w[i]} of
 * shape {@code [out, in]} (PyTorch's layout) and bias {@code b[i]}; hidden layers apply {@code
 * activation}, the last layer is linear. An optional {@link ConvLayer} in front (followed by {@code
 * activation}) turns it into a small CNN over image observations: then {@code sizes[0]} is the
 * convolution's output size. Runs a forward pass without native code.
 *
 * @param conv the convolution in front of the first linear layer, or {@code null} (a plain MLP)
 */
public record MlpWeights(
    int[] sizes, Activation activation, float[][] w, float[][] b, ConvLayer conv) {
  public MlpWeights {
    if (sizes.length < 2 || w.length != sizes.length - 1 || b.length != w.length) {
      throw new IllegalArgumentException("an MLP needs sizes.length - 1 weight and bias arrays");
    }
    if (conv != null && conv.outputSize() != sizes[0]) {
      throw new IllegalArgumentException(
          "the convolution gives "
              + conv.outputSize()
              + " features, the first linear layer reads "
              + sizes[0]);
    }
    for (int i = 0; i < w.length; i++) {
      if (w[i].length != sizes[i] * sizes[i + 1] || b[i].length != sizes[i + 1]) {
        throw new IllegalArgumentException(
            "layer " + i + " does not match sizes " + java.util.Arrays.toString(sizes));
      }
    }
  }

  /** A plain MLP. */
  public MlpWeights(int[] sizes, Activation activation, float[][] w, float[][] b) {
    this(sizes, activation, w, b, null);
  }

  /** These linear layers behind {@code convolution}. */
  public MlpWeights withConv(ConvLayer convolution) {
    return new MlpWeights(sizes, activation, w, b, convolution);
  }

  /**
   * PyTorch's default {@code nn.Linear} initialisation: weights and biases uniform in {@code
   * ±1/sqrt(fan_in)}.
   */
  public static MlpWeights uniform(int[] sizes, Activation activation, NpRandom rng) {
    float[][] w = new float[sizes.length - 1][];
    float[][] b = new float[sizes.length - 1][];
    for (int i = 0; i < w.length; i++) {
      double bound = 1.0 / Math.sqrt(sizes[i]);
      w[i] = new float[sizes[i] * sizes[i + 1]];
      b[i] = new float[sizes[i + 1]];
      for (int k = 0; k < w[i].length; k++) {
        w[i][k] = (float) rng.uniform(-bound, bound);
      }
      for (int k = 0; k < b[i].length; k++) {
        b[i][k] = (float) rng.uniform(-bound, bound);
      }
    }
    return new MlpWeights(sizes.clone(), activation, w, b);
  }

  /**
   * Orthogonal weights (as {@code torch.nn.init.orthogonal_}) with gain {@code hiddenGain} on
   * hidden layers and {@code outputGain} on the last, zero biases: CleanRL's PPO initialisation.
   */
  public static MlpWeights orthogonal(
      int[] sizes, Activation activation, double hiddenGain, double outputGain, NpRandom rng) {
    float[][] w = new float[sizes.length - 1][];
    float[][] b = new float[sizes.length - 1][];
    for (int i = 0; i < w.length; i++) {
      double gain = i == w.length - 1 ? outputGain : hiddenGain;
      w[i] = orthogonalMatrix(sizes[i + 1], sizes[i], gain, rng);
      b[i] = new float[sizes[i + 1]];
    }
    return new MlpWeights(sizes.clone(), activation, w, b);
  }

  /**
   * A {@code rows x cols} matrix with orthonormal rows or columns (whichever are fewer), scaled.
   */
  static float[] orthogonalMatrix(int rows, int cols, double gain, NpRandom rng) {
    int tall = Math.max(rows, cols);
    int narrow = Math.min(rows, cols);
    double[][] q = new double[narrow][tall]; // narrow vectors of length tall
    for (double[] v : q) {
      rng.standardNormal(v);
    }
    for (int j = 0; j < narrow; j++) { // modified Gram-Schmidt: R gets a positive diagonal
      for (int k = 0; k < j; k++) {
        double dot = 0;
        for (int t = 0; t < tall; t++) {
          dot += q[j][t] * q[k][t];
        }
        for (int t = 0; t < tall; t++) {
          q[j][t] -= dot * q[k][t];
        }
      }
      double norm = 0;
      for (int t = 0; t < tall; t++) {
        norm += q[j][t] * q[j][t];
      }
      norm = Math.sqrt(norm);
      for (int t = 0; t < tall; t++) {
        q[j][t] /= norm;
      }
    }
    float[] m = new float[rows * cols];
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        double v = rows >= cols ? q[c][r] : q[r][c];
        m[r * cols + c] = (float) (gain * v);
      }
    }
    return m;
  }

  /** Number of inputs (of the convolution, when there is one). */
  public int inputSize() {
    return conv == null ? sizes[0] : conv.inputSize();
  }

  /** Number of outputs. */
  public int outputSize() {
    return sizes[sizes.length - 1];
  }

  /** The network's output for one input vector (float accumulation, as PyTorch on CPU). */
  public float[] forward(float[] x) {
    return forward(x, 1);
  }

  /**
   * The outputs for {@code rows} input vectors stored row-major in {@code x}, row-major: a forward
   * pass in plain Java, cheaper than a native call for the small batches of acting.
   */
  public float[] forward(float[] x, int rows) {
    float[] h = x;
    if (conv != null) {
      h = conv.forward(x, rows);
      for (int i = 0; i < h.length; i++) {
        h[i] = activation.apply(h[i]);
      }
    }
    int[] nonZero = new int[0];
    for (int i = 0; i < w.length; i++) {
      int in = sizes[i];
      int out = sizes[i + 1];
      float[] next = new float[rows * out];
      if (nonZero.length < in) {
        nonZero = new int[in];
      }
      for (int r = 0; r < rows; r++) {
        int col = r * in;
        // Zero inputs add nothing to a sum of finite products: skipping them gives the same
        // outputs and makes one-hot, binary-image and post-ReLU inputs much cheaper.
        int n = 0;
        for (int k = 0; k < in; k++) {
          if (h[col + k] != 0f) {
            nonZero[n++] = k;
          }
        }
        for (int o = 0; o < out; o++) {
          float s = b[i][o];
          int row = o * in;
          for (int j = 0; j < n; j++) {
            int k = nonZero[j];
            s += w[i][row + k] * h[col + k];
          }
          next[r * out + o] = i < w.length - 1 ? activation.apply(s) : s;
        }
      }
      h = next;
    }
    return h;
  }
}
