package dev.jymnasium.physics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.joml.Quaterniond;
import org.joml.Vector3d;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Ball-joint limits (total rotation angle), motors per joint axis, read-out and bad input, on both
 * engines.
 */
class BallJointTest {
  private static final double DT = 0.002;
  private static final double MAX_ANGLE_RAD = 0.5;

  /** Isotropic inertia (kg·m²) of the spheres driven by motors. */
  private static final double INERTIA = 0.1;

  private static PhysicsWorld world(String engine, boolean gravity) {
    WorldSettings settings = WorldSettings.defaults();
    return PhysicsEngine.byName(engine)
        .createWorld(gravity ? settings : settings.withGravity(0, 0, 0));
  }

  /** Total rotation angle (rad) from the read-out: the length of the rotation vector. */
  private static double totalAngle(Joint joint) {
    return Math.sqrt(
        joint.position(0) * joint.position(0)
            + joint.position(1) * joint.position(1)
            + joint.position(2) * joint.position(2));
  }

  /**
   * A 0.5 m bar along +x hanging from a ball joint at the origin, limited to 0.5 rad, set spinning
   * about x and z so that it swings in 3D while gravity turns it down about +y.
   */
  private static Joint limitedPendulum(PhysicsWorld world) {
    Body bar =
        world.addBody(
            BodySpec.dynamic("bar", new Shape.Box(0.25, 0.03, 0.03))
                .position(0.25, 0, 0)
                .massKg(1)
                .build());
    Joint joint =
        world.addJoint(
            JointSpec.ball("shoulder", null, bar, new Vector3d()).withLimits(0, MAX_ANGLE_RAD));
    Vector3d spin = new Vector3d(3, 0, 2);
    bar.setAngularVelocity(spin);
    bar.setLinearVelocity(spin.cross(0.25, 0, 0, new Vector3d()));
    return joint;
  }

  /**
   * A sphere with inertia {@link #INERTIA} on a ball joint at its centre, DOF axes tilted off the
   * world axes.
   */
  private static Joint tiltedSphere(PhysicsWorld world, Body parent) {
    Body ball =
        world.addBody(
            BodySpec.dynamic("ball", new Shape.Sphere(0.1))
                .position(0, 0, 1)
                .mass(1, INERTIA, INERTIA, INERTIA)
                .build());
    return world.addJoint(
        new JointSpec(
            "ball",
            JointType.BALL,
            parent,
            ball,
            new Vector3d(0, 0, 1),
            new Vector3d(1, 1, 0),
            new Vector3d(0, 0, 1),
            Double.NEGATIVE_INFINITY,
            Double.POSITIVE_INFINITY,
            0,
            0));
  }

  private static Vector3d dofAxis(int dof) {
    Vector3d axis = new Vector3d(1, 1, 0).normalize();
    Vector3d axis2 = new Vector3d(0, 0, 1);
    return dof == 0 ? axis : dof == 1 ? axis2 : axis.cross(axis2, new Vector3d());
  }

