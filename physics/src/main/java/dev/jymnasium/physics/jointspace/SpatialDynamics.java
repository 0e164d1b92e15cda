package dev.jymnasium.physics.jointspace;

import java.util.Arrays;

/**
 * The rigid-body terms in 3D spatial algebra, for any tree of hinges and slides (MuJoCo's {@code
 * mj_kinematics}, {@code mj_comPos}, {@code mj_crb}, {@code mj_rne}).
 *
 * <p>Spatial vectors are in world axes about the world origin: a motion is (ω, v) with v the
 * velocity of the body point at the origin, a force (moment about the origin, force).
 */
final class SpatialDynamics implements Dynamics {
  private final JointSpaceModel m;
  private final int nv;
  private final int nl;
  private LinkFrames frames;

  /** Motion subspace of each DOF: angular and linear (at the origin) parts. */
  private final double[] sAng;

  private final double[] sLin;

  /** Per link: velocity and bias acceleration (with −gravity at the root), force. */
  private final double[] vAng;

  private final double[] vLin;
  private final double[] aAng;
  private final double[] aLin;
  private final double[] fMom;
  private final double[] fLin;

  /** Per link: own spatial inertia about the origin (mass, first moment, rotational), composite. */
  private final double[] ownH;

  private final double[] ownJ;
  private final double[] compM;
  private final double[] compH;
  private final double[] compJ;

  /**
   * Per moving link: the link whose motion it shares, itself or (welded, no DOFs) its nearest
   * ancestor with DOFs. A welded link's inertia is carried in that link's own inertia (it moves
   * with it), so the recursions never visit it; its frames are still written for the read-outs.
   */
  private final int[] carrier;

  /**
   * Per link: whether it is welded at its parent's origin with its parent's axes (no offset, no
   * turn): its frame is then its parent's, copied instead of composed.
   */
  private final boolean[] parentFrame;

  /** Per carrier link: its mass and its welded links' (kg). */
  private final double[] carriedMass;

  /**
   * Per link: its rotational inertia about its centre of mass in its own frame's axes (xx, yy, zz,
   * xy, xz, yz), fixed by the model: turned into world axes by the frame's matrix each pass.
   */
  private final double[] bodyInertia;

  /** Per link: the rotation of its frame from its parent's (row-major), fixed by the model. */
  private final double[] bodyMat;

  /** Per link: whether {@link #bodyMat} is other than the identity. */
  private final boolean[] bodyTurned;

  /** Per DOF: the coordinate axis (0-2) its unit axis lies along, or -1. */
  private final int[] axisColumn;

  /** Per DOF along a coordinate axis: 1 along it, -1 against it. */
  private final double[] axisSign;

  /** Per DOF: whether its anchor is away from its link's origin. */
  private final boolean[] anchorOffOrigin;

  private final double[] rodrigues = new double[9];

  /** Per DOF: sine and cosine of its hinge angle in the last kinematics. */
  private final double[] turnSin;

  private final double[] turnCos;

  private final double[] tmp = new double[6];

  /** One direction of {@link #addWorldForces}. */
  private final double[] force = new double[3];

  /** Principal axes (world; the columns of a row-major matrix) of link {@link #axesOf}. */
  private final double[] principal = new double[9];

  /** The link whose axes {@link #principal} holds since the last kinematics, or -1. */
  private int axesOf = -1;

