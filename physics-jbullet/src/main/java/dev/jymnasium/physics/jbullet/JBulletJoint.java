package dev.jymnasium.physics.jbullet;

import com.bulletphysics.dynamics.RigidBody;
import com.bulletphysics.dynamics.constraintsolver.Generic6DofConstraint;
import com.bulletphysics.dynamics.constraintsolver.HingeConstraint;
import com.bulletphysics.dynamics.constraintsolver.Point2PointConstraint;
import com.bulletphysics.dynamics.constraintsolver.RotationalLimitMotor;
import com.bulletphysics.dynamics.constraintsolver.SliderConstraint;
import com.bulletphysics.dynamics.constraintsolver.TypedConstraint;
import com.bulletphysics.linearmath.ScalarUtil;
import com.bulletphysics.linearmath.Transform;
import dev.jymnasium.physics.JointSpec;
import dev.jymnasium.physics.JointType;
import dev.jymnasium.physics.spi.AbstractJoint;
import javax.vecmath.Matrix3f;
import org.joml.Vector3d;
import org.joml.Vector3dc;

/**
 * A joint on JBullet. The hinge measures body A relative to body B, so the child is A; the slider
 * measures B relative to A, so the child is B. A missing parent is a static anchor body.
 */
final class JBulletJoint extends AbstractJoint {
  /** Stand-in for an infinite limit (JBullet works in floats). */
  private static final float NO_LIMIT = 1e30f;

  final TypedConstraint constraint;

  /** Motors and limit of a ball joint, a second constraint; null for other types. */
  final JBulletBallDrive ballDrive;

  private final Vector3d ballScratch = new Vector3d();
  private final int solverIterations;

  /** Universal motors: on/off and target joint rates (rad/s) per DOF. */
  private final boolean[] universalMotorOn = new boolean[2];

  private final double[] universalMotorTarget = new double[2];

  JBulletJoint(JointSpec spec, int index, RigidBody worldAnchor, int solverIterations) {
    super(index, spec);
    this.solverIterations = solverIterations;
    RigidBody child = ((JBulletBody) spec.child()).rigid;
    RigidBody parent = spec.parent() == null ? worldAnchor : ((JBulletBody) spec.parent()).rigid;
    Vector3dc axis = spec.axis();
    switch (spec.type()) {
      case HINGE:
        {
          Transform frame =
              frame(spec.anchorM(), spec.axis2(), new Vector3d(axis).cross(spec.axis2()), axis);
          constraint =
              new HingeConstraint(child, parent, local(child, frame), local(parent, frame));
          break;
        }
      case SLIDER:
        {
          Transform frame =
              frame(spec.anchorM(), axis, spec.axis2(), new Vector3d(axis).cross(spec.axis2()));
          constraint =
              new SliderConstraint(parent, child, local(parent, frame), local(child, frame), true);
          break;
        }
      case BALL:
        {
          Transform frame =
              frame(
                  spec.anchorM(),
                  new Vector3d(1, 0, 0),
                  new Vector3d(0, 1, 0),
                  new Vector3d(0, 0, 1));
          constraint =
              new Point2PointConstraint(
                  child, parent, local(child, frame).origin, local(parent, frame).origin);
          break;
        }
      case FIXED:
        {
          Transform frame =
              frame(
                  spec.anchorM(),
                  new Vector3d(1, 0, 0),
                  new Vector3d(0, 1, 0),
                  new Vector3d(0, 0, 1));
          Generic6DofConstraint weld =
              new Generic6DofConstraint(
                  parent, child, local(parent, frame), local(child, frame), true);
          for (int i = 0; i < 6; i++) {
            weld.setLimit(i, 0, 0);
          }
          constraint = weld;
          break;
        }
      case PLANAR:
        {
          Vector3dc inPlane = spec.axis2();
          Transform frame = frame(spec.anchorM(), inPlane, new Vector3d(axis).cross(inPlane), axis);
          constraint =
              new JBulletPlanarConstraint(parent, child, local(parent, frame), local(child, frame));
          break;
        }
      default:
        {
          // Generic 6-DOF rotates by X then Y then Z: lock translation and Z, free X (axis 1) and Y
          // (axis 2).
          Transform frame =
              frame(spec.anchorM(), axis, spec.axis2(), new Vector3d(axis).cross(spec.axis2()));
          Generic6DofConstraint universal =
              new Generic6DofConstraint(
                  parent, child, local(parent, frame), local(child, frame), true);
          for (int i = 0; i < 3; i++) {
            universal.setLimit(i, 0, 0);
          }
          universal.setLimit(3, 1, -1);
          universal.setLimit(4, 1, -1);
          universal.setLimit(5, 0, 0);
          for (int i = 0; i < 3; i++) {
            // The default cap (300 N·m) would let a heavy chain break through its lock and limits.
            universal.getRotationalLimitMotor(i).maxLimitForce = NO_LIMIT;
          }
          constraint = universal;
        }
    }
    ballDrive =
        spec.type() == JointType.BALL ? new JBulletBallDrive(child, parent, BALL_LIMIT_ERP) : null;
  }

  /** A world frame at {@code origin} with the given orthonormal axes as columns. */
  private static Transform frame(Vector3dc origin, Vector3dc x, Vector3dc y, Vector3dc z) {
    Transform t = new Transform();
    t.origin.set((float) origin.x(), (float) origin.y(), (float) origin.z());
    t.basis.set(
        new Matrix3f(
            (float) x.x(),
            (float) y.x(),
            (float) z.x(),
            (float) x.y(),
            (float) y.y(),
            (float) z.y(),
            (float) x.z(),
            (float) y.z(),
            (float) z.z()));
    return t;
  }

