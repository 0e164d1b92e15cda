package dev.jymnasium.control.linear;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.decomposition.eig.SymmetricQRAlgorithmDecomposition_DDRM;

/**
 * A {@link LinearSystem} after controlgym's zero-order hold at a sample time {@code Ts}, with its
 * default cost weights.
 *
 * <p>{@code A_d = e^{A Ts}} and {@code [B1_d B2_d] = ∫₀^Ts e^{Aτ} dτ [B1 B2]}, both read off the
 * exponential of the block matrix {@code [[A, B1, B2], [0, 0, 0], [0, 0, 0]]·Ts} (as scipy's {@code
 * cont2discrete(method="zoh")} does); {@code C, C1, D11, D12, D21} are kept as they are. Weights:
 * {@code Q = C1ᵀC1}, {@code R = D12ᵀD12}, {@code S = C1ᵀD12}, except for ac1, ac6 and ac8 whose
 * {@code D12ᵀD12} is singular: there {@code R = λ_max(D12ᵀD12)·I}. pas and umv keep a singular R,
 * as in controlgym. The accessors return copies; the package reads the fields directly.
 */
public final class DiscreteLinearSystem {
  private final LinearSystem continuous;
  private final double sampleTimeS;
  final DMatrixRMaj ad;
  final DMatrixRMaj b1d;
  final DMatrixRMaj b2d;
  final DMatrixRMaj q;
  final DMatrixRMaj r;
  final DMatrixRMaj s;

  DiscreteLinearSystem(LinearSystem sys, double sampleTimeS, boolean patchR) {
    this.continuous = sys;
    this.sampleTimeS = sampleTimeS;
    int n = sys.stateSize();
    int nw = sys.disturbanceSize();
    int m = sys.actionSize();
    DMatrixRMaj block = new DMatrixRMaj(n + nw + m, n + nw + m);
    CommonOps_DDRM.insert(sys.a, block, 0, 0);
    CommonOps_DDRM.insert(sys.b1, block, 0, n);
    CommonOps_DDRM.insert(sys.b2, block, 0, n + nw);
    CommonOps_DDRM.scale(sampleTimeS, block);
    DMatrixRMaj e = MatrixExponential.expm(block);
    this.ad = CommonOps_DDRM.extract(e, 0, n, 0, n);
    this.b1d = CommonOps_DDRM.extract(e, 0, n, n, n + nw);
    this.b2d = CommonOps_DDRM.extract(e, 0, n, n + nw, n + nw + m);

    this.q = new DMatrixRMaj(n, n);
    CommonOps_DDRM.multTransA(sys.c1, sys.c1, q);
    this.s = new DMatrixRMaj(n, m);
    CommonOps_DDRM.multTransA(sys.c1, sys.d12, s);
    DMatrixRMaj rr = new DMatrixRMaj(m, m);
    CommonOps_DDRM.multTransA(sys.d12, sys.d12, rr);
    if (patchR) {
      double lambdaMax = largestEigenvalue(rr);
      rr = CommonOps_DDRM.identity(m);
      CommonOps_DDRM.scale(lambdaMax, rr);
    }
    this.r = rr;
  }

  private static double largestEigenvalue(DMatrixRMaj symmetric) {
    SymmetricQRAlgorithmDecomposition_DDRM eig = new SymmetricQRAlgorithmDecomposition_DDRM(false);
    if (!eig.decompose(symmetric.copy())) {
      throw new IllegalStateException("eigenvalues of D12'D12 did not converge");
    }
    double max = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < eig.getNumberOfEigenvalues(); i++) {
      max = Math.max(max, eig.getEigenvalue(i).real);
    }
    return max;
  }

  /** The continuous-time system this was made from. */
  public LinearSystem continuous() {
    return continuous;
  }

  /** The sample time Ts, seconds. */
  public double sampleTimeS() {
    return sampleTimeS;
  }

  /** {@code A_d = e^{A Ts}} (a copy). */
  public DMatrixRMaj ad() {
    return ad.copy();
  }

  /** {@code B1_d}, the discretised disturbance input (a copy). */
  public DMatrixRMaj b1d() {
    return b1d.copy();
  }

  /** {@code B2_d}, the discretised control input (a copy). */
  public DMatrixRMaj b2d() {
    return b2d.copy();
  }

  /** The measurement matrix C (a copy). */
  public DMatrixRMaj c() {
    return continuous.c.copy();
  }

  /** The measurement noise matrix D21 (a copy). */
  public DMatrixRMaj d21() {
    return continuous.d21.copy();
  }

  /** The performance output matrix C1 (a copy). */
  public DMatrixRMaj c1() {
    return continuous.c1.copy();
  }

  /** The performance feed-through of the disturbance, D11 (a copy). */
  public DMatrixRMaj d11() {
    return continuous.d11.copy();
  }

  /** The performance feed-through of the control, D12 (a copy). */
  public DMatrixRMaj d12() {
    return continuous.d12.copy();
  }

  /** State weight {@code Q = C1ᵀC1} (a copy). */
  public DMatrixRMaj q() {
    return q.copy();
  }

  /** Control weight R (a copy). */
  public DMatrixRMaj r() {
    return r.copy();
  }

  /** Cross weight {@code S = C1ᵀD12} (a copy). */
  public DMatrixRMaj s() {
    return s.copy();
  }
}
