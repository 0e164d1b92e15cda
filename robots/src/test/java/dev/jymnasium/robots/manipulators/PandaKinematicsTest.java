package dev.jymnasium.robots.manipulators;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jymnasium.env.rng.NpRandom;
import dev.jymnasium.physics.PhysicsEngine;
import dev.jymnasium.physics.PhysicsWorld;
import dev.jymnasium.physics.model.ArticulatedModel;
import dev.jymnasium.physics.model.ModelSpec;
import org.joml.Vector3d;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Forward kinematics against the built model and panda-gym, and IK against FK. */
class PandaKinematicsTest {
  private final PandaKinematics kinematics = new PandaKinematics(PandaEnv.BASE_X, 0, 0);

  /** Random arm angles within ±{@code spread} rad of neutral, inside the joint limits. */
  private static double[] randomAngles(NpRandom rng, double spread) {
    double[] q = PandaModel.NEUTRAL.clone();
    for (int i = 0; i < PandaModel.ARM_JOINTS; i++) {
      q[i] += rng.uniform(-spread, spread);
      q[i] = Math.max(PandaModel.LOWER[i], Math.min(PandaModel.UPPER[i], q[i]));
    }
    return q;
  }

  /**
   * panda-gym's grasp target at the neutral pose, from {@code env.robot.get_ee_position()} after
   * {@code gym.make("PandaReach-v3").reset(seed=0)} (panda-gym 10c4d8a, pybullet 3.2.7).
   */
  @Test
  void neutralGraspTargetIsPandaGyms() {
    double[] p = new double[3];
    kinematics.forward(PandaModel.NEUTRAL, p, null);
    assertArrayEquals(new double[] {0.03843967, 0, 0.197400143}, p, 1e-6);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ode4j", "jbullet"})
  void forwardKinematicsMatchesTheBuiltModel(String engine) {
    ModelSpec spec = PandaModel.spec(PandaEnv.BASE_X, 0, 0, PandaEnv.TIMESTEP_S);
    try (PhysicsWorld world = PhysicsEngine.byName(engine).createWorld(spec.worldSettings())) {
      ArticulatedModel model = spec.instantiate(world);
      NpRandom rng = NpRandom.of(3);
      Vector3d site = new Vector3d();
      double[] p = new double[3];
      for (int trial = 0; trial < 5; trial++) {
        double[] q = randomAngles(rng, 1.0);
        model.reset(q, new double[PandaModel.JOINTS]);
        model.sitePosition(PandaModel.GRASP_TARGET, site);
        kinematics.forward(q, p, null);
        // JBullet keeps poses in single precision.
        assertArrayEquals(new double[] {site.x, site.y, site.z}, p, 1e-5, "trial " + trial);
      }
    }
  }

  @Test
  void inverseOfForwardReturnsWithinOneMillimetre() {
    NpRandom rng = NpRandom.of(7);
    double[] target = new double[3];
    double[] rotation = new double[9];
    double[] reached = new double[3];
    for (int trial = 0; trial < 100; trial++) {
      double[] q = randomAngles(rng, 0.6);
      kinematics.forward(q, target, rotation);
      double[] solution = PandaModel.NEUTRAL.clone();
      double residual = kinematics.inverse(target, rotation, solution, 200, 1e-9);
      kinematics.forward(solution, reached, null);
      double error =
          Math.sqrt(
              Math.pow(reached[0] - target[0], 2)
                  + Math.pow(reached[1] - target[1], 2)
                  + Math.pow(reached[2] - target[2], 2));
      assertTrue(error < 1e-3, "trial " + trial + ": position error " + error + " m");
      assertTrue(residual < 1e-3, "trial " + trial + ": pose residual " + residual);
    }
  }
}