  SpatialDynamics(JointSpaceModel model) {
    this.m = model;
    this.nv = model.nv;
    this.nl = model.linkCount;
    sAng = new double[3 * nv];
    turnSin = new double[nv];
    turnCos = new double[nv];
    sLin = new double[3 * nv];
    vAng = new double[3 * nl];
    vLin = new double[3 * nl];
    aAng = new double[3 * nl];
    aLin = new double[3 * nl];
    fMom = new double[3 * nl];
    fLin = new double[3 * nl];
    ownH = new double[3 * nl];
    ownJ = new double[9 * nl];
    compM = new double[nl];
    compH = new double[3 * nl];
    compJ = new double[9 * nl];
    carrier = new int[nl];
    carriedMass = new double[nl];
    bodyInertia = new double[6 * nl];
    parentFrame = new boolean[nl];
    bodyMat = new double[9 * nl];
    bodyTurned = new boolean[nl];
    for (int i = 0; i < nl; i++) {
      double[] pos = m.bodyPos;
      double[] quat = m.bodyQuat;
      Quat.toMatrix(quat, 4 * i, bodyMat, 9 * i);
      bodyTurned[i] =
          quat[4 * i] != 1 || quat[4 * i + 1] != 0 || quat[4 * i + 2] != 0 || quat[4 * i + 3] != 0;
      parentFrame[i] =
          welded(i)
              && !bodyTurned[i]
              && pos[3 * i] == 0
              && pos[3 * i + 1] == 0
              && pos[3 * i + 2] == 0;
    }
    axisColumn = new int[nv];
    axisSign = new double[nv];
    anchorOffOrigin = new boolean[nv];
    for (int d = 0; d < nv; d++) {
      axisColumn[d] = -1;
      for (int k = 0; k < 3; k++) {
        double along = m.axis[3 * d + k];
        double other1 = m.axis[3 * d + (k + 1) % 3];
        double other2 = m.axis[3 * d + (k + 2) % 3];
        if (Math.abs(along) == 1 && other1 == 0 && other2 == 0) {
          axisColumn[d] = k;
          axisSign[d] = along;
        }
      }
      anchorOffOrigin[d] =
          m.anchor[3 * d] != 0 || m.anchor[3 * d + 1] != 0 || m.anchor[3 * d + 2] != 0;
    }
    double[] axes = new double[9];
    for (int i = 0; i < nl; i++) {
      // A·diag(I)·Aᵀ with A the principal axes in the link's frame.
      Quat.toMatrix(m.inertiaQuat, 4 * i, axes, 0);
      int b = 6 * i;
      for (int k = 0; k < 3; k++) {
        double moment = m.moments[3 * i + k];
        bodyInertia[b] += axes[k] * moment * axes[k];
        bodyInertia[b + 1] += axes[3 + k] * moment * axes[3 + k];
        bodyInertia[b + 2] += axes[6 + k] * moment * axes[6 + k];
        bodyInertia[b + 3] += axes[k] * moment * axes[3 + k];
        bodyInertia[b + 4] += axes[k] * moment * axes[6 + k];
        bodyInertia[b + 5] += axes[3 + k] * moment * axes[6 + k];
      }
    }
    for (int i = 0; i < nl; i++) {
      carrier[i] = welded(i) ? carrier[m.parent[i]] : i;
      if (m.moving[i]) {
        carriedMass[carrier[i]] += m.mass[i];
      }
    }
  }

  /** Whether link i moves without DOFs of its own (then its parent moves). */
  private boolean welded(int i) {
    return m.moving[i] && m.dofCount[i] == 0;
  }

