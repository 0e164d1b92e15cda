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

  /**
   * Holds planar models in their planes and solves only their in-plane constraint rows, where the
   * engine can (ODE4J); false elsewhere, where nothing changes. A body that a planar joint ties to
   * the world, and every body hinged below it about that joint's normal, is put back into its plane
   * after each sub-step (its velocity along the normal and its turn rates about in-plane axes taken
   * out as a planar constraint's impulse would, drift undone); those joints keep their in-plane
   * rows only (a hinge two of its five, plus its armature row, a planar joint to the world none; a
   * hinge that needs the engine's own limit or motor row keeps all) and contacts between such
   * bodies, or with static ones, have friction along the plane only. It changes nothing but
   * rounding where every force on those bodies acts in the plane and the normal is a principal axis
   * of each (MuJoCo's planar models), and solves fewer rows per sub-step. Call it once the model is
   * built, in a pose in its planes; it applies to the joints that exist then.
   */
  default boolean solvePlanarModelsInPlane() {
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
