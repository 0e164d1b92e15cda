package dev.jymnasium.physics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.joml.Vector3d;
import org.junit.jupiter.api.Test;

/**
 * Soft limits of a hinge with joint-space armature on ODE4J: one bar on a hinge about z at its
 * centre, no gravity, starting 0.5 rad below its range [0.5, 1]. Over one step h the limit's
 * implicit spring-damper and the armature give {@code q̇⁺ = h·(k·e + (1 − d)·τ) / (I + a + h·c +
 * h²·k)}: the spring k, damper c, the impedance d cancelling that share of the effort τ; given the
 * limit's inertia, the step follows the spring's exact response instead.
 */
class SoftLimitArmatureTest {
  private static final double H = 0.01;
  private static final double BAR_INERTIA = 0.01;
  private static final double ARMATURE = 1;

  /** MuJoCo's default limit: 2500/s² and 100/s per unit of inertia. */
  private static final double STIFFNESS = 2500 * (BAR_INERTIA + ARMATURE);

  private static final double DAMPING = 100 * (BAR_INERTIA + ARMATURE);

  private static double rateAfterOneStep(double impedance, double effort, double lower) {
    return rateAfterOneStep(impedance, effort, lower, 0);
  }

  private static double rateAfterOneStep(
      double impedance, double effort, double lower, double limitInertia) {
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
      hinge.setLimitSpring(STIFFNESS, DAMPING, impedance, limitInertia);
      hinge.setEffort(0, effort);
      world.step(H);
      return hinge.velocity(0);
    }
  }

  private static double expected(double violation, double effort, double impedance) {
    double inertia = BAR_INERTIA + ARMATURE;
    return H
        * (STIFFNESS * violation + (1 - impedance) * effort)
        / (inertia + H * DAMPING + H * H * STIFFNESS);
  }

  @Test
  void aViolatedLimitPushesBackAsAnImplicitSpringDamperOnTheWholeInertia() {
    assertEquals(expected(0.5, 0, 0), rateAfterOneStep(0, 0, 0.5), 1e-6);
  }

  /**
   * With the limit's inertia given, one step ends at the exact response of the critically damped
   * spring (50 rad/s, so ω·h = 0.5): from rest a displacement e gives {@code q̇ = ω²·h·e·exp(−ω·h)}
   * (7.6 rad/s here, where implicit Euler gives 5.5).
   */
  @Test
  void withItsInertiaTheLimitStepsAsTheExactResponse() {
    double inertia = BAR_INERTIA + ARMATURE;
    double omega = Math.sqrt(STIFFNESS / inertia);
    double exact = omega * omega * H * 0.5 * Math.exp(-omega * H);
    assertEquals(exact, rateAfterOneStep(0, 0, 0.5, inertia), 1e-6);
  }

  @Test
  void theLimitInertiaMustBeFiniteAndNonNegative() {
    assertThrows(IllegalArgumentException.class, () -> rateAfterOneStep(0, 0, 0.5, -1));
  }

  @Test
  void theImpedanceCancelsItsShareOfTheEffortPastTheLimit() {
    assertEquals(expected(0.5, -5, 0.95), rateAfterOneStep(0.95, -5, 0.5), 1e-6);
  }

  @Test
  void insideItsRangeTheJointOnlyFeelsTheArmature() {
    double rate = rateAfterOneStep(0.95, 2, -0.5);
    assertEquals(H * 2 / (BAR_INERTIA + ARMATURE), rate, 1e-6);
  }

  @Test
  void impedanceMustBeBelowOne() {
    try (PhysicsWorld world = PhysicsEngine.byName("ode4j").createWorld(WorldSettings.defaults())) {
      Body bar =
          world.addBody(
              BodySpec.dynamic("bar", new Shape.Box(0.5, 0.02, 0.02))
                  .mass(1, 0.01, 0.01, 0.01)
                  .build());
      Joint hinge =
          world.addJoint(
              JointSpec.hinge("hinge", null, bar, new Vector3d(), new Vector3d(0, 0, 1)));
      assertThrows(IllegalArgumentException.class, () -> hinge.setLimitSpring(1, 1, 1));
    }
  }
}
