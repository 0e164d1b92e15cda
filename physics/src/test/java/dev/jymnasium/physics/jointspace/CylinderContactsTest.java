package dev.jymnasium.physics.jointspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jymnasium.physics.Pose;
import dev.jymnasium.physics.Shape;
import dev.jymnasium.physics.model.GeomSpec;
import dev.jymnasium.physics.model.JointDef;
import dev.jymnasium.physics.model.LinkSpec;
import dev.jymnasium.physics.model.ModelSpec;
import java.util.List;
import org.joml.Quaterniond;
import org.joml.Vector3d;
import org.junit.jupiter.api.Test;

/**
 * Cylinder contacts: MuJoCo's plane-cylinder points for a puck (radius and half height 0.05 m)
 * upright, tipped onto its rim and lying on its side, the signed distance to a solid cylinder, and
 * a capsule's end pressed into the puck's side. MuJoCo's own states are replayed in the robots
 * module (ContactReferenceTest, Pusher).
 */
class CylinderContactsTest {
  private static final double RADIUS_M = 0.05;
  private static final double HALF_HEIGHT_M = 0.05;

  /** A puck that slides along z and x and tips about x; optionally an arm sliding along x. */
  private static JointSpaceSimulation puck(boolean withArm) {
    LinkSpec floor =
        LinkSpec.of(
            "floor",
            null,
            Pose.IDENTITY,
            List.of(GeomSpec.of("floor", new Shape.Plane(new Vector3d(0, 0, 1), 0), Pose.IDENTITY)),
            List.of());
    LinkSpec puck =
        LinkSpec.of(
            "puck",
            null,
            Pose.IDENTITY,
            List.of(
                GeomSpec.of("puck", new Shape.Cylinder(RADIUS_M, HALF_HEIGHT_M), Pose.IDENTITY)),
            List.of(
                JointDef.slide("z", 0, 0, 1),
                JointDef.slide("x", 1, 0, 0),
                JointDef.hinge("tip", 1, 0, 0)));
    // A capsule along x, its end 0.1 m from its link's origin.
    Pose alongX = new Pose(new Vector3d(-0.05, 0, 0), new Quaterniond().rotateY(Math.PI / 2));
    LinkSpec arm =
        LinkSpec.of(
            "arm",
            null,
            Pose.at(0, 0, 0.2),
            List.of(GeomSpec.of("arm", new Shape.Capsule(0.02, 0.05), alongX)),
            List.of(JointDef.slide("reach", 1, 0, 0)));
    ModelSpec spec =
        ModelSpec.of(
                "puck", 0.01, withArm ? List.of(floor, puck, arm) : List.of(floor, puck), List.of())
            .withGravity(0, 0, 0);
    return new JointSpaceSimulation(new JointSpaceModel(spec, MujocoOptions.rk4()));
  }

  private static int contacts(JointSpaceSimulation sim, double... qpos) {
    sim.setState(qpos, new double[qpos.length]);
    return sim.contactCount();
  }

  @Test
  void anUprightPuckRestsOnItsRimPointAndTheInscribedTriangle() {
    JointSpaceSimulation sim = puck(false);
    assertEquals(3, contacts(sim, HALF_HEIGHT_M - 0.001, 0, 0));
    assertEquals(0, contacts(sim, HALF_HEIGHT_M + 0.01, 0, 0));
  }

  @Test
  void aTippedPuckTouchesAtItsLowestRimPointAndALyingOneAlongItsSide() {
    JointSpaceSimulation sim = puck(false);
    double tip = 0.3;
    double lowest = RADIUS_M * Math.sin(tip) + HALF_HEIGHT_M * Math.cos(tip);
    assertEquals(1, contacts(sim, lowest - 0.001, 0, tip));
    assertEquals(2, contacts(sim, RADIUS_M - 0.001, 0, Math.PI / 2));
  }

  @Test
  void signedDistanceIsNegativeInsideAndEuclideanOutside() {
    assertEquals(-0.05, CylinderContacts.signedDistance(0, 0, 0, 0.05, 0.1), 1e-15);
    assertEquals(
        Math.hypot(0.03, 0.01) - 0.05,
        CylinderContacts.signedDistance(0.03, 0.01, 0, 0.05, 0.1),
        1e-15);
    assertEquals(0.02, CylinderContacts.signedDistance(0, 0.07, 0.05, 0.05, 0.1), 1e-15);
    assertEquals(0.05, CylinderContacts.signedDistance(0.08, 0, 0.14, 0.05, 0.1), 1e-15);
  }

  @Test
  void aCapsulesEndPressedIntoThePuckPushesBothApart() {
    JointSpaceSimulation sim = puck(true);
    // Puck lifted off the floor; the capsule's end sphere 1 mm into the side at the puck's height.
    double reach = -(RADIUS_M + 0.02 - 0.001);
    sim.setState(new double[] {0.2, 0, 0, reach}, new double[4]);
    assertEquals(1, sim.contactCount());
    sim.step();
    double[] qvel = sim.qvel(null);
    assertTrue(qvel[1] > 0, "the puck is pushed along +x: " + qvel[1]);
    assertTrue(qvel[3] < 0, "the arm is pushed back: " + qvel[3]);
  }
}
