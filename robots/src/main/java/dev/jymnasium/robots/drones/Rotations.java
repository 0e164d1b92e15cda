package dev.jymnasium.robots.drones;

/**
 * Quaternion and Euler-angle conversions with PyBullet's formulas (Bullet's {@code btMatrix3x3} and
 * {@code btQuaternion}), which gym-pybullet-drones uses for its state: quaternions are (x, y, z,
 * w), Euler angles roll, pitch, yaw with R = Rz(yaw)·Ry(pitch)·Rx(roll), matrices row-major.
 */
public final class Rotations {
  private Rotations() {}

  /**
   * The rotation matrix of quaternion {@code q[o..o+3]} (x, y, z, w; need not be unit), row-major
   * into {@code dest} (Bullet's {@code setRotation}).
   */
  public static void matrix(double[] q, int o, double[] dest) {
    double x = q[o];
    double y = q[o + 1];
    double z = q[o + 2];
    double w = q[o + 3];
    double s = 2.0 / (x * x + y * y + z * z + w * w);
    double xs = x * s;
    double ys = y * s;
    double zs = z * s;
    double wx = w * xs;
    double wy = w * ys;
    double wz = w * zs;
    double xx = x * xs;
    double xy = x * ys;
    double xz = x * zs;
    double yy = y * ys;
    double yz = y * zs;
    double zz = z * zs;
    dest[0] = 1.0 - (yy + zz);
    dest[1] = xy - wz;
    dest[2] = xz + wy;
    dest[3] = xy + wz;
    dest[4] = 1.0 - (xx + zz);
    dest[5] = yz - wx;
    dest[6] = xz - wy;
    dest[7] = yz + wx;
    dest[8] = 1.0 - (xx + yy);
  }

  /**
   * Roll, pitch, yaw (rad) of quaternion {@code q[o..o+3]} into {@code dest[d..d+2]} (PyBullet's
   * {@code getEulerFromQuaternion}).
   */
  public static void euler(double[] q, int o, double[] dest, int d) {
    double x = q[o];
    double y = q[o + 1];
    double z = q[o + 2];
    double w = q[o + 3];
    double sarg = -2 * (x * z - w * y);
    if (sarg <= -0.99999) {
      dest[d] = 0;
      dest[d + 1] = -0.5 * Math.PI;
      dest[d + 2] = 2 * Math.atan2(x, -y);
    } else if (sarg >= 0.99999) {
      dest[d] = 0;
      dest[d + 1] = 0.5 * Math.PI;
      dest[d + 2] = 2 * Math.atan2(-x, y);
    } else {
      double sqx = x * x;
      double sqy = y * y;
      double sqz = z * z;
      double squ = w * w;
      dest[d] = Math.atan2(2 * (y * z + w * x), squ - sqx - sqy + sqz);
      dest[d + 1] = Math.asin(sarg);
      dest[d + 2] = Math.atan2(2 * (x * y + w * z), squ + sqx - sqy - sqz);
    }
  }

  /**
   * The quaternion (x, y, z, w) of roll, pitch, yaw (rad) into {@code dest[o..o+3]} (PyBullet's
   * {@code getQuaternionFromEuler}).
   */
  public static void quaternion(double roll, double pitch, double yaw, double[] dest, int o) {
    double cr = Math.cos(roll * 0.5);
    double sr = Math.sin(roll * 0.5);
    double cp = Math.cos(pitch * 0.5);
    double sp = Math.sin(pitch * 0.5);
    double cy = Math.cos(yaw * 0.5);
    double sy = Math.sin(yaw * 0.5);
    dest[o] = sr * cp * cy - cr * sp * sy;
    dest[o + 1] = cr * sp * cy + sr * cp * sy;
    dest[o + 2] = cr * cp * sy - sr * sp * cy;
    dest[o + 3] = cr * cp * cy + sr * sp * sy;
  }

  /**
   * The quaternion (x, y, z, w) of row-major rotation {@code m} into {@code dest[o..o+3]} (Bullet's
   * {@code btMatrix3x3::getRotation}).
   */
  public static void quaternionOfMatrix(double[] m, double[] dest, int o) {
    double trace = m[0] + m[4] + m[8];
    if (trace > 0) {
      double s = Math.sqrt(trace + 1.0);
      dest[o + 3] = s * 0.5;
      s = 0.5 / s;
      dest[o] = (m[7] - m[5]) * s;
      dest[o + 1] = (m[2] - m[6]) * s;
      dest[o + 2] = (m[3] - m[1]) * s;
    } else {
      int i = m[0] < m[4] ? (m[4] < m[8] ? 2 : 1) : (m[0] < m[8] ? 2 : 0);
      int j = (i + 1) % 3;
      int k = (i + 2) % 3;
      double s = Math.sqrt(m[4 * i] - m[4 * j] - m[4 * k] + 1.0);
      dest[o + i] = s * 0.5;
      s = 0.5 / s;
      dest[o + 3] = (m[3 * k + j] - m[3 * j + k]) * s;
      dest[o + j] = (m[3 * j + i] + m[3 * i + j]) * s;
      dest[o + k] = (m[3 * k + i] + m[3 * i + k]) * s;
    }
  }
}
