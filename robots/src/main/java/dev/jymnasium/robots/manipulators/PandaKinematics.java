package dev.jymnasium.robots.manipulators;

/**
 * Forward kinematics of the Panda's grasp target from the modified DH table of {@link PandaModel},
 * its geometric Jacobian, and a damped-least-squares inverse kinematics (Wampler's {@code Δq =
 * Jᵀ(JJᵀ + λ²I)⁻¹e}) for a position and an orientation. Works in the arm base's frame shifted to
 * the base position (the base is never turned). Allocation-free after construction; not thread-safe
 * (one instance per env).
 */
public final class PandaKinematics {
  /** Damping λ (m, rad): keeps steps bounded near singular poses. */
  private static final double DAMPING = 0.05;

  private static final double DAMPING_SQ = DAMPING * DAMPING;

  private static final int DOF = PandaModel.ARM_JOINTS;

  private final double baseX;
  private final double baseY;
  private final double baseZ;

  /** Joint origins (3 per joint) and axes (3 per joint), world, of the last {@link #forward}. */
  private final double[] origins = new double[3 * DOF];

  private final double[] axes = new double[3 * DOF];

  /** End-effector position and rotation (row-major 3×3) of the last {@link #forward}. */
  private final double[] eePos = new double[3];

  private final double[] eeRot = new double[9];

  private final double[] rot = new double[9];
  private final double[] tmp = new double[9];
  private final double[] pos = new double[3];
  private final double[] probe = new double[3];
  private final double[] jacobian = new double[6 * DOF];
  private final double[] error = new double[6];
  private final double[] system = new double[36];
  private final double[] solution = new double[6];

  /** The grasp target in link 7's frame and the hand's rotation in it. */
  private final double[] tcpInLink7;

  private final double[] handInLink7 = new double[9];

  /**
   * @param baseX arm base x (m, world)
   * @param baseY arm base y (m, world)
   * @param baseZ arm base z (m, world)
   */
  public PandaKinematics(double baseX, double baseY, double baseZ) {
    this.baseX = baseX;
    this.baseY = baseY;
    this.baseZ = baseZ;
    var tcp = PandaModel.handPoint(PandaModel.GRASP_TARGET_M);
    tcpInLink7 = new double[] {tcp.x, tcp.y, tcp.z};
    rotZ(PandaModel.HAND_YAW_RAD, handInLink7);
  }

  /**
   * Grasp-target pose for the arm angles {@code q} (first 7 entries, rad).
   *
   * @param positionOut receives x, y, z (m, world)
   * @param rotationOut receives the row-major 3×3 rotation of the hand frame (world), or null
   */
  public void forward(double[] q, double[] positionOut, double[] rotationOut) {
    identity(rot);
    pos[0] = baseX;
    pos[1] = baseY;
    pos[2] = baseZ;
    for (int i = 0; i < DOF; i++) {
      // T ← T · RotX(α)·Trans(a, 0, d)·RotZ(q): move along the parent's x and the new z, then turn.
      double ca = Math.cos(PandaModel.DH_ALPHA[i]);
      double sa = Math.sin(PandaModel.DH_ALPHA[i]);
      double a = PandaModel.DH_A[i];
      double d = PandaModel.DH_D[i];
      // Offset (a, −d·sinα, d·cosα) in the parent's frame.
      double ox = a;
      double oy = -d * sa;
      double oz = d * ca;
      pos[0] += rot[0] * ox + rot[1] * oy + rot[2] * oz;
      pos[1] += rot[3] * ox + rot[4] * oy + rot[5] * oz;
      pos[2] += rot[6] * ox + rot[7] * oy + rot[8] * oz;
      // R ← R · RotX(α) · RotZ(q)
      double cq = Math.cos(q[i]);
      double sq = Math.sin(q[i]);
      double[] local = tmp;
      local[0] = cq;
      local[1] = -sq;
      local[2] = 0;
      local[3] = ca * sq;
      local[4] = ca * cq;
      local[5] = -sa;
      local[6] = sa * sq;
      local[7] = sa * cq;
      local[8] = ca;
      mulInPlace(rot, local);
      origins[3 * i] = pos[0];
      origins[3 * i + 1] = pos[1];
      origins[3 * i + 2] = pos[2];
      axes[3 * i] = rot[2];
      axes[3 * i + 1] = rot[5];
      axes[3 * i + 2] = rot[8];
    }
    for (int r = 0; r < 3; r++) {
      eePos[r] =
          pos[r]
              + rot[3 * r] * tcpInLink7[0]
              + rot[3 * r + 1] * tcpInLink7[1]
              + rot[3 * r + 2] * tcpInLink7[2];
    }
    System.arraycopy(rot, 0, eeRot, 0, 9);
    mulInPlace(eeRot, handInLink7);
    System.arraycopy(eePos, 0, positionOut, 0, 3);
    if (rotationOut != null) {
      System.arraycopy(eeRot, 0, rotationOut, 0, 9);
    }
  }

