package dev.jymnasium.control.linear;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.MatrixFeatures_DDRM;
import org.ejml.dense.row.NormOps_DDRM;

/**
 * The discrete algebraic Riccati equation with a cross term,
 *
 * <pre>
 * P = AᵀPA − (AᵀPB + S)(R + BᵀPB)⁻¹(BᵀPA + Sᵀ) + Q,
 * </pre>
 *
 * solved for its stabilising solution (what scipy's {@code solve_discrete_are(A, B, Q, R, s=S)}
 * returns). EJML, like the other Java linear-algebra libraries on Maven Central, has no Riccati
 * solver, so this implements the standard algorithms: the structured doubling algorithm (Chu, Fan
 * and Lin, "A structure-preserving doubling algorithm for continuous-time algebraic Riccati
 * equations", 2005, discrete form) after removing the cross term, then Newton–Hewer steps with the
 * exact weights, whose Stein equations are solved by squared Smith iteration. When R is singular
 * the doubling runs on {@code R + εI} and the Newton steps remove ε: that works for pas (R = 0) but
 * not for umv, whose solution is P ≈ 0 with a singular {@code R + BᵀPB}, so no gain is defined
 * (scipy's generalised-eigenvalue solver returns one there; its average cost is 3e-16).
 */
public final class Riccati {
  private static final int MAX_DOUBLINGS = 200;
  private static final int MAX_NEWTON = 50;
  private static final int MAX_SMITH = 200;
  private static final double TOLERANCE = 1e-13;

  private Riccati() {}

  /**
   * The stabilising solution P, or {@code null} when none was found (the closed loop {@code A + BK}
   * is not stable or an iteration did not converge; controlgym's LQR has no gain then either).
   */
  public static DMatrixRMaj solve(
      DMatrixRMaj a, DMatrixRMaj b, DMatrixRMaj q, DMatrixRMaj r, DMatrixRMaj s) {
    int m = b.numCols;
    DMatrixRMaj rr = r.copy();
    DMatrixRMaj rInv = new DMatrixRMaj(m, m);
    if (!invertible(rr, rInv)) {
      double eps = 1e-8 * Math.max(Math.max(NormOps_DDRM.normF(r), NormOps_DDRM.normF(q)), 1e-300);
      for (int i = 0; i < m; i++) {
        rr.add(i, i, eps);
      }
      if (!invertible(rr, rInv)) {
        return null;
      }
    }
    // Doubling finds the stabilising solution when (Ā, H) is detectable; systems like he1 have H =
    // Q − S R⁻¹Sᵀ = 0, so it runs on H + εI and the Newton steps remove ε. Q itself is zero for a
    // Kalman filter without process noise (controlgym's PDE LQG): then ε is scaled by R.
    double scale = NormOps_DDRM.normF(q) > 0 ? NormOps_DDRM.normF(q) : NormOps_DDRM.normF(r);
    DMatrixRMaj p = doubling(a, b, q, rInv, s, 1e-8 * Math.max(scale, 1e-300));
    if (p == null) {
      return null;
    }
    return newton(a, b, q, r, s, p);
  }

  private static boolean invertible(DMatrixRMaj r, DMatrixRMaj inv) {
    if (!CommonOps_DDRM.invert(r, inv)) {
      return false;
    }
    double cond = NormOps_DDRM.inducedP1(r) * NormOps_DDRM.inducedP1(inv);
    return Double.isFinite(cond) && cond < 1e12;
  }

