package dev.jymnasium.physics.ode4j;

import dev.jymnasium.physics.JointSpec;
import dev.jymnasium.physics.JointType;
import dev.jymnasium.physics.spi.AbstractJoint;
import org.joml.Vector3d;
import org.joml.Vector3dc;
import org.ode4j.math.DVector3;
import org.ode4j.ode.DAMotorJoint;
import org.ode4j.ode.DBallJoint;
import org.ode4j.ode.DBody;
import org.ode4j.ode.DFixedJoint;
import org.ode4j.ode.DHingeJoint;
import org.ode4j.ode.DJoint;
import org.ode4j.ode.DSliderJoint;
import org.ode4j.ode.DUniversalJoint;
import org.ode4j.ode.DWorld;
import org.ode4j.ode.OdeConstants;
import org.ode4j.ode.OdeHelper;
import org.ode4j.ode.internal.joints.JymnasiumInPlaneHinge;
import org.ode4j.ode.internal.joints.JymnasiumPlanarJoint;

/**
 * A joint on ODE4J. ODE measures hinge and slider coordinates of body 1 relative to body 2, so the
 * child is body 1.
 */
final class Ode4jJoint extends AbstractJoint {
  private final DJoint joint;

  /** Motors and limit of a ball joint; null for other types. */
  private final Ode4jBallDrive ballDrive;

  private final Vector3d ballRotationAxis = new Vector3d();

  private final DWorld world;

  /**
   * A hinge's armature and damping: a one-axis angular motor about the hinge axis with unbounded
   * force, whose softness (CFM) makes it act as a joint-space inertia; null without armature.
   */
  private DAMotorJoint armatureRow;

  /** Row of a soft limit (an unpowered AMotor whose stop does the pushing); null for none. */
  private DAMotorJoint limitRow;

  /**
   * A hinge's two in-plane rows while the world holds both its bodies in a plane ({@link
   * #solveInPlane}), standing for ODE's hinge unless that needs its own limit or motor row; null
   * otherwise.
   */
  private JymnasiumInPlaneHinge inPlaneRows;

  /** Whether ODE's hinge has finite stops or a motor on: its own limit or motor row. */
  private boolean odeStops;

  private boolean odeMotor;

  private boolean solvedInPlane;

  Ode4jJoint(DWorld world, JointSpec spec, int index) {
    super(index, spec);
    this.world = world;
    DBody childBody = ((Ode4jBody) spec.child()).body;
    DBody parentBody = spec.parent() == null ? null : ((Ode4jBody) spec.parent()).body;
    Vector3dc anchor = spec.anchorM();
    Vector3dc axis = spec.axis();
    switch (spec.type()) {
      case HINGE:
        {
          DHingeJoint hinge = OdeHelper.createHingeJoint(world);
          hinge.attach(childBody, parentBody);
          hinge.setAnchor(anchor.x(), anchor.y(), anchor.z());
          hinge.setAxis(axis.x(), axis.y(), axis.z());
          joint = hinge;
          break;
        }
      case SLIDER:
        {
          DSliderJoint slider = OdeHelper.createSliderJoint(world);
          slider.attach(childBody, parentBody);
          slider.setAxis(axis.x(), axis.y(), axis.z());
          joint = slider;
          break;
        }
      case BALL:
        {
          DBallJoint ball = OdeHelper.createBallJoint(world);
          ball.attach(childBody, parentBody);
          ball.setAnchor(anchor.x(), anchor.y(), anchor.z());
          joint = ball;
          break;
        }
      case FIXED:
        {
          DFixedJoint fixed = OdeHelper.createFixedJoint(world);
          fixed.attach(childBody, parentBody);
          fixed.setFixed();
          joint = fixed;
          break;
        }
      case PLANAR:
        {
          Vector3dc inPlane = spec.axis2();
          joint =
              new JymnasiumPlanarJoint(
                  world,
                  childBody,
                  parentBody,
                  new DVector3(anchor.x(), anchor.y(), anchor.z()),
                  new DVector3(axis.x(), axis.y(), axis.z()),
                  new DVector3(inPlane.x(), inPlane.y(), inPlane.z()));
          break;
        }
      default:
        {
          // ODE fixes axis 1 in body 1 and axis 2 in body 2: here the parent carries axis 1.
          DUniversalJoint universal = OdeHelper.createUniversalJoint(world);
          universal.attach(parentBody, childBody);
          universal.setAnchor(anchor.x(), anchor.y(), anchor.z());
          universal.setAxis1(axis.x(), axis.y(), axis.z());
          universal.setAxis2(spec.axis2().x(), spec.axis2().y(), spec.axis2().z());
          joint = universal;
        }
    }
    ballDrive =
        spec.type() == JointType.BALL
            ? new Ode4jBallDrive(
                world,
                childBody,
                parentBody,
                new Vector3d[] {
                  ballAxis(0, new Vector3d()),
                  ballAxis(1, new Vector3d()),
                  ballAxis(2, new Vector3d())
                },
                BALL_LIMIT_ERP)
            : null;
  }

