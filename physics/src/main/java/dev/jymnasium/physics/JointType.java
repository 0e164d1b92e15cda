package dev.jymnasium.physics;

/** Kinds of joints and their degrees of freedom. */
public enum JointType {
    /** Rotation about one axis; position in radians. */
    HINGE(1),
    /** Translation along one axis; position in metres. */
    SLIDER(1),
    /** Free rotation about a point; position is the rotation vector (rad) in the parent frame. */
    BALL(3),
    /** No relative motion. */
    FIXED(0),
    /** Rotation about axis 1 (fixed in the parent) then axis 2 (fixed in the child); positions in radians. */
    UNIVERSAL(2);

    private final int dofCount;

    JointType(int dofCount) {
        this.dofCount = dofCount;
    }

    /** Number of free coordinates. */
    public int dofCount() {
        return dofCount;
    }
}
