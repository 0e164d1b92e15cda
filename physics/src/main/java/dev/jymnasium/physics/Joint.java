package dev.jymnasium.physics;

/**
 * A joint between two bodies (or a body and the world). DOF index {@code dof} runs from 0 to {@link
 * JointType#dofCount()} − 1. Units: radians, rad/s and N·m for rotations; metres, m/s and N for
 * translations. Positions and velocities are of the child relative to the parent.
 */
public interface Joint {

  /** Index of this joint in its world, in creation order from 0. */
  int index();

  /** The name given in the spec. */
  String name();

  /** The spec this joint was made from. */
  JointSpec spec();

  /** Kind of joint. */
  default JointType type() {
    return spec().type();
  }

  /** Joint coordinate (rad or m); hinge angles are continuous (not wrapped to ±π). */
  double position(int dof);

  /** Joint velocity (rad/s or m/s). */
  double velocity(int dof);

  /** Position of DOF 0. */
  default double position() {
    return position(0);
  }

  /** Velocity of DOF 0. */
  default double velocity() {
    return velocity(0);
  }

  /**
   * Sets a torque (N·m) or force (N) acting on the child along the DOF, with the reaction on the
   * parent. It is held across steps until changed (like an actuator control).
   */
  void setEffort(int dof, double effort);

  /** The effort set by {@link #setEffort}. */
  double effort(int dof);

  /**
   * Drives the DOF towards {@code targetVelocity} (rad/s or m/s) with at most {@code maxEffort}
   * (N·m or N, >= 0), held until changed. Hinge, slider, universal and ball joints; a ball joint
   * has one motor per joint axis (axis, axis2, axis × axis2, fixed in the parent), each acting on
   * the child's angular velocity relative to the parent about its axis. Planar joints throw
   * UnsupportedOperationException (drive them with {@link #setEffort}).
   */
  void setMotor(int dof, double targetVelocity, double maxEffort);

  /** Switches the motor of a DOF off. */
  void disableMotor(int dof);

  /**
   * Changes the limits of DOF 0 (rad or m; ±infinity for none); see {@link #setLimits(int, double,
   * double)}.
   */
  default void setLimits(double lower, double upper) {
    setLimits(0, lower, upper);
  }

  /**
   * Changes the limits of one DOF of a hinge, slider or universal joint (rad or m; ±infinity for
   * none). Universal limits must lie inside (−π/2, π/2) for axis 2. A ball joint has one limit, on
   * DOF 0: {@code (0, maxAngleRad)} bounds the total rotation angle of the child relative to the
   * parent since creation to maxAngleRad in (0, π], as a hard constraint (MuJoCo's ball range);
   * ±infinity removes it. Fixed joints throw IllegalArgumentException (no DOFs); planar joints
   * throw UnsupportedOperationException.
   */
  void setLimits(int dof, double lower, double upper);

  /**
   * After the bodies were teleported, makes a hinge (or DOF 2 of a planar joint) read the
   * continuous angle {@code angleRad} (the pose's angle plus a whole number of turns; the nearest
   * such value is taken). Other joint types ignore it.
   */
  void syncHingeAngle(double angleRad);

  /**
   * Gives a hinge MuJoCo's armature: {@code kgM2} added to the joint's own diagonal entry of the
   * joint-space mass matrix, so the joint resists its own angular acceleration with {@code
   * −kgM2·q̈} and nothing else (no coupling to other joints, unlike a rotor on a body). The hinge's
   * damping is then applied implicitly in the same constraint row. Only worlds whose {@link
   * PhysicsWorld#supportsJointArmature()} is true support it; others throw
   * UnsupportedOperationException.
   *
   * @throws IllegalArgumentException for a negative value or a joint that is not a hinge
   */
  void setArmature(double kgM2);

  /**
   * Makes the limits of a hinge or slider soft: past a limit the joint is pushed back as by a
   * spring of {@code stiffness} (N·m/rad or N/m) and a damper of {@code damping} (N·m·s/rad or
   * N·s/m), as MuJoCo's soft limits are, instead of being stopped within a step. Engines without
   * softness parameters (JBullet) keep hard limits. Both 0 restores hard limits. On a hinge with
   * joint-space armature the limit also cancels the share {@code impedance} of the joint's effort
   * while it pushes, as MuJoCo's soft constraints do (their impedance d: the constrained joint
   * accelerates by {@code (1 − d)} of the unconstrained acceleration plus d of the spring's).
   *
   * @throws IllegalArgumentException for negative or non-finite values, or an impedance outside [0,
   *     1)
   */
  void setLimitSpring(double stiffness, double damping, double impedance);

  /**
   * {@link #setLimitSpring(double, double, double)} for a spring acting on {@code inertiaKgM2} (the
   * joint's armature plus what it moves; 0: as the three-argument form). On a hinge with
   * joint-space armature each sub-step then ends at the velocity of the spring-damper's exact
   * response on that inertia rather than of an implicit-Euler step, which where the sub-step does
   * not resolve the spring (a 50 rad/s limit against 10 ms sub-steps) slows the joint by a quarter;
   * a continuous-time integrator such as MuJoCo's RK4 follows the exact response.
   *
   * @throws IllegalArgumentException as the three-argument form, or for a negative or non-finite
   *     inertia
   */
  void setLimitSpring(double stiffness, double damping, double impedance, double inertiaKgM2);

  /**
   * Gives a hinge MuJoCo's soft limit ({@link SoftLimit}) in place of its engine limit: past a
   * limit, one constraint row that only pushes and, through its regularisation, lets the joint keep
   * {@code 1 − d} of the acceleration every other force gives it. Only engines with joint-space
   * armature ({@link PhysicsWorld#supportsJointArmature()}) support it; others throw
   * UnsupportedOperationException. {@code null} restores the engine limit.
   *
   * @throws IllegalArgumentException on a joint that is not a hinge
   */
  void setSoftLimit(SoftLimit limit);
}
