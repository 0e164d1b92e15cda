package dev.jymnasium.physics.jointspace;

import dev.jymnasium.physics.Pose;
import dev.jymnasium.physics.model.LinkSpec;
import dev.jymnasium.physics.model.ModelPoses;
import java.util.Arrays;
import org.joml.Quaterniond;
import org.joml.Vector3d;

/**
 * MuJoCo's {@code mjData} and {@code mj_step} for a {@link JointSpaceModel}: the state (qpos, qvel,
 * controls) and one forward pass in joint coordinates, as MuJoCo computes it (documentation,
 * "Computation"): kinematics, the joint-space mass matrix by the composite rigid body algorithm
 * with armature on its diagonal, bias forces (Coriolis, centrifugal, gravity) by recursive
 * Newton-Euler, passive forces (joint damping and stiffness, the medium's drag), motors, and the
 * joint limits as MuJoCo's soft constraints ({@link LimitRows}); stepped by MuJoCo's RK4.
 *
 * <p>Spatial vectors are in world axes about the world origin: a motion is (ω, v) with v the
 * velocity of the body point at the origin, a force (moment about the origin, force).
 *
 * <p>As in MuJoCo, the positions and constraint forces read after {@link #step()} are those of the
 * step's last RK4 stage (MuJoCo leaves its {@code mjData} so, and Gymnasium's envs observe them);
 * after {@link #setState} they are those of the new state. Not thread-safe; allocation-free
 * stepping.
 */
public final class JointSpaceSimulation implements ModelPoses {
  private static final double[] RK4_STAGE = {0.5, 0.5, 1};
  private static final double[] RK4_WEIGHT = {1.0 / 6, 1.0 / 3, 1.0 / 3, 1.0 / 6};

  private final JointSpaceModel m;
  private final int nv;
  private final int nl;
  private final double[] qpos;
  private final double[] qvel;
  private final double[] ctrl;
  private double timeS;

  // Kinematics per link: frame origin, orientation (w, x, y, z), rotation matrix (row-major).
  final double[] xpos;
  final double[] xquat;
  final double[] xmat;

  /** Centre of mass (world) and principal-axes orientation per link. */
  final double[] xipos;

  final double[] xiquat;

  /** Motion subspace of each DOF: angular and linear (at the origin) parts. */
  private final double[] sAng;

  private final double[] sLin;

  /** Per link: velocity and bias acceleration (with −gravity at the root), force. */
  final double[] vAng;

  final double[] vLin;
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

  private final double[] massMatrix;
  private final double[] factor;
  private final double[] bias;
  private final double[] passive;
  private final double[] smooth;
  private final double[] qacc;
  private final double[] constraint;
  private final LimitRows limitRows;

  // RK4 state: initial qpos/qvel and each stage's velocity and acceleration.
  private final double[] q0;
  private final double[] v0;
  private final double[] stageVel;
  private final double[] stageAcc;
  private final double[] tmp = new double[6];
  private final double[] tmpMatrix = new double[9];
  private final Quaterniond frameScratch = new Quaterniond();

  /** A simulation at the model's written pose (qpos = references), at rest. */
  public JointSpaceSimulation(JointSpaceModel model) {
    this.m = model;
    this.nv = model.nv;
    this.nl = model.linkCount;
    qpos = model.reference.clone();
    qvel = new double[nv];
    ctrl = new double[model.actuatorDof.length];
    xpos = new double[3 * nl];
    xquat = new double[4 * nl];
    xmat = new double[9 * nl];
    xipos = new double[3 * nl];
    xiquat = new double[4 * nl];
    sAng = new double[3 * nv];
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
    massMatrix = new double[nv * nv];
    factor = new double[nv * nv];
    bias = new double[nv];
    passive = new double[nv];
    smooth = new double[nv];
    qacc = new double[nv];
    constraint = new double[nv];
    limitRows = new LimitRows(nv);
    q0 = new double[nv];
    v0 = new double[nv];
    stageVel = new double[4 * nv];
    stageAcc = new double[4 * nv];
    forward();
  }

  /** The compiled model. */
  public JointSpaceModel model() {
    return m;
  }

  /**
   * Sets qpos and qvel (hinge angles in rad, slides in m; model order), zeroes the controls and
   * time, and computes the forward pass there (MuJoCo's {@code mj_resetData}, then set_state).
   *
   * @throws IllegalArgumentException for a wrong length or a non-finite entry
   */
  public void setState(double[] newQpos, double[] newQvel) {
    checked(newQpos, "qpos");
    checked(newQvel, "qvel");
    System.arraycopy(newQpos, 0, qpos, 0, nv);
    System.arraycopy(newQvel, 0, qvel, 0, nv);
    Arrays.fill(ctrl, 0);
    timeS = 0;
    forward();
  }

