package dev.jymnasium.physics.spi;

import dev.jymnasium.physics.Body;
import dev.jymnasium.physics.BodySpec;
import dev.jymnasium.physics.Checks;
import org.joml.Quaterniondc;
import org.joml.Vector3d;
import org.joml.Vector3dc;

/**
 * Engine-independent part of a body: spec, user loads held for one {@code step} call, and argument
 * checks. Engine adapters supply state access and the raw load hooks.
 */
public abstract class AbstractBody implements Body {
  private final AbstractWorld world;
  private final int index;
  private final BodySpec spec;
  private double forceX, forceY, forceZ, torqueX, torqueY, torqueZ;
  private boolean hasLoads;

  /**
   * Indices of bodies joined to this one by a joint or excluded from it (they never collide with
   * it).
   */
  private int[] jointedBodies = new int[0];

  private final Vector3d scratch = new Vector3d();

  protected AbstractBody(AbstractWorld world, int index, BodySpec spec) {
    this.world = world;
    this.index = index;
    this.spec = spec;
  }

  /** Adds a force (N) through the centre of mass to the engine body for the coming sub-step. */
  protected abstract void addEngineForce(double x, double y, double z);

  /** Adds a torque (N·m) to the engine body for the coming sub-step. */
  protected abstract void addEngineTorque(double x, double y, double z);

  /** Number of doubles {@link #saveState} writes. */
  protected abstract int stateSize();

  /** Writes the exact engine state (pose, velocities) at {@code offset}. */
  protected abstract void saveState(double[] dest, int offset);

  /** Reads back what {@link #saveState} wrote, bit for bit. */
  protected abstract void restoreState(double[] src, int offset);

  /** True when the engine state has no NaN or infinity. */
  protected abstract boolean stateIsFinite();

  /** The world this body belongs to. */
  public final AbstractWorld world() {
    return world;
  }

  @Override
  public final int index() {
    return index;
  }

  @Override
  public final String name() {
    return spec.name();
  }

  @Override
  public final BodySpec spec() {
    return spec;
  }

  @Override
  public final boolean isStatic() {
    return spec.isStatic();
  }

  @Override
  public final double massKg() {
    return spec.isStatic() ? 0 : spec.massProperties().massKg();
  }

  @Override
  public final void setPose(Vector3dc positionM, Quaterniondc orientation) {
    world.checkOpen();
    Checks.finite("position of", "body", name(), positionM);
    Checks.finite("orientation of", "body", name(), orientation);
    writePose(positionM, orientation);
  }

  @Override
  public final void setLinearVelocity(Vector3dc velocityMps) {
    world.checkOpen();
    Checks.finite("linear velocity of", "body", name(), velocityMps);
    writeLinearVelocity(velocityMps);
  }

  @Override
  public final void setAngularVelocity(Vector3dc velocityRadps) {
    world.checkOpen();
    Checks.finite("angular velocity of", "body", name(), velocityRadps);
    writeAngularVelocity(velocityRadps);
  }

  /** Engine write of a checked pose (orientation not necessarily normalised). */
  protected abstract void writePose(Vector3dc positionM, Quaterniondc orientation);

  /** Engine write of a checked linear velocity. */
  protected abstract void writeLinearVelocity(Vector3dc velocityMps);

  /** Engine write of a checked angular velocity. */
  protected abstract void writeAngularVelocity(Vector3dc velocityRadps);

  @Override
  public final void applyForce(Vector3dc forceN) {
    Checks.finite("force on", "body", name(), forceN);
    forceX += forceN.x();
    forceY += forceN.y();
    forceZ += forceN.z();
    hasLoads = true;
  }

  @Override
  public final void applyForceAtPoint(Vector3dc forceN, Vector3dc worldPointM) {
    Checks.finite("force on", "body", name(), forceN);
    Checks.finite("application point on", "body", name(), worldPointM);
    applyForce(forceN);
    Vector3d arm = position(scratch).negate().add(worldPointM);
    torqueX += arm.y * forceN.z() - arm.z * forceN.y();
    torqueY += arm.z * forceN.x() - arm.x * forceN.z();
    torqueZ += arm.x * forceN.y() - arm.y * forceN.x();
  }

  @Override
  public final void applyTorque(Vector3dc torqueNm) {
    Checks.finite("torque on", "body", name(), torqueNm);
    torqueX += torqueNm.x();
    torqueY += torqueNm.y();
    torqueZ += torqueNm.z();
    hasLoads = true;
  }

  /**
   * True when contacts between the two bodies are wanted: not both static, not joined by a joint,
   * not in the same exclusion group, and each one's group meets the other's mask.
   */
  public static boolean mayCollide(AbstractBody a, AbstractBody b) {
    if (a == b || a.isStatic() && b.isStatic()) {
      return false;
    }
    BodySpec sa = a.spec;
    BodySpec sb = b.spec;
    if ((sa.collisionGroup() & sb.collisionMask()) == 0
        || (sb.collisionGroup() & sa.collisionMask()) == 0) {
      return false;
    }
    if (sa.exclusionGroup() != 0 && sa.exclusionGroup() == sb.exclusionGroup()) {
      return false;
    }
    for (int other : a.jointedBodies) {
      if (other == b.index) {
        return false;
      }
    }
    return true;
  }

  /** Records that a joint connects this body with {@code other}. */
  final void addJointedBody(AbstractBody other) {
    int[] grown = java.util.Arrays.copyOf(jointedBodies, jointedBodies.length + 1);
    grown[jointedBodies.length] = other.index;
    jointedBodies = grown;
  }

  /** Hands the held user loads to the engine for one sub-step. */
  final void pushLoads() {
    if (hasLoads && !isStatic()) {
      addEngineForce(forceX, forceY, forceZ);
      addEngineTorque(torqueX, torqueY, torqueZ);
    }
  }

  /** Drops the held user loads (end of a step call). */
  final void clearLoads() {
    forceX = forceY = forceZ = torqueX = torqueY = torqueZ = 0;
    hasLoads = false;
  }

  @Override
  public String toString() {
    return "Body[" + index + " '" + name() + "']";
  }
}
