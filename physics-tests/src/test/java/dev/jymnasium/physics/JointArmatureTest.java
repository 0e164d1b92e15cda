package dev.jymnasium.physics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.joml.Vector3d;
import org.junit.jupiter.api.Test;

/**
 * MuJoCo's armature on ODE4J's hinges: inertia added in joint space only. Two bars on a chain of
 * hinges about z, no gravity: the armature of the second hinge must slow the second joint's own
 * acceleration, as {@code (M + diag(armature)) q̈ = τ} gives, and damping acts implicitly.
 */
class JointArmatureTest {
  private static final double DT = 0.001;

  /** Moment of inertia (kg·m²) of each bar about its centre, about z. */
  private static final double BAR_INERTIA = 0.01;

  private record Chain(PhysicsWorld world, Joint shoulder, Joint elbow) {}

  /**
   * Bar 1 centred at the origin on a hinge about z at its centre (so its mass centre never moves);
   * bar 2 likewise, centred at (1, 0, 0), hinged at its centre to bar 1. Point masses aside, M is
   * then diagonal-dominant: q̈ of the elbow under a torque τ on it is τ / (I2 + armature).
   */
  private static Chain chain(double armature, double damping) {
    PhysicsWorld world =
        PhysicsEngine.byName("ode4j")
            .createWorld(
                WorldSettings.defaults().withGravity(0, 0, 0).withSolver(ConstraintSolver.DIRECT));
    Body bar1 =
        world.addBody(
            BodySpec.dynamic("bar1", new Shape.Box(0.5, 0.02, 0.02))
                .mass(1, BAR_INERTIA, BAR_INERTIA, BAR_INERTIA)
                .build());
    Body bar2 =
        world.addBody(
            BodySpec.dynamic("bar2", new Shape.Box(0.1, 0.02, 0.02))
                .position(1, 0, 0)
                .mass(1, BAR_INERTIA, BAR_INERTIA, BAR_INERTIA)
                .collision(0, 0)
                .build());
    Vector3d z = new Vector3d(0, 0, 1);
    Joint shoulder = world.addJoint(JointSpec.hinge("shoulder", null, bar1, new Vector3d(), z));
    Joint elbow =
        world.addJoint(
            JointSpec.hinge("elbow", bar1, bar2, new Vector3d(1, 0, 0), z).withDamping(damping));
    elbow.setArmature(armature);
    return new Chain(world, shoulder, elbow);
  }

  @Test
  void armatureAddsToTheJointsOwnInertiaOnly() {
    double armature = 0.09;
    double torque = 0.5;
    try (PhysicsWorld world = chain(armature, 0).world()) {
      Joint elbow = world.joints().get(1);
      Joint shoulder = world.joints().get(0);
      elbow.setEffort(0, torque);
      int steps = 100;
      for (int i = 0; i < steps; i++) {
        world.step(DT);
      }
      double time = steps * DT;
      // Joint space: M = [[I1 + m2·l² + I2, I2], [I2, I2 + a]] with l = 1; τ = (0, 0.5).
      double m11 = BAR_INERTIA + 1 + BAR_INERTIA, m12 = BAR_INERTIA, m22 = BAR_INERTIA + armature;
      double det = m11 * m22 - m12 * m12;
      double elbowAcceleration = m11 * torque / det;
      double shoulderAcceleration = -m12 * torque / det;
      assertEquals(elbowAcceleration * time, elbow.velocity(0), 0.01 * elbowAcceleration * time);
      assertEquals(
          shoulderAcceleration * time,
          shoulder.velocity(0),
          0.02 * Math.abs(shoulderAcceleration) * time);
    }
  }

  @Test
  void dampingWithArmatureDecaysTheJointVelocity() {
    double armature = 0.09;
    double damping = 0.5;
    try (PhysicsWorld world = chain(armature, damping).world()) {
      Joint elbow = world.joints().get(1);
      world.bodies().get(1).setAngularVelocity(new Vector3d(0, 0, 2));
      world.step(DT);
      double start = elbow.velocity(0);
      int steps = 200;
      for (int i = 0; i < steps; i++) {
        world.step(DT);
      }
      // The shoulder barely moves (its inertia is ~10 times the elbow's): q̇ decays about as
      // exp(−d·t / (I2 + a)).
      double expected = start * Math.exp(-damping * steps * DT / (BAR_INERTIA + armature));
      assertEquals(expected, elbow.velocity(0), 0.1 * expected);
      assertTrue(elbow.velocity(0) > 0, "decays without reversing");
    }
  }

  @Test
  void armatureIsForHingesWithNonNegativeValues() {
    try (PhysicsWorld world = chain(0.1, 0).world()) {
      Joint elbow = world.joints().get(1);
      assertThrows(IllegalArgumentException.class, () -> elbow.setArmature(-1));
      assertThrows(IllegalArgumentException.class, () -> elbow.setArmature(Double.NaN));
    }
  }
}
