package dev.jymnasium.physics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.joml.Vector3d;
import org.junit.jupiter.api.Test;

/**
 * MuJoCo's soft limit as a row of its own on ODE4J ({@link Joint#setSoftLimit}): one bar on a hinge
 * about z at its centre with joint-space armature, no gravity, its range [lower, 1]. Past the limit
 * by r one step of h gives MuJoCo's {@code q̇⁺ = q̇ + h·((1 − d)·a₀ + d·a_ref)}, with a₀ the
 * acceleration of the effort alone and {@code a_ref = −b·q̇ + k·d·r}, as long as the row pushes.
 */
class SoftLimitRowTest {
  private static final double H = 0.002;
  private static final double BAR_INERTIA = 0.01;
  private static final double ARMATURE = 0.5;
  private static final double INV_WEIGHT = 1 / (BAR_INERTIA + ARMATURE);

  /** MuJoCo's default solreflimit and solimplimit. */
  private static final SoftLimit LIMIT =
      new SoftLimit(0.02, 1, 0.9, 0.95, 0.001, 0.5, 2, INV_WEIGHT);

  private static double rateAfterOneStep(double effort, double lower, double startRate) {
    try (PhysicsWorld world =
        PhysicsEngine.byName("ode4j")
            .createWorld(
                WorldSettings.defaults()
                    .withGravity(0, 0, 0)
                    .withMaxSubStep(H)
                    .withSolver(ConstraintSolver.DIRECT))) {
      Body bar =
          world.addBody(
              BodySpec.dynamic("bar", new Shape.Box(0.5, 0.02, 0.02))
                  .mass(1, BAR_INERTIA, BAR_INERTIA, BAR_INERTIA)
                  .build());
      Joint hinge =
          world.addJoint(
              JointSpec.hinge("hinge", null, bar, new Vector3d(), new Vector3d(0, 0, 1)));
      hinge.setArmature(ARMATURE);
      hinge.setLimits(0, lower, 1);
      hinge.setSoftLimit(LIMIT);
      bar.setAngularVelocity(new Vector3d(0, 0, startRate));
      hinge.setEffort(0, effort);
      world.step(H);
      return hinge.velocity(0);
    }
  }

  private static double mujoco(double violation, double effort, double startRate) {
    double d = LIMIT.impedance(violation);
    double reference = -LIMIT.damping() * startRate + LIMIT.stiffness() * d * violation;
    return startRate + H * ((1 - d) * effort * INV_WEIGHT + d * reference);
  }

  @Test
  void pastTheLimitTheJointKeepsOneMinusDOfItsAccelerationAndTakesDOfTheReference() {
    assertEquals(mujoco(0.3, -20, 0), rateAfterOneStep(-20, 0.3, 0), 1e-9);
    assertEquals(mujoco(0.3, 5, -1), rateAfterOneStep(5, 0.3, -1), 1e-9);
  }

  @Test
  void theImpedanceFollowsTheViolationWithinTheWidth() {
    assertEquals(mujoco(0.0004, -20, 0), rateAfterOneStep(-20, 0.0004, 0), 1e-9);
  }

  @Test
  void theRowOnlyPushes() {
    // Leaving the range faster than the reference asks: no limit force, the effort alone acts.
    double rate = rateAfterOneStep(0, 0.01, 3);
    assertEquals(3, rate, 1e-9);
  }

  @Test
  void insideItsRangeTheJointOnlyFeelsTheArmature() {
    assertEquals(H * 2 * INV_WEIGHT, rateAfterOneStep(2, -0.5, 0), 1e-9);
  }

  @Test
  void theImpedanceRisesFromItsMinimumToItsMaximumOverTheWidth() {
    assertEquals(0.9, LIMIT.impedance(0), 1e-15);
    assertEquals(0.9 + 0.05 * 0.125, LIMIT.impedance(-0.00025), 1e-15);
    assertEquals(0.925, LIMIT.impedance(0.0005), 1e-15);
    assertEquals(0.95 - 0.05 * 0.125, LIMIT.impedance(0.00075), 1e-15);
    assertEquals(0.95, LIMIT.impedance(0.3), 1e-15);
  }

  @Test
  void badParametersAreRejected() {
    assertThrows(
        IllegalArgumentException.class, () -> new SoftLimit(0.02, 1, 0.9, 1, 0.001, 0.5, 2, 1));
    assertThrows(
        IllegalArgumentException.class, () -> new SoftLimit(0, 1, 0.9, 0.95, 0.001, 0.5, 2, 1));
    assertThrows(
        IllegalArgumentException.class,
        () -> new SoftLimit(0.02, 1, 0.9, 0.95, 0.001, 0.5, 2, Double.POSITIVE_INFINITY));
  }
}
