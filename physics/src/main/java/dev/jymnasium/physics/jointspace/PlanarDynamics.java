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

  /** Per DOF: whether its anchor is off the frame's origin (else the hinge turns about it). */
  private final boolean[] anchored;

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

  /** Per hinge: sense·sin and cos of half its angle from the reference, taken before the pass. */
  private final double[] turnSin;

  private final double[] turnCos;

  /** Per direction of {@link #addWorldForces}: in-plane force and its moment about n. */
  private final double[] forceX = new double[3];

  private final double[] forceY = new double[3];
  private final double[] forceMoment = new double[3];

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
    anchored = new boolean[nv];
    for (int d = 0; d < nv; d++) {
      sense[d] = plane.normalPart(model.axis, 3 * d);
      axisX[d] = plane.x(model.axis, 3 * d);
      axisY[d] = plane.y(model.axis, 3 * d);
      anchorX[d] = plane.x(model.anchor, 3 * d);
      anchorY[d] = plane.y(model.anchor, 3 * d);
      anchored[d] = anchorX[d] != 0 || anchorY[d] != 0;
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
    turnSin = new double[nv];
    turnCos = new double[nv];
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

  /**
   * The links' planar poses; their 3D poses unless {@code detail} is {@link FrameDetail#NONE}, and
   * then their matrices, centres of mass and principal axes left to the first reader ({@link
   * LinkFrames#matrix}, {@link LinkFrames#centres}): contact detection poses the links it reaches,
   * and the observations of the planar models read none.
   */
  @Override
  public void kinematics(double[] qpos, LinkFrames frames, FrameDetail detail) {
    boolean poses = detail != FrameDetail.NONE;
    int[] parent = m.parent;
    int[] dofStart = m.dofStart;
    int[] dofCount = m.dofCount;
    double[] reference = m.reference;
    boolean[] hinge = m.hinge;
    double[] linkW = quatW;
    double[] linkS = quatS;
    double[] linkCos = cos;
    double[] linkSin = sin;
    double[] linkX = originX;
    double[] linkY = originY;
    // The hinges' turns first, in one loop: the calls overlap there instead of stalling the chain
    // of frames.
    for (int d = 0; d < m.nv; d++) {
      double angle = qpos[d] - reference[d];
      if (hinge[d] && angle != 0) {
        SinCos.of(angle * 0.5, turnSin, turnCos, d);
        turnSin[d] *= sense[d];
      }
    }
    for (int i = 0; i < nl; i++) {
      int p = parent[i];
      double pw = 1;
      double ps = 0;
      double pc = 1;
      double pn = 0;
      double x = 0;
      double y = 0;
      if (p >= 0) {
        pw = linkW[p];
        ps = linkS[p];
        pc = linkCos[p];
        pn = linkSin[p];
        x = linkX[p];
        y = linkY[p];
      }
      x += pc * bodyX[i] - pn * bodyY[i];
      y += pn * bodyX[i] + pc * bodyY[i];
      double w = pw * bodyW[i] - ps * bodyS[i];
      double s = pw * bodyS[i] + ps * bodyW[i];
      double c = w * w - s * s;
      double sn = 2 * w * s;
      for (int d = dofStart[i], end = d + dofCount[i]; d < end; d++) {
        double angle = qpos[d] - reference[d];
        if (hinge[d]) {
          // About the origin (every hinge of the v5 models) the anchor terms are exact zeros.
          double ax = x;
          double ay = y;
          if (anchored[d]) {
            ax += c * anchorX[d] - sn * anchorY[d];
            ay += sn * anchorX[d] + c * anchorY[d];
          }
          motion[3 * d] = sense[d];
          motion[3 * d + 1] = sense[d] * ay;
          motion[3 * d + 2] = -sense[d] * ax;
          if (angle != 0) {
            double halfSin = turnSin[d];
            double halfCos = turnCos[d];
            double turned = w * halfCos - s * halfSin;
            s = w * halfSin + s * halfCos;
            w = turned;
            c = w * w - s * s;
            sn = 2 * w * s;
          }
          if (anchored[d]) {
            x = ax - (c * anchorX[d] - sn * anchorY[d]);
            y = ay - (sn * anchorX[d] + c * anchorY[d]);
          }
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
      // Quat.normalize on (w, s, 0, 0): its two zero terms add and scale to exact zeros.
      double norm = Math.sqrt(w * w + s * s);
      if (norm < Quat.MIN_VALUE) {
        w = 1;
        s = 0;
      } else if (Math.abs(norm - 1) > Quat.MIN_VALUE) {
        double inverse = 1 / norm;
        w *= inverse;
        s *= inverse;
      }
      c = w * w - s * s;
      sn = 2 * w * s;
      linkW[i] = w;
      linkS[i] = s;
      linkCos[i] = c;
      linkSin[i] = sn;
      linkX[i] = x;
      linkY[i] = y;
      if (poses) {
        frames.xquat[4 * i] = w;
        for (int k = 0; k < 3; k++) {
          frames.xquat[4 * i + 1 + k] = s * plane.normal[k];
        }
        plane.lift(x, y, height[i], frames.xpos, 3 * i);
        frames.poseLater(i);
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
    if (poses) {
      frames.centresFromPoses();
    }
  }

  /** The composite rigid body algorithm in the plane. */
  @Override
  public void massMatrix(double[] massMatrix) {
    int nv = m.nv;
    int[] parent = m.parent;
    int[] dofParent = m.dofParent;
    int[] dofLink = m.dofLink;
    boolean[] moving = m.moving;
    double[] linkMass = m.mass;
    double[] s = motion;
    double[] cm = compM;
    double[] ch = compH;
    double[] cj = compJ;
    for (int i = 0; i < nl; i++) {
      cm[i] = moving[i] ? linkMass[i] : 0;
      ch[2 * i] = ownH[2 * i];
      ch[2 * i + 1] = ownH[2 * i + 1];
      cj[i] = ownJ[i];
    }
    for (int i = nl - 1; i >= 0; i--) {
      int p = parent[i];
      if (p >= 0 && moving[p]) {
        cm[p] += cm[i];
        ch[2 * p] += ch[2 * i];
        ch[2 * p + 1] += ch[2 * i + 1];
        cj[p] += cj[i];
      }
    }
    // Entries of DOFs on different branches stay 0: only ancestor pairs are written.
    for (int dj = 0; dj < nv; dj++) {
      int i = dofLink[dj];
      double mass = cm[i];
      double hx = ch[2 * i];
      double hy = ch[2 * i + 1];
      double w = s[3 * dj];
      double vx = s[3 * dj + 1];
      double vy = s[3 * dj + 2];
      double fn = cj[i] * w + (hx * vy - hy * vx);
      double fx = mass * vx - w * hy;
      double fy = mass * vy + w * hx;
      for (int di = dj; di >= 0; di = dofParent[di]) {
        double value = s[3 * di] * fn + s[3 * di + 1] * fx + s[3 * di + 2] * fy;
        massMatrix[di * nv + dj] = value;
        massMatrix[dj * nv + di] = value;
      }
    }
  }

  /** Recursive Newton-Euler in the plane. */
  @Override
  public void biasForces(double[] qvel, double[] bias) {
    int[] parent = m.parent;
    int[] dofStart = m.dofStart;
    int[] dofCount = m.dofCount;
    boolean[] moving = m.moving;
    double[] linkMass = m.mass;
    double[] s = motion;
    double[] v = vel;
    double[] a = acc;
    double[] f = linkForce;
    for (int i = 0; i < nl; i++) {
      if (!moving[i]) {
        continue;
      }
      int o = 3 * i;
      int p = parent[i];
      double w = 0;
      double vx = 0;
      double vy = 0;
      double aw = 0;
      double ax = -gravityX;
      double ay = -gravityY;
      if (p >= 0 && moving[p]) {
        w = v[3 * p];
        vx = v[3 * p + 1];
        vy = v[3 * p + 2];
        aw = a[3 * p];
        ax = a[3 * p + 1];
        ay = a[3 * p + 2];
      }
      for (int d = dofStart[i], end = d + dofCount[i]; d < end; d++) {
        double qd = qvel[d];
        double sw = s[3 * d];
        double sx = s[3 * d + 1];
        double sy = s[3 * d + 2];
        // The axis turns with the frame before it: its rate is v ×m s.
        ax += (sw * vy - w * sy) * qd;
        ay += (w * sx - sw * vx) * qd;
        w += sw * qd;
        vx += sx * qd;
        vy += sy * qd;
      }
      v[o] = w;
      v[o + 1] = vx;
      v[o + 2] = vy;
      a[o] = aw;
      a[o + 1] = ax;
      a[o + 2] = ay;
      // f = I·a + v ×f (I·v)
      double mass = linkMass[i];
      double hx = ownH[2 * i];
      double hy = ownH[2 * i + 1];
      double j = ownJ[i];
      double momentumX = mass * vx - w * hy;
      double momentumY = mass * vy + w * hx;
      f[o] = j * aw + (hx * ay - hy * ax) + (vx * momentumY - vy * momentumX);
      f[o + 1] = mass * ax - aw * hy - w * momentumY;
      f[o + 2] = mass * ay + aw * hx + w * momentumX;
    }
    for (int i = nl - 1; i >= 0; i--) {
      if (!moving[i]) {
        continue;
      }
      int o = 3 * i;
      double fn = f[o];
      double fx = f[o + 1];
      double fy = f[o + 2];
      for (int d = dofStart[i], end = d + dofCount[i]; d < end; d++) {
        bias[d] = s[3 * d] * fn + s[3 * d + 1] * fx + s[3 * d + 2] * fy;
      }
      int p = parent[i];
      if (p >= 0 && moving[p]) {
        f[3 * p] += fn;
        f[3 * p + 1] += fx;
        f[3 * p + 2] += fy;
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
    int[] dofParent = m.dofParent;
    double[] s = motion;
    for (int d = m.lastDof[link]; d >= 0; d = dofParent[d]) {
      qfrc[offset + d] += s[3 * d] * moment + s[3 * d + 1] * fx + s[3 * d + 2] * fy;
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
    double px = plane.x(point, at);
    double py = plane.y(point, at);
    for (int k = 0; k < count; k++) {
      // As addWorldForce with force = sign·direction: the sign is exact on every product.
      double fx = sign * plane.x(directions, from + 3 * k);
      double fy = sign * plane.y(directions, from + 3 * k);
      forceX[k] = fx;
      forceY[k] = fy;
      forceMoment[k] = px * fy - py * fx;
    }
    int nv = m.nv;
    int[] dofParent = m.dofParent;
    double[] s = motion;
    for (int d = m.lastDof[link]; d >= 0; d = dofParent[d]) {
      double sw = s[3 * d];
      double sx = s[3 * d + 1];
      double sy = s[3 * d + 2];
      for (int k = 0, o = d; k < count; k++, o += nv) {
        qfrc[o] += sw * forceMoment[k] + sx * forceX[k] + sy * forceY[k];
      }
    }
  }
}
