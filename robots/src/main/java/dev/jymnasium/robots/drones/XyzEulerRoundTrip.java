package dev.jymnasium.robots.drones;

/**
 * The DSL PID's trip of its desired attitude through intrinsic XYZ Euler angles (matrix →
 * quaternion → angles → quaternion → matrix), with the formulas and rounding order of SciPy's
 * {@code Rotation} ({@code from_matrix}, {@code as_euler("XYZ")}, {@code from_euler}, {@code
 * from_quat}, {@code as_matrix}), so that the controller's output matches the original's to the
 * last bit in most steps. Reused buffers: allocates nothing.
 */
final class XyzEulerRoundTrip {
  private final double[] q = new double[4];
  private final double[] a = new double[4];
  private final double[] b = new double[4];

  /**
   * Rounds row-major rotation {@code m} through Euler angles: the angles (roll, pitch, yaw about
   * the moving X, Y, Z axes) go to {@code euler}, the matrix rebuilt from them to {@code dest}.
   */
  void apply(double[] m, double[] euler, double[] dest) {
    fromMatrix(m);
    toEuler(euler);
    // from_euler: Rx(e0) then Ry(e1) then Rz(e2), composed intrinsically.
    elementary(0, euler[0], a);
    elementary(1, euler[1], b);
    compose(a, b, q);
    elementary(2, euler[2], b);
    compose(q, b, a);
    toMatrix(a, dest);
  }

  private void fromMatrix(double[] m) {
    double trace = m[0] + m[4] + m[8];
    int choice = 0;
    double best = m[0];
    if (m[4] > best) {
      choice = 1;
      best = m[4];
    }
    if (m[8] > best) {
      choice = 2;
      best = m[8];
    }
    if (trace > best) {
      choice = 3;
    }
    if (choice == 3) {
      q[0] = m[7] - m[5];
      q[1] = m[2] - m[6];
      q[2] = m[3] - m[1];
      q[3] = 1 + trace;
    } else {
      int i = choice;
      int j = (i + 1) % 3;
      int k = (j + 1) % 3;
      q[i] = 1 - trace + 2 * m[4 * i];
      q[j] = m[3 * j + i] + m[3 * i + j];
      q[k] = m[3 * k + i] + m[3 * i + k];
      q[3] = m[3 * k + j] - m[3 * j + k];
    }
    normalise(q);
  }

  /** SciPy's quaternion-to-Euler method (Bernardes and Viollet) for the sequence XYZ. */
  private void toEuler(double[] euler) {
    double x = q[0];
    double y = q[1];
    double z = q[2];
    double w = q[3];
    // Axes reversed for an intrinsic sequence: i = z, j = y, k = x, sign −1.
    double qa = w - y;
    double qb = z + x * -1.0;
    double qc = y + w;
    double qd = x * -1.0 - z;
    double middle = 2 * atan2(hypot(qc, qd), hypot(qa, qb));
    double halfSum = atan2(qb, qa);
    double halfDiff = atan2(qd, qc);
    double eps = 1e-7;
    double first;
    double third;
    if (Math.abs(middle) <= eps) {
      first = 0;
      third = 2 * halfSum;
    } else if (Math.abs(middle - Math.PI) <= eps) {
      first = 0;
      third = 2 * halfDiff;
    } else {
      first = halfSum - halfDiff;
      third = halfSum + halfDiff;
    }
    euler[0] = wrap(third * -1.0);
    euler[1] = wrap(middle - Math.PI / 2);
    euler[2] = wrap(first);
  }

  /**
   * sqrt(x² + y²) correctly rounded in practice, as C's {@code hypot} (which SciPy calls) gives;
   * {@code Math.hypot} may differ in the last bit. The sum of squares is kept exact as two doubles
   * and the square root corrected by one Newton step. For the unit-scale values used here.
   */
  static double hypot(double x, double y) {
    double xx = x * x;
    double xxLow = Math.fma(x, x, -xx);
    double yy = y * y;
    double yyLow = Math.fma(y, y, -yy);
    double sum = xx + yy;
    double part = sum - xx;
    double sumLow = (xx - (sum - part)) + (yy - part) + xxLow + yyLow;
    double r = Math.sqrt(sum);
    if (r == 0) {
      return 0;
    }
    double residual = Math.fma(-r, r, sum) + sumLow;
    return r + residual / (2 * r);
  }