  /**
   * Leaves motion out of the plane to the world, which holds both bodies in a plane perpendicular
   * to this joint's axis: a planar joint to the world gives up its rows, a hinge keeps only its two
   * in-plane rows along {@code inPlaneA} and {@code inPlaneB}, whose cross product is the hinge
   * axis (while ODE's hinge has no limit or motor row of its own).
   */
  void solveInPlane(Vector3dc inPlaneA, Vector3dc inPlaneB) {
    solvedInPlane = true;
    if (spec().type() == JointType.PLANAR) {
      joint.disable();
      return;
    }
    DHingeJoint hinge = (DHingeJoint) joint;
    DVector3 anchor1 = new DVector3();
    DVector3 anchor2 = new DVector3();
    hinge.getAnchor(anchor1);
    hinge.getAnchor2(anchor2);
    inPlaneRows =
        new JymnasiumInPlaneHinge(
            world,
            hinge.getBody(0),
            hinge.getBody(1),
            anchor1,
            anchor2,
            new DVector3(inPlaneA.x(), inPlaneA.y(), inPlaneA.z()),
            new DVector3(inPlaneB.x(), inPlaneB.y(), inPlaneB.z()));
    chooseHingeRows();
  }

  /** A hinge's axis in the world now, as its child carries it. */
  Vector3d hingeAxis(Vector3d dest) {
    DVector3 axis = new DVector3();
    ((DHingeJoint) joint).getAxis(axis);
    return dest.set(axis.get0(), axis.get1(), axis.get2());
  }

  /** True once {@link #solveInPlane} was called. */
  boolean solvedInPlane() {
    return solvedInPlane;
  }

  /**
   * In a plane, the in-plane rows stand for ODE's hinge, carrying the armature row too, unless
   * ODE's hinge needs its own limit or motor row: then it solves with all its rows, and the
   * armature with its own motor joint.
   */
  private void chooseHingeRows() {
    if (inPlaneRows == null) {
      return;
    }
    boolean inPlane = !(odeStops || odeMotor);
    setEnabled(joint, !inPlane);
    setEnabled(inPlaneRows, inPlane);
    if (armatureRow != null) {
      setEnabled(armatureRow, !inPlane);
      if (!inPlane) {
        inPlaneRows.clearTurnRow();
      }
    }
  }

  private static void setEnabled(DJoint joint, boolean on) {
    if (on) {
      joint.enable();
    } else {
      joint.disable();
    }
  }

  @Override
  protected void applyLimits(int dof, double lower, double upper) {
    if (ballDrive != null) {
      ballDrive.setMaxAngle(upper);
      return;
    }
    odeStops = lower > Double.NEGATIVE_INFINITY || upper < Double.POSITIVE_INFINITY;
    chooseHingeRows();
    boolean second = usesSecondParameters(dof);
    DJoint.PARAM_N loStop = second ? DJoint.PARAM_N.dParamLoStop2 : DJoint.PARAM_N.dParamLoStop1;
    DJoint.PARAM_N hiStop = second ? DJoint.PARAM_N.dParamHiStop2 : DJoint.PARAM_N.dParamHiStop1;
    // ODE ignores a low stop above the high stop: open both first, then set.
    joint.setParam(loStop, -OdeConstants.dInfinity);
    joint.setParam(hiStop, OdeConstants.dInfinity);
    joint.setParam(loStop, lower);
    joint.setParam(hiStop, upper);
  }

  @Override
  protected void applyMotor(
      int dof, boolean on, double targetVelocity, double maxEffort, double subStepSeconds) {
    if (ballDrive != null) {
      ballDrive.setMotor(dof, on ? targetVelocity : 0, on ? maxEffort : 0);
      return;
    }
    odeMotor = on && maxEffort > 0;
    chooseHingeRows();
    boolean second = usesSecondParameters(dof);
    joint.setParam(
        second ? DJoint.PARAM_N.dParamVel2 : DJoint.PARAM_N.dParamVel1, on ? targetVelocity : 0);
    joint.setParam(
        second ? DJoint.PARAM_N.dParamFMax2 : DJoint.PARAM_N.dParamFMax1, on ? maxEffort : 0);
  }