  /** Link frames (always: the rest builds on them), DOF axes, spatial inertias about the origin. */
  @Override
  public void kinematics(double[] qpos, LinkFrames out, FrameDetail detail) {
    frames = out;
    axesOf = -1;
    double[] xpos = out.xpos;
    double[] xmat = out.xmat;
    for (int i = 0; i < nl; i++) {
      int p = m.parent[i];
      int o = 3 * i;
      int r = 9 * i;
      if (m.freeQpos[i] >= 0) {
        freeFrame(i, qpos, out);
        spatialInertia(i);
        continue;
      }
      if (parentFrame[i]) {
        out.copy(p, i);
        spatialInertia(i);
        continue;
      }
      // The frame as a matrix composed down the tree (MuJoCo composes quaternions and normalises
      // each: the same rotation to round-off, with fewer operations in the chain from link to
      // link).
      if (p >= 0) {
        LinkFrames.turn(xmat, 9 * p, m.bodyPos, o, xpos, o);
        xpos[o] += xpos[3 * p];
        xpos[o + 1] += xpos[3 * p + 1];
        xpos[o + 2] += xpos[3 * p + 2];
        if (bodyTurned[i]) {
          LinkFrames.compose(xmat, 9 * p, bodyMat, r, xmat, r);
        } else {
          System.arraycopy(xmat, 9 * p, xmat, r, 9);
        }
      } else {
        System.arraycopy(m.bodyPos, o, xpos, o, 3);
        System.arraycopy(bodyMat, r, xmat, r, 9);
      }
      for (int k = 0; k < m.dofCount[i]; k++) {
        int d = m.dofStart[i] + k;
        double angle = qpos[m.dofQpos[d]] - m.reference[d];
        if (!m.hinge[d]) {
          LinkFrames.turn(xmat, r, m.axis, 3 * d, sLin, 3 * d);
          sAng[3 * d] = 0;
          sAng[3 * d + 1] = 0;
          sAng[3 * d + 2] = 0;
          xpos[o] += sLin[3 * d] * angle;
          xpos[o + 1] += sLin[3 * d + 1] * angle;
          xpos[o + 2] += sLin[3 * d + 2] * angle;
          continue;
        }
        LinkFrames.turn(xmat, r, m.axis, 3 * d, sAng, 3 * d);
        double ax = xpos[o];
        double ay = xpos[o + 1];
        double az = xpos[o + 2];
        if (anchorOffOrigin[d]) {
          LinkFrames.turn(xmat, r, m.anchor, 3 * d, tmp, 0);
          ax += tmp[0];
          ay += tmp[1];
          az += tmp[2];
        }
        Spatial.cross(ax, ay, az, sAng, 3 * d, sLin, 3 * d);
        turnAboutAxis(xmat, r, d, angle);
        if (anchorOffOrigin[d]) {
          LinkFrames.turn(xmat, r, m.anchor, 3 * d, tmp, 0);
          xpos[o] = ax - tmp[0];
          xpos[o + 1] = ay - tmp[1];
          xpos[o + 2] = az - tmp[2];
        }
      }
      out.posedByMatrix(i);
      spatialInertia(i);
    }
    // Each inertia above is turned by the frame's matrix: the principal axes wait for a reader.
    out.centresFromPoses();
  }

  /**
   * R = R·Rot(a, angle) for the matrix R at r and DOF d's unit axis a in the link's axes: R's
   * columns turned in their plane for an axis along a coordinate axis, else R times Rodrigues'
   * matrix c·1 + s·[a]× + (1 − c)·a·aᵀ.
   */
  private void turnAboutAxis(double[] mat, int r, int d, double angle) {
    if (angle == 0) {
      return;
    }
    SinCos.of(angle, turnSin, turnCos, d);
    double s = turnSin[d];
    double c = turnCos[d];
    int column = axisColumn[d];
    if (column >= 0) {
      // Columns i and j (cyclic after the axis): i' = c·i + s·j, j' = c·j − s·i.
      s *= axisSign[d];
      int ci = r + (column + 1) % 3;
      int cj = r + (column + 2) % 3;
      for (int row = 0; row < 9; row += 3) {
        double vi = mat[ci + row];
        double vj = mat[cj + row];
        mat[ci + row] = c * vi + s * vj;
        mat[cj + row] = c * vj - s * vi;
      }
      return;
    }
    double a0 = m.axis[3 * d];
    double a1 = m.axis[3 * d + 1];
    double a2 = m.axis[3 * d + 2];
    double t = 1 - c;
    rodrigues[0] = c + t * a0 * a0;
    rodrigues[1] = t * a0 * a1 - s * a2;
    rodrigues[2] = t * a0 * a2 + s * a1;
    rodrigues[3] = t * a0 * a1 + s * a2;
    rodrigues[4] = c + t * a1 * a1;
    rodrigues[5] = t * a1 * a2 - s * a0;
    rodrigues[6] = t * a0 * a2 - s * a1;
    rodrigues[7] = t * a1 * a2 + s * a0;
    rodrigues[8] = c + t * a2 * a2;
    for (int row = 0; row < 9; row += 3) {
      double v0 = mat[r + row];
      double v1 = mat[r + row + 1];
      double v2 = mat[r + row + 2];
      mat[r + row] = v0 * rodrigues[0] + v1 * rodrigues[3] + v2 * rodrigues[6];
      mat[r + row + 1] = v0 * rodrigues[1] + v1 * rodrigues[4] + v2 * rodrigues[7];
      mat[r + row + 2] = v0 * rodrigues[2] + v1 * rodrigues[5] + v2 * rodrigues[8];
    }
  }

