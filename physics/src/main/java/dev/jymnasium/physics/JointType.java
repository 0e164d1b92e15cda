package dev.jymnasium.physics;

/** Kinds of joints and their degrees of freedom. */
public enum JointType {
  /** Rotation about one axis; position in radians. */
  HINGE(1),
  /** Translation along one axis; position in metres. */
  SLIDER(1),
  /**
   * Free rotation about a point; DOF k is the component (rad) of the child's rotation vector since
   * creation along joint axis k (axis, axis2, axis × axis2, fixed in the parent), its velocity the
   * relative angular velocity (rad/s) along that axis.
   */
  BALL(3),
  /** No relative motion. */
  FIXED(0),
  /**
   * Rotation about axis 1 (fixed in the parent) then axis 2 (fixed in the child); positions in
   * radians.
   */
  UNIVERSAL(2),
  /**
   * Motion in a plane fixed in the parent: DOFs 0 and 1 translate the anchor along the two in-plane
   * axes (m), DOF 2 turns about the plane normal (rad); MuJoCo's planar root (slide, slide, hinge)
   * as one joint.
   */
  PLANAR(3);

  private final int dofCount;

  JointType(int dofCount) {
    this.dofCount = dofCount;
  }

  /** Number of free coordinates. */
  public int dofCount() {
    return dofCount;
  }
}
