package dev.jymnasium.physics;

import org.joml.Vector3d;
import org.joml.Vector3dc;

/**
 * A joint between a parent body (or the world) and a child body, given in world coordinates at the
 * moment of creation; that moment defines position 0. Positions are the child relative to the
 * parent: a positive hinge angle is a right-handed turn about the axis.
 *
 * @param name label for messages and look-ups
 * @param type kind of joint
 * @param parent parent body, or null for the static world
 * @param child child body (not static, not the parent)
 * @param anchorM joint point in world coordinates (m)
 * @param axis hinge/slider axis, universal axis 1, planar normal or ball DOF-0 axis, in world
 *     coordinates (normalised here)
 * @param axis2 universal axis 2, the planar DOF-0 axis or the ball DOF-1 axis (null: any),
 *     perpendicular to axis; ignored by other types
 * @param lowerLimit lower limit (rad or m) of every DOF, or -infinity; hinge, slider and universal
 *     joints. Ball joints: 0, with upperLimit bounding the total rotation angle (see {@link #ball})
 * @param upperLimit upper limit (rad or m) of every DOF, or +infinity
 * @param dampingPerDof viscous damping (N·m·s/rad or N·s/m, >= 0): an effort −damping·velocity on
 *     each DOF
 * @param stiffnessPerDof spring stiffness (N·m/rad or N/m, >= 0): an effort −stiffness·position on
 *     each DOF, pulling towards the pose at creation
 */
