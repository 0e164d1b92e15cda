package dev.jymnasium.physics.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jymnasium.physics.Body;
import dev.jymnasium.physics.ConstraintSolver;
import dev.jymnasium.physics.PhysicsEngine;
import dev.jymnasium.physics.PhysicsWorld;
import dev.jymnasium.physics.Pose;
import dev.jymnasium.physics.Shape;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The inverse joint-space mass matrix's diagonal against the engine: from rest and without gravity,
 * an effort τ on one hinge of a free-floating planar pair turns it at {@code h·τ·M⁻¹ᵢᵢ} after one
 * direct-solver step, whatever the root does meanwhile.
 */
class JointSpaceInertiaTest {
  private static final double H = 0.002;
  private static final double EFFORT = 3;

  private static final JointDef HIP = JointDef.hinge("hip", 0, 1, 0).at(0, 0, 0.1).armature(0.1);
  private static final LinkSpec TORSO =
      LinkSpec.of(
          "torso",
          null,
          Pose.at(0, 0, 1),
          List.of(GeomSpec.of("torso", new Shape.Box(0.2, 0.05, 0.1), Pose.IDENTITY)),
          JointDef.planarRoot("root"));
  private static final LinkSpec LEG =
      LinkSpec.of(
          "leg",
          "torso",
          Pose.at(0.15, 0, -0.2),
          List.of(GeomSpec.of("leg", new Shape.Box(0.03, 0.03, 0.25), Pose.at(0.05, 0, -0.2))),
          List.of(HIP));

  @Test
  void aHingeOfAFloatingPairTurnsAtItsInverseWeight() {
    ModelSpec spec =
        ModelSpec.of("pair", H, List.of(TORSO, LEG), List.of(ActuatorSpec.motor("hip", EFFORT)))
            .withGravity(0, 0, 0);
    double measured;
    try (PhysicsWorld world =
        PhysicsEngine.byName("ode4j")
            .createWorld(spec.worldSettings().withSolver(ConstraintSolver.DIRECT))) {
      ArticulatedModel model = spec.instantiate(world);
      model.applyControls(new double[] {1});
      world.step(H);
      measured = model.jointVelocity("hip");
    }
    Pose legPose = TORSO.poseInParent().mul(LEG.poseInParent());
    List<LinkRuntime> links =
        List.of(
            new LinkRuntime(
                TORSO, -1, TORSO.poseInParent(), new Body[1], null, new Body[0], 0, false, null),
            new LinkRuntime(LEG, 0, legPose, new Body[1], null, new Body[0], 0, false, null));
    List<JointDef> root = TORSO.joints();
    List<JointRuntime> joints =
        List.of(
            new JointRuntime(root.get(0), 0, 0, 0, 0, null, 0),
            new JointRuntime(root.get(1), 0, 0, 1, 1, null, 1),
            new JointRuntime(root.get(2), 0, 0, 2, 2, null, 2),
            new JointRuntime(HIP, 1, 0, 3, 3, null, 0));
    double invWeight = JointSpaceInertia.inverseDiagonal(links, joints, 4)[3];
    assertEquals(H * EFFORT * invWeight, measured, 1e-6 * Math.abs(measured));
  }
}