  /** π/4 as a sum of two doubles. */
  private static final double QUARTER_PI_HIGH = 0.7853981633974483;

  private static final double QUARTER_PI_LOW = 3.061616997868383e-17;

  /**
   * atan2 as glibc rounds it (measured: equal in all small-angle cases and in 99.9 % of those near
   * π/4, against 75 % for {@code Math.atan2}), for the two kinds of arguments the round trip meets
   * near level flight: small angles and angles near π/4 (x > 0). Others go to {@code Math.atan2}.
   */
  static double atan2(double y, double x) {
    if (!(x > 0)) {
      return Math.atan2(y, x);
    }
    if (Math.abs(y) <= x * 0.4142) {
      double r = y / x;
      double rLow = Math.fma(-r, x, y) / x;
      return r + (atanMinusArgument(r) + rLow / (1 + r * r));
    }
    if (y > 0 && y < x * 2.4142) {
      // atan(y/x) = π/4 + atan(u), u = (y − x)/(y + x) kept to about twice double precision.
      double num = y - x;
      double den = y + x;
      double part = den - y;
      double denLow = (y - (den - part)) + (x - part);
      double u = num / den;
      double uLow = (Math.fma(-u, den, num) - u * denLow) / den;
      return QUARTER_PI_HIGH + (QUARTER_PI_LOW + (u + (atanMinusArgument(u) + uLow / (1 + u * u))));
    }
    return Math.atan2(y, x);
  }

  /** atan(r) − r by its series, for |r| ≤ 0.42. */
  private static double atanMinusArgument(double r) {
    double r2 = r * r;
    double term = r;
    double sum = 0;
    for (int k = 1; k < 60; k++) {
      term *= -r2;
      double add = term / (2 * k + 1);
      sum += add;
      if (Math.abs(add) < 1e-40) {
        break;
      }
    }
    return sum;
  }

  private static double wrap(double angle) {
    if (angle < -Math.PI) {
      return angle + 2 * Math.PI;
    }
    if (angle > Math.PI) {
      return angle - 2 * Math.PI;
    }
    return angle;
  }

  private static void elementary(int axis, double angle, double[] dest) {
    dest[0] = 0;
    dest[1] = 0;
    dest[2] = 0;
    dest[3] = Math.cos(angle / 2.0);
    dest[axis] = Math.sin(angle / 2.0);
  }

  private static void compose(double[] p, double[] r, double[] dest) {
    double cx = p[1] * r[2] - p[2] * r[1];
    double cy = p[2] * r[0] - p[0] * r[2];
    double cz = p[0] * r[1] - p[1] * r[0];
    dest[0] = p[3] * r[0] + r[3] * p[0] + cx;
    dest[1] = p[3] * r[1] + r[3] * p[1] + cy;
    dest[2] = p[3] * r[2] + r[3] * p[2] + cz;
    dest[3] = p[3] * r[3] - p[0] * r[0] - p[1] * r[1] - p[2] * r[2];
  }

  private static void normalise(double[] v) {
    double n = Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2] + v[3] * v[3]);
    for (int k = 0; k < 4; k++) {
      v[k] /= n;
    }
  }

  /** from_quat (normalising) then as_matrix, row-major. */
  private static void toMatrix(double[] quat, double[] m) {
    normalise(quat);
    double x = quat[0];
    double y = quat[1];
    double z = quat[2];
    double w = quat[3];
    double x2 = x * x;
    double y2 = y * y;
    double z2 = z * z;
    double w2 = w * w;
    double xy = x * y;
    double zw = z * w;
    double xz = x * z;
    double yw = y * w;
    double yz = y * z;
    double xw = x * w;
    m[0] = x2 - y2 - z2 + w2;
    m[1] = 2 * (xy - zw);
    m[2] = 2 * (xz + yw);
    m[3] = 2 * (xy + zw);
    m[4] = -x2 + y2 - z2 + w2;
    m[5] = 2 * (yz - xw);
    m[6] = 2 * (xz - yw);
    m[7] = 2 * (yz + xw);
    m[8] = -x2 - y2 + z2 + w2;
  }
}
