package dev.jymnasium.baselines.hdpo;

import dev.jymnasium.env.rng.NpRandom;

/**
 * A multilayer perceptron in double precision with ELU hidden layers and a linear output, run on a
 * whole batch at once with its backward pass written out by hand (the networks are tiny, so plain
 * loops beat an autograd engine). Activations are unit-major, {@code [unit·B + scenario]}, so the
 * inner loops run over contiguous scenarios, in tiles of scenarios that stay in the cache.
 * Parameters live in one flat array: per layer the weights {@code W[out][in]} then the biases.
 */
public final class OrderNet {
  /** Scenarios per tile: a tile of a 32-wide layer stays in the L1 cache. */
  private static final int TILE = 64;

  private final int[] sizes;
  private final int[] offsets;
  private final int parameterCount;

  /**
   * @param sizes input width, hidden widths, output width
   */
  public OrderNet(int... sizes) {
    if (sizes.length < 2) {
      throw new IllegalArgumentException("a network needs input and output sizes, got none");
    }
    this.sizes = sizes.clone();
    this.offsets = new int[sizes.length - 1];
    int n = 0;
    for (int l = 0; l + 1 < sizes.length; l++) {
      if (sizes[l] < 1 || sizes[l + 1] < 1) {
        throw new IllegalArgumentException("layer widths must be >= 1, got " + sizes[l + 1]);
      }
      offsets[l] = n;
      n += sizes[l + 1] * (sizes[l] + 1);
    }
    this.parameterCount = n;
  }

  /** Widths, input first. */
  public int[] sizes() {
    return sizes.clone();
  }

  /** Number of layers of weights. */
  public int layers() {
    return sizes.length - 1;
  }

  public int parameterCount() {
    return parameterCount;
  }

  /** PyTorch's default initialisation: weights and biases uniform in ±1/sqrt(fan in). */
  public double[] initialParameters(NpRandom rng) {
    double[] p = new double[parameterCount];
    for (int l = 0; l < layers(); l++) {
      double bound = 1 / Math.sqrt(sizes[l]);
      int count = sizes[l + 1] * (sizes[l] + 1);
      for (int k = 0; k < count; k++) {
        p[offsets[l] + k] = rng.uniform(-bound, bound);
      }
    }
    return p;
  }

  /**
   * Forward pass: {@code acts[0]} holds the input ({@code in × B}); fills {@code acts[l]} with
   * layer {@code l}'s output; the last is the linear output.
   */
  public void forward(double[] params, double[][] acts, int batch) {
    for (int l = 0; l < layers(); l++) {
      int in = sizes[l];
      int out = sizes[l + 1];
      double[] x = acts[l];
      double[] y = acts[l + 1];
      int w = offsets[l];
      int b = w + out * in;
      for (int c = 0; c < batch; c += TILE) {
        int n = Math.min(TILE, batch - c);
        for (int o = 0; o < out; o++) {
          int row = o * batch + c;
          double bias = params[b + o];
          for (int s = 0; s < n; s++) {
            y[row + s] = bias;
          }
          for (int i = 0; i < in; i++) {
            double weight = params[w + o * in + i];
            int col = i * batch + c;
            for (int s = 0; s < n; s++) {
              y[row + s] += weight * x[col + s];
            }
          }
        }
      }
      if (l + 1 < layers()) {
        // ELU; exp(z) − 1 rather than expm1, which is several times slower (the absolute error
        // near 0 is a few ulps of 1, far below what the orders resolve)
        for (int k = 0; k < out * batch; k++) {
          double z = y[k];
          y[k] = z > 0 ? z : Math.exp(z) - 1;
        }
      }
    }
  }

  /**
   * Backward pass after {@link #forward} with the same {@code acts}: adds the gradient with respect
   * to the parameters to {@code gradParams} and the one with respect to the input to {@code
   * gradInput} ({@code in × B}).
   *
   * @param gradOutput the gradient with respect to the output ({@code out × B}); overwritten
   * @param scratch two buffers of at least {@code maxWidth × B}
   */
  public void backward(
      double[] params,
      double[][] acts,
      double[] gradOutput,
      double[] gradParams,
      double[] gradInput,
      double[][] scratch,
      int batch) {
    double[] gradZ = gradOutput;
    for (int l = layers() - 1; l >= 0; l--) {
      int in = sizes[l];
      int out = sizes[l + 1];
      double[] x = acts[l];
      int w = offsets[l];
      int b = w + out * in;
      double[] gradX = l == 0 ? gradInput : scratch[l % 2];
      if (l > 0) {
        java.util.Arrays.fill(gradX, 0, in * batch, 0);
      }
      for (int c = 0; c < batch; c += TILE) {
        int n = Math.min(TILE, batch - c);
        for (int o = 0; o < out; o++) {
          int row = o * batch + c;
          gradParams[b + o] += sum(gradZ, row, n);
          for (int i = 0; i < in; i++) {
            int col = i * batch + c;
            gradParams[w + o * in + i] += dot(gradZ, row, x, col, n);
            double weight = params[w + o * in + i];
            for (int s = 0; s < n; s++) {
              gradX[col + s] += weight * gradZ[row + s];
            }
          }
        }
      }
      if (l > 0) {
        // ELU'(z) = 1 above 0, exp(z) = output + 1 below
        for (int k = 0; k < in * batch; k++) {
          double a = x[k];
          gradX[k] *= a > 0 ? 1 : a + 1;
        }
      }
      gradZ = gradX;
    }
  }

  private static double sum(double[] a, int from, int n) {
    double s0 = 0;
    double s1 = 0;
    int k = 0;
    for (; k + 1 < n; k += 2) {
      s0 += a[from + k];
      s1 += a[from + k + 1];
    }
    for (; k < n; k++) {
      s0 += a[from + k];
    }
    return s0 + s1;
  }

  private static double dot(double[] a, int fromA, double[] b, int fromB, int n) {
    double s0 = 0;
    double s1 = 0;
    double s2 = 0;
    double s3 = 0;
    int k = 0;
    for (; k + 3 < n; k += 4) {
      s0 += a[fromA + k] * b[fromB + k];
      s1 += a[fromA + k + 1] * b[fromB + k + 1];
      s2 += a[fromA + k + 2] * b[fromB + k + 2];
      s3 += a[fromA + k + 3] * b[fromB + k + 3];
    }
    for (; k < n; k++) {
      s0 += a[fromA + k] * b[fromB + k];
    }
    return (s0 + s1) + (s2 + s3);
  }

  /** Largest width. */
  public int maxWidth() {
    int m = 0;
    for (int s : sizes) {
      m = Math.max(m, s);
    }
    return m;
  }
}
