package dev.jymnasium.control.linear;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * Mixed H2/H∞ state feedback for a {@link DiscreteLinearSystem}, controlgym's {@code H2Hinf}
 * baseline: a control gain and an adversary's disturbance gain from one Riccati equation of the
 * dynamic game in which the control minimises and the disturbance maximises {@code Σ ‖z‖² −
 * γ²‖w‖²}, {@code z = C1 x + D11 w + D12 u}.
 *
 * <p>The game stacks the inputs, {@code B = [B2_d B1_d]}, with weights {@code Q = C1ᵀC1}, {@code S
 * = C1ᵀ[D12 D11]} and the indefinite {@code R = [[D12ᵀD12, D12ᵀD11], [D11ᵀD12, D11ᵀD11 − γ²I]]}; P
 * is the stabilising solution of the discrete Riccati equation with cross term ({@link Riccati})
 * and {@code G = (R + BᵀPB)⁻¹(BᵀPA + Sᵀ)}. As in controlgym, the control is {@code u = −G_u x} (the
 * first m rows of G) and the disturbance {@code w = +G_w x} (the other rows, with the sign
 * controlgym gives them: the game's saddle point has {@code w = −G_w x}). The weight on u is {@code
 * D12ᵀD12} itself, also for ac1, ac6 and ac8, whose env replaces it for LQR.
 *
 * <p>γ sets the robustness: below the plant's optimal H∞ level no stabilising solution exists; as γ
 * grows the control gain tends to the H2 (LQR) gain and the disturbance gain to zero. {@link #h2}
 * is that limit, computed directly.
 */
public final class H2HinfController implements LinearController {
  private final DMatrixRMaj control;
  private final DMatrixRMaj disturbance;

  private H2HinfController(DMatrixRMaj control, DMatrixRMaj disturbance) {
    this.control = control;
    this.disturbance = disturbance;
  }

  /**
   * The H2/H∞ controller of {@code sys} at robustness level {@code gamma}.
   *
   * @throws IllegalArgumentException if gamma is not finite and positive
   * @throws IllegalStateException when the game's Riccati equation has no stabilising solution
   *     (gamma below the optimal level, or too ill-conditioned: controlgym fails on ac1, ac6, ac8
   *     and pas at every gamma)
   */
  public static H2HinfController of(DiscreteLinearSystem sys, double gamma) {
    if (!(gamma > 0) || !Double.isFinite(gamma)) {
      throw new IllegalArgumentException("gamma must be finite and > 0, got " + gamma);
    }
    LinearSystem cont = sys.continuous();
    int n = sys.ad.numRows;
    int m = cont.actionSize();
    int nw = cont.disturbanceSize();
    DMatrixRMaj b = new DMatrixRMaj(n, m + nw);
    CommonOps_DDRM.insert(sys.b2d, b, 0, 0);
    CommonOps_DDRM.insert(sys.b1d, b, 0, m);
    DMatrixRMaj d = new DMatrixRMaj(cont.outputSize(), m + nw);
    CommonOps_DDRM.insert(cont.d12, d, 0, 0);
    CommonOps_DDRM.insert(cont.d11, d, 0, m);
    DMatrixRMaj r = new DMatrixRMaj(m + nw, m + nw);
    CommonOps_DDRM.multTransA(d, d, r);
    for (int i = m; i < m + nw; i++) {
      r.add(i, i, -gamma * gamma);
    }
    DMatrixRMaj s = new DMatrixRMaj(n, m + nw);
    CommonOps_DDRM.multTransA(cont.c1, d, s);
    DMatrixRMaj p = Riccati.solve(sys.ad, b, sys.q, r, s);
    DMatrixRMaj g = new DMatrixRMaj(m + nw, n);
    if (p == null || !Riccati.gain(sys.ad, b, r, s, p, g)) {
      throw new IllegalStateException(
          "H2/Hinf: the game Riccati equation of "
              + cont.name()
              + " has no stabilising solution at gamma = "
              + gamma
              + " (try a larger gamma)");
    }
    // Riccati.gain returns −G: its first m rows are the control gain, the rest −(disturbance gain).
    DMatrixRMaj control = CommonOps_DDRM.extract(g, 0, m, 0, n);
    DMatrixRMaj dist = CommonOps_DDRM.extract(g, m, m + nw, 0, n);
    CommonOps_DDRM.scale(-1, dist);
    return new H2HinfController(control, dist);
  }

  /**
   * The H2 controller of {@code sys}: the limit γ → ∞ of {@link #of}, LQR with the weights {@code Q
   * = C1ᵀC1, R = D12ᵀD12, S = C1ᵀD12} (unpatched R), and no disturbance.
   *
   * @throws IllegalStateException when that Riccati equation has no stabilising solution
   */
  public static H2HinfController h2(DiscreteLinearSystem sys) {
    LinearSystem cont = sys.continuous();
    int n = sys.ad.numRows;
    DMatrixRMaj r = new DMatrixRMaj(cont.actionSize(), cont.actionSize());
    CommonOps_DDRM.multTransA(cont.d12, cont.d12, r);
    DMatrixRMaj p = Riccati.solve(sys.ad, sys.b2d, sys.q, r, sys.s);
    DMatrixRMaj k = new DMatrixRMaj(cont.actionSize(), n);
    if (p == null || !Riccati.gain(sys.ad, sys.b2d, r, sys.s, p, k)) {
      throw new IllegalStateException(
          "H2: the discrete Riccati equation of " + cont.name() + " has no stabilising solution");
    }
    return new H2HinfController(k, new DMatrixRMaj(cont.disturbanceSize(), n));
  }

  /** {@code u = K_u x}. */
  @Override
  public void act(double[] state, double[] action) {
    multiply(control, state, action);
  }

  /**
   * Writes the adversary's disturbance {@code w = K_w x} for {@code state} into {@code out} (n_w
   * values): what controlgym's {@code H2Hinf.run} passes to each step instead of noise.
   */
  public void disturbance(double[] state, double[] out) {
    multiply(disturbance, state, out);
  }

  /** The control gain {@code K_u}, {@code u = K_u x} (a copy). */
  public DMatrixRMaj gain() {
    return control.copy();
  }

  /** The disturbance gain {@code K_w}, {@code w = K_w x} (a copy; zero for {@link #h2}). */
  public DMatrixRMaj disturbanceGain() {
    return disturbance.copy();
  }

  private static void multiply(DMatrixRMaj k, double[] x, double[] out) {
    int n = k.numCols;
    for (int i = 0; i < k.numRows; i++) {
      double sum = 0;
      int row = i * n;
      for (int j = 0; j < n; j++) {
        sum += k.data[row + j] * x[j];
      }
      out[i] = sum;
    }
  }
}