  /** SDA on {@code Ā = A − B R⁻¹Sᵀ, G = B R⁻¹Bᵀ, H = Q − S R⁻¹Sᵀ + εI}; H converges to P. */
  private static DMatrixRMaj doubling(
      DMatrixRMaj a, DMatrixRMaj b, DMatrixRMaj q, DMatrixRMaj rInv, DMatrixRMaj s, double eps) {
    int n = a.numRows;
    DMatrixRMaj rInvSt = new DMatrixRMaj(rInv.numRows, n);
    CommonOps_DDRM.multTransB(rInv, s, rInvSt);
    DMatrixRMaj ak = a.copy();
    CommonOps_DDRM.multAdd(-1, b, rInvSt, ak);
    DMatrixRMaj h = q.copy();
    CommonOps_DDRM.multAdd(-1, s, rInvSt, h);
    for (int i = 0; i < n; i++) {
      h.add(i, i, eps);
    }
    DMatrixRMaj bRinv = new DMatrixRMaj(n, rInv.numCols);
    CommonOps_DDRM.mult(b, rInv, bRinv);
    DMatrixRMaj g = new DMatrixRMaj(n, n);
    CommonOps_DDRM.multTransB(bRinv, b, g);

    DMatrixRMaj wm = new DMatrixRMaj(n, n);
    DMatrixRMaj wInvA = new DMatrixRMaj(n, n);
    DMatrixRMaj wInvG = new DMatrixRMaj(n, n);
    DMatrixRMaj tmp = new DMatrixRMaj(n, n);
    DMatrixRMaj hNext = new DMatrixRMaj(n, n);
    for (int k = 0; k < MAX_DOUBLINGS; k++) {
      // W = I + G H
      CommonOps_DDRM.mult(g, h, wm);
      for (int i = 0; i < n; i++) {
        wm.add(i, i, 1);
      }
      DMatrixRMaj rhs = new DMatrixRMaj(n, 2 * n);
      CommonOps_DDRM.insert(ak, rhs, 0, 0);
      CommonOps_DDRM.insert(g, rhs, 0, n);
      DMatrixRMaj sol = new DMatrixRMaj(n, 2 * n);
      if (!CommonOps_DDRM.solve(wm, rhs, sol)) {
        return null;
      }
      CommonOps_DDRM.extract(sol, 0, n, 0, n, wInvA, 0, 0);
      CommonOps_DDRM.extract(sol, 0, n, n, 2 * n, wInvG, 0, 0);
      // H' = H + Aᵀ H W⁻¹A
      CommonOps_DDRM.mult(h, wInvA, tmp);
      hNext.setTo(h);
      CommonOps_DDRM.multAddTransA(ak, tmp, hNext);
      // G' = G + A W⁻¹G Aᵀ
      CommonOps_DDRM.mult(ak, wInvG, tmp);
      CommonOps_DDRM.multAddTransB(tmp, ak, g);
      // A' = A W⁻¹A
      CommonOps_DDRM.mult(ak, wInvA, tmp);
      ak.setTo(tmp);
      symmetrise(g);
      symmetrise(hNext);
      CommonOps_DDRM.subtract(hNext, h, tmp);
      double change = NormOps_DDRM.normF(tmp);
      double size = NormOps_DDRM.normF(hNext);
      h.setTo(hNext);
      if (!finite(h)) {
        return null;
      }
      if (change <= TOLERANCE * size) {
        return h;
      }
    }
    return null;
  }