  private void checked(double[] values, String what) {
    if (values == null || values.length != nv) {
      throw new IllegalArgumentException(
          what + " must have length " + nv + ", got " + (values == null ? null : values.length));
    }
    for (int i = 0; i < nv; i++) {
      if (!Double.isFinite(values[i])) {
        throw new IllegalArgumentException(what + "[" + i + "] is not finite: " + values[i]);
      }
    }
  }

  /**
   * Holds {@code controls} (one per actuator, clamped to each control range as MuJoCo's {@code
   * ctrllimited}) for the next steps.
   *
   * @throws IllegalArgumentException for a wrong length or a NaN control
   */
  public void setControls(double[] controls) {
    if (controls == null || controls.length != ctrl.length) {
      throw new IllegalArgumentException(
          "controls must have length "
              + ctrl.length
              + ", got "
              + (controls == null ? null : controls.length));
    }
    for (int a = 0; a < ctrl.length; a++) {
      if (Double.isNaN(controls[a])) {
        throw new IllegalArgumentException("control " + a + " is NaN");
      }
      ctrl[a] = Math.max(m.ctrlLower[a], Math.min(m.ctrlUpper[a], controls[a]));
    }
  }

  /** One timestep of MuJoCo's RK4 (classic tableau; every stage a full forward pass). */
  public void step() {
    double h = m.timestepS;
    System.arraycopy(qpos, 0, q0, 0, nv);
    System.arraycopy(qvel, 0, v0, 0, nv);
    forward();
    System.arraycopy(qvel, 0, stageVel, 0, nv);
    System.arraycopy(qacc, 0, stageAcc, 0, nv);
    for (int stage = 1; stage < 4; stage++) {
      double a = RK4_STAGE[stage - 1];
      int prev = (stage - 1) * nv;
      for (int d = 0; d < nv; d++) {
        qpos[d] = q0[d] + a * stageVel[prev + d] * h;
        qvel[d] = v0[d] + h * (a * stageAcc[prev + d]);
      }
      forward();
      System.arraycopy(qvel, 0, stageVel, stage * nv, nv);
      System.arraycopy(qacc, 0, stageAcc, stage * nv, nv);
    }
    for (int d = 0; d < nv; d++) {
      double dq = 0;
      double dv = 0;
      for (int stage = 0; stage < 4; stage++) {
        dq += RK4_WEIGHT[stage] * stageVel[stage * nv + d];
        dv += RK4_WEIGHT[stage] * stageAcc[stage * nv + d];
      }
      qvel[d] = v0[d] + dv * h;
      qpos[d] = q0[d] + dq * h;
    }
    timeS += h;
  }

  /** Simulated time since {@link #setState} (s). */
  public double timeSeconds() {
    return timeS;
  }

  /** qpos into {@code dest} (a new array when null). */
  public double[] qpos(double[] dest) {
    double[] out = dest == null ? new double[nv] : dest;
    System.arraycopy(qpos, 0, out, 0, nv);
    return out;
  }

  /** qvel into {@code dest} (a new array when null). */
  public double[] qvel(double[] dest) {
    double[] out = dest == null ? new double[nv] : dest;
    System.arraycopy(qvel, 0, out, 0, nv);
    return out;
  }

  /** qpos at address {@code address}. */
  public double qposAt(int address) {
    return qpos[address];
  }

  /** The generalised force of the joint limits on DOF {@code dof} (MuJoCo's qfrc_constraint). */
  public double constraintForce(int dof) {
    return constraint[dof];
  }

