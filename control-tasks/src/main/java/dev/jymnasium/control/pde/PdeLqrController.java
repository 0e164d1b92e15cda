package dev.jymnasium.control.pde;

import dev.jymnasium.control.linear.Riccati;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * controlgym's LQR tracking controller for the linear PDE envs (convection–diffusion–reaction,
 * wave, Schrödinger): {@code u = K x + K_ff x*} with {@code K = −(R + BᵀPB)⁻¹BᵀPA}, P the
 * stabilising solution of the discrete algebraic Riccati equation for the env's {@code A, B, Q =
 * q·I, R = r·I} ({@link Riccati}), and the feed-forward gain {@code K_ff = (R + BᵀPB)⁻¹Bᵀ(I − (A +
 * BK)ᵀ)⁻¹Q} for the target x*. It reads the true state ({@code info["state"]}), as controlgym's
 * does.
 */
public final class PdeLqrController {
  private final DMatrixRMaj k;
  private final double[] feedForward;
  private final DMatrixRMaj p;

  private PdeLqrController(DMatrixRMaj k, double[] feedForward, DMatrixRMaj p) {
    this.k = k;
    this.feedForward = feedForward;
    this.p = p;
  }

  /**
   * The LQR controller of {@code env} for its current target state.
   *
   * @throws IllegalStateException when the Riccati equation has no stabilising solution that the
   *     solver finds, or {@code I − (A + BK)ᵀ} is singular
   */
  public static PdeLqrController of(LinearPdeEnv env) {
    DMatrixRMaj a = env.stateMatrix();
    DMatrixRMaj b = env.inputMatrix();
    int n = a.numRows;
    int m = b.numCols;
    DMatrixRMaj q = CommonOps_DDRM.identity(n);
    CommonOps_DDRM.scale(env.stateWeight(), q);
    DMatrixRMaj r = CommonOps_DDRM.identity(m);
    CommonOps_DDRM.scale(env.actionWeight(), r);
    DMatrixRMaj p = Riccati.solve(a, b, q, r, new DMatrixRMaj(n, m));
    if (p == null) {
      throw new IllegalStateException(
          "LQR: the discrete Riccati equation of " + env.id() + " has no stabilising solution");
    }
    // G = R + BᵀPB; K = −G⁻¹BᵀPA.
    DMatrixRMaj btp = new DMatrixRMaj(m, n);
    CommonOps_DDRM.multTransA(b, p, btp);
    DMatrixRMaj g = r.copy();
    CommonOps_DDRM.multAdd(btp, b, g);
    DMatrixRMaj btpa = new DMatrixRMaj(m, n);
    CommonOps_DDRM.mult(btp, a, btpa);
    DMatrixRMaj k = new DMatrixRMaj(m, n);
    if (!CommonOps_DDRM.solve(g, btpa, k)) {
      throw new IllegalStateException("LQR: R + BᵀPB is singular for " + env.id());
    }
    CommonOps_DDRM.scale(-1, k);
    // K_ff = G⁻¹Bᵀ(I − (A + BK)ᵀ)⁻¹Q.
    DMatrixRMaj closed = a.copy();
    CommonOps_DDRM.multAdd(b, k, closed);
    DMatrixRMaj lhs = CommonOps_DDRM.identity(n);
    CommonOps_DDRM.subtractEquals(lhs, CommonOps_DDRM.transpose(closed, null));
    DMatrixRMaj inner = new DMatrixRMaj(n, n);
    if (!CommonOps_DDRM.solve(lhs, q, inner)) {
      throw new IllegalStateException("LQR: I − (A + BK)ᵀ is singular for " + env.id());
    }
    DMatrixRMaj btInner = new DMatrixRMaj(m, n);
    CommonOps_DDRM.multTransA(b, inner, btInner);
    DMatrixRMaj kff = new DMatrixRMaj(m, n);
    CommonOps_DDRM.solve(g, btInner, kff);
    DMatrixRMaj target = new DMatrixRMaj(n, 1, true, env.targetState());
    DMatrixRMaj ff = new DMatrixRMaj(m, 1);
    CommonOps_DDRM.mult(kff, target, ff);
    return new PdeLqrController(k, ff.data, p);
  }

  /** Writes {@code u = K x + K_ff x*} for the true state {@code state} into {@code action}. */
  public void act(double[] state, double[] action) {
    int n = k.numCols;
    for (int i = 0; i < k.numRows; i++) {
      double sum = feedForward[i];
      int row = i * n;
      for (int j = 0; j < n; j++) {
        sum += k.data[row + j] * state[j];
      }
      action[i] = sum;
    }
  }

  /** The feedback gain K (a copy). */
  public DMatrixRMaj gain() {
    return k.copy();
  }

  /** The Riccati solution P (a copy). */
  public DMatrixRMaj riccati() {
    return p.copy();
  }
}