  /**
   * A free link's frame, as MuJoCo's: its origin and (normalised) orientation from qpos, its DOFs
   * the translations along the world axes and the rotations about its own axes through its origin.
   */
  private void freeFrame(int i, double[] qpos, LinkFrames out) {
    int a = m.freeQpos[i];
    int o = 3 * i;
    int q = 4 * i;
    System.arraycopy(qpos, a, out.xpos, o, 3);
    System.arraycopy(qpos, a + 3, out.xquat, q, 4);
    Quat.normalize(out.xquat, q);
    out.pose(i);
    double[] xmat = out.xmat;
    for (int k = 0; k < 3; k++) {
      int t = 3 * (m.dofStart[i] + k);
      int r = t + 9;
      for (int c = 0; c < 3; c++) {
        sAng[t + c] = 0;
        sLin[t + c] = c == k ? 1 : 0;
        sAng[r + c] = xmat[9 * i + 3 * c + k];
      }
      Spatial.cross(out.xpos[o], out.xpos[o + 1], out.xpos[o + 2], sAng, r, sLin, r);
    }
  }

  /**
   * Own inertia of link i about the origin, first moment m·c and J = I_c + m(|c|²·1 − c·cᵀ), into
   * its carrier's: written for a carrier (which comes before its welded links), added for a welded
   * link.
   */
  private void spatialInertia(int i) {
    if (!m.moving[i]) {
      return;
    }
    double mass = m.mass[i];
    int o = 3 * i;
    int c = carrier[i];
    int h = 3 * c;
    int j = 9 * c;
    boolean add = c != i;
    if (mass == 0) {
      if (!add) {
        Arrays.fill(ownH, h, h + 3, 0);
        Arrays.fill(ownJ, j, j + 9, 0);
      }
      return;
    }
    frames.centrePosition(i);
    double[] xipos = frames.xipos;
    double cx = xipos[o];
    double cy = xipos[o + 1];
    double cz = xipos[o + 2];
    double[] r = frames.xmat;
    int a = 9 * i;
    double c2 = cx * cx + cy * cy + cz * cz;
    double jxx;
    double jyy;
    double jzz;
    double jxy;
    double jxz;
    double jyz;
    if (m.alignedInertia[i]) {
      double i0 = m.moments[o];
      double i1 = m.moments[o + 1];
      double i2 = m.moments[o + 2];
      // Row k of the axes scaled by the moments: s·(row col) is then entry (k, col) of
      // A·diag(I)·Aᵀ.
      double s00 = r[a] * i0;
      double s01 = r[a + 1] * i1;
      double s02 = r[a + 2] * i2;
      double s10 = r[a + 3] * i0;
      double s11 = r[a + 4] * i1;
      double s12 = r[a + 5] * i2;
      jxx = s00 * r[a] + s01 * r[a + 1] + s02 * r[a + 2];
      jyy = s10 * r[a + 3] + s11 * r[a + 4] + s12 * r[a + 5];
      jzz = r[a + 6] * i0 * r[a + 6] + r[a + 7] * i1 * r[a + 7] + r[a + 8] * i2 * r[a + 8];
      jxy = s00 * r[a + 3] + s01 * r[a + 4] + s02 * r[a + 5];
      jxz = s00 * r[a + 6] + s01 * r[a + 7] + s02 * r[a + 8];
      jyz = s10 * r[a + 6] + s11 * r[a + 7] + s12 * r[a + 8];
    } else {
      // R·S·Rᵀ for the link's own S (bodyInertia) and its frame's matrix R.
      int b = 6 * i;
      double sxx = bodyInertia[b];
      double syy = bodyInertia[b + 1];
      double szz = bodyInertia[b + 2];
      double sxy = bodyInertia[b + 3];
      double sxz = bodyInertia[b + 4];
      double syz = bodyInertia[b + 5];
      double r00 = r[a];
      double r01 = r[a + 1];
      double r02 = r[a + 2];
      double r10 = r[a + 3];
      double r11 = r[a + 4];
      double r12 = r[a + 5];
      double r20 = r[a + 6];
      double r21 = r[a + 7];
      double r22 = r[a + 8];
      double t00 = r00 * sxx + r01 * sxy + r02 * sxz;
      double t01 = r00 * sxy + r01 * syy + r02 * syz;
      double t02 = r00 * sxz + r01 * syz + r02 * szz;
      double t10 = r10 * sxx + r11 * sxy + r12 * sxz;
      double t11 = r10 * sxy + r11 * syy + r12 * syz;
      double t12 = r10 * sxz + r11 * syz + r12 * szz;
      double t20 = r20 * sxx + r21 * sxy + r22 * sxz;
      double t21 = r20 * sxy + r21 * syy + r22 * syz;
      double t22 = r20 * sxz + r21 * syz + r22 * szz;
      jxx = t00 * r00 + t01 * r01 + t02 * r02;
      jyy = t10 * r10 + t11 * r11 + t12 * r12;
      jzz = t20 * r20 + t21 * r21 + t22 * r22;
      jxy = t00 * r10 + t01 * r11 + t02 * r12;
      jxz = t00 * r20 + t01 * r21 + t02 * r22;
      jyz = t10 * r20 + t11 * r21 + t12 * r22;
    }
    jxx += mass * (c2 - cx * cx);
    jyy += mass * (c2 - cy * cy);
    jzz += mass * (c2 - cz * cz);
    jxy -= mass * (cx * cy);
    jxz -= mass * (cx * cz);
    jyz -= mass * (cy * cz);
    if (add) {
      ownH[h] += mass * cx;
      ownH[h + 1] += mass * cy;
      ownH[h + 2] += mass * cz;
      ownJ[j] += jxx;
      ownJ[j + 1] += jxy;
      ownJ[j + 2] += jxz;
      ownJ[j + 3] += jxy;
      ownJ[j + 4] += jyy;
      ownJ[j + 5] += jyz;
      ownJ[j + 6] += jxz;
      ownJ[j + 7] += jyz;
      ownJ[j + 8] += jzz;
      return;
    }
    ownH[h] = mass * cx;
    ownH[h + 1] = mass * cy;
    ownH[h + 2] = mass * cz;
    ownJ[j] = jxx;
    ownJ[j + 1] = jxy;
    ownJ[j + 2] = jxz;
    ownJ[j + 3] = jxy;
    ownJ[j + 4] = jyy;
    ownJ[j + 5] = jyz;
    ownJ[j + 6] = jxz;
    ownJ[j + 7] = jyz;
    ownJ[j + 8] = jzz;
  }

