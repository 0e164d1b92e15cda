package dev.jymnasium.physics.spi;

import dev.jymnasium.physics.Body;
import dev.jymnasium.physics.BodySpec;
import dev.jymnasium.physics.Checks;
import dev.jymnasium.physics.Joint;
import dev.jymnasium.physics.JointSpec;
import dev.jymnasium.physics.PhysicsWorld;
import dev.jymnasium.physics.WorldSettings;
import dev.jymnasium.physics.WorldSnapshot;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.joml.Vector3d;
import org.joml.Vector3dc;

/**
 * The engine-independent part of a world: bookkeeping, argument checks, the fixed sub-step loop,
 * snapshots and the NaN check. Engine adapters implement the hooks.
 */
public abstract class AbstractWorld implements PhysicsWorld {
  private final String engineName;
  private final WorldSettings settings;
  private final List<AbstractBody> bodies = new ArrayList<>();
  private final List<AbstractJoint> joints = new ArrayList<>();
  private final List<Body> bodyView = Collections.unmodifiableList(bodies);
  private final List<Joint> jointView = Collections.unmodifiableList(joints);
  private final Vector3d gravity = new Vector3d();
  private double timeSeconds;
  private long subStepCount;
  private double subStepSeconds;
  private boolean closed;

  protected AbstractWorld(String engineName, WorldSettings settings) {
    this.engineName = engineName;
    this.settings = settings;
    this.gravity.set(settings.gravityMps2());
    this.subStepSeconds = settings.maxSubStepSeconds();
  }

  /** Creates the engine body for a checked spec. */
  protected abstract AbstractBody createBody(BodySpec spec, int index);

  /** Creates the engine joint for a checked spec whose bodies belong to this world. */
  protected abstract AbstractJoint createJoint(JointSpec spec, int index);

  /** Sends gravity (m/s²) to the engine. */
  protected abstract void applyGravity(Vector3dc gravityMps2);

  /** Advances the engine by one sub-step, with loads already applied. */
  protected abstract void engineSubStep(double subStepSeconds);

  /** Called when the sub-step length changes (damping and motor impulses depend on it). */
  protected abstract void subStepChanged(double subStepSeconds);

  /**
   * Puts hidden collision state (contact caches, pair order) into a canonical form that depends
   * only on the body states; called at every snapshot and after every restore.
   */
  protected abstract void canonicaliseCollisionState();

  /** Engine solver random state, saved in snapshots. */
  protected abstract long solverSeed();

  /** Restores the engine solver random state. */
  protected abstract void setSolverSeed(long seed);

  /** Frees engine resources. */
  protected abstract void destroy();

  @Override
  public final String engineName() {
    return engineName;
  }

  @Override
  public final WorldSettings settings() {
    return settings;
  }

  /** Throws IllegalStateException after {@link #close()}. */
  public final void checkOpen() {
    if (closed) {
      throw new IllegalStateException(engineName + " world is closed");
    }
  }

  /** Length of the last (or coming) sub-step in seconds. */
  public final double subStepSeconds() {
    return subStepSeconds;
  }

  @Override
  public final Body addBody(BodySpec spec) {
    checkOpen();
    if (spec == null) {
      throw new IllegalArgumentException("body spec must not be null");
    }
    AbstractBody body = createBody(spec, bodies.size());
    bodies.add(body);
    return body;
  }

  @Override
  public final Joint addJoint(JointSpec spec) {
    checkOpen();
    if (spec == null) {
      throw new IllegalArgumentException("joint spec must not be null");
    }
    requireOwn(spec.child(), "joint '" + spec.name() + "'");
    if (spec.parent() != null) {
      requireOwn(spec.parent(), "joint '" + spec.name() + "'");
    }
    AbstractJoint joint = createJoint(spec, joints.size());
    joint.applyAllLimits();
    joints.add(joint);
    if (spec.parent() != null) {
      AbstractBody parent = (AbstractBody) spec.parent();
      AbstractBody child = (AbstractBody) spec.child();
      parent.addJointedBody(child);
      child.addJointedBody(parent);
    }
    return joint;
  }

  @Override
  public final void excludeCollision(Body a, Body b) {
    checkOpen();
    requireOwn(a, "excludeCollision");
    requireOwn(b, "excludeCollision");
    ((AbstractBody) a).addJointedBody((AbstractBody) b);
    ((AbstractBody) b).addJointedBody((AbstractBody) a);
  }

  private void requireOwn(Body body, String user) {
    if (body == null) {
      throw new IllegalArgumentException(user + ": body must not be null");
    }
    if (!(body instanceof AbstractBody own) || own.world() != this) {
      throw new IllegalArgumentException(
          user + ": body '" + body.name() + "' does not belong to this world");
    }
  }

