package dev.jymnasium.physics.jointspace;

/**
 * The rigid-body terms of a model that moves in a {@link Plane}, in planar algebra: each link has a
 * position and an angle about n in the plane, a motion is (ω, vx, vy) with v the velocity of the
 * body point at the origin, a force (moment about n through the origin, fx, fy), and a link's
 * inertia is its mass, first moment and moment of inertia about n. Out-of-plane terms never reach a
 * hinge about n or a slide across it, so this equals {@link SpatialDynamics} to round-off (the
 * composite rigid body algorithm and recursive Newton-Euler with 3-vectors in place of 6-vectors).
 * Gravity enters by its in-plane part; the frames are still written in 3D.
 *
 * <p>Orientations are kept as MuJoCo's quaternions reduced to the plane, (w, s) for (w, s·n), so
 * that composing and normalising them rounds as the spatial path does. The 3D frames are written
 * only when asked for: nothing here needs them.
 */
final class PlanarDynamics implements Dynamics {
  private final JointSpaceModel m;
  private final Plane plane;
  private final int nl;

  // Per link, constant: body position and half-angle orientation in the parent, height along n.
  private final double[] bodyX;
  private final double[] bodyY;
  private final double[] bodyW;
  private final double[] bodyS;
  private final double[] height;

  /** Per link, constant: centre of mass in the frame, moment of inertia about n through it. */
  private final double[] centreX;

  private final double[] centreY;
  private final double[] inertiaN;

  /** Per link, constant: its principal axes in its frame, along n and in the plane; triples. */
  private final double[] principalN;

  private final double[] principalX;
  private final double[] principalY;

  // Per DOF, constant: hinge sense (axis·n), slide axis and anchor in the frame.
  private final double[] sense;
  private final double[] axisX;
  private final double[] axisY;
  private final double[] anchorX;
  private final double[] anchorY;
  private final double gravityX;
  private final double gravityY;

  // Per link: orientation (w, s) and its rotation (cos, sin), origin.
  private final double[] quatW;
  private final double[] quatS;
  private final double[] cos;
  private final double[] sin;
  private final double[] originX;
  private final double[] originY;

  /** Per link with mass: centre of mass in the plane. */
  private final double[] comX;

  private final double[] comY;

  /** An orientation (w, s, 0, 0) being normalised as a quaternion. */
  private final double[] unit = new double[4];

  /** Motion subspace of each DOF (ω, vx, vy). */
  private final double[] motion;

  /** Per link: velocity, bias acceleration (with −gravity at the root), force; triples. */
  private final double[] vel;

  private final double[] acc;
  private final double[] linkForce;

  /** Per link: own inertia about the origin (first moment, moment about n), composite. */
  private final double[] ownH;

  private final double[] ownJ;
  private final double[] compM;
  private final double[] compH;
  private final double[] compJ;

