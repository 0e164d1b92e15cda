package dev.jymnasium.physics.jbullet;

import com.bulletphysics.dynamics.RigidBody;
import com.bulletphysics.dynamics.constraintsolver.Generic6DofConstraint;
import com.bulletphysics.dynamics.constraintsolver.RotationalLimitMotor;
import com.bulletphysics.linearmath.Transform;

/**
 * A planar joint on JBullet: a 6-DOF constraint whose frame has x and y in the plane and z along
 * the normal, with translation along z and rotation about x and y locked, the rest free.
 */
final class JBulletPlanarConstraint extends Generic6DofConstraint {
  /** Stand-in for an unbounded constraint force (N·m; JBullet works in floats). */
  private static final float NO_LIMIT = 1e30f;

  /** Frames are the joint frame in A's (the parent's) and B's (the child's) body frames. */
  JBulletPlanarConstraint(
      RigidBody parent, RigidBody child, Transform frameInParent, Transform frameInChild) {
    super(parent, child, frameInParent, frameInChild, true);
    setLimit(0, 1, -1);
    setLimit(1, 1, -1);
    setLimit(2, 0, 0);
    setLimit(3, 0, 0);
    setLimit(4, 0, 0);
    setLimit(5, 1, -1);
    for (int i = 0; i < 2; i++) {
      // The default cap (300 N·m) would let impacts twist the body out of its plane.
      getRotationalLimitMotor(i).maxLimitForce = NO_LIMIT;
    }
  }

  /**
   * Keeps the locked rotations active at zero error: JBullet skips a locked axis while its angle is
   * exactly 0, so a body that stayed exactly in its plane met an impact unconstrained for one step.
   */
  @Override
  public boolean testAngularLimitMotor(int axisIndex) {
    RotationalLimitMotor motor = getRotationalLimitMotor(axisIndex);
    if (motor.loLimit != motor.hiLimit) {
      return super.testAngularLimitMotor(axisIndex);
    }
    motor.currentLimit = 1;
    motor.currentLimitError = getAngle(axisIndex) - motor.loLimit;
    return true;
  }
}
