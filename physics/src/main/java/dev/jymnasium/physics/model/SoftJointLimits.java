package dev.jymnasium.physics.model;

import dev.jymnasium.physics.JointType;
import dev.jymnasium.physics.Pose;
import dev.jymnasium.physics.SoftLimit;
import java.util.List;
import org.joml.Matrix3d;
import org.joml.Vector3d;
import org.joml.Vector3dc;

/**
 * MuJoCo's soft joint limits for hinges whose armature lives in joint space. MuJoCo (documentation,
 * "Computation", soft constraints) drives a violated limit r towards {@code a_ref = −b·v − k·d·r}
 * with impedance d: {@code b = 2 / (dmax·timeconst)}, {@code k = 1 / (dmax²·timeconst²·
 * dampratio²)}; with the defaults {@code solreflimit = (0.02, 1)} and {@code solimplimit = (0.9,
 * 0.95, 0.001)} (d from 0.9 at the limit to 0.95 past 1 mm) a critically damped spring of 50 rad/s.
 * The limited joint accelerates by {@code (1 − d)·a₀ + d·a_ref}: it keeps 1 − d of what every other
 * force gives it. A hard engine limit instead corrects a violation within a step, which for a heavy
 * armature (Ant's ankles start 30° outside their range) throws the joint far past its range.
 *
 * <p>Where the engine's step resolves that spring ({@code 50 rad/s · step <= }{@value
 * #EXACT_STEP_MIN}: the 2 ms models, Hopper and Walker2d, and Ant's 10 ms timestep in four 2.5 ms
 * sub-steps) the limit is MuJoCo's constraint row itself ({@link dev.jymnasium.physics.SoftLimit},
 * its regularisation from the joint-space mass matrix as MuJoCo's {@code dof_invweight0}), which
 * cancels d of gravity and of the coupling between links too. Where it does not (HalfCheetah and
 * Pusher at 10 ms) the limit is a spring-damper in the armature row, stepped with the spring's
 * exact response ({@link dev.jymnasium.physics.Joint#setLimitSpring(double, double, double,
 * double)}) as MuJoCo's RK4 follows it, cancelling d of the actuator's torque only: the constraint
 * row's explicit step at 5 ms measured worse on Ant (step-1 error 0.041 → 0.053).
 */
final class SoftJointLimits {
  /** MuJoCo's default solreflimit time constant (s) and damping ratio. */
  private static final double TIME_CONSTANT_S = 0.02;

  private static final double DAMPING_RATIO = 1;

  /** MuJoCo's default solimplimit dmax: the impedance past the transition width. */
  private static final double IMPEDANCE = 0.95;

  /** MuJoCo's default solimplimit dmin (at the limit), width (rad), midpoint and power. */
  private static final double IMPEDANCE_AT_LIMIT = 0.9;

  private static final double IMPEDANCE_WIDTH_RAD = 0.001;

  private static final double IMPEDANCE_MIDPOINT = 0.5;

  private static final double IMPEDANCE_POWER = 2;

  /** Stiffness and damping per unit of effective inertia (1/s², 1/s). */
  static final double STIFFNESS_PER_INERTIA =
      IMPEDANCE
          / (IMPEDANCE * IMPEDANCE * TIME_CONSTANT_S * TIME_CONSTANT_S * DAMPING_RATIO)
          * IMPEDANCE;

  static final double DAMPING_PER_INERTIA = 2 / (IMPEDANCE * TIME_CONSTANT_S) * IMPEDANCE;

  /** The spring's frequency times the timestep above which its exact step is used. */
  static final double EXACT_STEP_MIN = 0.2;

  private SoftJointLimits() {}

  /**
   * Gives every limited hinge with joint-space armature MuJoCo's soft limit, for an engine stepping
   * {@code timestepSeconds} at a time (the model's timestep, or the sub-step that splits it).
   */
  static void apply(
      List<LinkRuntime> links,
      List<JointRuntime> joints,
      boolean engineArmature,
      double timestepSeconds,
      int nv) {
    double[] invWeight = null;
    double frequency = Math.sqrt(STIFFNESS_PER_INERTIA);
    boolean exact = frequency * timestepSeconds > EXACT_STEP_MIN;
    for (JointRuntime joint : joints) {
      JointDef def = joint.def;
      boolean limited =
          def.lowerLimit() > Double.NEGATIVE_INFINITY
              || def.upperLimit() < Double.POSITIVE_INFINITY;
      boolean ownHinge =
          joint.engineJoint != null && joint.engineJoint.spec().type() == JointType.HINGE;
      if (!limited || !ownHinge || !ModelBuilder.jointSpaceArmature(def, null, engineArmature)) {
        continue;
      }
      if (exact) {
        double inertia = def.armatureKgM2() + subtreeInertia(links, joint.link, def);
        joint.engineJoint.setLimitSpring(
            inertia * STIFFNESS_PER_INERTIA, inertia * DAMPING_PER_INERTIA, IMPEDANCE, inertia);
        continue;
      }
      if (invWeight == null) {
        invWeight = JointSpaceInertia.inverseDiagonal(links, joints, nv);
      }
      joint.engineJoint.setSoftLimit(
          new SoftLimit(
              TIME_CONSTANT_S,
              DAMPING_RATIO,
              IMPEDANCE_AT_LIMIT,
              IMPEDANCE,
              IMPEDANCE_WIDTH_RAD,
              IMPEDANCE_MIDPOINT,
              IMPEDANCE_POWER,
              invWeight[joint.qvelAddress]));
    }
  }

  /**
   * Moment of inertia (kg·m²) about the hinge's axis of its link and every link below it, at the
   * written pose: the joint's own diagonal entry of the mass matrix there, without armature.
   */
  private static double subtreeInertia(List<LinkRuntime> links, int link, JointDef def) {
    Pose frame = links.get(link).restPose;
    Vector3d axis = frame.orientation().transform(def.axis(), new Vector3d());
    Vector3d anchor = frame.transformPoint(def.anchorM(), new Vector3d());
    double total = 0;
    for (int i = link; i < links.size(); i++) {
      if (i == link || descends(links, i, link)) {
        total += axisInertia(links.get(i), axis, anchor);
      }
    }
    return total;
  }

  private static boolean descends(List<LinkRuntime> links, int child, int ancestor) {
    for (int p = links.get(child).parent; p >= 0; p = links.get(p).parent) {
      if (p == ancestor) {
        return true;
      }
    }
    return false;
  }

  private static double axisInertia(LinkRuntime link, Vector3dc axis, Vector3dc anchor) {
    InertiaTensors inertia = ModelBuilder.linkInertia(link.spec);
    if (inertia.massKg() == 0) {
      return 0;
    }
    Vector3d moments = new Vector3d();
    Pose principal = link.restPose.mul(inertia.principalFrame(moments, 0));
    Matrix3d rotation = new Matrix3d().set(principal.orientation());
    Vector3d local = rotation.transpose(new Matrix3d()).transform(new Vector3d(axis));
    double aboutCentre =
        moments.x * local.x * local.x
            + moments.y * local.y * local.y
            + moments.z * local.z * local.z;
    Vector3d offset = new Vector3d(principal.positionM()).sub(anchor).cross(axis);
    return aboutCentre + inertia.massKg() * offset.lengthSquared();
  }
}