  /** Whether qpos and qvel are finite. */
  public boolean isFinite() {
    for (int d = 0; d < nv; d++) {
      if (!Double.isFinite(qpos[d]) || !Double.isFinite(qvel[d])) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int linkCount() {
    return nl;
  }

  @Override
  public LinkSpec link(int link) {
    return m.spec.links().get(link);
  }

  @Override
  public int linkIndex(String name) {
    return m.linkIndex(name);
  }

  @Override
  public Vector3d linkPosition(int link, Vector3d dest) {
    return dest.set(xpos[3 * link], xpos[3 * link + 1], xpos[3 * link + 2]);
  }

  @Override
  public void geomPose(int link, int geom, Vector3d positionDest, Quaterniond orientationDest) {
    Pose local = m.spec.links().get(link).geoms().get(geom).localPose();
    Quaterniond frame = linkOrientation(link, frameScratch);
    frame.transform(local.positionM(), positionDest);
    positionDest.add(xpos[3 * link], xpos[3 * link + 1], xpos[3 * link + 2]);
    frame.mul(local.orientation(), orientationDest);
  }

  /** Orientation of a link's frame (world). */
  public Quaterniond linkOrientation(int link, Quaterniond dest) {
    return dest.set(xquat[4 * link + 1], xquat[4 * link + 2], xquat[4 * link + 3], xquat[4 * link]);
  }

  @Override
  public Vector3d sitePosition(String name, Vector3d dest) {
    int[] at = m.site(name);
    var local = m.spec.links().get(at[0]).sites().get(at[1]).positionM();
    int r = 9 * at[0];
    int p = 3 * at[0];
    return dest.set(
        xpos[p] + xmat[r] * local.x() + xmat[r + 1] * local.y() + xmat[r + 2] * local.z(),
        xpos[p + 1] + xmat[r + 3] * local.x() + xmat[r + 4] * local.y() + xmat[r + 5] * local.z(),
        xpos[p + 2] + xmat[r + 6] * local.x() + xmat[r + 7] * local.y() + xmat[r + 8] * local.z());
  }

  /** Diagonal of the inverse mass matrix at the written pose: MuJoCo's {@code dof_invweight0}. */
  double[] inverseMassDiagonalAtRest() {
    System.arraycopy(m.reference, 0, qpos, 0, nv);
    Arrays.fill(qvel, 0);
    kinematics();
    massMatrix();
    Cholesky.factor(massMatrix, factor, nv);
    double[] diagonal = new double[nv];
    double[] unit = new double[nv];
    for (int d = 0; d < nv; d++) {
      Arrays.fill(unit, 0);
      unit[d] = 1;
      Cholesky.solve(factor, unit, nv);
      diagonal[d] = unit[d];
    }
    return diagonal;
  }

  /** MuJoCo's forward pass at the current state: everything up to qacc. */
  private void forward() {
    kinematics();
    massMatrix();
    biasForces();
    passiveForces();
    for (int d = 0; d < nv; d++) {
      smooth[d] = passive[d] - bias[d];
    }
    for (int a = 0; a < ctrl.length; a++) {
      smooth[m.actuatorDof[a]] += m.gear[a] * ctrl[a];
    }
    Cholesky.factor(massMatrix, factor, nv);
    System.arraycopy(smooth, 0, qacc, 0, nv);
    Cholesky.solve(factor, qacc, nv);
    Arrays.fill(constraint, 0);
    if (m.limits != null) {
      limitRows.solve(m, qpos, qvel, factor, qacc, constraint);
    }
  }

  /**
   * Link frames, DOF axes and each link's spatial inertia about the origin (MuJoCo's {@code
   * mj_kinematics}, {@code mj_comPos}).
   */
  private void kinematics() {
    for (int i = 0; i < nl; i++) {
      int p = m.parent[i];
      int o = 3 * i;
      int q = 4 * i;
      double pw = 1;
      double px = 0;
      double py = 0;
      double pz = 0;
      double ox = 0;
      double oy = 0;
      double oz = 0;
      if (p >= 0) {
        pw = xquat[4 * p];
        px = xquat[4 * p + 1];
        py = xquat[4 * p + 2];
        pz = xquat[4 * p + 3];
        ox = xpos[3 * p];
        oy = xpos[3 * p + 1];
        oz = xpos[3 * p + 2];
      }
      Quat.rotate(pw, px, py, pz, m.bodyPos, o, tmp, 0);
      xpos[o] = ox + tmp[0];
      xpos[o + 1] = oy + tmp[1];
      xpos[o + 2] = oz + tmp[2];
      Quat.mul(pw, px, py, pz, m.bodyQuat, q, xquat, q);
      for (int k = 0; k < m.dofCount[i]; k++) {
        int d = m.dofStart[i] + k;
        Quat.rotate(xquat, q, m.axis, 3 * d, sAng, 3 * d);
        Quat.rotate(xquat, q, m.anchor, 3 * d, tmp, 0);
        double ax = tmp[0] + xpos[o];
        double ay = tmp[1] + xpos[o + 1];
        double az = tmp[2] + xpos[o + 2];
        double angle = qpos[d] - m.reference[d];
        if (m.hinge[d]) {
          Spatial.cross(ax, ay, az, sAng, 3 * d, sLin, 3 * d);
          Quat.mulAxisAngle(xquat, q, m.axis, 3 * d, angle);
          Quat.rotate(xquat, q, m.anchor, 3 * d, tmp, 0);
          xpos[o] = ax - tmp[0];
          xpos[o + 1] = ay - tmp[1];
          xpos[o + 2] = az - tmp[2];
        } else {
          sLin[3 * d] = sAng[3 * d];
          sLin[3 * d + 1] = sAng[3 * d + 1];
          sLin[3 * d + 2] = sAng[3 * d + 2];
          sAng[3 * d] = 0;
          sAng[3 * d + 1] = 0;
          sAng[3 * d + 2] = 0;
          xpos[o] += sLin[3 * d] * angle;
          xpos[o + 1] += sLin[3 * d + 1] * angle;
          xpos[o + 2] += sLin[3 * d + 2] * angle;
        }
      }
      Quat.normalize(xquat, q);
      Quat.toMatrix(xquat, q, xmat, 9 * i);
      Quat.rotate(xquat, q, m.centre, o, tmp, 0);
      xipos[o] = xpos[o] + tmp[0];
      xipos[o + 1] = xpos[o + 1] + tmp[1];
      xipos[o + 2] = xpos[o + 2] + tmp[2];
      if (m.alignedInertia[i]) {
        for (int c = 0; c < 4; c++) {
          xiquat[q + c] = xquat[q + c];
        }
      } else {
        Quat.mul(xquat[q], xquat[q + 1], xquat[q + 2], xquat[q + 3], m.inertiaQuat, q, xiquat, q);
      }
      spatialInertia(i);
    }
  }

  /** Own inertia of link i about the origin: first moment m·c and J = I_c + m(|c|²·1 − c·cᵀ). */
  private void spatialInertia(int i) {
    double mass = m.mass[i];
    int o = 3 * i;
    int j = 9 * i;
    if (!m.moving[i] || mass == 0) {
      return;
    }
    double cx = xipos[o];
    double cy = xipos[o + 1];
    double cz = xipos[o + 2];
    ownH[o] = mass * cx;
    ownH[o + 1] = mass * cy;
    ownH[o + 2] = mass * cz;
    double[] axes = tmpMatrix;
    int a = 0;
    if (m.alignedInertia[i]) {
      axes = xmat;
      a = 9 * i;
    } else {
      Quat.toMatrix(xiquat, 4 * i, tmpMatrix, 0);
    }
    double i0 = m.moments[o];
    double i1 = m.moments[o + 1];
    double i2 = m.moments[o + 2];
    double c2 = cx * cx + cy * cy + cz * cz;
    for (int r = 0; r < 3; r++) {
      for (int col = 0; col < 3; col++) {
        double rotational =
            axes[a + 3 * r] * i0 * axes[a + 3 * col]
                + axes[a + 3 * r + 1] * i1 * axes[a + 3 * col + 1]
                + axes[a + 3 * r + 2] * i2 * axes[a + 3 * col + 2];
        ownJ[j + 3 * r + col] =
            rotational + mass * ((r == col ? c2 : 0) - xipos[o + r] * xipos[o + col]);
      }
    }
  }

  /** Joint-space mass matrix by the composite rigid body algorithm, armature on the diagonal. */
  private void massMatrix() {
    for (int i = 0; i < nl; i++) {
      compM[i] = m.moving[i] ? m.mass[i] : 0;
      for (int k = 0; k < 3; k++) {
        compH[3 * i + k] = ownH[3 * i + k];
      }
      for (int k = 0; k < 9; k++) {
        compJ[9 * i + k] = ownJ[9 * i + k];
      }
    }
    for (int i = nl - 1; i >= 0; i--) {
      int p = m.parent[i];
      if (p >= 0 && m.moving[p]) {
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
    for (int i = 0; i < nl; i++) {
      for (int k = 0; k < m.dofCount[i]; k++) {
        int dj = m.dofStart[i] + k;
        Spatial.inertiaTimes(compM[i], compH, compJ, i, sAng, sLin, 3 * dj, tmp);
        for (int b = i; b >= 0; b = m.parent[b]) {
          int last = b == i ? dj : m.dofStart[b] + m.dofCount[b] - 1;
          for (int di = m.dofStart[b]; di <= last; di++) {
            double value = Spatial.dot(sAng, sLin, 3 * di, tmp);
            massMatrix[di * nv + dj] = value;
            massMatrix[dj * nv + di] = value;
          }
        }
      }
    }
    for (int d = 0; d < nv; d++) {
      massMatrix[d * nv + d] += m.armature[d];
    }
  }

  /** Bias forces c(q, q̇) with gravity by recursive Newton-Euler (MuJoCo's qfrc_bias). */
  private void biasForces() {
    for (int i = 0; i < nl; i++) {
      int o = 3 * i;
      if (!m.moving[i]) {
        continue;
      }
      int p = m.parent[i];
      if (p >= 0 && m.moving[p]) {
        for (int c = 0; c < 3; c++) {
          vAng[o + c] = vAng[3 * p + c];
          vLin[o + c] = vLin[3 * p + c];
          aAng[o + c] = aAng[3 * p + c];
          aLin[o + c] = aLin[3 * p + c];
        }
      } else {
        for (int c = 0; c < 3; c++) {
          vAng[o + c] = 0;
          vLin[o + c] = 0;
          aAng[o + c] = 0;
          aLin[o + c] = -m.gravity[c];
        }
      }
      for (int k = 0; k < m.dofCount[i]; k++) {
        int d = m.dofStart[i] + k;
        double qd = qvel[d];
        // The axis turns with the frame before it: its rate is v ×m s.
        Spatial.crossMotion(vAng, vLin, o, sAng, sLin, 3 * d, tmp);
        for (int c = 0; c < 3; c++) {
          aAng[o + c] += tmp[c] * qd;
          aLin[o + c] += tmp[3 + c] * qd;
          vAng[o + c] += sAng[3 * d + c] * qd;
          vLin[o + c] += sLin[3 * d + c] * qd;
        }
      }
      // f = I·a + v ×f (I·v)
      double mass = m.mass[i];
      Spatial.inertiaTimes(mass, ownH, ownJ, i, vAng, vLin, o, tmp);
      double hn0 = tmp[0];
      double hn1 = tmp[1];
      double hn2 = tmp[2];
      double hf0 = tmp[3];
      double hf1 = tmp[4];
      double hf2 = tmp[5];
      Spatial.inertiaTimes(mass, ownH, ownJ, i, aAng, aLin, o, tmp);
      double wx = vAng[o];
      double wy = vAng[o + 1];
      double wz = vAng[o + 2];
      double vx = vLin[o];
      double vy = vLin[o + 1];
      double vz = vLin[o + 2];
      fMom[o] = tmp[0] + (wy * hn2 - wz * hn1) + (vy * hf2 - vz * hf1);
      fMom[o + 1] = tmp[1] + (wz * hn0 - wx * hn2) + (vz * hf0 - vx * hf2);
      fMom[o + 2] = tmp[2] + (wx * hn1 - wy * hn0) + (vx * hf1 - vy * hf0);
      fLin[o] = tmp[3] + (wy * hf2 - wz * hf1);
      fLin[o + 1] = tmp[4] + (wz * hf0 - wx * hf2);
      fLin[o + 2] = tmp[5] + (wx * hf1 - wy * hf0);
    }
    for (int i = nl - 1; i >= 0; i--) {
      if (!m.moving[i]) {
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
        for (int c = 0; c < 3; c++) {
          fMom[3 * p + c] += fMom[o + c];
          fLin[3 * p + c] += fLin[o + c];
        }
      }
    }
  }

  /** Joint damping and stiffness (towards the written pose) and the medium's drag. */
  private void passiveForces() {
    for (int d = 0; d < nv; d++) {
      passive[d] = -m.damping[d] * qvel[d] - m.stiffness[d] * (qpos[d] - m.reference[d]);
    }
    if (m.fluid != null) {
      m.fluid.addForces(this, passive);
    }
  }

  /**
   * Adds to {@code qfrc} the generalised force of a wrench on link {@code link}: {@code torque} and
   * {@code force} (world axes) at the world point {@code at}.
   */
  void addWrench(int link, double[] torque, double[] force, double[] at, double[] qfrc) {
    double n0 = torque[0] + at[1] * force[2] - at[2] * force[1];
    double n1 = torque[1] + at[2] * force[0] - at[0] * force[2];
    double n2 = torque[2] + at[0] * force[1] - at[1] * force[0];
    for (int b = link; b >= 0 && m.moving[b]; b = m.parent[b]) {
      for (int k = 0; k < m.dofCount[b]; k++) {
        int d = m.dofStart[b] + k;
        qfrc[d] +=
            sAng[3 * d] * n0
                + sAng[3 * d + 1] * n1
                + sAng[3 * d + 2] * n2
                + sLin[3 * d] * force[0]
                + sLin[3 * d + 1] * force[1]
                + sLin[3 * d + 2] * force[2];
      }
    }
  }
}