  private static void steps(PhysicsWorld world, int count) {
    for (int i = 0; i < count; i++) {
      world.step(DT);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"ode4j", "jbullet"})
  void limitBoundsTheTotalAngleOfASwingingPendulum(String engine) {
    try (PhysicsWorld world = world(engine, true)) {
      Joint joint = limitedPendulum(world);
      double maxAngle = 0;
      for (int i = 0; i < 750; i++) {
        world.step(DT);
        maxAngle = Math.max(maxAngle, totalAngle(joint));
      }
      assertTrue(maxAngle <= MAX_ANGLE_RAD + 0.02, "overshoot: " + maxAngle);
      assertTrue(maxAngle >= MAX_ANGLE_RAD - 0.02, "the bar reaches the limit: " + maxAngle);
      // The read-out is the rotation vector: its length is the bar's rotation angle since creation.
      Quaterniond q = joint.spec().child().orientation(new Quaterniond());
      assertEquals(2 * Math.acos(Math.min(1, Math.abs(q.w))), totalAngle(joint), 1e-6);
      assertEquals(MAX_ANGLE_RAD, totalAngle(joint), 0.02, "gravity holds it at the limit");

      joint.setLimits(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
      steps(world, 250);
      assertTrue(
          totalAngle(joint) > MAX_ANGLE_RAD + 0.2,
          "unlimited, it swings further: " + totalAngle(joint));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"ode4j", "jbullet"})
  void motorsReachTheirTargetAboutEachJointAxisWithinTheirTorque(String engine) {
    for (int dof = 0; dof < 3; dof++) {
      try (PhysicsWorld world = world(engine, false)) {
        Joint joint = tiltedSphere(world, null);
        joint.setMotor(dof, 100, 0.5);
        steps(world, 100);
        // 0.5 N·m on 0.1 kg·m² for 0.2 s.
        assertEquals(1.0, joint.velocity(dof), 0.02, "torque-bound, dof " + dof);

        joint.setMotor(dof, -1.5, 10);
        steps(world, 100);
        assertEquals(-1.5, joint.velocity(dof), 0.01, "target, dof " + dof);
        Vector3d spin = joint.spec().child().angularVelocity(new Vector3d());
        assertEquals(
            0,
            spin.distance(dofAxis(dof).mul(-1.5)),
            0.02,
            "about joint axis " + dof + ": " + spin);

        joint.disableMotor(dof);
        double before = joint.position(dof);
        steps(world, 50);
        assertEquals(-1.5, joint.velocity(dof), 0.01, "coasts once off, dof " + dof);
        assertEquals(before - 0.15, joint.position(dof), 0.01, "dof " + dof);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"ode4j", "jbullet"})
  void motorDrivesTheChildRelativeToAFreeParent(String engine) {
    try (PhysicsWorld world = world(engine, false)) {
      Body parent =
          world.addBody(
              BodySpec.dynamic("parent", new Shape.Sphere(0.1))
                  .position(0, 0, 1)
                  .mass(1, INERTIA, INERTIA, INERTIA)
                  .build());
      Joint joint = tiltedSphere(world, parent);
      joint.setMotor(2, 2, 10);
      steps(world, 100);
      assertEquals(2, joint.velocity(2), 0.01);
      // Equal inertias: the reaction spins the parent the other way, angular momentum stays 0.
      Vector3d axis = dofAxis(2);
      assertEquals(1, joint.spec().child().angularVelocity(new Vector3d()).dot(axis), 0.01);
      assertEquals(-1, parent.angularVelocity(new Vector3d()).dot(axis), 0.01);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"ode4j", "jbullet"})
  void restoreThenStepRepeatsTheOriginalBitForBitWithLimitAndMotorActive(String engine) {
    try (PhysicsWorld world = world(engine, true)) {
      Joint joint = limitedPendulum(world);
      joint.setMotor(2, 2, 0.5);
      joint.setMotor(0, -1, 0.2);
      steps(world, 150);
      WorldSnapshot saved = world.snapshot();
      double maxAngle = 0;
      for (int i = 0; i < 150; i++) {
        world.step(DT);
        maxAngle = Math.max(maxAngle, totalAngle(joint));
      }
      assertTrue(
          maxAngle <= MAX_ANGLE_RAD + 0.02 && maxAngle >= MAX_ANGLE_RAD - 0.02,
          "the motors push it against the limit: " + maxAngle);
      double[] original = world.snapshot().values();
      joint.setMotor(1, 5, 5);
      joint.setLimits(0, 0.1);
      world.restore(saved);
      steps(world, 150);
      assertArrayEquals(original, world.snapshot().values());

      try (PhysicsWorld twin = world(engine, true)) {
        Joint twinJoint = limitedPendulum(twin);
        twinJoint.setMotor(2, 2, 0.5);
        twinJoint.setMotor(0, -1, 0.2);
        steps(twin, 150);
        twin.snapshot();
        steps(twin, 150);
        assertArrayEquals(original, twin.snapshot().values(), "a world built alike steps alike");
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"ode4j", "jbullet"})
  void badLimitsAndMotorsAreRejectedClearly(String engine) {
    try (PhysicsWorld world = world(engine, false)) {
      Body ball = world.addBody(BodySpec.dynamic("ball", new Shape.Sphere(0.1)).massKg(1).build());
      JointSpec spec = JointSpec.ball("b", null, ball, new Vector3d());
      IllegalArgumentException lower =
          assertThrows(IllegalArgumentException.class, () -> spec.withLimits(-0.1, 1));
      assertTrue(
          lower.getMessage().contains("'b'") && lower.getMessage().contains("must be 0"),
          lower.getMessage());
      for (double max : new double[] {0, 4, Double.POSITIVE_INFINITY, Double.NaN}) {
        IllegalArgumentException e =
            assertThrows(IllegalArgumentException.class, () -> spec.withLimits(0, max));
        assertTrue(e.getMessage().contains("'b'"), e.getMessage());
      }
      assertThrows(IllegalArgumentException.class, () -> spec.withLimits(0, -1));

      Joint joint = world.addJoint(spec);
      assertThrows(IllegalArgumentException.class, () -> joint.setLimits(0, -1, 0.5));
      assertThrows(IllegalArgumentException.class, () -> joint.setLimits(0, 0, 0));
      IllegalArgumentException dof =
          assertThrows(IllegalArgumentException.class, () -> joint.setLimits(1, 0, 0.5));
      assertTrue(dof.getMessage().contains("DOF 0"), dof.getMessage());
      IllegalArgumentException motorDof =
          assertThrows(IllegalArgumentException.class, () -> joint.setMotor(3, 1, 1));
      assertTrue(
          motorDof.getMessage().contains("'b'") && motorDof.getMessage().contains("0..2"),
          motorDof.getMessage());
      assertThrows(IllegalArgumentException.class, () -> joint.setMotor(-1, 1, 1));
      assertThrows(IllegalArgumentException.class, () -> joint.disableMotor(3));
      IllegalArgumentException nan =
          assertThrows(IllegalArgumentException.class, () -> joint.setMotor(0, Double.NaN, 1));
      assertTrue(nan.getMessage().contains("target velocity"), nan.getMessage());
      assertThrows(IllegalArgumentException.class, () -> joint.setMotor(0, 1, -1));
      assertThrows(IllegalArgumentException.class, () -> joint.setMotor(0, 1, Double.NaN));
      joint.setLimits(0, 0, Math.PI);
      world.step(DT);
      assertTrue(world.isFinite(), "a limit of π is accepted");
    }
  }
}
