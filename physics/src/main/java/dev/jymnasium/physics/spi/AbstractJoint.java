package dev.jymnasium.physics.spi;

import dev.jymnasium.physics.Checks;
import dev.jymnasium.physics.Joint;
import dev.jymnasium.physics.JointSpec;
import dev.jymnasium.physics.JointType;
import dev.jymnasium.physics.SoftLimit;
import org.joml.Matrix3d;
import org.joml.Quaterniond;
import org.joml.Vector3d;
import org.joml.Vector3dc;

/**
 * Engine-independent part of a joint. Positions and velocities are computed here from the two
 * bodies' states, so both engines report them with the same conventions; efforts and damping are
 * applied here as equal and opposite body loads. Engines supply the constraint, its limits and its
 * motors.
 */
public abstract class AbstractJoint implements Joint {
  private static final double TWO_PI = 2 * Math.PI;

  /**
   * Fraction of a ball-limit overshoot removed per sub-step (ODE's default stop ERP), the same on
   * both engines.
   */
  protected static final double BALL_LIMIT_ERP = 0.2;

  private final int index;
  private final JointSpec spec;
  protected final AbstractBody parent;
  protected final AbstractBody child;

  /** Axis (or universal axis 1) and anchor in the parent frame (world frame without a parent). */
  private final Vector3d axisInParent = new Vector3d();

  private final Vector3d anchorInParent = new Vector3d();

  /** Universal axis 2 and the anchor in the child frame. */
  private final Vector3d axis2InChild = new Vector3d();

  private final Vector3d anchorInChild = new Vector3d();

  /** Child orientation relative to the parent at creation. */
  private final Quaterniond restRelative = new Quaterniond();

  /**
   * Joint frame in parent coordinates: columns axis, axis2 at rest and axis × axis2 (universal:
   * axis 1, axis 2 and their normal; planar: the normal and the DOF 0 and DOF 1 directions; ball:
   * the axes of DOFs 0, 1, 2).
   */
  private final Matrix3d axisFrame = new Matrix3d();

  private final double[] efforts = new double[3];
  private final boolean[] motorOn = new boolean[3];
  private final double[] motorTarget = new double[3];
  private final double[] motorMaxEffort = new double[3];
  private final double[] lowerLimits = new double[3];
  private final double[] upperLimits = new double[3];

  /** Joint-space inertia of a hinge (kg·m²), carried by an engine row; 0 for none. */
  private double armatureKgM2;

  /** Spring and damper of soft limits (see {@link #setLimitSpring}); 0 for hard limits. */
  private double limitStiffness;

  private double limitDamping;

  /** Share of the actuator effort a soft limit cancels while it pushes (MuJoCo's impedance). */
  private double limitImpedance;

  /** Inertia (kg·m²) the limit spring acts on, for its exact step; 0 for implicit Euler. */
  private double limitInertia;

  private final ExactSpringStep exactLimit = new ExactSpringStep();

  /** MuJoCo's soft limit carried by an engine row of its own (see {@link #setSoftLimit}). */
  private SoftLimit softLimit;

  /** Whether the soft-limit row was active in the last sub-step. */
  private boolean softLimitActive;

  /** Hinge angle continuity: last wrapped angle seen and its continuous value. */
  private double lastWrappedAngle;

  private double continuousAngle;

  private final Quaterniond qParent = new Quaterniond();
  private final Quaterniond qChild = new Quaterniond();
  private final Quaterniond qRelative = new Quaterniond();
  private final Vector3d v1 = new Vector3d();
  private final Vector3d v2 = new Vector3d();
  private final Vector3d v3 = new Vector3d();
  private final Vector3d v4 = new Vector3d();
  private final Vector3d v5 = new Vector3d();
  private final Matrix3d m1 = new Matrix3d();
  private final Matrix3d m2 = new Matrix3d();

