package dev.jymnasium.control.linear;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.NormOps_DDRM;

/**
 * The matrix exponential by scaling and squaring with a degree-13 Padé approximant (Higham, "The
 * scaling and squaring method for the matrix exponential revisited", SIAM J. Matrix Anal. Appl.
 * 26(4), 2005), the algorithm behind scipy's {@code expm}. EJML has no matrix exponential.
 */
public final class MatrixExponential {
  /** Padé 13 coefficients b_0 ... b_13 (Higham 2005, eq. 10.33 form). */
  private static final double[] B = {
    64764752532480000.0,
    32382376266240000.0,
    7771770303897600.0,
    1187353796428800.0,
    129060195264000.0,
    10559470521600.0,
    670442572800.0,
    33522128640.0,
    1323241920.0,
    40840800.0,
    960960.0,
    16380.0,
    182.0,
    1.0
  };

  /** Largest 1-norm for which Padé 13 meets double precision without scaling (Higham 2005). */
  private static final double THETA_13 = 5.371920351148152;

  private MatrixExponential() {}

  /**
   * {@code e^A} of a square matrix.
   *
   * @throws IllegalArgumentException if {@code a} is not square or holds a non-finite value
   */
  public static DMatrixRMaj expm(DMatrixRMaj a) {
    int n = a.numRows;
    if (a.numCols != n) {
      throw new IllegalArgumentException(
          "expm needs a square matrix, got " + a.numRows + "x" + a.numCols);
    }
    double norm = NormOps_DDRM.inducedP1(a);
    if (!Double.isFinite(norm)) {
      throw new IllegalArgumentException("expm needs finite entries, 1-norm is " + norm);
    }
    int squarings = norm <= THETA_13 ? 0 : (int) Math.ceil(Math.log(norm / THETA_13) / Math.log(2));
    DMatrixRMaj x = a.copy();
    CommonOps_DDRM.scale(Math.scalb(1.0, -squarings), x);

    DMatrixRMaj x2 = new DMatrixRMaj(n, n);
    DMatrixRMaj x4 = new DMatrixRMaj(n, n);
    DMatrixRMaj x6 = new DMatrixRMaj(n, n);
    CommonOps_DDRM.mult(x, x, x2);
    CommonOps_DDRM.mult(x2, x2, x4);
    CommonOps_DDRM.mult(x4, x2, x6);

    DMatrixRMaj tmp = new DMatrixRMaj(n, n);
    DMatrixRMaj inner = new DMatrixRMaj(n, n);
    // U = X [X6 (b13 X6 + b11 X4 + b9 X2) + b7 X6 + b5 X4 + b3 X2 + b1 I]
    combine(B[13], x6, B[11], x4, B[9], x2, 0, tmp);
    CommonOps_DDRM.mult(x6, tmp, inner);
    addCombination(B[7], x6, B[5], x4, B[3], x2, B[1], inner);
    DMatrixRMaj u = new DMatrixRMaj(n, n);
    CommonOps_DDRM.mult(x, inner, u);
    // V = X6 (b12 X6 + b10 X4 + b8 X2) + b6 X6 + b4 X4 + b2 X2 + b0 I
    combine(B[12], x6, B[10], x4, B[8], x2, 0, tmp);
    DMatrixRMaj v = new DMatrixRMaj(n, n);
    CommonOps_DDRM.mult(x6, tmp, v);
    addCombination(B[6], x6, B[4], x4, B[2], x2, B[0], v);

    // R = (V - U)^-1 (V + U)
    DMatrixRMaj vMinusU = new DMatrixRMaj(n, n);
    CommonOps_DDRM.subtract(v, u, vMinusU);
    CommonOps_DDRM.addEquals(v, u);
    DMatrixRMaj r = new DMatrixRMaj(n, n);
    if (!CommonOps_DDRM.solve(vMinusU, v, r)) {
      throw new IllegalStateException("expm: the Padé denominator is singular");
    }
    for (int i = 0; i < squarings; i++) {
      CommonOps_DDRM.mult(r, r, tmp);
      DMatrixRMaj swap = r;
      r = tmp;
      tmp = swap;
    }
    return r;
  }

  /** {@code out = c1 M1 + c2 M2 + c3 M3 + c0 I}. */
  private static void combine(
      double c1,
      DMatrixRMaj m1,
      double c2,
      DMatrixRMaj m2,
      double c3,
      DMatrixRMaj m3,
      double c0,
      DMatrixRMaj out) {
    out.zero();
    addCombination(c1, m1, c2, m2, c3, m3, c0, out);
  }

  /** {@code out += c1 M1 + c2 M2 + c3 M3 + c0 I}. */
  private static void addCombination(
      double c1,
      DMatrixRMaj m1,
      double c2,
      DMatrixRMaj m2,
      double c3,
      DMatrixRMaj m3,
      double c0,
      DMatrixRMaj out) {
    double[] o = out.data;
    for (int i = 0; i < o.length; i++) {
      o[i] += c1 * m1.data[i] + c2 * m2.data[i] + c3 * m3.data[i];
    }
    for (int i = 0; i < out.numRows; i++) {
      out.add(i, i, c0);
    }
  }
}
