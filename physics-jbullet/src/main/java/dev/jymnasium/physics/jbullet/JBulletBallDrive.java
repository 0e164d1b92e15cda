package dev.jymnasium.physics.jbullet;

import com.bulletphysics.dynamics.RigidBody;
import com.bulletphysics.dynamics.constraintsolver.TypedConstraint;
import com.bulletphysics.dynamics.constraintsolver.TypedConstraintType;
import javax.vecmath.Vector3f;
import org.joml.Vector3dc;

/**
 * Motors and the total-angle limit of a ball joint on JBullet, next to the point-to-point
 * constraint that holds the anchor. Body A is the child and body B the parent; every row acts on
 * the child's angular velocity minus the parent's along one world axis: one motor row per DOF axis
 * (fixed in the parent) and, once the total rotation angle has reached its maximum, one limit row
 * along the rotation axis that can only turn the child back.
 *
 * <p>Sequential impulses with accumulated clamping: a motor's total impulse in a step stays within
 * maxTorque × dt whatever the number of solver iterations (JBullet's own motors clip each iteration
 * instead). The accumulators restart every step (no warm starting), so the settings and the bodies
 * are the whole state, which keeps snapshot / restore exact.
 */
final class JBulletBallDrive extends TypedConstraint {
  private final float limitErp;

  /**
   * Per DOF: world axis, settings (rad/s, N·m), effective inertia (kg·m²) and impulse this step
   * (N·m·s).
   */
  private final Vector3f[] motorAxes = {new Vector3f(), new Vector3f(), new Vector3f()};

  private final boolean[] motorOn = new boolean[3];
  private final float[] motorTarget = new float[3];
  private final float[] motorMaxTorque = new float[3];
  private final float[] motorMass = new float[3];
  private final float[] motorImpulse = new float[3];
  private float maxAngle = Float.POSITIVE_INFINITY;
  private boolean atLimit;
  private float overshoot;
  private final Vector3f limitAxis = new Vector3f();
  private float limitMass;
  private float limitImpulse;
  private final Vector3f spinA = new Vector3f();
  private final Vector3f spinB = new Vector3f();
  private final Vector3f torqueImpulse = new Vector3f();

  JBulletBallDrive(RigidBody child, RigidBody parent, double limitErp) {
    super(TypedConstraintType.CONETWIST_CONSTRAINT_TYPE, child, parent);
    this.limitErp = (float) limitErp;
  }

  void setMotor(int dof, boolean on, double targetVelocity, double maxTorque) {
    motorOn[dof] = on;
    motorTarget[dof] = (float) targetVelocity;
    motorMaxTorque[dof] = (float) maxTorque;
  }

  boolean motorOn(int dof) {
    return motorOn[dof];
  }

  /** Maximum total rotation angle (rad), or +infinity for none. */
  void setMaxAngle(double maxAngleRad) {
    maxAngle = (float) maxAngleRad;
    atLimit = false;
  }

  /** True when a maximum angle is set. */
  boolean limited() {
    return maxAngle < Float.POSITIVE_INFINITY;
  }

  /** Before a sub-step: the world axis of a motorised DOF. */
  void aimMotor(int dof, Vector3dc axisWorld) {
    motorAxes[dof].set((float) axisWorld.x(), (float) axisWorld.y(), (float) axisWorld.z());
  }

  /**
   * Before a sub-step of a limited joint: the total rotation angle (rad) and its unit axis (world).
   */
  void aimLimit(double angleRad, Vector3dc axisWorld) {
    atLimit = angleRad >= maxAngle;
    overshoot = (float) (angleRad - maxAngle);
    limitAxis.set((float) axisWorld.x(), (float) axisWorld.y(), (float) axisWorld.z());
  }

  @Override
  public void buildJacobian() {
    for (int dof = 0; dof < 3; dof++) {
      if (motorOn[dof]) {
        motorMass[dof] = effectiveInertia(motorAxes[dof]);
        motorImpulse[dof] = 0;
      }
    }
    if (atLimit) {
      limitMass = effectiveInertia(limitAxis);
      limitImpulse = 0;
    }
  }

  @Override
  public void solveConstraint(float timeStep) {
    for (int dof = 0; dof < 3; dof++) {
      if (motorOn[dof]) {
        float bound = motorMaxTorque[dof] * timeStep;
        float before = motorImpulse[dof];
        float wanted = before + motorMass[dof] * (motorTarget[dof] - relativeRate(motorAxes[dof]));
        motorImpulse[dof] = Math.max(-bound, Math.min(bound, wanted));
        applyTorqueImpulse(motorAxes[dof], motorImpulse[dof] - before);
      }
    }
    if (atLimit) {
      // Turn back at most the overshoot's ERP share per step; never pull towards the limit.
      float before = limitImpulse;
      float targetRate = -limitErp * overshoot / timeStep;
      limitImpulse = Math.min(0, before + limitMass * (targetRate - relativeRate(limitAxis)));
      applyTorqueImpulse(limitAxis, limitImpulse - before);
    }
  }

  /** 1 / (a·I_A⁻¹·a + a·I_B⁻¹·a) for the unit world axis a (kg·m²). */
  private float effectiveInertia(Vector3f axis) {
    return 1f
        / (rbA.computeAngularImpulseDenominator(axis) + rbB.computeAngularImpulseDenominator(axis));
  }

  /** Child angular velocity minus the parent's along {@code axis} (rad/s). */
  private float relativeRate(Vector3f axis) {
    return axis.dot(rbA.getAngularVelocity(spinA)) - axis.dot(rbB.getAngularVelocity(spinB));
  }

  /** {@code impulse} (N·m·s) about {@code axis} on the child, its reaction on the parent. */
  private void applyTorqueImpulse(Vector3f axis, float impulse) {
    torqueImpulse.scale(impulse, axis);
    rbA.applyTorqueImpulse(torqueImpulse);
    torqueImpulse.negate();
    rbB.applyTorqueImpulse(torqueImpulse);
  }
}