  /** Newton–Hewer refinement with the exact weights; {@code null} if the loop is not stable. */
  private static DMatrixRMaj newton(
      DMatrixRMaj a, DMatrixRMaj b, DMatrixRMaj q, DMatrixRMaj r, DMatrixRMaj s, DMatrixRMaj p0) {
    int n = a.numRows;
    DMatrixRMaj p = p0.copy();
    DMatrixRMaj k = new DMatrixRMaj(b.numCols, n);
    DMatrixRMaj acl = new DMatrixRMaj(n, n);
    DMatrixRMaj qk = new DMatrixRMaj(n, n);
    DMatrixRMaj tmp = new DMatrixRMaj(n, n);
    for (int it = 0; it < MAX_NEWTON; it++) {
      if (!gain(a, b, r, s, p, k)) {
        return null;
      }
      // Closed loop A + BK and its cost Q + KᵀRK + SK + KᵀSᵀ.
      acl.setTo(a);
      CommonOps_DDRM.multAdd(b, k, acl);
      qk.setTo(q);
      DMatrixRMaj rk = new DMatrixRMaj(r.numRows, n);
      CommonOps_DDRM.mult(r, k, rk);
      CommonOps_DDRM.multAddTransA(k, rk, qk);
      CommonOps_DDRM.mult(s, k, tmp);
      CommonOps_DDRM.addEquals(qk, tmp);
      CommonOps_DDRM.multAddTransAB(k, s, qk);
      DMatrixRMaj next = stein(acl, qk);
      if (next == null) {
        return null;
      }
      CommonOps_DDRM.subtract(next, p, tmp);
      double change = NormOps_DDRM.normF(tmp);
      p = next;
      if (change <= 1e-12 * NormOps_DDRM.normF(p)) {
        return p;
      }
    }
    return null;
  }

  /**
   * The LQR gain {@code K = −(R + BᵀPB)⁻¹(BᵀPA + Sᵀ)} into {@code k}; false if {@code R + BᵀPB} is
   * singular.
   */
  static boolean gain(
      DMatrixRMaj a, DMatrixRMaj b, DMatrixRMaj r, DMatrixRMaj s, DMatrixRMaj p, DMatrixRMaj k) {
    int n = a.numRows;
    DMatrixRMaj pb = new DMatrixRMaj(n, b.numCols);
    CommonOps_DDRM.mult(p, b, pb);
    DMatrixRMaj lhs = r.copy();
    CommonOps_DDRM.multAddTransA(b, pb, lhs);
    DMatrixRMaj rhs = new DMatrixRMaj(b.numCols, n);
    CommonOps_DDRM.multTransA(pb, a, rhs);
    CommonOps_DDRM.addEquals(rhs, transpose(s));
    if (!CommonOps_DDRM.solve(lhs, rhs, k)) {
      return false;
    }
    CommonOps_DDRM.scale(-1, k);
    return finite(k);
  }

  /** {@code X = MᵀXM + C} by squared Smith iteration; {@code null} if M is not stable. */
  private static DMatrixRMaj stein(DMatrixRMaj m, DMatrixRMaj c) {
    int n = m.numRows;
    DMatrixRMaj x = c.copy();
    DMatrixRMaj mk = m.copy();
    DMatrixRMaj xm = new DMatrixRMaj(n, n);
    DMatrixRMaj tmp = new DMatrixRMaj(n, n);
    for (int it = 0; it < MAX_SMITH; it++) {
      // X ← X + MₖᵀXMₖ, Mₖ ← Mₖ²: after k rounds X sums 2^k terms of the series.
      CommonOps_DDRM.mult(x, mk, xm);
      tmp.setTo(x);
      CommonOps_DDRM.multAddTransA(mk, xm, tmp);
      x.setTo(tmp);
      symmetrise(x);
      CommonOps_DDRM.mult(mk, mk, tmp);
      mk.setTo(tmp);
      if (!finite(x) || !finite(mk)) {
        return null;
      }
      // Once ‖Mₖ‖ is below 1e-9 the remaining terms are below 1e-18 of the sum.
      if (NormOps_DDRM.normF(mk) < 1e-9) {
        return x;
      }
    }
    return null;
  }

  /** No NaN or infinity (EJML's norms skip NaN, so they cannot tell). */
  private static boolean finite(DMatrixRMaj m) {
    return !MatrixFeatures_DDRM.hasUncountable(m);
  }

  private static DMatrixRMaj transpose(DMatrixRMaj s) {
    return CommonOps_DDRM.transpose(s, null);
  }

  private static void symmetrise(DMatrixRMaj x) {
    int n = x.numRows;
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        double v = 0.5 * (x.get(i, j) + x.get(j, i));
        x.set(i, j, v);
        x.set(j, i, v);
      }
    }
  }
}