  protected AbstractJoint(int index, JointSpec spec) {
    this.index = index;
    this.spec = spec;
    this.parent = (AbstractBody) spec.parent();
    this.child = (AbstractBody) spec.child();
    java.util.Arrays.fill(lowerLimits, spec.lowerLimit());
    java.util.Arrays.fill(upperLimits, spec.upperLimit());
    parentOrientation(qParent);
    child.orientation(qChild);
    Quaterniond parentInverse = new Quaterniond(qParent).conjugate();
    parentInverse.transform(spec.axis(), axisInParent);
    parentInverse.transform(spec.anchorM().sub(parentPosition(v1), v2), anchorInParent);
    Quaterniond childInverse = new Quaterniond(qChild).conjugate();
    childInverse.transform(spec.axis2(), axis2InChild);
    childInverse.transform(spec.anchorM().sub(child.position(v1), v2), anchorInChild);
    parentInverse.mul(qChild, restRelative);
    Vector3d axis2InParent = parentInverse.transform(spec.axis2(), new Vector3d());
    Vector3d third = new Vector3d(axisInParent).cross(axis2InParent);
    axisFrame.setColumn(0, axisInParent).setColumn(1, axis2InParent).setColumn(2, third);
  }

  /**
   * Pushes the limits of one DOF of a hinge, slider or universal joint to the engine constraint;
   * for a ball joint (DOF 0 only) lower is 0 and upper the maximum rotation angle (rad), or both
   * infinite for none.
   */
  protected abstract void applyLimits(int dof, double lower, double upper);

  /**
   * Pushes the motor state of one DOF to the engine; {@code subStepSeconds} is the coming sub-step.
   */
  protected abstract void applyMotor(
      int dof, boolean on, double targetVelocity, double maxEffort, double subStepSeconds);

  /** Removes the engine constraint (world closing). */
  protected abstract void destroy();

  /**
   * Called before every sub-step, after the bodies' states are final; engines may refresh motor
   * targets.
   */
  protected void beforeSubStep() {}

  /**
   * Creates the engine row that carries this hinge's armature and damping (see {@link
   * #updateArmatureRow}); engines without one throw UnsupportedOperationException.
   */
  protected void createArmatureRow() {
    throw new UnsupportedOperationException(
        "joint '" + spec.name() + "': this engine has no joint-space armature");
  }

  /**
   * Before every sub-step of a hinge with armature: the row's target relative velocity (rad/s) and
   * its constraint force mixing (rad/s per N·m), chosen so that the row's torque is {@code
   * −armature·(q̇⁺ − q̇)/h − damping·q̇⁺} for the sub-step's end velocity q̇⁺: the soft-constraint
   * form {@code torque = (target − q̇⁺)/cfm}.
   */
  protected void updateArmatureRow(double targetVelocity, double cfm) {}

  /** Creates the engine row that carries a hinge's soft limit (see {@link #updateLimitRow}). */
  protected void createLimitRow() {
    throw new UnsupportedOperationException(
        "joint '" + spec.name() + "': this engine has no soft-limit row");
  }

  /**
   * Before every sub-step of a hinge with a soft limit: with {@code violation} (rad) the distance
   * back to the violated limit (positive below the lower one, negative above the upper one, 0
   * within the limits: the row is off), a row along the hinge whose effort only pushes the joint
   * back, solving {@code q̇⁺ = targetVelocity − cfm·effort} over the sub-step.
   */
  protected void updateLimitRow(
      double violation, double targetVelocity, double cfm, double subStepSeconds) {}

  /**
   * Before every sub-step of a joint with soft limits: the engine's limit softness for a spring of
   * {@code stiffness} and a damper of {@code damping} over a sub-step of {@code subStepSeconds}.
   * Engines without limit softness ignore it.
   */
  protected void applyLimitSpring(double stiffness, double damping, double subStepSeconds) {}

  @Override
  public final void setLimitSpring(double stiffness, double damping, double impedance) {
    setLimitSpring(stiffness, damping, impedance, 0);
  }

  @Override
  public final void setLimitSpring(
      double stiffness, double damping, double impedance, double inertiaKgM2) {
    if (!(inertiaKgM2 >= 0) || Double.isInfinite(inertiaKgM2)) {
      throw new IllegalArgumentException(
          "limit inertia of joint '"
              + spec.name()
              + "' must be finite and >= 0 kg·m², got "
              + inertiaKgM2);
    }
    if (!(impedance >= 0 && impedance < 1)) {
      throw new IllegalArgumentException(
          "limit impedance of joint '" + spec.name() + "' must be in [0, 1), got " + impedance);
    }
    for (double value : new double[] {stiffness, damping}) {
      if (!(value >= 0) || Double.isInfinite(value)) {
        throw new IllegalArgumentException(
            "limit spring of joint '"
                + spec.name()
                + "' needs finite values >= 0, got stiffness "
                + stiffness
                + " and damping "
                + damping);
      }
    }
    if (spec.type() != JointType.HINGE && spec.type() != JointType.SLIDER) {
      throw new IllegalArgumentException(
          "joint '" + spec.name() + "' is " + spec.type() + ": soft limits need a hinge or slider");
    }
    limitStiffness = stiffness;
    limitDamping = damping;
    limitImpedance = impedance;
    limitInertia = inertiaKgM2;
    exactLimit.invalidate();
    sendLimits(0);
  }

