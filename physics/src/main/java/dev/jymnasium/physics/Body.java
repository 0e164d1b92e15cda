package dev.jymnasium.physics;

import org.joml.Quaterniond;
import org.joml.Quaterniondc;
import org.joml.Vector3d;
import org.joml.Vector3dc;

/**
 * A rigid body in a {@link PhysicsWorld}. Getters write into a caller-owned destination and return
 * it (no allocation). Positions are of the centre of mass, in metres, world frame.
 */
public interface Body {

  /** Index of this body in its world, in creation order from 0. */
  int index();

  /** The name given in the spec. */
  String name();

  /** The spec this body was made from. */
  BodySpec spec();

  /** True for immovable bodies. */
  boolean isStatic();

  /** Mass in kg (0 for static bodies). */
  double massKg();

  /** Centre-of-mass position (m). */
  Vector3d position(Vector3d dest);

  /** Orientation of the body frame. */
  Quaterniond orientation(Quaterniond dest);

  /** Linear velocity of the centre of mass (m/s). */
  Vector3d linearVelocity(Vector3d dest);

  /** Angular velocity (rad/s, world frame). */
  Vector3d angularVelocity(Vector3d dest);

  /** Teleports the body (velocities are kept). */
  void setPose(Vector3dc positionM, Quaterniondc orientation);

  /** Sets the linear velocity (m/s). */
  void setLinearVelocity(Vector3dc velocityMps);

  /** Sets the angular velocity (rad/s, world frame). */
  void setAngularVelocity(Vector3dc velocityRadps);

  /**
   * Adds a force (N, world frame) through the centre of mass for the next {@code step} call only.
   */
  void applyForce(Vector3dc forceN);

  /**
   * Adds a force (N) at a world point (m) for the next {@code step} call only: force plus the
   * torque it makes.
   */
  void applyForceAtPoint(Vector3dc forceN, Vector3dc worldPointM);

  /** Adds a torque (N·m, world frame) for the next {@code step} call only. */
  void applyTorque(Vector3dc torqueNm);
}
