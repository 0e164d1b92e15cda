package dev.jymnasium.physics.jbullet;

import com.bulletphysics.collision.broadphase.BroadphaseInterface;
import com.bulletphysics.collision.broadphase.Dispatcher;
import com.bulletphysics.collision.dispatch.CollisionConfiguration;
import com.bulletphysics.dynamics.DiscreteDynamicsWorld;
import com.bulletphysics.dynamics.constraintsolver.ConstraintSolver;
import com.bulletphysics.linearmath.ScalarUtil;

/**
 * JBullet's discrete dynamics world with a step that leaves out its profiling and timing.
 *
 * <p>{@code stepSimulation} resets JBullet's static profiler, counts frames in it and stores its
 * own duration in a static field, reading the clock three times: on every sub-step, JVM-wide state
 * that every world stepped at the same time on another thread writes too. {@link #stepOnce} does
 * the rest of {@code stepSimulation(dt, 0)} in its order, so bodies move exactly as there.
 */
final class JBulletDynamicsWorld extends DiscreteDynamicsWorld {
  JBulletDynamicsWorld(
      Dispatcher dispatcher,
      BroadphaseInterface broadphase,
      ConstraintSolver solver,
      CollisionConfiguration configuration) {
    super(dispatcher, broadphase, solver, configuration);
  }

  /** One internal step of {@code dtSeconds}, as {@code stepSimulation(dtSeconds, 0)} takes. */
  void stepOnce(float dtSeconds) {
    // No debug drawer is ever set, so its flags need no processing.
    localTime = dtSeconds;
    if (!ScalarUtil.fuzzyZero(dtSeconds)) {
      saveKinematicState(dtSeconds);
      applyGravity();
      internalSingleStepSimulation(dtSeconds);
      synchronizeMotionStates();
    }
    synchronizeMotionStates();
    clearForces();
  }
}