  /** The composite rigid body algorithm. */
  @Override
  public void massMatrix(double[] massMatrix) {
    System.arraycopy(ownH, 0, compH, 0, 3 * nl);
    System.arraycopy(ownJ, 0, compJ, 0, 9 * nl);
    for (int i = 0; i < nl; i++) {
      compM[i] = m.moving[i] ? carriedMass[i] : 0;
    }
    for (int i = nl - 1; i >= 0; i--) {
      int p = m.parent[i];
      if (p >= 0 && m.moving[p] && !welded(i)) {
        p = carrier[p];
        compM[p] += compM[i];
        for (int k = 0; k < 3; k++) {
          compH[3 * p + k] += compH[3 * i + k];
        }
        for (int k = 0; k < 9; k++) {
          compJ[9 * p + k] += compJ[9 * i + k];
        }
      }
    }
    // Entries of DOFs on different branches stay 0: only ancestor pairs are written.
    for (int dj = 0; dj < nv; dj++) {
      int i = m.dofLink[dj];
      Spatial.inertiaTimes(compM[i], compH, compJ, i, sAng, sLin, 3 * dj, tmp);
      double f0 = tmp[0];
      double f1 = tmp[1];
      double f2 = tmp[2];
      double f3 = tmp[3];
      double f4 = tmp[4];
      double f5 = tmp[5];
      for (int di = dj; di >= 0; di = m.dofParent[di]) {
        int s = 3 * di;
        double value =
            sAng[s] * f0
                + sAng[s + 1] * f1
                + sAng[s + 2] * f2
                + sLin[s] * f3
                + sLin[s + 1] * f4
                + sLin[s + 2] * f5;
        massMatrix[di * nv + dj] = value;
        massMatrix[dj * nv + di] = value;
      }
    }
  }

