package dev.jymnasium.physics.jbullet.bench;

import com.bulletphysics.collision.broadphase.DbvtBroadphase;
import com.bulletphysics.collision.dispatch.CollisionDispatcher;
import com.bulletphysics.collision.dispatch.CollisionObject;
import com.bulletphysics.collision.dispatch.DefaultCollisionConfiguration;
import com.bulletphysics.collision.shapes.CapsuleShapeZ;
import com.bulletphysics.collision.shapes.StaticPlaneShape;
import com.bulletphysics.dynamics.DiscreteDynamicsWorld;
import com.bulletphysics.dynamics.RigidBody;
import com.bulletphysics.dynamics.RigidBodyConstructionInfo;
import com.bulletphysics.dynamics.constraintsolver.HingeConstraint;
import com.bulletphysics.dynamics.constraintsolver.SequentialImpulseConstraintSolver;
import com.bulletphysics.linearmath.ScalarUtil;
import com.bulletphysics.linearmath.Transform;
import dev.jymnasium.physics.MassProperties;
import dev.jymnasium.physics.Shape;
import dev.jymnasium.physics.bench.RawChain7;
import dev.jymnasium.physics.bench.Scenes;
import dev.jymnasium.physics.jbullet.JBulletEngine;
import javax.vecmath.Quat4f;
import javax.vecmath.Vector3f;
import org.joml.Vector3dc;

/**
 * chain-7 written directly against JBullet, mirroring {@link Scenes} and the settings JBulletWorld
 * uses (solver iterations, split impulses, friction 1 per body, one internal step per step, linked
 * bodies not colliding, fast-atan2 hinge limits): the baseline for the neutral layer's overhead.
 */
final class RawChain7JBullet implements RawChain7 {
  private static final int ITERATIONS = JBulletEngine.DEFAULT_SOLVER_ITERATIONS;
  private static final float FRICTION = 1f;
  private final float dtSeconds;
  private final DiscreteDynamicsWorld world;
  private final HingeConstraint[] hinges = new HingeConstraint[Scenes.CHAIN_LINKS - 1];

  RawChain7JBullet(double dtSeconds) {
    this.dtSeconds = (float) dtSeconds;
    DefaultCollisionConfiguration configuration = new DefaultCollisionConfiguration();
    world =
        new DiscreteDynamicsWorld(
            new CollisionDispatcher(configuration),
            new DbvtBroadphase(),
            new SequentialImpulseConstraintSolver(),
            configuration);
    world.setGravity(new Vector3f(0, 0, -9.81f));
    world.getSolverInfo().numIterations = ITERATIONS;
    // As JBulletWorld: split impulses, no penetration threshold.
    world.getSolverInfo().splitImpulse = true;
    world.getSolverInfo().splitImpulsePenetrationThreshold = 0;
    RigidBodyConstructionInfo groundInfo =
        new RigidBodyConstructionInfo(
            0, null, new StaticPlaneShape(new Vector3f(0, 0, 1), 0), new Vector3f());
    // The neutral default friction is 1 per body (JBullet's own default is 0.5); restitution 0 as
    // there.
    groundInfo.friction = FRICTION;
    world.addRigidBody(new RigidBody(groundInfo));
    MassProperties props =
        MassProperties.fromDensity(
            new Shape.Capsule(Scenes.CHAIN_RADIUS_M, Scenes.CHAIN_HALF_LENGTH_M),
            Scenes.CHAIN_DENSITY_KG_PER_M3);
    Vector3dc inertia = props.inertiaKgM2();
    float linkLength = (float) (2 * (Scenes.CHAIN_HALF_LENGTH_M + Scenes.CHAIN_RADIUS_M));
    float s = (float) Math.sqrt(0.5);
    RigidBody previous = null;
    for (int i = 0; i < Scenes.CHAIN_LINKS; i++) {
      RigidBodyConstructionInfo info =
          new RigidBodyConstructionInfo(
              (float) props.massKg(),
              null,
              new CapsuleShapeZ(
                  (float) Scenes.CHAIN_RADIUS_M, (float) (2 * Scenes.CHAIN_HALF_LENGTH_M)),
              new Vector3f((float) inertia.x(), (float) inertia.y(), (float) inertia.z()));
      info.startWorldTransform.setIdentity();
      info.startWorldTransform.origin.set(i * linkLength, 0, (float) Scenes.CHAIN_RADIUS_M);
      info.startWorldTransform.setRotation(new Quat4f(0, s, 0, s));
      info.friction = FRICTION;
      RigidBody link = new RigidBody(info);
      link.setActivationState(CollisionObject.DISABLE_DEACTIVATION);
      world.addRigidBody(link);
      if (previous != null) {
        Transform frame = new Transform();
        frame.setIdentity();
        frame.origin.set(i * linkLength - linkLength / 2, 0, (float) Scenes.CHAIN_RADIUS_M);
        // Hinge axis = frame z: turn world z onto world y.
        frame.setRotation(new Quat4f(-s, 0, 0, s));
        HingeConstraint hinge =
            new HingeConstraint(link, previous, local(link, frame), local(previous, frame));
        // JBulletJoint hands JBullet the fast-atan2 image of each limit angle.
        hinge.setLimit(
            ScalarUtil.atan2Fast((float) Math.sin(-1.0), (float) Math.cos(-1.0)),
            ScalarUtil.atan2Fast((float) Math.sin(1.0), (float) Math.cos(1.0)));
        world.addConstraint(hinge, true);
        hinges[i - 1] = hinge;
      }
      previous = link;
    }
  }

  private static Transform local(RigidBody body, Transform world) {
    Transform inverse = body.getWorldTransform(new Transform());
    inverse.inverse();
    Transform result = new Transform();
    result.mul(inverse, world);
    return result;
  }

  @Override
  public void step(long step) {
    if (step % Scenes.CHAIN_MOTOR_PERIOD_STEPS == 0) {
      float sign = (step / Scenes.CHAIN_MOTOR_PERIOD_STEPS) % 2 == 0 ? 1 : -1;
      float impulse = (float) (Scenes.CHAIN_MOTOR_MAX_NM * dtSeconds / ITERATIONS);
      for (int j = 0; j < hinges.length; j++) {
        float speed = (float) ((j % 2 == 0 ? sign : -sign) * Scenes.CHAIN_MOTOR_SPEED_RADPS);
        hinges[j].enableAngularMotor(true, speed, impulse);
      }
    }
    world.stepSimulation(dtSeconds, 0);
  }

  @Override
  public int bodyCount() {
    return Scenes.CHAIN_LINKS + 1;
  }

  @Override
  public void close() {
    world.destroy();
  }
}
