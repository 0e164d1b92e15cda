package dev.jymnasium.physics.jointspace;

/**
 * The links' world frames in 3D, MuJoCo's {@code xpos}, {@code xquat}, {@code xmat}, {@code xipos}
 * and {@code xiquat}: what rendering, observations, sites and the fluid read, whichever {@link
 * Dynamics} computed them. Read {@code xipos} and {@code xiquat} after {@link #centres}.
 */
final class LinkFrames {
  private final JointSpaceModel m;

  /** Frame origin (m) per link. */
  final double[] xpos;

  /** Frame orientation (w, x, y, z) per link. */
  final double[] xquat;

  /** Frame rotation matrix (row-major) per link. */
  final double[] xmat;

  /** Centre of mass (m) per link. */
  final double[] xipos;

  /** Principal-axes orientation (w, x, y, z) per link. */
  final double[] xiquat;

  private final double[] tmp = new double[3];

  /**
   * Per link: whether its {@link #xmat} is still to be derived from its {@link #xquat} ({@link
   * #poseLater}): contact detection reads the matrices of the links near a contact only.
   */
  private final boolean[] matrixPending;

  /**
   * Per link: whether its {@link #xquat} is still to be derived from its {@link #xmat} ({@link
   * #posedByMatrix}): the 3D pass composes matrices, and only read-outs need the quaternion.
   */
  private final boolean[] quaternionPending;

  /**
   * Whether {@link #xipos} and {@link #xiquat} still have to be derived from the poses: a planar
   * pass leaves them to the first reader ({@link #centres}), which a step's inner passes never
   * have.
   */
  private boolean centresPending;

  LinkFrames(JointSpaceModel model) {
    this.m = model;
    int nl = model.linkCount;
    xpos = new double[3 * nl];
    xquat = new double[4 * nl];
    xmat = new double[9 * nl];
    xipos = new double[3 * nl];
    xiquat = new double[4 * nl];
    matrixPending = new boolean[nl];
    quaternionPending = new boolean[nl];
  }

  /** Derives link i's matrix from its (unit) xquat. */
  void pose(int i) {
    Quat.toMatrix(xquat, 4 * i, xmat, 9 * i);
    matrixPending[i] = false;
    quaternionPending[i] = false;
  }

  /** Link i's matrix is to be derived from its (unit) xquat when read ({@link #matrix}). */
  void poseLater(int i) {
    matrixPending[i] = true;
    quaternionPending[i] = false;
  }

  /**
   * Link i's xmat is written: its xquat is to be derived from it when read ({@link #quaternion}).
   */
  void posedByMatrix(int i) {
    matrixPending[i] = false;
    quaternionPending[i] = true;
  }

  /** Link {@code to} takes link {@code from}'s frame as it stands, derived parts pending alike. */
  void copy(int from, int to) {
    System.arraycopy(xpos, 3 * from, xpos, 3 * to, 3);
    System.arraycopy(xquat, 4 * from, xquat, 4 * to, 4);
    System.arraycopy(xmat, 9 * from, xmat, 9 * to, 9);
    matrixPending[to] = matrixPending[from];
    quaternionPending[to] = quaternionPending[from];
  }

  /** Makes link i's {@link #xquat} current: call before reading it. */
  void quaternion(int i) {
    if (quaternionPending[i]) {
      Quat.fromMatrix(xmat, 9 * i, xquat, 4 * i);
      quaternionPending[i] = false;
    }
  }

  /** Makes link i's {@link #xmat} current: call before reading it. */
  void matrix(int i) {
    if (matrixPending[i]) {
      pose(i);
    }
  }

  /**
   * Derives link i's centre of mass (not its principal axes) from its xpos and matrix, as MuJoCo's
   * {@code mj_local2Global}.
   */
  void centrePosition(int i) {
    matrix(i);
    int o = 3 * i;
    turn(xmat, 9 * i, m.centre, o, tmp, 0);
    xipos[o] = xpos[o] + tmp[0];
    xipos[o + 1] = xpos[o + 1] + tmp[1];
    xipos[o + 2] = xpos[o + 2] + tmp[2];
  }

  /** dest = A·B for the row-major 3×3 matrices A at a and B at b (dest apart from both). */
  static void compose(double[] mat, int a, double[] b, int bo, double[] dest, int d) {
    for (int r = 0; r < 3; r++) {
      double a0 = mat[a + 3 * r];
      double a1 = mat[a + 3 * r + 1];
      double a2 = mat[a + 3 * r + 2];
      dest[d + 3 * r] = a0 * b[bo] + a1 * b[bo + 3] + a2 * b[bo + 6];
      dest[d + 3 * r + 1] = a0 * b[bo + 1] + a1 * b[bo + 4] + a2 * b[bo + 7];
      dest[d + 3 * r + 2] = a0 * b[bo + 2] + a1 * b[bo + 5] + a2 * b[bo + 8];
    }
  }

  /** dest = R·v for the row-major matrix R at r. */
  static void turn(double[] mat, int r, double[] v, int vo, double[] dest, int d) {
    double v0 = v[vo];
    double v1 = v[vo + 1];
    double v2 = v[vo + 2];
    dest[d] = mat[r] * v0 + mat[r + 1] * v1 + mat[r + 2] * v2;
    dest[d + 1] = mat[r + 3] * v0 + mat[r + 4] * v1 + mat[r + 5] * v2;
    dest[d + 2] = mat[r + 6] * v0 + mat[r + 7] * v1 + mat[r + 8] * v2;
  }

  /** The centres of mass and principal axes are to be derived from the current poses when read. */
  void centresFromPoses() {
    centresPending = true;
  }

  /** Makes {@link #xipos} and {@link #xiquat} current: call before reading them. */
  void centres() {
    if (centresPending) {
      for (int i = 0; i < m.linkCount; i++) {
        centre(i);
      }
      centresPending = false;
    }
  }

  /** Derives link i's centre of mass and principal axes from its (unit) xpos and xquat. */
  private void centre(int i) {
    centrePosition(i);
    quaternion(i);
    int q = 4 * i;
    if (m.alignedInertia[i]) {
      for (int c = 0; c < 4; c++) {
        xiquat[q + c] = xquat[q + c];
      }
    } else {
      Quat.mul(xquat[q], xquat[q + 1], xquat[q + 2], xquat[q + 3], m.inertiaQuat, q, xiquat, q);
    }
  }
}
