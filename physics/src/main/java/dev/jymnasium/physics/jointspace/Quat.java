package dev.jymnasium.physics.jointspace;

/**
 * Quaternion operations on (w, x, y, z) slices of arrays, as MuJoCo's {@code mju_*Quat} functions
 * compute them, so frames agree with MuJoCo's to the last bits.
 */
final class Quat {
  /** MuJoCo's {@code mjMINVAL}. */
  static final double MIN_VALUE = 1e-15;

  private Quat() {}

  /** dest = (w, x, y, z) · b. */
  static void mul(
      double w, double x, double y, double z, double[] b, int bo, double[] dest, int o) {
    double bw = b[bo];
    double bx = b[bo + 1];
    double by = b[bo + 2];
    double bz = b[bo + 3];
    dest[o] = w * bw - x * bx - y * by - z * bz;
    dest[o + 1] = w * bx + x * bw + y * bz - z * by;
    dest[o + 2] = w * by - x * bz + y * bw + z * bx;
    dest[o + 3] = w * bz + x * by - y * bx + z * bw;
  }

  /** Normalises in place where the norm is off 1 by more than {@link #MIN_VALUE}. */
  static void normalize(double[] q, int o) {
    double norm =
        Math.sqrt(q[o] * q[o] + q[o + 1] * q[o + 1] + q[o + 2] * q[o + 2] + q[o + 3] * q[o + 3]);
    if (norm < MIN_VALUE) {
      q[o] = 1;
      q[o + 1] = 0;
      q[o + 2] = 0;
      q[o + 3] = 0;
    } else if (Math.abs(norm - 1) > MIN_VALUE) {
      // Times the reciprocal, as mju_normalize4 rounds.
      double inverse = 1 / norm;
      q[o] *= inverse;
      q[o + 1] *= inverse;
      q[o + 2] *= inverse;
      q[o + 3] *= inverse;
    }
  }

  /**
   * MuJoCo's {@code mju_quatIntegrate}: q[o..o+3] normalised, then turned by the rotation {@code
   * scale·ω} with ω = vel[vo..vo+2] in q's own axes.
   */
  static void integrate(double[] q, int o, double[] vel, int vo, double scale) {
    double x = vel[vo];
    double y = vel[vo + 1];
    double z = vel[vo + 2];
    double norm = Math.sqrt(x * x + y * y + z * z);
    if (norm < MIN_VALUE) {
      x = 1;
      y = 0;
      z = 0;
    } else {
      double inverse = 1 / norm;
      x *= inverse;
      y *= inverse;
      z *= inverse;
    }
    double angle = scale * norm;
    double s = Math.sin(0.5 * angle);
    normalize(q, o);
    double w = q[o];
    double qx = q[o + 1];
    double qy = q[o + 2];
    double qz = q[o + 3];
    double bw = Math.cos(0.5 * angle);
    double bx = x * s;
    double by = y * s;
    double bz = z * s;
    q[o] = w * bw - qx * bx - qy * by - qz * bz;
    q[o + 1] = w * bx + qx * bw + qy * bz - qz * by;
    q[o + 2] = w * by - qx * bz + qy * bw + qz * bx;
    q[o + 3] = w * bz + qx * by - qy * bx + qz * bw;
  }

  /** Row-major rotation matrix of the unit quaternion q[o..o+3]. */
  static void toMatrix(double[] q, int o, double[] mat, int m) {
    double w = q[o];
    double x = q[o + 1];
    double y = q[o + 2];
    double z = q[o + 3];
    double ww = w * w;
    double xx = x * x;
    double yy = y * y;
    double zz = z * z;
    mat[m] = ww + xx - yy - zz;
    mat[m + 4] = ww - xx + yy - zz;
    mat[m + 8] = ww - xx - yy + zz;
    mat[m + 1] = 2 * (x * y - w * z);
    mat[m + 2] = 2 * (x * z + w * y);
    mat[m + 3] = 2 * (x * y + w * z);
    mat[m + 5] = 2 * (y * z - w * x);
    mat[m + 6] = 2 * (x * z - w * y);
    mat[m + 7] = 2 * (y * z + w * x);
  }

  /**
   * The unit quaternion of the row-major rotation matrix at m (MuJoCo's {@code mju_mat2Quat}: from
   * the largest of the trace and the diagonal, for precision), normalised.
   */
  static void fromMatrix(double[] mat, int m, double[] q, int o) {
    double m00 = mat[m];
    double m11 = mat[m + 4];
    double m22 = mat[m + 8];
    double trace = m00 + m11 + m22;
    if (trace > 0) {
      double s = Math.sqrt(trace + 1) * 2;
      q[o] = 0.25 * s;
      q[o + 1] = (mat[m + 7] - mat[m + 5]) / s;
      q[o + 2] = (mat[m + 2] - mat[m + 6]) / s;
      q[o + 3] = (mat[m + 3] - mat[m + 1]) / s;
    } else if (m00 > m11 && m00 > m22) {
      double s = Math.sqrt(1 + m00 - m11 - m22) * 2;
      q[o] = (mat[m + 7] - mat[m + 5]) / s;
      q[o + 1] = 0.25 * s;
      q[o + 2] = (mat[m + 1] + mat[m + 3]) / s;
      q[o + 3] = (mat[m + 2] + mat[m + 6]) / s;
    } else if (m11 > m22) {
      double s = Math.sqrt(1 + m11 - m00 - m22) * 2;
      q[o] = (mat[m + 2] - mat[m + 6]) / s;
      q[o + 1] = (mat[m + 1] + mat[m + 3]) / s;
      q[o + 2] = 0.25 * s;
      q[o + 3] = (mat[m + 5] + mat[m + 7]) / s;
    } else {
      double s = Math.sqrt(1 + m22 - m00 - m11) * 2;
      q[o] = (mat[m + 3] - mat[m + 1]) / s;
      q[o + 1] = (mat[m + 2] + mat[m + 6]) / s;
      q[o + 2] = (mat[m + 5] + mat[m + 7]) / s;
      q[o + 3] = 0.25 * s;
    }
    normalize(q, o);
  }
}