  PlanarDynamics(JointSpaceModel model) {
    this.m = model;
    this.plane = model.plane;
    this.nl = model.linkCount;
    int nv = model.nv;
    bodyX = new double[nl];
    bodyY = new double[nl];
    bodyW = new double[nl];
    bodyS = new double[nl];
    height = new double[nl];
    centreX = new double[nl];
    centreY = new double[nl];
    inertiaN = new double[nl];
    principalN = new double[3 * nl];
    principalX = new double[3 * nl];
    principalY = new double[3 * nl];
    double[] axes = new double[9];
    double[] column = new double[3];
    for (int i = 0; i < nl; i++) {
      bodyX[i] = plane.x(model.bodyPos, 3 * i);
      bodyY[i] = plane.y(model.bodyPos, 3 * i);
      bodyW[i] = model.bodyQuat[4 * i];
      bodyS[i] = plane.normalPart(model.bodyQuat, 4 * i + 1);
      int p = model.parent[i];
      height[i] = (p >= 0 ? height[p] : 0) + plane.normalPart(model.bodyPos, 3 * i);
      centreX[i] = plane.x(model.centre, 3 * i);
      centreY[i] = plane.y(model.centre, 3 * i);
      Quat.toMatrix(model.inertiaQuat, 4 * i, axes, 0);
      for (int k = 0; k < 3; k++) {
        column[0] = axes[k];
        column[1] = axes[3 + k];
        column[2] = axes[6 + k];
        double along = plane.normalPart(column, 0);
        principalN[3 * i + k] = along;
        principalX[3 * i + k] = plane.x(column, 0);
        principalY[3 * i + k] = plane.y(column, 0);
        // n·I·n with I = R·diag(moments)·Rᵀ.
        inertiaN[i] += model.moments[3 * i + k] * along * along;
      }
    }
    sense = new double[nv];
    axisX = new double[nv];
    axisY = new double[nv];
    anchorX = new double[nv];
    anchorY = new double[nv];
    for (int d = 0; d < nv; d++) {
      sense[d] = plane.normalPart(model.axis, 3 * d);
      axisX[d] = plane.x(model.axis, 3 * d);
      axisY[d] = plane.y(model.axis, 3 * d);
      anchorX[d] = plane.x(model.anchor, 3 * d);
      anchorY[d] = plane.y(model.anchor, 3 * d);
    }
    gravityX = plane.x(model.gravity, 0);
    gravityY = plane.y(model.gravity, 0);
    quatW = new double[nl];
    quatS = new double[nl];
    cos = new double[nl];
    sin = new double[nl];
    originX = new double[nl];
    originY = new double[nl];
    comX = new double[nl];
    comY = new double[nl];
    motion = new double[3 * nv];
    vel = new double[3 * nl];
    acc = new double[3 * nl];
    linkForce = new double[3 * nl];
    ownH = new double[2 * nl];
    ownJ = new double[nl];
    compM = new double[nl];
    compH = new double[2 * nl];
    compJ = new double[nl];
  }

  @Override
  public void kinematics(double[] qpos, LinkFrames frames, boolean withFrames) {
    kinematics(qpos, frames, withFrames, withFrames);
  }

  @Override
  public void kinematicsWithPoses(double[] qpos, LinkFrames frames) {
    kinematics(qpos, frames, true, false);
  }

  /**
   * Kinematics, with the links' poses where {@code poses} and also their centres where {@code all}.
   */
  private void kinematics(double[] qpos, LinkFrames frames, boolean poses, boolean all) {
    for (int i = 0; i < nl; i++) {
      int p = m.parent[i];
      double pw = 1;
      double ps = 0;
      double pc = 1;
      double pn = 0;
      double x = 0;
      double y = 0;
      if (p >= 0) {
        pw = quatW[p];
        ps = quatS[p];
        pc = cos[p];
        pn = sin[p];
        x = originX[p];
        y = originY[p];
      }
      x += pc * bodyX[i] - pn * bodyY[i];
      y += pn * bodyX[i] + pc * bodyY[i];
      double w = pw * bodyW[i] - ps * bodyS[i];
      double s = pw * bodyS[i] + ps * bodyW[i];
      double c = w * w - s * s;
      double sn = 2 * w * s;
      for (int k = 0; k < m.dofCount[i]; k++) {
        int d = m.dofStart[i] + k;
        double angle = qpos[d] - m.reference[d];
        if (m.hinge[d]) {
          double ax = x + (c * anchorX[d] - sn * anchorY[d]);
          double ay = y + (sn * anchorX[d] + c * anchorY[d]);
          motion[3 * d] = sense[d];
          motion[3 * d + 1] = sense[d] * ay;
          motion[3 * d + 2] = -sense[d] * ax;
          if (angle != 0) {
            double halfSin = sense[d] * Math.sin(angle * 0.5);
            double halfCos = Math.cos(angle * 0.5);
            double turned = w * halfCos - s * halfSin;
            s = w * halfSin + s * halfCos;
            w = turned;
            c = w * w - s * s;
            sn = 2 * w * s;
          }
          x = ax - (c * anchorX[d] - sn * anchorY[d]);
          y = ay - (sn * anchorX[d] + c * anchorY[d]);
        } else {
          double ux = c * axisX[d] - sn * axisY[d];
          double uy = sn * axisX[d] + c * axisY[d];
          motion[3 * d] = 0;
          motion[3 * d + 1] = ux;
          motion[3 * d + 2] = uy;
          x += ux * angle;
          y += uy * angle;
        }
      }
      unit[0] = w;
      unit[1] = s;
      Quat.normalize(unit, 0);
      w = unit[0];
      s = unit[1];
      c = w * w - s * s;
      sn = 2 * w * s;
      quatW[i] = w;
      quatS[i] = s;
      cos[i] = c;
      sin[i] = sn;
      originX[i] = x;
      originY[i] = y;
      if (poses) {
        frames.xquat[4 * i] = w;
        for (int k = 0; k < 3; k++) {
          frames.xquat[4 * i + 1 + k] = s * plane.normal[k];
        }
        plane.lift(x, y, height[i], frames.xpos, 3 * i);
        if (all) {
          frames.complete(i);
        } else {
          frames.pose(i);
        }
      }
      double mass = m.mass[i];
      if (m.moving[i] && mass != 0) {
        double cx = x + (c * centreX[i] - sn * centreY[i]);
        double cy = y + (sn * centreX[i] + c * centreY[i]);
        comX[i] = cx;
        comY[i] = cy;
        ownH[2 * i] = mass * cx;
        ownH[2 * i + 1] = mass * cy;
        ownJ[i] = inertiaN[i] + mass * (cx * cx + cy * cy);
      }
    }
  }

