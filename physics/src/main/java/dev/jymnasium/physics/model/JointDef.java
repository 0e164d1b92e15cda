package dev.jymnasium.physics.model;

import dev.jymnasium.physics.Checks;
import java.util.List;
import org.joml.Vector3d;
import org.joml.Vector3dc;

/**
 * One MuJoCo-style joint of a link, moving the link relative to its parent. Several joints on one
 * link act in order (e.g. the planar root: slide x, slide z, hinge y). Positions are measured from
 * the written pose, which reads {@code reference}.
 *
 * @param name unique joint name in the model
 * @param kind hinge, slide, ball or free
 * @param axis hinge/slide axis in the link frame (normalised here; ignored by ball and free)
 * @param anchorM joint point in the link frame (m; MuJoCo's joint {@code pos})
 * @param lowerLimit lower limit (rad or m), or -infinity; hinge, slide and ball (0 when limited)
 * @param upperLimit upper limit (rad or m), or +infinity; for a ball joint the maximum total
 *     rotation angle from the written pose, in (0, π] (MuJoCo's ball {@code range="0 max"})
 * @param damping viscous damping (N·m·s/rad or N·s/m, >= 0) per DOF
 * @param stiffness spring (N·m/rad or N/m, >= 0) per DOF towards the written pose
 * @param armatureKgM2 inertia added to the joint's own diagonal entry of the joint-space mass
 *     matrix (kg·m² or kg, >= 0): hinges and slides; ODE4J and JBullet use it on hinges only
 * @param reference joint position (rad or m) in the written pose (MuJoCo's {@code ref}); hinge and
 *     slide
 * @param limitMarginM distance (rad or m, >= 0) from a limit at which it starts to act (MuJoCo's
 *     {@code margin}); the joint-space engine uses it, ODE4J and JBullet act at the limit
 */
