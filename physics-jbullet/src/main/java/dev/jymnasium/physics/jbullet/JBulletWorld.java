package dev.jymnasium.physics.jbullet;

import com.bulletphysics.collision.broadphase.BroadphaseProxy;
import com.bulletphysics.collision.broadphase.HashedOverlappingPairCache;
import com.bulletphysics.collision.broadphase.OverlapFilterCallback;
import com.bulletphysics.collision.dispatch.CollisionDispatcher;
import com.bulletphysics.collision.dispatch.CollisionObject;
import com.bulletphysics.collision.dispatch.CollisionWorld;
import com.bulletphysics.collision.dispatch.DefaultCollisionConfiguration;
import com.bulletphysics.collision.narrowphase.ManifoldPoint;
import com.bulletphysics.collision.narrowphase.PersistentManifold;
import com.bulletphysics.collision.shapes.SphereShape;
import com.bulletphysics.dynamics.RigidBody;
import com.bulletphysics.dynamics.RigidBodyConstructionInfo;
import com.bulletphysics.dynamics.constraintsolver.SequentialImpulseConstraintSolver;
import dev.jymnasium.physics.BodySpec;
import dev.jymnasium.physics.Checks;
import dev.jymnasium.physics.Contact;
import dev.jymnasium.physics.JointSpec;
import dev.jymnasium.physics.RayHit;
import dev.jymnasium.physics.WorldSettings;
import dev.jymnasium.physics.spi.AbstractBody;
import dev.jymnasium.physics.spi.AbstractJoint;
import dev.jymnasium.physics.spi.AbstractWorld;
import javax.vecmath.Vector3f;
import org.joml.Vector3dc;

/**
 * A world on JBullet: a discrete dynamics world stepped with exactly one internal step per
 * sub-step, bodies never sleeping, and a pair filter that applies the neutral collision rules.
 *
 * <p>Worlds may be used from several threads at once (each world by one thread at a time): every
 * call that builds, steps or queries JBullet's world runs with the world's own pools ({@link
 * JBulletPools}), and building bodies and joints, which touches JBullet's static scratch state, is
 * serialised across worlds.
 */
final class JBulletWorld extends AbstractWorld {
  /** Manifold points further apart than this (m) are kept by JBullet but are not touching. */
  private static final float CONTACT_DISTANCE_M = 1e-3f;

  /**
   * Held while building bodies and joints: cylinder and hull shapes compute their bounds in one
   * static scratch array, and every constraint writes JBullet's static fixed body.
   */
  private static final Object BUILD_LOCK = new Object();

  private final JBulletPools pools = new JBulletPools();
  private final DefaultCollisionConfiguration configuration;
  private final CollisionDispatcher dispatcher;
  private final SeededSolver solver;
  private final JBulletDynamicsWorld world;
  private final OverlapFilterCallback pairFilter =
      new OverlapFilterCallback() {
        @Override
        public boolean needBroadphaseCollision(BroadphaseProxy proxy0, BroadphaseProxy proxy1) {
          return AbstractBody.mayCollide(owner(proxy0), owner(proxy1));
        }
      };

  /** Static stand-in for "the world" as a joint parent; never added to the dynamics world. */
  private final RigidBody worldAnchor =
      new RigidBody(new RigidBodyConstructionInfo(0, null, new SphereShape(0.01f), new Vector3f()));

  private final Vector3f from = new Vector3f();
  private final Vector3f to = new Vector3f();
  private final CollisionWorld.ClosestRayResultCallback rayResult =
      new CollisionWorld.ClosestRayResultCallback(new Vector3f(), new Vector3f());
  private final Vector3f gravity = new Vector3f();

  JBulletWorld(WorldSettings settings) {
    super(JBulletEngine.NAME, settings);
    // The configuration, dispatcher, solver and pair cache take their pools as they are built.
    pools.enter();
    try {
      configuration = new DefaultCollisionConfiguration();
      dispatcher = new CollisionDispatcher(configuration);
      solver = new SeededSolver();
      world = new JBulletDynamicsWorld(dispatcher, newBroadphase(), solver, configuration);
    } finally {
      pools.exit();
    }
    world.getSolverInfo().numIterations = settings.solverIterations();
    // Split impulses keep penetration recovery out of the velocities (no bounce from Baumgarte at
    // small dt).
    world.getSolverInfo().splitImpulse = true;
    world.getSolverInfo().splitImpulsePenetrationThreshold = 0;
    solver.setSeed(settings.randomSeed());
    applyGravity(settings.gravityMps2());
  }

  private JBulletBroadphase newBroadphase() {
    HashedOverlappingPairCache pairs = new HashedOverlappingPairCache();
    pairs.setOverlapFilterCallback(pairFilter);
    return new JBulletBroadphase(pairs);
  }

  private static JBulletBody owner(BroadphaseProxy proxy) {
    return (JBulletBody) ((CollisionObject) proxy.clientObject).getUserPointer();
  }

  @Override
  protected AbstractBody createBody(BodySpec spec, int index) {
    JBulletBody body;
    synchronized (BUILD_LOCK) {
      body = new JBulletBody(this, spec, index);
    }
    pools.enter();
    try {
      world.addRigidBody(body.rigid);
    } finally {
      pools.exit();
    }
    body.rigid.setGravity(gravity);
    return body;
  }

  @Override
  protected AbstractJoint createJoint(JointSpec spec, int index) {
    JBulletJoint joint;
    synchronized (BUILD_LOCK) {
      joint = new JBulletJoint(spec, index, worldAnchor, settings().solverIterations());
    }
    world.addConstraint(joint.constraint, true);
    if (joint.ballDrive != null) {
      world.addConstraint(joint.ballDrive, true);
    }
    return joint;
  }

