package dev.jymnasium.physics.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jymnasium.physics.PhysicsEngine;
import dev.jymnasium.physics.PhysicsWorld;
import dev.jymnasium.physics.Pose;
import dev.jymnasium.physics.Shape;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * MuJoCo's ball-joint range ("0 max": a bound on the total rotation angle) through a model, on both
 * engines.
 */
class BallJointModelTest {
  private static final double DT = 0.002;
  private static final double MAX_ANGLE_RAD = 0.4;

  /** A 0.5 m bar along x from a ball joint at (0, 0, 1), written level: gravity swings it down. */
  private static ModelSpec limitedBar() {
    GeomSpec rod =
        GeomSpec.of(
            "rod",
            new Shape.Capsule(0.03, 0.22),
            Pose.at(0.25, 0, 0).rotated(Math.PI / 2, 0, 1, 0));
    LinkSpec bar =
        LinkSpec.of(
            "bar",
            null,
            Pose.at(0, 0, 1),
            List.of(rod),
            List.of(JointDef.ball("shoulder").limits(0, MAX_ANGLE_RAD)));
    return ModelSpec.of("bar", DT, List.of(bar), List.of());
  }

  @ParameterizedTest
  @ValueSource(strings = {"ode4j", "jbullet"})
  void rangeBoundsTheRotationFromTheWrittenPose(String engine) {
    ModelSpec spec = limitedBar();
    try (PhysicsWorld world = PhysicsEngine.byName(engine).createWorld(spec.worldSettings())) {
      ArticulatedModel model = spec.instantiate(world);
      double maxAngle = 0;
      double[] qpos = new double[model.qposSize()];
      for (int i = 0; i < 500; i++) {
        world.step(DT);
        model.qpos(qpos);
        maxAngle = Math.max(maxAngle, 2 * Math.acos(Math.min(1, Math.abs(qpos[0]))));
      }
      assertTrue(
          maxAngle <= MAX_ANGLE_RAD + 0.02 && maxAngle >= MAX_ANGLE_RAD - 0.02,
          "held at the range's maximum: " + maxAngle);
    }
  }
}