  /** The composite rigid body algorithm in the plane. */
  @Override
  public void massMatrix(double[] massMatrix) {
    int nv = m.nv;
    for (int i = 0; i < nl; i++) {
      compM[i] = m.moving[i] ? m.mass[i] : 0;
      compH[2 * i] = ownH[2 * i];
      compH[2 * i + 1] = ownH[2 * i + 1];
      compJ[i] = ownJ[i];
    }
    for (int i = nl - 1; i >= 0; i--) {
      int p = m.parent[i];
      if (p >= 0 && m.moving[p]) {
        compM[p] += compM[i];
        compH[2 * p] += compH[2 * i];
        compH[2 * p + 1] += compH[2 * i + 1];
        compJ[p] += compJ[i];
      }
    }
    // Entries of DOFs on different branches stay 0: only ancestor pairs are written.
    for (int dj = 0; dj < nv; dj++) {
      int i = m.dofLink[dj];
      double mass = compM[i];
      double hx = compH[2 * i];
      double hy = compH[2 * i + 1];
      double w = motion[3 * dj];
      double vx = motion[3 * dj + 1];
      double vy = motion[3 * dj + 2];
      double fn = compJ[i] * w + (hx * vy - hy * vx);
      double fx = mass * vx - w * hy;
      double fy = mass * vy + w * hx;
      for (int di = dj; di >= 0; di = m.dofParent[di]) {
        double value = motion[3 * di] * fn + motion[3 * di + 1] * fx + motion[3 * di + 2] * fy;
        massMatrix[di * nv + dj] = value;
        massMatrix[dj * nv + di] = value;
      }
    }
  }