public record JointDef(
    String name,
    Kind kind,
    Vector3dc axis,
    Vector3dc anchorM,
    double lowerLimit,
    double upperLimit,
    double damping,
    double stiffness,
    double armatureKgM2,
    double reference,
    double limitMarginM) {

  /** Joint kinds and their sizes in qpos and qvel. */
  public enum Kind {
    /** Rotation about the axis: 1 qpos (rad), 1 qvel (rad/s). */
    HINGE(1, 1),
    /** Translation along the axis: 1 qpos (m), 1 qvel (m/s). */
    SLIDE(1, 1),
    /**
     * Free rotation about the anchor: qpos quaternion (w, x, y, z), qvel angular velocity in the
     * link frame.
     */
    BALL(4, 3),
    /**
     * 6-DOF root: qpos position (m) and quaternion (w, x, y, z); qvel linear velocity (world) and
     * angular velocity (link frame).
     */
    FREE(7, 6);

    private final int qposSize;
    private final int qvelSize;

    Kind(int qposSize, int qvelSize) {
      this.qposSize = qposSize;
      this.qvelSize = qvelSize;
    }

    /** Number of qpos entries. */
    public int qposSize() {
      return qposSize;
    }

    /** Number of qvel entries. */
    public int qvelSize() {
      return qvelSize;
    }
  }

  public JointDef {
    if (name == null || name.isEmpty() || kind == null) {
      throw new IllegalArgumentException(
          "joint needs a name and a kind, got '" + name + "' " + kind);
    }
    axis = new Vector3d(Checks.direction("axis of joint '" + name + "'", axis)).normalize();
    anchorM = new Vector3d(Checks.finite("anchorM of joint '" + name + "'", anchorM));
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
    boolean limited =
        lowerLimit > Double.NEGATIVE_INFINITY || upperLimit < Double.POSITIVE_INFINITY;
    if (limited && kind == Kind.FREE) {
      throw new IllegalArgumentException(
          "joint '"
              + name
              + "' is "
              + kind
              + ": limits are supported on hinge, slide and ball joints only");
    }
    if (kind == Kind.BALL) {
      Checks.ballLimits(name, lowerLimit, upperLimit);
    }
    Checks.nonNegative("damping of joint '" + name + "'", damping);
    Checks.nonNegative("stiffness of joint '" + name + "'", stiffness);
    Checks.nonNegative("armatureKgM2 of joint '" + name + "'", armatureKgM2);
    if (armatureKgM2 > 0 && kind != Kind.HINGE && kind != Kind.SLIDE) {
      throw new IllegalArgumentException(
          "joint '" + name + "' is " + kind + ": armature is supported on hinges and slides only");
    }
    if (kind == Kind.FREE && (damping > 0 || stiffness > 0)) {
      throw new IllegalArgumentException("free joint '" + name + "' takes no damping or stiffness");
    }
    Checks.finite("reference of joint '" + name + "'", reference);
    Checks.nonNegative("limitMarginM of joint '" + name + "'", limitMarginM);
    if (reference != 0 && (kind == Kind.BALL || kind == Kind.FREE)) {
      throw new IllegalArgumentException(
          "joint '" + name + "' is " + kind + ": reference is for hinge and slide");
    }
  }

  private static JointDef plain(String name, Kind kind, Vector3dc axis) {
    return new JointDef(
        name,
        kind,
        axis,
        new Vector3d(),
        Double.NEGATIVE_INFINITY,
        Double.POSITIVE_INFINITY,
        0,
        0,
        0,
        0,
        0);
  }

  /** A hinge about {@code axis} (link frame) through the link origin, unlimited. */
  public static JointDef hinge(String name, double axisX, double axisY, double axisZ) {
    return plain(name, Kind.HINGE, new Vector3d(axisX, axisY, axisZ));
  }

  /** A slide along {@code axis} (link frame), unlimited. */
  public static JointDef slide(String name, double axisX, double axisY, double axisZ) {
    return plain(name, Kind.SLIDE, new Vector3d(axisX, axisY, axisZ));
  }

  /** A ball joint at the link origin. */
  public static JointDef ball(String name) {
    return plain(name, Kind.BALL, new Vector3d(0, 0, 1));
  }

  /** A free (6-DOF) root joint. */
  public static JointDef free(String name) {
    return plain(name, Kind.FREE, new Vector3d(0, 0, 1));
  }

  /**
   * MuJoCo's planar root in the x–z plane: slide x, slide z, hinge y, named {@code prefix + "x"},
   * {@code prefix + "z"}, {@code prefix + "y"} (e.g. "root" gives rootx, rootz, rooty).
   */
  public static List<JointDef> planarRoot(String prefix) {
    return List.of(
        slide(prefix + "x", 1, 0, 0), slide(prefix + "z", 0, 0, 1), hinge(prefix + "y", 0, 1, 0));
  }

  /** A copy with the anchor at (x, y, z) metres in the link frame. */
  public JointDef at(double xM, double yM, double zM) {
    return new JointDef(
        name,
        kind,
        axis,
        new Vector3d(xM, yM, zM),
        lowerLimit,
        upperLimit,
        damping,
        stiffness,
        armatureKgM2,
        reference,
        limitMarginM);
  }

  /** A copy with limits (rad or m; a ball joint takes 0 and its maximum rotation angle). */
  public JointDef limits(double lower, double upper) {
    return new JointDef(
        name,
        kind,
        axis,
        anchorM,
        lower,
        upper,
        damping,
        stiffness,
        armatureKgM2,
        reference,
        limitMarginM);
  }

  /** A copy with viscous damping. */
  public JointDef damping(double value) {
    return new JointDef(
        name,
        kind,
        axis,
        anchorM,
        lowerLimit,
        upperLimit,
        value,
        stiffness,
        armatureKgM2,
        reference,
        limitMarginM);
  }

  /** A copy with a spring towards the written pose. */
  public JointDef stiffness(double value) {
    return new JointDef(
        name,
        kind,
        axis,
        anchorM,
        lowerLimit,
        upperLimit,
        damping,
        value,
        armatureKgM2,
        reference,
        limitMarginM);
  }

  /** A copy with rotor inertia (kg·m²). */
  public JointDef armature(double kgM2) {
    return new JointDef(
        name,
        kind,
        axis,
        anchorM,
        lowerLimit,
        upperLimit,
        damping,
        stiffness,
        kgM2,
        reference,
        limitMarginM);
  }

  /** A copy that reads {@code value} in the written pose. */
  public JointDef reference(double value) {
    return new JointDef(
        name,
        kind,
        axis,
        anchorM,
        lowerLimit,
        upperLimit,
        damping,
        stiffness,
        armatureKgM2,
        value,
        limitMarginM);
  }

  /** A copy whose limits act from {@code valueM} before them (MuJoCo's joint {@code margin}). */
  public JointDef limitMargin(double valueM) {
    return new JointDef(
        name,
        kind,
        axis,
        anchorM,
        lowerLimit,
        upperLimit,
        damping,
        stiffness,
        armatureKgM2,
        reference,
        valueM);
  }
}
