package dev.jymnasium.physics.jointspace;

/**
 * One way of computing the rigid-body terms of a {@link JointSpaceSimulation}'s forward pass: link
 * frames, the joint-space mass matrix and the bias forces. The model picks the way once ({@link
 * JointSpaceModel#plane}): {@link PlanarDynamics} for models that move in a plane, {@link
 * SpatialDynamics} for the others. An instance holds one simulation's scratch state.
 */
interface Dynamics {
  /**
   * Whatever the mass matrix and bias forces need at qpos, and of the link frames in {@code frames}
   * at least what {@code detail} asks for (an implementation may write more).
   */
  void kinematics(double[] qpos, LinkFrames frames, FrameDetail detail);

  /** The joint-space mass matrix (nv × nv, row-major) at the last kinematics, without armature. */
  void massMatrix(double[] dest);

  /** Bias forces c(q, q̇) with gravity (MuJoCo's qfrc_bias) at the last kinematics and qvel. */
  void biasForces(double[] qvel, double[] dest);

  /**
   * Link {@code link}'s angular velocity into {@code dest[0..2]} and its centre of mass's velocity
   * into {@code dest[3..5]}, both in its principal axes, as of the last bias forces.
   */
  void principalVelocity(int link, double[] dest);

  /**
   * Adds to {@code qfrc} the generalised force of a torque {@code wrench[0..2]} and a force {@code
   * wrench[3..5]}, both in link {@code link}'s principal axes, at its centre of mass.
   */
  void addPrincipalWrench(int link, double[] wrench, double[] qfrc);

  /**
   * Adds to {@code qfrc[offset..offset+nv-1]} the generalised force of a force {@code force[0..2]}
   * (world axes) acting at the world point {@code point[at..at+2]} of link {@code link}, as of the
   * last kinematics (MuJoCo's point Jacobian, transposed, times the force).
   */
  void addWorldForce(int link, double[] point, int at, double[] force, double[] qfrc, int offset);

  /**
   * For each k below {@code count}, adds to {@code qfrc[k·nv..k·nv+nv-1]} the generalised force of
   * the force {@code sign·directions[from+3k..from+3k+2]} (world axes) at the world point {@code
   * point[at..at+2]} of link {@code link}: {@link #addWorldForce} for several directions at one
   * point, the same sums.
   */
  void addWorldForces(
      int link,
      double[] point,
      int at,
      double[] directions,
      int from,
      int count,
      double sign,
      double[] qfrc);
}