  /** {@code world} expressed in the frame of {@code body}. */
  private static Transform local(RigidBody body, Transform world) {
    Transform inverse = body.getWorldTransform(new Transform());
    inverse.inverse();
    Transform result = new Transform();
    result.mul(inverse, world);
    return result;
  }

  @Override
  protected void applyLimits(int dof, double lower, double upper) {
    if (ballDrive != null) {
      ballDrive.setMaxAngle(upper);
      return;
    }
    boolean free = lower == Double.NEGATIVE_INFINITY && upper == Double.POSITIVE_INFINITY;
    float lo = (float) Math.max(lower, -NO_LIMIT);
    float hi = (float) Math.min(upper, NO_LIMIT);
    if (constraint instanceof HingeConstraint hinge) {
      if (free) {
        hinge.setLimit(NO_LIMIT, -NO_LIMIT);
      } else {
        hinge.setLimit(fastAngle(lower), fastAngle(upper));
      }
    } else if (constraint instanceof SliderConstraint slider) {
      slider.setLowerLinLimit(free ? 1 : lo);
      slider.setUpperLinLimit(free ? -1 : hi);
    } else if (constraint instanceof Generic6DofConstraint universal) {
      // Angular axes 3 and 4 carry universal axes 1 and 2; JBullet's limit angles have the opposite
      // sign to ours.
      universal.setLimit(3 + dof, free ? 1 : -hi, free ? -1 : -lo);
    }
  }

  /**
   * JBullet checks hinge limits against a fast atan2 approximation (errors up to ~0.07 rad): hand
   * it the approximation of the limit so the limit holds at the true angle.
   */
  private static float fastAngle(double angleRad) {
    if (angleRad <= -Math.PI || angleRad >= Math.PI) {
      return angleRad < 0 ? -NO_LIMIT : NO_LIMIT;
    }
    return ScalarUtil.atan2Fast((float) Math.sin(angleRad), (float) Math.cos(angleRad));
  }

  @Override
  protected void applyMotor(
      int dof, boolean on, double targetVelocity, double maxEffort, double subStepSeconds) {
    if (ballDrive != null) {
      ballDrive.setMotor(dof, on, targetVelocity, maxEffort);
      return;
    }
    if (constraint instanceof HingeConstraint hinge) {
      // JBullet clips the hinge motor impulse in every solver iteration, not in total:
      // spread the sub-step's impulse budget over the iterations.
      float impulse = (float) (maxEffort * subStepSeconds / solverIterations);
      hinge.enableAngularMotor(on, (float) targetVelocity, impulse);
    } else if (constraint instanceof SliderConstraint slider) {
      slider.setPoweredLinMotor(on);
      slider.setTargetLinMotorVelocity((float) targetVelocity);
      slider.setMaxLinMotorForce((float) (maxEffort * subStepSeconds));
    } else if (constraint instanceof Generic6DofConstraint universal) {
      // The 6-DOF motor clips its impulse in every solver iteration: spread the budget.
      RotationalLimitMotor motor = universal.getRotationalLimitMotor(dof);
      motor.enableMotor = on;
      motor.maxMotorForce = (float) (maxEffort / solverIterations);
      universalMotorOn[dof] = on;
      universalMotorTarget[dof] = targetVelocity;
      beforeSubStep();
    }
  }

  /**
   * The 6-DOF motor drives (ω_parent − ω_child) along JBullet's unnormalised Euler axes (axis 1 =
   * z_parent × x_child, axis 0 = axis 1 × z_parent), not the joint rates: convert the wanted rate
   * of each motorised DOF, given the other DOF's current rate, into those targets.
   */
  @Override
  protected void beforeSubStep() {
    if (ballDrive != null) {
      aimBallDrive();
      return;
    }
    if (!(constraint instanceof Generic6DofConstraint universal)
        || !(universalMotorOn[0] || universalMotorOn[1])) {
      return;
    }
    double a = position(0), b = position(1);
    double aRate = universalMotorOn[0] ? universalMotorTarget[0] : velocity(0);
    double bRate = universalMotorOn[1] ? universalMotorTarget[1] : velocity(1);
    double sinA = Math.sin(a), cosA = Math.cos(a), sinB = Math.sin(b), cosB = Math.cos(b);
    double alongX = aRate * cosB + bRate * cosA * sinA * sinB;
    double alongY = -aRate * sinA * sinB + bRate * cosA * cosB;
    universal.getRotationalLimitMotor(0).targetVelocity = (float) -alongX;
    universal.getRotationalLimitMotor(1).targetVelocity = (float) -alongY;
  }

  /**
   * Hands the ball drive this sub-step's motor axes and, when limited, the rotation angle and axis.
   */
  private void aimBallDrive() {
    for (int dof = 0; dof < 3; dof++) {
      if (ballDrive.motorOn(dof)) {
        ballDrive.aimMotor(dof, ballAxis(dof, ballScratch));
      }
    }
    if (ballDrive.limited()) {
      double angle = ballRotation(ballScratch);
      ballDrive.aimLimit(angle, ballScratch);
    }
  }

  @Override
  protected void destroy() {
    // The constraint goes with its world.
  }
}
