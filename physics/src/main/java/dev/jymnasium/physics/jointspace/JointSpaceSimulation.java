package dev.jymnasium.physics.jointspace;

import dev.jymnasium.physics.Pose;
import dev.jymnasium.physics.SoftLimit;
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
 * joint limits as MuJoCo's soft constraints ({@link LimitRows}); stepped by the model's {@link
 * Integrator}, MuJoCo's semi-implicit Euler or RK4.
 *
 * <p>The rigid-body terms come from a {@link Dynamics}: {@link PlanarDynamics} where the model
 * moves in a plane ({@link JointSpaceModel#plane}), {@link SpatialDynamics} otherwise; both give
 * the same results to round-off.
 *
 * <p>As in MuJoCo, the link frames and constraint forces read after {@link #step()} are those of
 * the step's last forward pass (its last RK4 stage, or with Euler the state the step started from:
 * MuJoCo leaves its {@code mjData} so, and Gymnasium's envs observe them); after {@link #setState}
 * they are those of the new state. Not thread-safe; allocation-free stepping.
 */
public final class JointSpaceSimulation implements ModelPoses {
  private static final double[] RK4_STAGE = {0.5, 0.5, 1};
  private static final double[] RK4_WEIGHT = {1.0 / 6, 1.0 / 3, 1.0 / 3, 1.0 / 6};

  /** MuJoCo's mjEPS: an axis component above it counts. */
  private static final double AXIS_EPSILON = 1e-14;

  private final JointSpaceModel m;
  private final int nv;
  private final int nq;
  private final int nl;
  private final double[] qpos;
  private final double[] qvel;
  private final double[] ctrl;

  /** The links' world frames: of setState's state, then of each step's last forward pass. */
  private final LinkFrames frames;

  /** The rigid-body terms: planar or spatial, as the model says. */
  private final Dynamics dynamics;

  /** The medium's drag, or null; one per simulation (it holds scratch). */
  private final InertiaBoxFluid fluid;

  private final double[] massMatrix;
  private final double[] factor;
  private final double[] bias;
  private final double[] passive;
  private final double[] smooth;
  private final double[] qacc;

  /** Euler's acceleration with the damping implicit (MuJoCo's {@code mj_Euler}). */
  private final double[] eulerAcc;

  private final double[] constraint;
  private final LimitRows limitRows;

  /** With contacts: the contacts found each pass and every constraint row; else null. */
  private final Contacts.State contactState;

  private final ConstraintRows rows;

  // RK4 state: initial qpos/qvel and each stage's velocity and acceleration.
  private final double[] q0;
  private final double[] v0;

  /** A velocity scaled for one position update (RK4's stage and final combinations). */
  private final double[] stageStep;

  private final double[] stageVel;
  private final double[] stageAcc;
  private final Quaterniond frameScratch = new Quaterniond();

  /** Per link: its mass moment, then the centre of mass of its tree ({@link #contactWrenches}). */
  private final double[] treeCentre;

  /**
   * A simulation at the model's written pose (qpos0: the references, a free link's pose), at rest.
   */
  public JointSpaceSimulation(JointSpaceModel model) {
    this(model, false);
  }

  /** As above; {@code spatialOnly} keeps the spatial path even for a planar model. */
  JointSpaceSimulation(JointSpaceModel model, boolean spatialOnly) {
    this.m = model;
    this.nv = model.nv;
    this.nq = model.nq;
    this.nl = model.linkCount;
    qpos = model.qpos0.clone();
    qvel = new double[nv];
    ctrl = new double[model.actuatorDof.length];
    frames = new LinkFrames(model);
    dynamics =
        model.plane != null && !spatialOnly
            ? new PlanarDynamics(model)
            : new SpatialDynamics(model);
    fluid =
        model.density > 0 || model.viscosity > 0
            ? new InertiaBoxFluid(model, model.density, model.viscosity)
            : null;
    massMatrix = new double[nv * nv];
    factor = new double[nv * nv];
    bias = new double[nv];
    passive = new double[nv];
    smooth = new double[nv];
    qacc = new double[nv];
    eulerAcc = new double[nv];
    constraint = new double[nv];
    limitRows = new LimitRows(nv);
    contactState = model.contacts != null ? model.contacts.new State() : null;
    rows =
        model.contacts != null
            ? new ConstraintRows(nv, m.dofParent, 2 * nv + 4 * model.contacts.capacity)
            : null;
    q0 = new double[nq];
    stageStep = new double[nv];
    v0 = new double[nv];
    stageVel = new double[4 * nv];
    stageAcc = new double[4 * nv];
    treeCentre = new double[3 * nl];
    forward();
  }

  /** The compiled model. */
  public JointSpaceModel model() {
    return m;
  }

  /**
   * Sets qpos and qvel (hinge angles in rad, slides in m, a free joint's position and quaternion,
   * which may be off unit length as in MuJoCo; model order), zeroes the controls and computes the
   * forward pass there (MuJoCo's {@code mj_resetData}, then set_state).
   *
   * @throws IllegalArgumentException for a wrong length or a non-finite entry
   */
  public void setState(double[] newQpos, double[] newQvel) {
    checked(newQpos, nq, "qpos");
    checked(newQvel, nv, "qvel");
    System.arraycopy(newQpos, 0, qpos, 0, nq);
    System.arraycopy(newQvel, 0, qvel, 0, nv);
    Arrays.fill(ctrl, 0);
    Arrays.fill(qacc, 0);
    forward();
  }

  private static void checked(double[] values, int length, String what) {
    if (values == null || values.length != length) {
      throw new IllegalArgumentException(
          what
              + " must have length "
              + length
              + ", got "
              + (values == null ? null : values.length));
    }
    for (int i = 0; i < length; i++) {
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

  /** One timestep of the model's integrator. */
  public void step() {
    if (m.integrator == Integrator.RK4) {
      rungeKutta();
    } else {
      euler();
    }
  }

  /**
   * MuJoCo's semi-implicit Euler: the velocity from this state's acceleration, then the position
   * from the new velocity; with damping, {@code (M + h·diag(damping))·a = qfrc_smooth +
   * qfrc_constraint} (the passive force already holds the explicit damping).
   */
  private void euler() {
    double h = m.timestepS;
    if (m.damped) {
      forwardForDampedEuler();
      System.arraycopy(massMatrix, 0, factor, 0, nv * nv);
      for (int d = 0; d < nv; d++) {
        factor[d * nv + d] += h * m.damping[d];
        eulerAcc[d] = smooth[d] + constraint[d];
      }
      TreeFactor.factor(factor, nv, m.dofParent);
      TreeFactor.solve(factor, eulerAcc, nv, m.dofParent);
    } else {
      forward(FrameDetail.ALL);
      System.arraycopy(qacc, 0, eulerAcc, 0, nv);
    }
    for (int d = 0; d < nv; d++) {
      qvel[d] += h * eulerAcc[d];
    }
    integratePosition(qpos, qvel, h);
  }

  /**
   * MuJoCo's {@code mj_integratePos}: {@code q += scale·vel} for hinges and slides and a free
   * link's position; a free link's quaternion normalised, then turned by {@code scale·ω} about its
   * own axes.
   */
  private void integratePosition(double[] q, double[] vel, double scale) {
    for (int d = 0; d < nv; d++) {
      int address = m.dofQpos[d];
      if (address >= 0) {
        q[address] += scale * vel[d];
      }
    }
    for (int i = 0; i < nl; i++) {
      int a = m.freeQpos[i];
      if (a < 0) {
        continue;
      }
      int v = m.dofStart[i];
      for (int c = 0; c < 3; c++) {
        q[a + c] += scale * vel[v + c];
      }
      Quat.integrate(q, a + 3, vel, v + 3, scale);
    }
  }

  /** One timestep of MuJoCo's RK4 (classic tableau; every stage a full forward pass). */
  private void rungeKutta() {
    double h = m.timestepS;
    System.arraycopy(qpos, 0, q0, 0, nq);
    System.arraycopy(qvel, 0, v0, 0, nv);
    forward(FrameDetail.NONE);
    System.arraycopy(qvel, 0, stageVel, 0, nv);
    System.arraycopy(qacc, 0, stageAcc, 0, nv);
    for (int stage = 1; stage < 4; stage++) {
      double a = RK4_STAGE[stage - 1];
      int prev = (stage - 1) * nv;
      System.arraycopy(q0, 0, qpos, 0, nq);
      for (int d = 0; d < nv; d++) {
        stageStep[d] = a * stageVel[prev + d];
        qvel[d] = v0[d] + h * (a * stageAcc[prev + d]);
      }
      integratePosition(qpos, stageStep, h);
      // The last stage's frames are the ones read after the step.
      forward(stage == 3 ? FrameDetail.ALL : FrameDetail.NONE);
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
      stageStep[d] = dq;
    }
    System.arraycopy(q0, 0, qpos, 0, nq);
    integratePosition(qpos, stageStep, h);
  }

  /** qpos into {@code dest} (a new array when null). */
  public double[] qpos(double[] dest) {
    double[] out = dest == null ? new double[nq] : dest;
    System.arraycopy(qpos, 0, out, 0, nq);
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
    for (int i = 0; i < nq; i++) {
      if (!Double.isFinite(qpos[i])) {
        return false;
      }
    }
    for (int d = 0; d < nv; d++) {
      if (!Double.isFinite(qvel[d])) {
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
    return dest.set(frames.xpos[3 * link], frames.xpos[3 * link + 1], frames.xpos[3 * link + 2]);
  }

  @Override
  public void geomPose(int link, int geom, Vector3d positionDest, Quaterniond orientationDest) {
    Pose local = m.spec.links().get(link).geoms().get(geom).localPose();
    Quaterniond frame = linkOrientation(link, frameScratch);
    frame.transform(local.positionM(), positionDest);
    positionDest.add(frames.xpos[3 * link], frames.xpos[3 * link + 1], frames.xpos[3 * link + 2]);
    frame.mul(local.orientation(), orientationDest);
  }

  /** Orientation of a link's frame (world). */
  public Quaterniond linkOrientation(int link, Quaterniond dest) {
    frames.quaternion(link);
    double[] xquat = frames.xquat;
    return dest.set(xquat[4 * link + 1], xquat[4 * link + 2], xquat[4 * link + 3], xquat[4 * link]);
  }

  @Override
  public Vector3d sitePosition(String name, Vector3d dest) {
    int[] at = m.site(name);
    var local = m.spec.links().get(at[0]).sites().get(at[1]).positionM();
    int r = 9 * at[0];
    int p = 3 * at[0];
    frames.matrix(at[0]);
    double[] xpos = frames.xpos;
    double[] xmat = frames.xmat;
    return dest.set(
        xpos[p] + xmat[r] * local.x() + xmat[r + 1] * local.y() + xmat[r + 2] * local.z(),
        xpos[p + 1] + xmat[r + 3] * local.x() + xmat[r + 4] * local.y() + xmat[r + 5] * local.z(),
        xpos[p + 2] + xmat[r + 6] * local.x() + xmat[r + 7] * local.y() + xmat[r + 8] * local.z());
  }

  /** The mass matrix with armature on its diagonal. */
  private void massMatrix() {
    dynamics.massMatrix(massMatrix);
    for (int d = 0; d < nv; d++) {
      massMatrix[d * nv + d] += m.armature[d];
    }
  }

  /** Puts the simulation at rest in the written pose and factors the mass matrix there. */
  private void factorAtRest() {
    System.arraycopy(m.qpos0, 0, qpos, 0, nq);
    Arrays.fill(qvel, 0);
    dynamics.kinematics(qpos, frames, FrameDetail.ALL);
    massMatrix();
    Cholesky.factor(massMatrix, factor, nv);
  }

  /** Diagonal of the inverse mass matrix at the written pose: MuJoCo's {@code dof_invweight0}. */
  double[] inverseMassDiagonalAtRest() {
    factorAtRest();
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

  /**
   * MuJoCo's {@code body_invweight0} at the written pose, per link translation then rotation: the
   * mean diagonal of {@code J·M⁻¹·Jᵀ} for the Jacobian of the link's centre of mass (world axes).
   */
  double[] bodyInverseWeightsAtRest() {
    factorAtRest();
    double[] weights = new double[2 * nl];
    double[] wrench = new double[6];
    double[] column = new double[nv];
    double[] solved = new double[nv];
    double[] axes = new double[9];
    for (int link = 0; link < nl; link++) {
      if (!m.moving[link]) {
        continue;
      }
      if (slidesOnly(link)) {
        weights[2 * link] = 1 / Math.max(Quat.MIN_VALUE, m.mass[link]);
        continue;
      }
      frames.centres();
      Quat.toMatrix(frames.xiquat, 4 * link, axes, 0);
      for (int part = 0; part < 2; part++) {
        double sum = 0;
        for (int k = 0; k < 3; k++) {
          // A unit force (part 0) or torque (part 1) along world axis k, in principal axes.
          Arrays.fill(wrench, 0);
          for (int i = 0; i < 3; i++) {
            wrench[3 * (1 - part) + i] = axes[3 * k + i];
          }
          Arrays.fill(column, 0);
          dynamics.addPrincipalWrench(link, wrench, column);
          System.arraycopy(column, 0, solved, 0, nv);
          Cholesky.solve(factor, solved, nv);
          for (int d = 0; d < nv; d++) {
            sum += column[d] * solved[d];
          }
        }
        weights[2 * link + part] = sum / 3;
      }
    }
    return weights;
  }

  /**
   * Whether MuJoCo takes {@code link} for a simple body that only slides ({@code body_simple} 2:
   * then its {@code body_invweight0} is 1/mass and 0): a leaf on the world (or on a link welded to
   * it) with its inertia in its own frame, moved only by slides along a frame axis through its
   * origin.
   */
  private boolean slidesOnly(int link) {
    int parent = m.parent[link];
    boolean onWorld = parent < 0 || (m.parent[parent] < 0 && m.dofCount[parent] == 0);
    if (!onWorld
        || m.dofCount[link] == 0
        || !m.alignedInertia[link]
        || m.centre[3 * link] != 0
        || m.centre[3 * link + 1] != 0
        || m.centre[3 * link + 2] != 0) {
      return false;
    }
    for (int child = link + 1; child < nl; child++) {
      if (m.parent[child] == link) {
        return false;
      }
    }
    for (int d = m.dofStart[link]; d < m.dofStart[link] + m.dofCount[link]; d++) {
      int aligned = 0;
      for (int i = 0; i < 3; i++) {
        aligned += Math.abs(m.axis[3 * d + i]) > AXIS_EPSILON ? 1 : 0;
      }
      if (m.hinge[d]
          || aligned != 1
          || m.anchor[3 * d] != 0
          || m.anchor[3 * d + 1] != 0
          || m.anchor[3 * d + 2] != 0) {
        return false;
      }
    }
    return true;
  }

  /** MuJoCo's forward pass at the current state: everything up to qacc, and the link frames. */
  private void forward() {
    forward(FrameDetail.ALL);
  }

  /**
   * The forward pass, leaving current at least the frames that {@code detail} asks for (the link
   * poses wherever contacts are looked for).
   */
  private void forward(FrameDetail detail) {
    smoothForces(detail);
    if (contactState != null) {
      addRows();
      // qacc holds the last pass's solution (zero after setState): the search starts there.
      rows.solve(massMatrix, smooth, qacc, constraint);
      return;
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
   * The forward pass of the damped Euler step, which solves for its own acceleration: where no
   * constraint row acts, qacc is left as it was (it only starts the next search).
   */
  private void forwardForDampedEuler() {
    if (contactState == null) {
      forward(FrameDetail.ALL);
      return;
    }
    smoothForces(FrameDetail.ALL);
    addRows();
    if (rows.count() == 0) {
      Arrays.fill(constraint, 0);
      return;
    }
    rows.solve(massMatrix, smooth, qacc, constraint);
  }

  /** Kinematics, mass matrix and the generalised force of everything but the constraints. */
  private void smoothForces(FrameDetail detail) {
    // Contacts are found from the poses.
    FrameDetail needed =
        detail == FrameDetail.NONE && contactState != null ? FrameDetail.ALL : detail;
    dynamics.kinematics(qpos, frames, needed);
    massMatrix();
    dynamics.biasForces(qvel, bias);
    passiveLessBias();
    for (int a = 0; a < ctrl.length; a++) {
      smooth[m.actuatorDof[a]] += m.gear[a] * ctrl[a];
    }
  }

  /** The joint limits and the contacts at the current poses as rows of {@link #rows}. */
  private void addRows() {
    rows.clear();
    addLimitRows();
    contactState.detect(frames);
    contactState.addRows(rows, dynamics, qvel);
  }

  /**
   * The joint limits within their margins as rows of {@link #rows}, as {@link LimitRows} has them.
   */
  private void addLimitRows() {
    if (m.limits == null) {
      return;
    }
    for (int d = 0; d < nv; d++) {
      SoftLimit limit = m.limits[d];
      if (limit == null) {
        continue;
      }
      double below = qpos[m.dofQpos[d]] - m.lower[d];
      double above = m.upper[d] - qpos[m.dofQpos[d]];
      if (below < m.margin[d]) {
        addLimitRow(d, 1, below - m.margin[d], limit);
      }
      if (above < m.margin[d]) {
        addLimitRow(d, -1, above - m.margin[d], limit);
      }
    }
  }

  private void addLimitRow(int d, double sign, double distance, SoftLimit limit) {
    double impedance = limit.impedance(distance);
    double reference = limit.referenceAcceleration(sign * qvel[d], distance, impedance);
    rows.addSingle(Math.max(Quat.MIN_VALUE, limit.regularisation(impedance)), reference, d, sign);
  }

  /**
   * MuJoCo's {@code cfrc_ext} as Gymnasium's envs read it after {@code mj_rnePostConstraint}: per
   * link (model order) the wrench of the contacts of the last forward pass on it, {@code [torque,
   * force]} (N·m, N; world axes, the torque about the centre of mass of the link's tree), 6 numbers
   * each into {@code dest}; static links' rows and all rows without contacts are 0.
   */
  public void contactWrenches(double[] dest) {
    Arrays.fill(dest, 0, 6 * nl, 0);
    if (contactState == null) {
      return;
    }
    // MuJoCo's subtree_com of each tree's root, written to every link of the tree.
    frames.centres();
    double[] xipos = frames.xipos;
    for (int i = 0; i < nl; i++) {
      double mass = m.moving[i] ? m.mass[i] : 0;
      for (int c = 0; c < 3; c++) {
        treeCentre[3 * i + c] = mass * xipos[3 * i + c];
      }
    }
    for (int i = nl - 1; i >= 0; i--) {
      int p = m.parent[i];
      if (p >= 0) {
        for (int c = 0; c < 3; c++) {
          treeCentre[3 * p + c] += treeCentre[3 * i + c];
        }
      }
    }
    for (int i = 0; i < nl; i++) {
      int root = m.root[i];
      for (int c = 0; c < 3; c++) {
        treeCentre[3 * i + c] =
            root == i
                ? (m.treeMass[i] > 0 ? treeCentre[3 * i + c] / m.treeMass[i] : xipos[3 * i + c])
                : treeCentre[3 * root + c];
      }
    }
    contactState.addWrenches(rows, treeCentre, dest);
  }

  /** Number of contacts found by the last forward pass (MuJoCo's {@code ncon}). */
  public int contactCount() {
    return contactState == null ? 0 : contactState.count();
  }

  /**
   * The passive force less the bias forces into {@link #smooth}: joint damping and stiffness
   * (towards the written pose) and the medium's drag. Without a medium in one loop over the DOFs;
   * with one the drag is added to the passive force first, as MuJoCo sums them.
   */
  private void passiveLessBias() {
    if (fluid == null) {
      for (int d = 0; d < nv; d++) {
        smooth[d] = jointPassive(d) - bias[d];
      }
      return;
    }
    for (int d = 0; d < nv; d++) {
      passive[d] = jointPassive(d);
    }
    fluid.addForces(dynamics, passive);
    for (int d = 0; d < nv; d++) {
      smooth[d] = passive[d] - bias[d];
    }
  }

  /** DOF d's joint damping and stiffness force. */
  private double jointPassive(int d) {
    double spring =
        m.stiffness[d] == 0 ? 0 : m.stiffness[d] * (qpos[m.dofQpos[d]] - m.reference[d]);
    return -m.damping[d] * qvel[d] - spring;
  }
}
