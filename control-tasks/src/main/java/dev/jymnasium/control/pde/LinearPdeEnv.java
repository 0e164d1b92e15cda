package dev.jymnasium.control.pde;

import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;
import org.jtransforms.fft.DoubleFFT_1D;

/**
 * A linear controlgym PDE stepped with its exact propagator over one sample interval: {@code x' = A
 * x + B u + noise}, with {@code B = χ} the actuator supports applied once per step as an impulse
 * (controlgym does not integrate the forcing over the interval).
 *
 * <p>controlgym builds A as {@code Re(IDFT · expm(L·Ts) · DFT)} from explicit DFT matrices, where L
 * is diagonal per Fourier mode (or 2×2 per mode for the wave and Schrödinger envs, whose state
 * stacks two fields of {@code g = n/2} points). Each such block is circulant, so here block (a, b)
 * of A is built from its first column {@code Re(ifft(e_ab))}, with {@code e_ab(k)} the closed-form
 * entries of the per-mode exponential: equal to controlgym's A up to rounding (its DFT matrices and
 * {@code expm} carry relative errors near 1e-13).
 */
public abstract class LinearPdeEnv extends PdeEnv {
  /** A stored column by column, so that {@link #advance} runs over contiguous columns. */
  private final double[] aColumns;

  private final DMatrixRMaj a;

  /**
   * @param setup the shared settings
   * @param blocks per-mode propagator entries: {@code blocks[a][b]} holds {@code e_ab(k)} as
   *     interleaved (re, im) pairs in numpy's {@code fftfreq} order, for a 1×1 or 2×2 block layout
   */
  protected LinearPdeEnv(Setup setup, double[][][] blocks) {
    super(setup);
    int n = stateSize();
    int parts = blocks.length;
    int g = n / parts;
    this.a = new DMatrixRMaj(n, n);
    DoubleFFT_1D fft = new DoubleFFT_1D(g);
    for (int r = 0; r < parts; r++) {
      for (int c = 0; c < parts; c++) {
        double[] column = blocks[r][c].clone();
        fft.complexInverse(column, true);
        for (int i = 0; i < g; i++) {
          for (int j = 0; j < g; j++) {
            a.set(r * g + i, c * g + j, column[2 * Math.floorMod(i - j, g)]);
          }
        }
      }
    }
    this.aColumns = new double[n * n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        aColumns[j * n + i] = a.get(i, j);
      }
    }
  }

  /** The full-FFT wavenumbers {@code 2π·fftfreq(points, L/points)} as numpy computes them. */
  protected static double[] fullWavenumbers(int points, double domainLength) {
    double[] k = new double[points];
    double val = 1.0 / (points * (domainLength / points));
    int positive = (points - 1) / 2 + 1;
    for (int m = 0; m < points; m++) {
      int index = m < positive ? m : m - points;
      k[m] = index * val * 2 * Math.PI;
    }
    return k;
  }

  /** The state matrix A of {@code x' = A x + B u} (a copy). */
  public final DMatrixRMaj stateMatrix() {
    return a.copy();
  }

  /** The input matrix B = χ, n × n_action (a copy). */
  public final DMatrixRMaj inputMatrix() {
    int n = stateSize();
    DMatrixRMaj b = new DMatrixRMaj(n, actionSize());
    for (int i = 0; i < actionSize(); i++) {
      double[] col = support(i);
      for (int j = 0; j < n; j++) {
        b.set(j, i, col[j]);
      }
    }
    return b;
  }

  @Override
  protected final void advance(double[] state, double[] action, double[] out) {
    int n = out.length;
    Arrays.fill(out, 0.0);
    for (int j = 0; j < n; j++) {
      double xj = state[j];
      int col = j * n;
      for (int i = 0; i < n; i++) {
        out[i] += aColumns[col + i] * xj;
      }
    }
    for (int i = 0; i < action.length; i++) {
      double ui = action[i];
      double[] chi = support(i);
      for (int j = 0; j < n; j++) {
        out[j] += chi[j] * ui;
      }
    }
  }
}