  @Override
  public final void setSoftLimit(SoftLimit limit) {
    if (spec.type() != JointType.HINGE) {
      throw new IllegalArgumentException(
          "joint '" + spec.name() + "' is " + spec.type() + ": soft limits need a hinge");
    }
    if (softLimit == null && limit != null) {
      createLimitRow();
    }
    softLimit = limit;
    if (limit == null && softLimitActive) {
      updateLimitRow(0, 0, 0, 0);
      softLimitActive = false;
    }
    sendLimits(0);
  }

  @Override
  public final void setArmature(double kgM2) {
    if (!(kgM2 >= 0) || Double.isInfinite(kgM2)) {
      throw new IllegalArgumentException(
          "armature of joint '" + spec.name() + "' must be finite and >= 0 kg·m², got " + kgM2);
    }
    if (spec.type() != JointType.HINGE) {
      throw new IllegalArgumentException(
          "joint '"
              + spec.name()
              + "' is "
              + spec.type()
              + ": armature is supported on hinges only");
    }
    if (armatureKgM2 == 0 && kgM2 > 0) {
      createArmatureRow();
    }
    armatureKgM2 = kgM2;
    sendLimits(0);
  }

  @Override
  public final int index() {
    return index;
  }

  @Override
  public final String name() {
    return spec.name();
  }

  @Override
  public final JointSpec spec() {
    return spec;
  }

  private void checkDof(int dof) {
    if (dof < 0 || dof >= spec.type().dofCount()) {
      throw new IllegalArgumentException(
          "joint '"
              + name()
              + "' ("
              + spec.type()
              + ") has no DOF "
              + dof
              + "; valid: 0.."
              + (spec.type().dofCount() - 1));
    }
  }

  @Override
  public final double position(int dof) {
    checkDof(dof);
    switch (spec.type()) {
      case HINGE:
        return continuousHingeAngle();
      case SLIDER:
        return sliderOffset(axisInParent);
      case PLANAR:
        return dof == 2 ? continuousHingeAngle() : sliderOffset(planarAxis(dof));
      case BALL:
        return rotationVectorComponent(dof);
      default:
        return universalAngle(dof);
    }
  }

  @Override
  public final double velocity(int dof) {
    checkDof(dof);
    if (spec.type() == JointType.SLIDER) {
      return sliderRate(axisInParent);
    }
    if (spec.type() == JointType.PLANAR && dof < 2) {
      return sliderRate(planarAxis(dof));
    }
    Vector3d relative = child.angularVelocity(v1).sub(parentAngularVelocity(v2));
    switch (spec.type()) {
      case HINGE:
      case PLANAR:
        return relative.dot(parentOrientation(qParent).transform(axisInParent, v3));
      case BALL:
        return relative.dot(ballAxis(dof, v3));
      default:
        Vector3d axis =
            dof == 0
                ? parentOrientation(qParent).transform(axisInParent, v3)
                : child.orientation(qChild).transform(axis2InChild, v3);
        return relative.dot(axis);
    }
  }

  @Override
  public final void setEffort(int dof, double effort) {
    checkDof(dof);
    Checks.finite("effort of", "joint", name(), effort);
    efforts[dof] = effort;
  }

  @Override
  public final double effort(int dof) {
    checkDof(dof);
    return efforts[dof];
  }

  @Override
  public final void setMotor(int dof, double targetVelocity, double maxEffort) {
    checkDof(dof);
    requireLimitable("motors");
    Checks.finite("motor target velocity of", "joint", name(), targetVelocity);
    Checks.nonNegative("motor max effort of", "joint", name(), maxEffort);
    child.world().checkOpen();
    motorOn[dof] = true;
    motorTarget[dof] = targetVelocity;
    motorMaxEffort[dof] = maxEffort;
    applyMotor(dof, true, targetVelocity, maxEffort, child.world().subStepSeconds());
  }