public record JointSpec(
    String name,
    JointType type,
    Body parent,
    Body child,
    Vector3dc anchorM,
    Vector3dc axis,
    Vector3dc axis2,
    double lowerLimit,
    double upperLimit,
    double dampingPerDof,
    double stiffnessPerDof) {

  public JointSpec {
    if (type == null) {
      throw new IllegalArgumentException("joint '" + name + "' needs a type");
    }
    if (child == null) {
      throw new IllegalArgumentException("joint '" + name + "' needs a child body");
    }
    if (child == parent) {
      throw new IllegalArgumentException(
          "joint '" + name + "' connects body '" + child.name() + "' to itself");
    }
    if (child.isStatic()) {
      throw new IllegalArgumentException(
          "joint '" + name + "': child body '" + child.name() + "' is static");
    }
    anchorM = new Vector3d(Checks.finite("anchorM of joint '" + name + "'", anchorM));
    axis = new Vector3d(Checks.direction("axis of joint '" + name + "'", axis)).normalize();
    if (type == JointType.UNIVERSAL
        || type == JointType.PLANAR
        || (type == JointType.BALL && axis2 != null)) {
      Vector3d second =
          new Vector3d(Checks.direction("axis2 of joint '" + name + "'", axis2)).normalize();
      if (Math.abs(second.dot(axis)) > 1e-6) {
        throw new IllegalArgumentException(
            type
                + " joint '"
                + name
                + "': axis2 "
                + second
                + " is not perpendicular to axis "
                + axis);
      }
      axis2 = second;
    } else {
      axis2 = anyPerpendicular(axis);
    }
    if (Double.isNaN(lowerLimit) || Double.isNaN(upperLimit) || lowerLimit > upperLimit) {
      throw new IllegalArgumentException(
          "joint '"
              + name
              + "': limits must satisfy lower <= upper, got ["
              + lowerLimit
              + ", "
              + upperLimit
              + "]");
    }
    if (type == JointType.FIXED
        && (lowerLimit > Double.NEGATIVE_INFINITY || upperLimit < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException(
          "joint '"
              + name
              + "' is "
              + type
              + ": limits are supported on HINGE, SLIDER, UNIVERSAL and BALL joints only");
    }
    if (type == JointType.BALL) {
      Checks.ballLimits(name, lowerLimit, upperLimit);
    }
    if (type == JointType.PLANAR
        && (lowerLimit > Double.NEGATIVE_INFINITY || upperLimit < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException("joint '" + name + "' is PLANAR: it takes no limits");
    }
    Checks.nonNegative("dampingPerDof of joint '" + name + "'", dampingPerDof);
    Checks.nonNegative("stiffnessPerDof of joint '" + name + "'", stiffnessPerDof);
  }

  /** True when limits are set. */
  public boolean hasLimits() {
    return lowerLimit > Double.NEGATIVE_INFINITY || upperLimit < Double.POSITIVE_INFINITY;
  }

  /** A unit vector perpendicular to the unit vector {@code v}. */
  static Vector3d anyPerpendicular(Vector3dc v) {
    Vector3d helper = Math.abs(v.x()) < 0.9 ? new Vector3d(1, 0, 0) : new Vector3d(0, 1, 0);
    return helper.cross(v).normalize();
  }

  /** A hinge about {@code axis} through {@code anchorM}, without limits. */
  public static JointSpec hinge(
      String name, Body parent, Body child, Vector3dc anchorM, Vector3dc axis) {
    return new JointSpec(
        name,
        JointType.HINGE,
        parent,
        child,
        anchorM,
        axis,
        null,
        Double.NEGATIVE_INFINITY,
        Double.POSITIVE_INFINITY,
        0,
        0);
  }

  /** A slider along {@code axis}; the anchor is the child's centre. */
  public static JointSpec slider(String name, Body parent, Body child, Vector3dc axis) {
    return new JointSpec(
        name,
        JointType.SLIDER,
        parent,
        child,
        child.position(new Vector3d()),
        axis,
        null,
        Double.NEGATIVE_INFINITY,
        Double.POSITIVE_INFINITY,
        0,
        0);
  }

  /**
   * A ball joint at {@code anchorM}. Its DOFs 0, 1, 2 turn about the world x, y and z axes at
   * creation, carried along by the parent (in general: axis, axis2 and axis × axis2). Limits {@code
   * withLimits(0, maxAngleRad)} bound the total rotation angle of the child relative to the parent
   * since creation, whatever its axis, to maxAngleRad in (0, π] (MuJoCo's ball range).
   */
  public static JointSpec ball(String name, Body parent, Body child, Vector3dc anchorM) {
    return new JointSpec(
        name,
        JointType.BALL,
        parent,
        child,
        anchorM,
        new Vector3d(1, 0, 0),
        new Vector3d(0, 1, 0),
        Double.NEGATIVE_INFINITY,
        Double.POSITIVE_INFINITY,
        0,
        0);
  }

  /** A weld of the child to the parent in their current poses. */
  public static JointSpec fixed(String name, Body parent, Body child) {
    return new JointSpec(
        name,
        JointType.FIXED,
        parent,
        child,
        child.position(new Vector3d()),
        new Vector3d(0, 0, 1),
        null,
        Double.NEGATIVE_INFINITY,
        Double.POSITIVE_INFINITY,
        0,
        0);
  }

  /** A universal joint at {@code anchorM} with two perpendicular axes. */
  public static JointSpec universal(
      String name, Body parent, Body child, Vector3dc anchorM, Vector3dc axis1, Vector3dc axis2) {
    return new JointSpec(
        name,
        JointType.UNIVERSAL,
        parent,
        child,
        anchorM,
        axis1,
        axis2,
        Double.NEGATIVE_INFINITY,
        Double.POSITIVE_INFINITY,
        0,
        0);
  }

  /**
   * A planar joint through {@code anchorM}: the child's anchor point moves in the plane with normal
   * {@code normal}, and the child turns about the normal only. DOF 0 translates along {@code
   * inPlaneAxis} (perpendicular to the normal), DOF 1 along normal × inPlaneAxis, DOF 2 turns
   * right-handed about the normal; (inPlaneAxis, normal × inPlaneAxis, normal) is right-handed.
   */
  public static JointSpec planar(
      String name,
      Body parent,
      Body child,
      Vector3dc anchorM,
      Vector3dc normal,
      Vector3dc inPlaneAxis) {
    return new JointSpec(
        name,
        JointType.PLANAR,
        parent,
        child,
        anchorM,
        normal,
        inPlaneAxis,
        Double.NEGATIVE_INFINITY,
        Double.POSITIVE_INFINITY,
        0,
        0);
  }

  /** A copy with limits (rad or m) on every DOF. */
  public JointSpec withLimits(double lower, double upper) {
    return new JointSpec(
        name,
        type,
        parent,
        child,
        anchorM,
        axis,
        axis2,
        lower,
        upper,
        dampingPerDof,
        stiffnessPerDof);
  }

  /** A copy with viscous damping per DOF. */
  public JointSpec withDamping(double damping) {
    return new JointSpec(
        name,
        type,
        parent,
        child,
        anchorM,
        axis,
        axis2,
        lowerLimit,
        upperLimit,
        damping,
        stiffnessPerDof);
  }

  /** A copy with a spring per DOF (N·m/rad or N/m) towards the pose at creation. */
  public JointSpec withStiffness(double stiffness) {
    return new JointSpec(
        name,
        type,
        parent,
        child,
        anchorM,
        axis,
        axis2,
        lowerLimit,
        upperLimit,
        dampingPerDof,
        stiffness);
  }
}
