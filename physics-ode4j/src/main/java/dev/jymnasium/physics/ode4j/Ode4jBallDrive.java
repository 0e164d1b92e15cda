package dev.jymnasium.physics.ode4j;

import org.joml.Vector3dc;
import org.ode4j.math.DVector3;
import org.ode4j.ode.DAMotorJoint;
import org.ode4j.ode.DBody;
import org.ode4j.ode.DJoint;
import org.ode4j.ode.DWorld;
import org.ode4j.ode.OdeConstants;
import org.ode4j.ode.OdeHelper;

/**
 * Motors and the total-angle limit of a ball joint, as two ODE angular motors in user mode with the
 * child as body 1, so that each row acts on the child's angular velocity minus the parent's. The
 * motor joint carries one axis per DOF, fixed in the parent; the limit joint has one axis, re-aimed
 * every sub-step along the current rotation axis, with the current rotation angle as its angle and
 * the maximum angle as its high stop: ODE then adds a one-sided row only at the limit.
 */
final class Ode4jBallDrive {
  private static final DJoint.PARAM_N[] VEL = {
    DJoint.PARAM_N.dParamVel1, DJoint.PARAM_N.dParamVel2, DJoint.PARAM_N.dParamVel3
  };
  private static final DJoint.PARAM_N[] FMAX = {
    DJoint.PARAM_N.dParamFMax1, DJoint.PARAM_N.dParamFMax2, DJoint.PARAM_N.dParamFMax3
  };

  /** Axes relative to ODE's body 2, the parent (global when the parent is the world). */
  private static final int RELATIVE_TO_BODY_2 = 2;

  private static final int GLOBAL = 0;

  private final DAMotorJoint motors;
  private final DAMotorJoint limit;
  private final DVector3 limitAxis = new DVector3();
  private boolean limited;

  /** {@code dofAxes}: the three DOF axes in world coordinates now. */
  Ode4jBallDrive(DWorld world, DBody child, DBody parent, Vector3dc[] dofAxes, double limitErp) {
    motors = OdeHelper.createAMotorJoint(world);
    motors.attach(child, parent);
    motors.setMode(DAMotorJoint.AMotorMode.dAMotorUser);
    motors.setNumAxes(3);
    for (int dof = 0; dof < 3; dof++) {
      motors.setAxis(dof, RELATIVE_TO_BODY_2, dofAxes[dof].x(), dofAxes[dof].y(), dofAxes[dof].z());
    }
    limit = OdeHelper.createAMotorJoint(world);
    limit.attach(child, parent);
    limit.setMode(DAMotorJoint.AMotorMode.dAMotorUser);
    limit.setNumAxes(1);
    limit.setParam(DJoint.PARAM_N.dParamStopERP1, limitErp);
  }

  /**
   * Motor of one DOF: target relative angular velocity (rad/s) and torque bound (N·m; 0 is off).
   */
  void setMotor(int dof, double targetVelocity, double maxTorque) {
    motors.setParam(VEL[dof], targetVelocity);
    motors.setParam(FMAX[dof], maxTorque);
  }

  /** Maximum total rotation angle (rad), or +infinity for none. */
  void setMaxAngle(double maxAngleRad) {
    limited = maxAngleRad < Double.POSITIVE_INFINITY;
    limit.setParam(DJoint.PARAM_N.dParamHiStop1, limited ? maxAngleRad : OdeConstants.dInfinity);
  }

  /** True when a maximum angle is set. */
  boolean limited() {
    return limited;
  }

  /**
   * Before a sub-step of a limited joint: the total rotation angle (rad) and its unit axis (world).
   */
  void aimLimit(double angleRad, Vector3dc axisWorld) {
    limitAxis.set(axisWorld.x(), axisWorld.y(), axisWorld.z());
    limit.setAxis(0, GLOBAL, limitAxis);
    limit.setAngle(0, angleRad);
  }

  void destroy() {
    motors.destroy();
    limit.destroy();
  }
}