  @Override
  public final void disableMotor(int dof) {
    checkDof(dof);
    requireLimitable("motors");
    motorOn[dof] = false;
    applyMotor(dof, false, 0, 0, child.world().subStepSeconds());
  }

  @Override
  public final void setLimits(int dof, double lower, double upper) {
    checkDof(dof);
    requireLimitable("limits");
    if (Double.isNaN(lower) || Double.isNaN(upper) || lower > upper) {
      throw new IllegalArgumentException(
          "joint '"
              + name()
              + "': limits must satisfy lower <= upper, got ["
              + lower
              + ", "
              + upper
              + "]");
    }
    if (spec.type() == JointType.BALL) {
      if (dof != 0) {
        throw new IllegalArgumentException(
            "ball joint '"
                + name()
                + "' has one limit, on its total rotation"
                + " angle: set it on DOF 0, not "
                + dof);
      }
      Checks.ballLimits(name(), lower, upper);
    }
    child.world().checkOpen();
    lowerLimits[dof] = lower;
    upperLimits[dof] = upper;
    sendLimits(dof);
  }

  /**
   * Sends one DOF's limits to the engine; a hinge whose armature row carries its soft limit (see
   * {@link #pushEfforts}) gets none there.
   */
  private void sendLimits(int dof) {
    if (limitInArmatureRow() || softLimit != null) {
      applyLimits(dof, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    } else {
      applyLimits(dof, lowerLimits[dof], upperLimits[dof]);
    }
  }

  private boolean limitInArmatureRow() {
    return armatureKgM2 > 0 && (limitStiffness > 0 || limitDamping > 0);
  }

  @Override
  public final void syncHingeAngle(double angleRad) {
    Checks.finite("hinge angle of", "joint", name(), angleRad);
    if (turnsContinuously()) {
      lastWrappedAngle = wrappedHingeAngle();
      continuousAngle = angleRad + wrap(lastWrappedAngle - angleRad);
    }
  }

  private void requireLimitable(String feature) {
    JointType type = spec.type();
    if (type != JointType.HINGE
        && type != JointType.SLIDER
        && type != JointType.UNIVERSAL
        && type != JointType.BALL) {
      throw new UnsupportedOperationException(
          "joint '"
              + name()
              + "' is "
              + type
              + "; "
              + feature
              + " are supported on HINGE, SLIDER, UNIVERSAL and BALL joints");
    }
  }

  /** Sends the limits of every DOF to the engine (joint creation). */
  final void applyAllLimits() {
    if (spec.type() == JointType.BALL) {
      applyLimits(0, lowerLimits[0], upperLimits[0]);
    } else if (spec.type() == JointType.HINGE
        || spec.type() == JointType.SLIDER
        || spec.type() == JointType.UNIVERSAL) {
      for (int dof = 0; dof < spec.type().dofCount(); dof++) {
        sendLimits(dof);
      }
    }
  }

  /**
   * Applies the held efforts, damping and springs as body loads for one sub-step of {@code
   * subStepSeconds}; a hinge with armature passes its damping to the armature row instead.
   */
  final void pushEfforts(double subStepSeconds) {
    beforeSubStep();
    int dofs = spec.type().dofCount();
    double damping = spec.dampingPerDof();
    if (softLimit != null) {
      pushSoftLimit(subStepSeconds);
    }
    if (armatureKgM2 > 0) {
      pushArmatureRow(subStepSeconds, damping);
      damping = 0;
    } else if (limitStiffness > 0 || limitDamping > 0) {
      applyLimitSpring(limitStiffness, limitDamping, subStepSeconds);
    }
    double stiffness = spec.stiffnessPerDof();
    for (int dof = 0; dof < dofs; dof++) {
      double effort = efforts[dof];

      if (damping > 0) {
        effort -= damping * velocity(dof);
      }
      if (stiffness > 0) {
        effort -= stiffness * position(dof);
      }
      if (effort != 0) {
        pushEffort(dof, effort);
      }
    }
  }

  /**
   * The armature row's torque {@code −a·(q̇⁺ − q̇)/h − d·q̇⁺}, plus, while the hinge is past a soft
   * limit by {@code e}, the limit's spring {@code k·e − (c + h·k)·q̇⁺} (implicit in position and
   * velocity) minus the impedance's share d of the actuator effort τ: MuJoCo's soft constraint
   * accelerates the joint by {@code (1 − d)·a₀ + d·a_ref}, so it cancels d of what else pushes it
   * (here the actuator only). The spring sits in this one row rather than in a separate engine
   * limit row: beside an armature row aimed at the same axis, ODE's limit row acted as a hard stop.
   * Like MuJoCo's limit force it only pushes: a spring that would pull at the current rate is left
   * out. With a limit inertia the spring's k and c are those of its exact step ({@link
   * ExactSpringStep}).
   */
  private void pushArmatureRow(double subStepSeconds, double damping) {
    double inertiaRate = armatureKgM2 / subStepSeconds;
    double rate = velocity(0);
    double violation = limitViolation();
    double stiffness = 0;
    double springDamping = 0;
    double cancelled = 0;
    double push = limitStiffness * violation - limitDamping * rate - limitImpedance * efforts[0];
    if (violation != 0 && violation * push > 0) {
      stiffness = limitStiffness;
      springDamping = limitDamping;
      if (limitInertia > 0) {
        stiffness =
            exactLimit.stiffness(limitStiffness, limitDamping, limitInertia, subStepSeconds);
        springDamping =
            exactLimit.damping(limitStiffness, limitDamping, limitInertia, subStepSeconds);
      }
      cancelled = limitImpedance * efforts[0];
    }
    double cfm = 1 / (inertiaRate + damping + subStepSeconds * stiffness + springDamping);
    updateArmatureRow((rate * inertiaRate + stiffness * violation - cancelled) * cfm, cfm);
  }

  /**
   * MuJoCo's soft limit for the coming sub-step of h: while the hinge is past a limit by r, the row
   * aims at {@code q̇ + h·a_ref} with regularisation {@code h·R(d(r))} (see {@link SoftLimit}), a
   * velocity-level form of MuJoCo's {@code a = a_ref − R·f} for the row's effort f.
   */
  private void pushSoftLimit(double subStepSeconds) {
    double violation = limitViolation();
    if (violation == 0) {
      if (softLimitActive) {
        updateLimitRow(0, 0, 0, 0);
        softLimitActive = false;
      }
      return;
    }
    double impedance = softLimit.impedance(violation);
    double rate = velocity(0);
    double reference = -softLimit.damping() * rate + softLimit.stiffness() * impedance * violation;
    updateLimitRow(
        violation,
        rate + subStepSeconds * reference,
        subStepSeconds * softLimit.regularisation(impedance),
        subStepSeconds);
    softLimitActive = true;
  }

  /** How far (rad) the hinge must move to get back within its limits: 0 inside them. */
  private double limitViolation() {
    if (limitStiffness == 0 && limitDamping == 0 && softLimit == null) {
      return 0;
    }
    double angle = position(0);
    if (angle < lowerLimits[0]) {
      return lowerLimits[0] - angle;
    }
    return angle > upperLimits[0] ? upperLimits[0] - angle : 0;
  }

  private void pushEffort(int dof, double effort) {
    Vector3d direction;
    switch (spec.type()) {
      case HINGE:
      case SLIDER:
        direction = parentOrientation(qParent).transform(axisInParent, v4);
        break;
      case PLANAR:
        direction =
            parentOrientation(qParent).transform(dof == 2 ? axisInParent : planarAxis(dof), v4);
        break;
      case BALL:
        direction = ballAxis(dof, v4);
        break;
      default:
        direction =
            dof == 0
                ? parentOrientation(qParent).transform(axisInParent, v4)
                : child.orientation(qChild).transform(axis2InChild, v4);
    }
    double x = direction.x * effort, y = direction.y * effort, z = direction.z * effort;
    if (spec.type() == JointType.SLIDER) {
      child.addEngineForce(x, y, z);
      if (parent != null && !parent.isStatic()) {
        parent.addEngineForce(-x, -y, -z);
      }
    } else if (spec.type() == JointType.PLANAR && dof < 2) {
      pushForceAtAnchor(x, y, z);
    } else {
      child.addEngineTorque(x, y, z);
      if (parent != null && !parent.isStatic()) {
        parent.addEngineTorque(-x, -y, -z);
      }
    }
  }

  /**
   * Applies force (x, y, z) N at the child's anchor point, and its reaction on the parent at the
   * same point: through the anchor it does no work on the planar turn.
   */
  private void pushForceAtAnchor(double x, double y, double z) {
    Vector3d childArm = child.orientation(qChild).transform(anchorInChild, v1);
    child.addEngineForce(x, y, z);
    child.addEngineTorque(
        childArm.y * z - childArm.z * y,
        childArm.z * x - childArm.x * z,
        childArm.x * y - childArm.y * x);
    if (parent != null && !parent.isStatic()) {
      Vector3d parentArm = childArm.add(child.position(v2)).sub(parent.position(v3));
      parent.addEngineForce(-x, -y, -z);
      parent.addEngineTorque(
          parentArm.z * y - parentArm.y * z,
          parentArm.x * z - parentArm.z * x,
          parentArm.y * x - parentArm.x * y);
    }
  }

  /** Keeps the hinge angle continuous; called after every sub-step. */
  final void afterSubStep() {
    if (turnsContinuously()) {
      double wrapped = wrappedHingeAngle();
      continuousAngle += wrap(wrapped - lastWrappedAngle);
      lastWrappedAngle = wrapped;
    }
  }

  /** Re-sends limits and motors (after the sub-step length changed). */
  final void refreshEngine(double subStepSeconds) {
    for (int dof = 0; dof < spec.type().dofCount(); dof++) {
      if (motorOn[dof]) {
        applyMotor(dof, true, motorTarget[dof], motorMaxEffort[dof], subStepSeconds);
      }
    }
  }

  static final int STATE_SIZE = 20;

  final void saveState(double[] dest, int offset) {
    for (int i = 0; i < 3; i++) {
      dest[offset + i] = efforts[i];
      dest[offset + 3 + i] = motorOn[i] ? 1 : 0;
      dest[offset + 6 + i] = motorTarget[i];
      dest[offset + 9 + i] = motorMaxEffort[i];
    }
    dest[offset + 12] = lastWrappedAngle;
    dest[offset + 13] = continuousAngle;
    for (int i = 0; i < 3; i++) {
      dest[offset + 14 + i] = lowerLimits[i];
      dest[offset + 17 + i] = upperLimits[i];
    }
  }

  final void restoreState(double[] src, int offset, double subStepSeconds) {
    for (int i = 0; i < 3; i++) {
      efforts[i] = src[offset + i];
      motorOn[i] = src[offset + 3 + i] != 0;
      motorTarget[i] = src[offset + 6 + i];
      motorMaxEffort[i] = src[offset + 9 + i];
    }
    lastWrappedAngle = src[offset + 12];
    continuousAngle = src[offset + 13];
    for (int i = 0; i < 3; i++) {
      lowerLimits[i] = src[offset + 14 + i];
      upperLimits[i] = src[offset + 17 + i];
    }
    JointType type = spec.type();
    if (type == JointType.HINGE
        || type == JointType.SLIDER
        || type == JointType.UNIVERSAL
        || type == JointType.BALL) {
      applyAllLimits();
      for (int dof = 0; dof < type.dofCount(); dof++) {
        applyMotor(dof, motorOn[dof], motorTarget[dof], motorMaxEffort[dof], subStepSeconds);
      }
    }
  }

  /** Whether the joint keeps a continuous turn angle: a hinge, or DOF 2 of a planar joint. */
  private boolean turnsContinuously() {
    return spec.type() == JointType.HINGE || spec.type() == JointType.PLANAR;
  }

  private double continuousHingeAngle() {
    return continuousAngle + wrap(wrappedHingeAngle() - lastWrappedAngle);
  }

  /** Direction of planar DOF 0 or 1 in the parent frame (a scratch vector). */
  private Vector3d planarAxis(int dof) {
    return axisFrame.getColumn(1 + dof, v5);
  }

  private double wrappedHingeAngle() {
    Quaterniond relative = relativeRotation();
    double along =
        relative.x * axisInParent.x + relative.y * axisInParent.y + relative.z * axisInParent.z;
    return wrap(2 * Math.atan2(along, relative.w));
  }

  /** Child rotation since creation, in parent coordinates. */
  private Quaterniond relativeRotation() {
    parentOrientation(qParent).conjugate();
    child.orientation(qChild);
    return qParent
        .mul(qChild, qRelative)
        .mul(-restRelative.x, -restRelative.y, -restRelative.z, restRelative.w);
  }

  /**
   * Rotation vector (rad) of the child since creation, in parent coordinates, into {@code dest}.
   */
  private Vector3d rotationVector(Vector3d dest) {
    Quaterniond q = relativeRotation();
    double sign = q.w < 0 ? -1 : 1;
    double s = Math.sqrt(q.x * q.x + q.y * q.y + q.z * q.z);
    double angle = 2 * Math.atan2(s, sign * q.w);
    double scale = s < 1e-12 ? 2 * sign : sign * angle / s;
    return dest.set(q.x, q.y, q.z).mul(scale);
  }

  private double rotationVectorComponent(int dof) {
    return rotationVector(v1).dot(axisFrame.getColumn(dof, v2));
  }

  /**
   * Ball joints: the total rotation angle (rad, 0..π) of the child relative to the parent since
   * creation; writes the unit rotation axis in world coordinates into {@code axisWorld} (any unit
   * vector at angle 0). The angle grows at the relative angular velocity along that axis.
   */
  protected final double ballRotation(Vector3d axisWorld) {
    Vector3d rotation = rotationVector(axisWorld);
    double angle = rotation.length();
    if (angle == 0) {
      axisWorld.set(1, 0, 0);
      return 0;
    }
    parentOrientation(qParent).transform(rotation.div(angle));
    return angle;
  }

  /**
   * Ball joints: the axis of DOF {@code dof} in world coordinates (turning with the parent) into
   * {@code dest}.
   */
  protected final Vector3d ballAxis(int dof, Vector3d dest) {
    return parentOrientation(qParent).transform(axisFrame.getColumn(dof, dest));
  }

  private double universalAngle(int dof) {
    m1.set(relativeRotation());
    // In the joint frame the relative rotation is Rx(a)·Ry(b) about axis 1 and axis 2.
    Matrix3d inFrame = m2.set(axisFrame).transpose().mul(m1).mul(axisFrame);
    return dof == 0 ? Math.atan2(inFrame.m12, inFrame.m11) : Math.atan2(inFrame.m20, inFrame.m00);
  }

  /** Offset (m) of the child's anchor from the parent's along {@code axis} (parent frame). */
  private double sliderOffset(Vector3dc axis) {
    Vector3d childAnchor =
        child.orientation(qChild).transform(anchorInChild, v1).add(child.position(v3));
    Vector3d parentAnchor =
        parentOrientation(qParent).transform(anchorInParent, v2).add(parentPosition(v3));
    return childAnchor.sub(parentAnchor).dot(qParent.transform(axis, v4));
  }

  /** Rate (m/s) of {@link #sliderOffset}. */
  private double sliderRate(Vector3dc axis) {
    Vector3d childArm = child.orientation(qChild).transform(anchorInChild, v1);
    Vector3d childVelocity =
        child.angularVelocity(v2).cross(childArm).add(child.linearVelocity(v3));
    double rate = childVelocity.dot(parentOrientation(qParent).transform(axis, v4));
    if (parent != null) {
      Vector3d parentArm = qParent.transform(anchorInParent, v1);
      Vector3d parentVelocity =
          parent.angularVelocity(v2).cross(parentArm).add(parent.linearVelocity(v3));
      rate -= parentVelocity.dot(v4);
    }
    return rate;
  }

  private Quaterniond parentOrientation(Quaterniond dest) {
    return parent == null ? dest.identity() : parent.orientation(dest);
  }

  private Vector3d parentPosition(Vector3d dest) {
    return parent == null ? dest.zero() : parent.position(dest);
  }

  private Vector3d parentAngularVelocity(Vector3d dest) {
    return parent == null ? dest.zero() : parent.angularVelocity(dest);
  }

  private static double wrap(double angle) {
    double a = angle % TWO_PI;
    if (a > Math.PI) {
      a -= TWO_PI;
    } else if (a <= -Math.PI) {
      a += TWO_PI;
    }
    return a;
  }

  @Override
  public String toString() {
    return "Joint[" + index + " '" + name() + "' " + spec.type() + "]";
  }
}
