package dev.jymnasium.physics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.joml.Vector3d;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Limits and motors on universal joints and efforts on ball joints, on both engines (see also
 * BallJointTest).
 */
class UniversalAndBallJointTest {

  private static PhysicsWorld zeroGravityWorld(String engine) {
    return PhysicsEngine.byName(engine).createWorld(WorldSettings.defaults().withGravity(0, 0, 0));
  }

  private static Joint universal(PhysicsWorld world) {
    Body arm =
        world.addBody(
            BodySpec.dynamic("arm", new Shape.Box(0.05, 0.05, 0.3))
                .position(0, 0, -0.3)
                .massKg(1)
                .build());
    return world.addJoint(
        JointSpec.universal(
            "u", null, arm, new Vector3d(), new Vector3d(1, 0, 0), new Vector3d(0, 1, 0)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"ode4j", "jbullet"})
  void universalLimitsHoldOnBothAxesInBothDirections(String engine) {
    for (int dof = 0; dof < 2; dof++) {
      for (double sign : new double[] {1, -1}) {
        try (PhysicsWorld world = zeroGravityWorld(engine)) {
          Joint joint = universal(world);
          joint.setLimits(0, -0.2, 0.3);
          joint.setLimits(1, -0.25, 0.35);
          joint.setEffort(dof, sign * 2.0);
          for (int i = 0; i < 500; i++) {
            world.step(0.002);
          }
          double expected = dof == 0 ? (sign > 0 ? 0.3 : -0.2) : (sign > 0 ? 0.35 : -0.25);
          assertEquals(expected, joint.position(dof), 0.02, "dof " + dof + " pushed " + sign);
          assertEquals(0, joint.position(1 - dof), 0.02, "the other axis stays put");
        }
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"ode4j", "jbullet"})
  void universalMotorsReachTheirTargetVelocity(String engine) {
    for (int dof = 0; dof < 2; dof++) {
      try (PhysicsWorld world = zeroGravityWorld(engine)) {
        Joint joint = universal(world);
        joint.setMotor(dof, -1.5, 20);
        for (int i = 0; i < 100; i++) {
          world.step(0.002);
        }
        assertEquals(-1.5, joint.velocity(dof), 0.05, "dof " + dof);
        assertEquals(-0.3, joint.position(dof), 0.03, "dof " + dof);
        joint.disableMotor(dof);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"ode4j", "jbullet"})
  void ballJointTakesEffortsAboutTheWorldAxesAtCreation(String engine) {
    try (PhysicsWorld world = zeroGravityWorld(engine)) {
      // A sphere with inertia 0.4 m r² = 0.004 kg·m² about every axis through its centre.
      Body ball = world.addBody(BodySpec.dynamic("ball", new Shape.Sphere(0.1)).massKg(1).build());
      Joint joint = world.addJoint(JointSpec.ball("b", null, ball, new Vector3d()));
      joint.setEffort(2, 0.004);
      for (int i = 0; i < 50; i++) {
        world.step(0.002);
      }
      assertEquals(0.1, joint.velocity(2), 0.002, "α = τ / I = 1 rad/s² for 0.1 s");
      assertEquals(0.1, ball.angularVelocity(new Vector3d()).z, 0.002, "DOF 2 turns about world z");
    }
  }
}