  /**
   * Moves the arm angles {@code q} (first 7 entries, rad; updated in place) towards the grasp
   * target pose {@code targetPosition} (m) with hand rotation {@code targetRotation} (row-major
   * 3×3), by at most {@code maxIterations} damped least-squares steps, stopping once the position
   * error (m) plus orientation error (rad) falls below {@code tolerance}. Joint limits are not
   * applied (as PyBullet's IK without null space does not); the servos' limits hold the arm.
   *
   * @return the remaining error norm (m and rad combined)
   */
  public double inverse(
      double[] targetPosition,
      double[] targetRotation,
      double[] q,
      int maxIterations,
      double tolerance) {
    double norm = Double.POSITIVE_INFINITY;
    for (int iteration = 0; iteration <= maxIterations; iteration++) {
      forward(q, probe, null);
      norm = poseError(targetPosition, targetRotation);
      if (norm < tolerance || iteration == maxIterations) {
        break;
      }
      fillJacobian();
      dampedStep(q);
    }
    return norm;
  }

  /** Error vector: position difference and half the sum of column cross products (rotation). */
  private double poseError(double[] targetPosition, double[] targetRotation) {
    for (int r = 0; r < 3; r++) {
      error[r] = targetPosition[r] - eePos[r];
    }
    error[3] = 0;
    error[4] = 0;
    error[5] = 0;
    for (int c = 0; c < 3; c++) {
      double ax = eeRot[c];
      double ay = eeRot[3 + c];
      double az = eeRot[6 + c];
      double bx = targetRotation[c];
      double by = targetRotation[3 + c];
      double bz = targetRotation[6 + c];
      error[3] += 0.5 * (ay * bz - az * by);
      error[4] += 0.5 * (az * bx - ax * bz);
      error[5] += 0.5 * (ax * by - ay * bx);
    }
    double sum = 0;
    for (double e : error) {
      sum += e * e;
    }
    return Math.sqrt(sum);
  }

  /** Rows 0–2: z_i × (p − o_i); rows 3–5: z_i. Row-major 6×7. */
  private void fillJacobian() {
    for (int i = 0; i < DOF; i++) {
      double zx = axes[3 * i];
      double zy = axes[3 * i + 1];
      double zz = axes[3 * i + 2];
      double rx = eePos[0] - origins[3 * i];
      double ry = eePos[1] - origins[3 * i + 1];
      double rz = eePos[2] - origins[3 * i + 2];
      jacobian[i] = zy * rz - zz * ry;
      jacobian[DOF + i] = zz * rx - zx * rz;
      jacobian[2 * DOF + i] = zx * ry - zy * rx;
      jacobian[3 * DOF + i] = zx;
      jacobian[4 * DOF + i] = zy;
      jacobian[5 * DOF + i] = zz;
    }
  }

  /** q += Jᵀ (J Jᵀ + λ² I)⁻¹ e. */
  private void dampedStep(double[] q) {
    for (int r = 0; r < 6; r++) {
      for (int c = r; c < 6; c++) {
        double sum = r == c ? DAMPING_SQ : 0;
        for (int k = 0; k < DOF; k++) {
          sum += jacobian[r * DOF + k] * jacobian[c * DOF + k];
        }
        system[r * 6 + c] = sum;
        system[c * 6 + r] = sum;
      }
    }
    choleskySolve(system, error, solution);
    for (int k = 0; k < DOF; k++) {
      double dq = 0;
      for (int r = 0; r < 6; r++) {
        dq += jacobian[r * DOF + k] * solution[r];
      }
      q[k] += dq;
    }
  }

  /** Solves the symmetric positive-definite 6×6 system {@code a·x = b} (a is overwritten). */
  private static void choleskySolve(double[] a, double[] b, double[] x) {
    int n = 6;
    for (int j = 0; j < n; j++) {
      double diagonal = a[j * n + j];
      for (int k = 0; k < j; k++) {
        diagonal -= a[j * n + k] * a[j * n + k];
      }
      diagonal = Math.sqrt(diagonal);
      a[j * n + j] = diagonal;
      for (int i = j + 1; i < n; i++) {
        double sum = a[i * n + j];
        for (int k = 0; k < j; k++) {
          sum -= a[i * n + k] * a[j * n + k];
        }
        a[i * n + j] = sum / diagonal;
      }
    }
    for (int i = 0; i < n; i++) {
      double sum = b[i];
      for (int k = 0; k < i; k++) {
        sum -= a[i * n + k] * x[k];
      }
      x[i] = sum / a[i * n + i];
    }
    for (int i = n - 1; i >= 0; i--) {
      double sum = x[i];
      for (int k = i + 1; k < n; k++) {
        sum -= a[k * n + i] * x[k];
      }
      x[i] = sum / a[i * n + i];
    }
  }

  private static void identity(double[] m) {
    java.util.Arrays.fill(m, 0);
    m[0] = 1;
    m[4] = 1;
    m[8] = 1;
  }

  private static void rotZ(double angle, double[] m) {
    identity(m);
    m[0] = Math.cos(angle);
    m[1] = -Math.sin(angle);
    m[3] = Math.sin(angle);
    m[4] = Math.cos(angle);
  }

  /** {@code m ← m · b} for row-major 3×3 matrices. */
  private static void mulInPlace(double[] m, double[] b) {
    for (int r = 0; r < 3; r++) {
      double m0 = m[3 * r];
      double m1 = m[3 * r + 1];
      double m2 = m[3 * r + 2];
      m[3 * r] = m0 * b[0] + m1 * b[3] + m2 * b[6];
      m[3 * r + 1] = m0 * b[1] + m1 * b[4] + m2 * b[7];
      m[3 * r + 2] = m0 * b[2] + m1 * b[5] + m2 * b[8];
    }
  }
}