  /** Recursive Newton-Euler. */
  @Override
  public void biasForces(double[] qvel, double[] bias) {
    double[] gravity = m.gravity;
    // Each link's velocity (w, v) and bias acceleration (e, l) stay in locals while its DOFs add.
    for (int i = 0; i < nl; i++) {
      int o = 3 * i;
      if (!m.moving[i] || welded(i)) {
        continue;
      }
      double wx = 0;
      double wy = 0;
      double wz = 0;
      double vx = 0;
      double vy = 0;
      double vz = 0;
      double ex = 0;
      double ey = 0;
      double ez = 0;
      double lx = -gravity[0];
      double ly = -gravity[1];
      double lz = -gravity[2];
      int p = m.parent[i];
      if (p >= 0 && m.moving[p]) {
        int po = 3 * carrier[p];
        wx = vAng[po];
        wy = vAng[po + 1];
        wz = vAng[po + 2];
        vx = vLin[po];
        vy = vLin[po + 1];
        vz = vLin[po + 2];
        ex = aAng[po];
        ey = aAng[po + 1];
        ez = aAng[po + 2];
        lx = aLin[po];
        ly = aLin[po + 1];
        lz = aLin[po + 2];
      }
      // A free link's rotations turn with the velocity of its translations alone (MuJoCo's
      // cdof_dot for a free joint); its translations do not turn.
      boolean free = m.freeQpos[i] >= 0;
      double tx = 0;
      double ty = 0;
      double tz = 0;
      int first = m.dofStart[i];
      int last = first + m.dofCount[i];
      for (int d = first; d < last; d++) {
        double qd = qvel[d];
        int s = 3 * d;
        double b0 = sLin[s];
        double b1 = sLin[s + 1];
        double b2 = sLin[s + 2];
        if (free && d < first + 3) {
          vx += b0 * qd;
          vy += b1 * qd;
          vz += b2 * qd;
          tx = vx;
          ty = vy;
          tz = vz;
          continue;
        }
        double a0 = sAng[s];
        double a1 = sAng[s + 1];
        double a2 = sAng[s + 2];
        // The axis turns with the frame before it: its rate is v ×m s.
        double cw0 = free ? 0 : wx;
        double cw1 = free ? 0 : wy;
        double cw2 = free ? 0 : wz;
        double cv0 = free ? tx : vx;
        double cv1 = free ? ty : vy;
        double cv2 = free ? tz : vz;
        ex += (cw1 * a2 - cw2 * a1) * qd;
        ey += (cw2 * a0 - cw0 * a2) * qd;
        ez += (cw0 * a1 - cw1 * a0) * qd;
        lx += (cw1 * b2 - cw2 * b1 + (cv1 * a2 - cv2 * a1)) * qd;
        ly += (cw2 * b0 - cw0 * b2 + (cv2 * a0 - cv0 * a2)) * qd;
        lz += (cw0 * b1 - cw1 * b0 + (cv0 * a1 - cv1 * a0)) * qd;
        wx += a0 * qd;
        wy += a1 * qd;
        wz += a2 * qd;
        vx += b0 * qd;
        vy += b1 * qd;
        vz += b2 * qd;
      }
      vAng[o] = wx;
      vAng[o + 1] = wy;
      vAng[o + 2] = wz;
      vLin[o] = vx;
      vLin[o + 1] = vy;
      vLin[o + 2] = vz;
      aAng[o] = ex;
      aAng[o + 1] = ey;
      aAng[o + 2] = ez;
      aLin[o] = lx;
      aLin[o + 1] = ly;
      aLin[o + 2] = lz;
      // f = I·a + v ×f (I·v), I·(ω, v) = (J·ω + h × v, mass·v − h × ω).
      double mass = carriedMass[i];
      int j = 9 * i;
      double j0 = ownJ[j];
      double j1 = ownJ[j + 1];
      double j2 = ownJ[j + 2];
      double j3 = ownJ[j + 3];
      double j4 = ownJ[j + 4];
      double j5 = ownJ[j + 5];
      double j6 = ownJ[j + 6];
      double j7 = ownJ[j + 7];
      double j8 = ownJ[j + 8];
      double h0 = ownH[o];
      double h1 = ownH[o + 1];
      double h2 = ownH[o + 2];
      double hn0 = j0 * wx + j1 * wy + j2 * wz + (h1 * vz - h2 * vy);
      double hn1 = j3 * wx + j4 * wy + j5 * wz + (h2 * vx - h0 * vz);
      double hn2 = j6 * wx + j7 * wy + j8 * wz + (h0 * vy - h1 * vx);
      double hf0 = mass * vx - (h1 * wz - h2 * wy);
      double hf1 = mass * vy - (h2 * wx - h0 * wz);
      double hf2 = mass * vz - (h0 * wy - h1 * wx);
      double an0 = j0 * ex + j1 * ey + j2 * ez + (h1 * lz - h2 * ly);
      double an1 = j3 * ex + j4 * ey + j5 * ez + (h2 * lx - h0 * lz);
      double an2 = j6 * ex + j7 * ey + j8 * ez + (h0 * ly - h1 * lx);
      double af0 = mass * lx - (h1 * ez - h2 * ey);
      double af1 = mass * ly - (h2 * ex - h0 * ez);
      double af2 = mass * lz - (h0 * ey - h1 * ex);
      fMom[o] = an0 + (wy * hn2 - wz * hn1) + (vy * hf2 - vz * hf1);
      fMom[o + 1] = an1 + (wz * hn0 - wx * hn2) + (vz * hf0 - vx * hf2);
      fMom[o + 2] = an2 + (wx * hn1 - wy * hn0) + (vx * hf1 - vy * hf0);
      fLin[o] = af0 + (wy * hf2 - wz * hf1);
      fLin[o + 1] = af1 + (wz * hf0 - wx * hf2);
      fLin[o + 2] = af2 + (wx * hf1 - wy * hf0);
    }
    for (int i = nl - 1; i >= 0; i--) {
      if (!m.moving[i] || welded(i)) {
        continue;
      }
      int o = 3 * i;
      for (int k = 0; k < m.dofCount[i]; k++) {
        int d = m.dofStart[i] + k;
        bias[d] =
            sAng[3 * d] * fMom[o]
                + sAng[3 * d + 1] * fMom[o + 1]
                + sAng[3 * d + 2] * fMom[o + 2]
                + sLin[3 * d] * fLin[o]
                + sLin[3 * d + 1] * fLin[o + 1]
                + sLin[3 * d + 2] * fLin[o + 2];
      }
      int p = m.parent[i];
      if (p >= 0 && m.moving[p]) {
        p = carrier[p];
        for (int c = 0; c < 3; c++) {
          fMom[3 * p + c] += fMom[o + c];
          fLin[3 * p + c] += fLin[o + c];
        }
      }
    }
  }

