package dev.jymnasium.physics;

import java.util.List;
import org.joml.Vector3d;
import org.joml.Vector3dc;

/**
 * A simulated world of rigid bodies and joints on one engine. Not thread-safe: use one world per
 * thread. Stepping is deterministic: the same calls give bit-identical states run after run.
 */
public interface PhysicsWorld extends AutoCloseable {

  /** Name of the engine, e.g. {@code "ode4j"}. */
  String engineName();

  /** The settings the world was created with. */
  WorldSettings settings();

  /** Adds a body. */
  Body addBody(BodySpec spec);

  /** Adds a joint between bodies of this world. */
  Joint addJoint(JointSpec spec);

  /** Stops contacts between two bodies of this world (as a joint between them does). */
  void excludeCollision(Body a, Body b);

  /** All bodies, in creation order (unmodifiable view). */
  List<Body> bodies();

  /** All joints, in creation order (unmodifiable view). */
  List<Joint> joints();

  /** Current gravity (m/s²) into {@code dest}. */
  Vector3d gravity(Vector3d dest);

  /** Changes gravity (m/s²). */
  void setGravity(Vector3dc gravityMps2);

  /**
   * Advances the simulation by {@code dtSeconds} (> 0) in ceil(dt / maxSubStep) equal sub-steps.
   * Forces from {@code applyForce…} act during the whole call and are then cleared.
   *
   * @throws IllegalStateException when the world is closed
   */
  void step(double dtSeconds);

  /** Simulated time since creation (s). */
  double timeSeconds();

  /** Number of contact points found in the last sub-step. */
  int contactCount();

  /** Fills {@code dest} with contact {@code index} (0 to contactCount − 1) and returns it. */
  Contact contact(int index, Contact dest);

  /** All contacts of the last sub-step as new objects (allocates; for tests and tools). */
  default List<Contact> contacts() {
    Contact[] all = new Contact[contactCount()];
    for (int i = 0; i < all.length; i++) {
      all[i] = contact(i, new Contact());
    }
    return List.of(all);
  }

  /**
   * Casts a ray from {@code fromM} to {@code toM}; fills {@code dest} with the closest hit and
   * returns true, or false if nothing is hit.
   */
  boolean raycast(Vector3dc fromM, Vector3dc toM, RayHit dest);

  /**
   * Captures the full dynamic state; stepping on from a restored snapshot reproduces the original
   * bit for bit.
   */
  WorldSnapshot snapshot();

  /**
   * Returns the world to a snapshot of this world (or of a world of the same engine built alike).
   */
  void restore(WorldSnapshot snapshot);

  /** True while every body's position, orientation and velocities are finite. */
  boolean isFinite();

  /**
   * Whether {@link Joint#setArmature} works here: the engine can add inertia in joint space (ODE4J:
   * a soft angular-motor row). Elsewhere armature is approximated by rotor inertia on the child.
   */
  default boolean supportsJointArmature() {
    return false;
  }

  /**
   * Makes the contacts found from now on MuJoCo's pyramidal soft contacts ({@link
   * PyramidContacts}), or the engine's own again for null; false where the engine has no such
   * contacts (JBullet) and keeps its own.
   */
  default boolean usePyramidContacts(PyramidContacts contacts) {
    return false;
  }

  /**
   * Whether contacts name the child of a compound shape that touched ({@link Contact#partA}, {@link
   * Contact#partB}), so that one body may carry the geoms of several model links (ODE4J).
   */
  default boolean reportsContactParts() {
    return false;
  }

  /** True after {@link #close()}. */
  boolean isClosed();

  /**
   * Frees engine resources; later calls that change or step the world throw IllegalStateException.
   */
  @Override
  void close();
}