  /** Keeps the broadphase in step with a teleported body. */
  void bodyMoved(JBulletBody body) {
    if (body.rigid.getBroadphaseHandle() != null) {
      pools.enter();
      try {
        world.updateSingleAabb(body.rigid);
      } finally {
        pools.exit();
      }
    }
  }

  @Override
  protected void applyGravity(Vector3dc g) {
    gravity.set((float) g.x(), (float) g.y(), (float) g.z());
    world.setGravity(gravity);
  }

  @Override
  protected void subStepChanged(double subStepSeconds) {
    // Motor impulses are re-sent by the joints; nothing else depends on the step here.
  }

  @Override
  protected void engineSubStep(double subStepSeconds) {
    pools.enter();
    try {
      // Exactly one internal step of this length (stepSimulation's default uses 1/60 s).
      world.stepOnce((float) subStepSeconds);
    } finally {
      pools.exit();
    }
  }

  @Override
  public int contactCount() {
    int count = 0;
    int manifolds = dispatcher.getNumManifolds();
    for (int m = 0; m < manifolds; m++) {
      PersistentManifold manifold = dispatcher.getManifoldByIndexInternal(m);
      for (int p = 0; p < manifold.getNumContacts(); p++) {
        if (manifold.getContactPoint(p).getDistance() <= CONTACT_DISTANCE_M) {
          count++;
        }
      }
    }
    return count;
  }

  @Override
  public Contact contact(int index, Contact dest) {
    if (index >= 0) {
      int seen = 0;
      int manifolds = dispatcher.getNumManifolds();
      for (int m = 0; m < manifolds; m++) {
        PersistentManifold manifold = dispatcher.getManifoldByIndexInternal(m);
        for (int p = 0; p < manifold.getNumContacts(); p++) {
          ManifoldPoint point = manifold.getContactPoint(p);
          if (point.getDistance() <= CONTACT_DISTANCE_M && seen++ == index) {
            dest.bodyA = (JBulletBody) ((CollisionObject) manifold.getBody0()).getUserPointer();
            dest.bodyB = (JBulletBody) ((CollisionObject) manifold.getBody1()).getUserPointer();
            dest.partA = 0;
            dest.partB = 0;
            Vector3f onB = point.positionWorldOnB;
            Vector3f normal = point.normalWorldOnB;
            dest.positionM.set(onB.x, onB.y, onB.z);
            dest.normal.set(normal.x, normal.y, normal.z);
            dest.depthM = Math.max(0, -point.getDistance());
            dest.normalImpulseNs = point.appliedImpulse;
            dest.normalForceN = point.appliedImpulse / subStepSeconds();
            return dest;
          }
        }
      }
    }
    throw new IndexOutOfBoundsException("contact " + index + " of " + contactCount());
  }

  @Override
  public boolean raycast(Vector3dc fromM, Vector3dc toM, RayHit dest) {
    checkOpen();
    Checks.finite("ray start", fromM);
    Checks.finite("ray end", toM);
    from.set((float) fromM.x(), (float) fromM.y(), (float) fromM.z());
    to.set((float) toM.x(), (float) toM.y(), (float) toM.z());
    rayResult.rayFromWorld.set(from);
    rayResult.rayToWorld.set(to);
    rayResult.closestHitFraction = 1;
    rayResult.collisionObject = null;
    pools.enter();
    try {
      world.rayTest(from, to, rayResult);
    } finally {
      pools.exit();
    }
    if (rayResult.collisionObject == null) {
      return false;
    }
    dest.body = (JBulletBody) rayResult.collisionObject.getUserPointer();
    dest.positionM.set(
        rayResult.hitPointWorld.x, rayResult.hitPointWorld.y, rayResult.hitPointWorld.z);
    dest.normal.set(
        rayResult.hitNormalWorld.x, rayResult.hitNormalWorld.y, rayResult.hitNormalWorld.z);
    dest.fraction = rayResult.closestHitFraction;
    return true;
  }

  @Override
  protected void canonicaliseCollisionState() {
    // Contact manifolds (warm-start impulses) and the broadphase tree and pair order are hidden
    // state: rebuild them from scratch, in body order, so they depend on body states only.
    pools.enter();
    try {
      for (AbstractBody body : engineBodies()) {
        world.removeRigidBody(((JBulletBody) body).rigid);
      }
      world.setBroadphase(newBroadphase());
      for (AbstractBody body : engineBodies()) {
        RigidBody rigid = ((JBulletBody) body).rigid;
        world.addRigidBody(rigid);
        rigid.setGravity(gravity);
      }
    } finally {
      pools.exit();
    }
  }

  @Override
  protected long solverSeed() {
    return solver.seed();
  }

  @Override
  protected void setSolverSeed(long seed) {
    solver.setSeed(seed);
  }

  @Override
  protected void destroy() {
    pools.enter();
    try {
      for (int i = world.getNumConstraints() - 1; i >= 0; i--) {
        world.removeConstraint(world.getConstraint(i));
      }
      for (AbstractBody body : engineBodies()) {
        world.removeRigidBody(((JBulletBody) body).rigid);
      }
      world.destroy();
    } finally {
      pools.exit();
    }
  }

  /**
   * The sequential-impulse solver with its row-shuffling seed made visible, so snapshots can keep
   * it.
   */
  private static final class SeededSolver extends SequentialImpulseConstraintSolver {
    long seed() {
      return btSeed2;
    }

    void setSeed(long seed) {
      btSeed2 = seed;
    }
  }
}