  /** Recursive Newton-Euler in the plane. */
  @Override
  public void biasForces(double[] qvel, double[] bias) {
    for (int i = 0; i < nl; i++) {
      if (!m.moving[i]) {
        continue;
      }
      int o = 3 * i;
      int p = m.parent[i];
      double w = 0;
      double vx = 0;
      double vy = 0;
      double aw = 0;
      double ax = -gravityX;
      double ay = -gravityY;
      if (p >= 0 && m.moving[p]) {
        w = vel[3 * p];
        vx = vel[3 * p + 1];
        vy = vel[3 * p + 2];
        aw = acc[3 * p];
        ax = acc[3 * p + 1];
        ay = acc[3 * p + 2];
      }
      for (int k = 0; k < m.dofCount[i]; k++) {
        int d = m.dofStart[i] + k;
        double qd = qvel[d];
        double sw = motion[3 * d];
        double sx = motion[3 * d + 1];
        double sy = motion[3 * d + 2];
        // The axis turns with the frame before it: its rate is v ×m s.
        ax += (sw * vy - w * sy) * qd;
        ay += (w * sx - sw * vx) * qd;
        w += sw * qd;
        vx += sx * qd;
        vy += sy * qd;
      }
      vel[o] = w;
      vel[o + 1] = vx;
      vel[o + 2] = vy;
      acc[o] = aw;
      acc[o + 1] = ax;
      acc[o + 2] = ay;
      // f = I·a + v ×f (I·v)
      double mass = m.mass[i];
      double hx = ownH[2 * i];
      double hy = ownH[2 * i + 1];
      double j = ownJ[i];
      double momentumX = mass * vx - w * hy;
      double momentumY = mass * vy + w * hx;
      linkForce[o] = j * aw + (hx * ay - hy * ax) + (vx * momentumY - vy * momentumX);
      linkForce[o + 1] = mass * ax - aw * hy - w * momentumY;
      linkForce[o + 2] = mass * ay + aw * hx + w * momentumX;
    }
    for (int i = nl - 1; i >= 0; i--) {
      if (!m.moving[i]) {
        continue;
      }
      int o = 3 * i;
      for (int k = 0; k < m.dofCount[i]; k++) {
        int d = m.dofStart[i] + k;
        bias[d] =
            motion[3 * d] * linkForce[o]
                + motion[3 * d + 1] * linkForce[o + 1]
                + motion[3 * d + 2] * linkForce[o + 2];
      }
      int p = m.parent[i];
      if (p >= 0 && m.moving[p]) {
        linkForce[3 * p] += linkForce[o];
        linkForce[3 * p + 1] += linkForce[o + 1];
        linkForce[3 * p + 2] += linkForce[o + 2];
      }
    }
  }

  @Override
  public void principalVelocity(int link, double[] dest) {
    int o = 3 * link;
    double w = vel[o];
    // Velocity of the centre: v(origin) + ω·n × c.
    double vx = vel[o + 1] - w * comY[link];
    double vy = vel[o + 2] + w * comX[link];
    double c = cos[link];
    double sn = sin[link];
    for (int k = 0; k < 3; k++) {
      double ax = principalX[o + k];
      double ay = principalY[o + k];
      dest[k] = w * principalN[o + k];
      dest[3 + k] = (c * ax - sn * ay) * vx + (sn * ax + c * ay) * vy;
    }
  }

  @Override
  public void addPrincipalWrench(int link, double[] wrench, double[] qfrc) {
    int o = 3 * link;
    double c = cos[link];
    double sn = sin[link];
    double moment = 0;
    double fx = 0;
    double fy = 0;
    for (int k = 0; k < 3; k++) {
      double ax = principalX[o + k];
      double ay = principalY[o + k];
      moment += wrench[k] * principalN[o + k];
      fx += wrench[3 + k] * (c * ax - sn * ay);
      fy += wrench[3 + k] * (sn * ax + c * ay);
    }
    // About the origin: the force acts at the centre.
    moment += comX[link] * fy - comY[link] * fx;
    for (int d = m.lastDof[link]; d >= 0; d = m.dofParent[d]) {
      qfrc[d] += motion[3 * d] * moment + motion[3 * d + 1] * fx + motion[3 * d + 2] * fy;
    }
  }

  @Override
  public void addWorldForce(
      int link, double[] point, int at, double[] force, double[] qfrc, int offset) {
    // Only the force's in-plane part and its moment about the normal do work on planar DOFs.
    double fx = plane.x(force, 0);
    double fy = plane.y(force, 0);
    double moment = plane.x(point, at) * fy - plane.y(point, at) * fx;
    for (int d = m.lastDof[link]; d >= 0; d = m.dofParent[d]) {
      qfrc[offset + d] += motion[3 * d] * moment + motion[3 * d + 1] * fx + motion[3 * d + 2] * fy;
    }
  }
}