  /**
   * With the parent as body 1, ODE's second universal angle is our DOF 0 and its first is our DOF
   * 1.
   */
  private boolean usesSecondParameters(int dof) {
    return joint instanceof DUniversalJoint && dof == 0;
  }

  @Override
  protected void beforeSubStep() {
    if (ballDrive != null && ballDrive.limited()) {
      double angle = ballRotation(ballRotationAxis);
      ballDrive.aimLimit(angle, ballRotationAxis);
    }
  }

  @Override
  protected void createArmatureRow() {
    armatureRow = hingeAxisRow();
    armatureRow.setParamFMax(OdeConstants.dInfinity);
    chooseHingeRows();
  }

  /** A one-axis motor between the hinge's bodies along its axis, which turns with the child. */
  private DAMotorJoint hingeAxisRow() {
    DHingeJoint hinge = (DHingeJoint) joint;
    DAMotorJoint row = OdeHelper.createAMotorJoint(world);
    row.attach(hinge.getBody(0), hinge.getBody(1));
    row.setMode(DAMotorJoint.AMotorMode.dAMotorUser);
    row.setNumAxes(1);
    DVector3 axis = new DVector3();
    hinge.getAxis(axis);
    // Relative mode 1: the axis turns with body 1 (the child), as the hinge axis does.
    row.setAxis(0, 1, axis);
    return row;
  }

  /**
   * ODE's stop ERP and CFM for a spring-damper (ODE manual, "Joint error and the ERP" and "Soft
   * constraint and CFM"): {@code ERP = h·k / (h·k + c)}, {@code CFM = 1 / (h·k + c)}.
   */
  @Override
  protected void applyLimitSpring(double stiffness, double damping, double subStepSeconds) {
    if (joint instanceof DHingeJoint || joint instanceof DSliderJoint) {
      double scale = subStepSeconds * stiffness + damping;
      joint.setParam(DJoint.PARAM_N.dParamStopERP1, subStepSeconds * stiffness / scale);
      joint.setParam(DJoint.PARAM_N.dParamStopCFM1, 1 / scale);
    }
  }

  @Override
  protected void createLimitRow() {
    limitRow = hingeAxisRow();
    limitRow.setParamFMax(0);
    limitRow.setParamLoStop(Double.NEGATIVE_INFINITY);
    limitRow.setParamHiStop(Double.POSITIVE_INFINITY);
  }

  /**
   * ODE's limit row of an unpowered user-mode AMotor whose angle is set to {@code −violation} with
   * its stop at 0 on the violated side: it pushes only, and aims at {@code −ERP·(angle − stop)/h},
   * so ERP = target·h / violation gives the target.
   */
  @Override
  protected void updateLimitRow(
      double violation, double targetVelocity, double cfm, double subStepSeconds) {
    if (violation == 0) {
      limitRow.setParamLoStop(Double.NEGATIVE_INFINITY);
      limitRow.setParamHiStop(Double.POSITIVE_INFINITY);
      return;
    }
    limitRow.setParamLoStop(violation > 0 ? 0 : Double.NEGATIVE_INFINITY);
    limitRow.setParamHiStop(violation > 0 ? Double.POSITIVE_INFINITY : 0);
    limitRow.setAngle(0, -violation);
    limitRow.setParam(DJoint.PARAM_N.dParamStopERP1, targetVelocity * subStepSeconds / violation);
    limitRow.setParam(DJoint.PARAM_N.dParamStopCFM1, cfm);
  }

  @Override
  protected void updateArmatureRow(double targetVelocity, double cfm) {
    if (inPlaneRows != null && inPlaneRows.isEnabled()) {
      inPlaneRows.setTurnRow(targetVelocity, cfm);
      return;
    }
    armatureRow.setParamVel(targetVelocity);
    armatureRow.setParam(DJoint.PARAM_N.dParamCFM1, cfm);
  }

  @Override
  protected void destroy() {
    if (armatureRow != null) {
      armatureRow.destroy();
    }
    if (limitRow != null) {
      limitRow.destroy();
    }
    joint.destroy();
    if (inPlaneRows != null) {
      inPlaneRows.destroy();
    }
    if (ballDrive != null) {
      ballDrive.destroy();
    }
  }
}