  @Override
  public void principalVelocity(int link, double[] dest) {
    principalAxes(link);
    int o = 3 * link;
    // A welded link moves with its carrier: the same spatial velocity.
    int v = 3 * carrier[link];
    double w0 = vAng[v];
    double w1 = vAng[v + 1];
    double w2 = vAng[v + 2];
    double c0 = frames.xipos[o];
    double c1 = frames.xipos[o + 1];
    double c2 = frames.xipos[o + 2];
    // Velocity of the centre: v(origin) + ω × c.
    double v0 = vLin[v] + (w1 * c2 - w2 * c1);
    double v1 = vLin[v + 1] + (w2 * c0 - w0 * c2);
    double v2 = vLin[v + 2] + (w0 * c1 - w1 * c0);
    double[] axes = principal;
    for (int c = 0; c < 3; c++) {
      dest[c] = axes[c] * w0 + axes[3 + c] * w1 + axes[6 + c] * w2;
      dest[3 + c] = axes[c] * v0 + axes[3 + c] * v1 + axes[6 + c] * v2;
    }
  }

  @Override
  public void addPrincipalWrench(int link, double[] wrench, double[] qfrc) {
    principalAxes(link);
    double[] axes = principal;
    double[] at = frames.xipos;
    int o = 3 * link;
    double[] world = tmp;
    for (int r = 0; r < 3; r++) {
      world[r] =
          axes[3 * r] * wrench[0] + axes[3 * r + 1] * wrench[1] + axes[3 * r + 2] * wrench[2];
      world[3 + r] =
          axes[3 * r] * wrench[3] + axes[3 * r + 1] * wrench[4] + axes[3 * r + 2] * wrench[5];
    }
    // Moment about the origin of the force at the centre.
    double n0 = world[0] + at[o + 1] * world[5] - at[o + 2] * world[4];
    double n1 = world[1] + at[o + 2] * world[3] - at[o] * world[5];
    double n2 = world[2] + at[o] * world[4] - at[o + 1] * world[3];
    for (int d = m.lastDof[link]; d >= 0; d = m.dofParent[d]) {
      qfrc[d] +=
          sAng[3 * d] * n0
              + sAng[3 * d + 1] * n1
              + sAng[3 * d + 2] * n2
              + sLin[3 * d] * world[3]
              + sLin[3 * d + 1] * world[4]
              + sLin[3 * d + 2] * world[5];
    }
  }