  @Override
  public final List<Body> bodies() {
    return bodyView;
  }

  @Override
  public final List<Joint> joints() {
    return jointView;
  }

  /** Bodies with their adapter type, for subclasses. */
  protected final List<AbstractBody> engineBodies() {
    return bodies;
  }

  @Override
  public final Vector3d gravity(Vector3d dest) {
    return dest.set(gravity);
  }

  @Override
  public final void setGravity(Vector3dc gravityMps2) {
    checkOpen();
    gravity.set(Checks.finite("gravityMps2", gravityMps2));
    applyGravity(gravity);
  }

  @Override
  public final void step(double dtSeconds) {
    checkOpen();
    Checks.positive("dtSeconds", dtSeconds);
    int subSteps = Math.max(1, (int) Math.ceil(dtSeconds / settings.maxSubStepSeconds() - 1e-9));
    double subStep = dtSeconds / subSteps;
    if (subStep != subStepSeconds) {
      subStepSeconds = subStep;
      subStepChanged(subStep);
      for (AbstractJoint joint : joints) {
        joint.refreshEngine(subStep);
      }
    }
    // Indexed loops: this runs every sub-step, and iterators are not always scalar-replaced.
    int bodyCount = bodies.size();
    int jointCount = joints.size();
    for (int s = 0; s < subSteps; s++) {
      for (int i = 0; i < bodyCount; i++) {
        bodies.get(i).pushLoads();
      }
      for (int i = 0; i < jointCount; i++) {
        joints.get(i).pushEfforts(subStep);
      }
      engineSubStep(subStep);
      for (int i = 0; i < jointCount; i++) {
        joints.get(i).afterSubStep();
      }
      subStepCount++;
    }
    for (int i = 0; i < bodyCount; i++) {
      bodies.get(i).clearLoads();
    }
    timeSeconds += dtSeconds;
  }

  @Override
  public final double timeSeconds() {
    return timeSeconds;
  }

  @Override
  public final WorldSnapshot snapshot() {
    checkOpen();
    canonicaliseCollisionState();
    int size = 5;
    for (AbstractBody body : bodies) {
      size += body.stateSize();
    }
    size += joints.size() * AbstractJoint.STATE_SIZE;
    double[] values = new double[size];
    values[0] = timeSeconds;
    values[1] = subStepSeconds;
    values[2] = gravity.x;
    values[3] = gravity.y;
    values[4] = gravity.z;
    int offset = 5;
    for (AbstractBody body : bodies) {
      body.saveState(values, offset);
      offset += body.stateSize();
    }
    for (AbstractJoint joint : joints) {
      joint.saveState(values, offset);
      offset += AbstractJoint.STATE_SIZE;
    }
    return new WorldSnapshot(
        engineName, bodies.size(), joints.size(), values, new long[] {subStepCount, solverSeed()});
  }

  @Override
  public final void restore(WorldSnapshot snapshot) {
    checkOpen();
    if (snapshot == null) {
      throw new IllegalArgumentException("snapshot must not be null");
    }
    if (!snapshot.engineName().equals(engineName)
        || snapshot.bodyCount() != bodies.size()
        || snapshot.jointCount() != joints.size()) {
      throw new IllegalArgumentException(
          "snapshot of a "
              + snapshot.engineName()
              + " world with "
              + snapshot.bodyCount()
              + " bodies and "
              + snapshot.jointCount()
              + " joints does not fit this "
              + engineName
              + " world with "
              + bodies.size()
              + " bodies and "
              + joints.size()
              + " joints");
    }
    double[] values = snapshot.values();
    long[] counters = snapshot.counters();
    timeSeconds = values[0];
    double subStep = values[1];
    if (subStep != subStepSeconds) {
      subStepSeconds = subStep;
      subStepChanged(subStep);
    }
    gravity.set(values[2], values[3], values[4]);
    applyGravity(gravity);
    int offset = 5;
    for (AbstractBody body : bodies) {
      body.restoreState(values, offset);
      body.clearLoads();
      offset += body.stateSize();
    }
    for (AbstractJoint joint : joints) {
      joint.restoreState(values, offset, subStepSeconds);
      offset += AbstractJoint.STATE_SIZE;
    }
    subStepCount = counters[0];
    setSolverSeed(counters[1]);
    canonicaliseCollisionState();
  }

  @Override
  public final boolean isFinite() {
    for (AbstractBody body : bodies) {
      if (!body.stateIsFinite()) {
        return false;
      }
    }
    return true;
  }

  @Override
  public final boolean isClosed() {
    return closed;
  }

  @Override
  public final void close() {
    if (!closed) {
      closed = true;
      for (AbstractJoint joint : joints) {
        joint.destroy();
      }
      destroy();
    }
  }
}
