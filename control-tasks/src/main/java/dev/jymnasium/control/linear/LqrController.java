package dev.jymnasium.control.linear;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * Infinite-horizon LQR for a {@link DiscreteLinearSystem}: {@code u = K x} with {@code K = −(R +
 * BᵀPB)⁻¹(BᵀPA + Sᵀ)} and P the stabilising solution of the discrete algebraic Riccati equation
 * ({@link Riccati}) for {@code A_d, B2_d} and the env's weights {@code Q, R, S}: controlgym's LQR
 * baseline for the linear envs. Under {@code w ~ N(0, σ²I)} its long-run average stage cost is
 * {@code σ²·tr(B1_dᵀ P B1_d)} ({@link #averageCost}).
 */
public final class LqrController implements LinearController {
  private final DMatrixRMaj p;
  private final DMatrixRMaj k;
  private final DMatrixRMaj b1d;

  private LqrController(DMatrixRMaj p, DMatrixRMaj k, DMatrixRMaj b1d) {
    this.p = p;
    this.k = k;
    this.b1d = b1d;
  }

  /**
   * The LQR controller of {@code sys}.
   *
   * @throws IllegalStateException when the Riccati equation has no stabilising solution that the
   *     solver finds (rea, as with scipy in controlgym)
   */
  public static LqrController of(DiscreteLinearSystem sys) {
    DMatrixRMaj p = Riccati.solve(sys.ad, sys.b2d, sys.q, sys.r, sys.s);
    DMatrixRMaj k = new DMatrixRMaj(sys.b2d.numCols, sys.ad.numRows);
    if (p == null || !Riccati.gain(sys.ad, sys.b2d, sys.r, sys.s, p, k)) {
      throw new IllegalStateException(
          "LQR: the discrete Riccati equation of "
              + sys.continuous().name()
              + " has no stabilising solution");
    }
    return new LqrController(p, k, sys.b1d);
  }

  @Override
  public void act(double[] state, double[] action) {
    int n = k.numCols;
    for (int i = 0; i < k.numRows; i++) {
      double sum = 0;
      int row = i * n;
      for (int j = 0; j < n; j++) {
        sum += k.data[row + j] * state[j];
      }
      action[i] = sum;
    }
  }

  /** The Riccati solution P (a copy). */
  public DMatrixRMaj riccati() {
    return p.copy();
  }

  /** The gain K, {@code u = K x} (a copy). */
  public DMatrixRMaj gain() {
    return k.copy();
  }

  /** Long-run average stage cost {@code noiseCov·tr(B1_dᵀ P B1_d)} under this controller. */
  public double averageCost(double noiseCov) {
    DMatrixRMaj pb = new DMatrixRMaj(p.numRows, b1d.numCols);
    CommonOps_DDRM.mult(p, b1d, pb);
    double trace = 0;
    for (int j = 0; j < b1d.numCols; j++) {
      for (int i = 0; i < b1d.numRows; i++) {
        trace += b1d.get(i, j) * pb.get(i, j);
      }
    }
    return noiseCov * trace;
  }
}