  @Override
  public void addWorldForce(
      int link, double[] point, int at, double[] force, double[] qfrc, int offset) {
    double f0 = force[0];
    double f1 = force[1];
    double f2 = force[2];
    // Moment about the origin.
    double n0 = point[at + 1] * f2 - point[at + 2] * f1;
    double n1 = point[at + 2] * f0 - point[at] * f2;
    double n2 = point[at] * f1 - point[at + 1] * f0;
    for (int d = m.lastDof[link]; d >= 0; d = m.dofParent[d]) {
      qfrc[offset + d] +=
          sAng[3 * d] * n0
              + sAng[3 * d + 1] * n1
              + sAng[3 * d + 2] * n2
              + sLin[3 * d] * f0
              + sLin[3 * d + 1] * f1
              + sLin[3 * d + 2] * f2;
    }
  }

  @Override
  public void addWorldForces(
      int link,
      double[] point,
      int at,
      double[] directions,
      int from,
      int count,
      double sign,
      double[] qfrc) {
    for (int k = 0; k < count; k++) {
      for (int c = 0; c < 3; c++) {
        force[c] = sign * directions[from + 3 * k + c];
      }
      addWorldForce(link, point, at, force, qfrc, k * m.nv);
    }
  }

  /** Link i's principal axes into {@link #principal}. */
  private void principalAxes(int i) {
    if (axesOf == i) {
      return;
    }
    axesOf = i;
    frames.centres();
    if (m.alignedInertia[i]) {
      System.arraycopy(frames.xmat, 9 * i, principal, 0, 9);
    } else {
      Quat.toMatrix(frames.xiquat, 4 * i, principal, 0);
    }
  }
}
