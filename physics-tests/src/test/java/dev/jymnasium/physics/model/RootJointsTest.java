package dev.jymnasium.physics.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jymnasium.physics.PhysicsEngine;
import dev.jymnasium.physics.PhysicsWorld;
import dev.jymnasium.physics.Pose;
import dev.jymnasium.physics.Shape;
import dev.jymnasium.physics.WorldSettings;
import java.util.List;
import org.joml.Quaterniond;
import org.joml.Vector3d;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * MuJoCo's planar root (slide x, slide z, hinge y; one planar engine joint) and the free root, on
 * both engines.
 */
class RootJointsTest {
  private static final double DT = 0.002;

  private static LinkSpec floor() {
    return LinkSpec.of(
        "floor",
        null,
        Pose.IDENTITY,
        List.of(GeomSpec.of("floor", Shape.Plane.ground(), Pose.IDENTITY)),
        List.of());
  }

  /**
   * An 8 kg slab whose mass sits 0.15 m off the x–z plane, so gravity and contacts twist it about
   * x.
   */
  private static ModelSpec planarSlab() {
    GeomSpec slab = GeomSpec.of("slab", new Shape.Box(0.2, 0.1, 0.05), Pose.at(0, 0.15, 0));
    List<JointDef> root =
        List.of(
            JointDef.slide("rootx", 1, 0, 0),
            JointDef.slide("rootz", 0, 0, 1).reference(1.0),
            JointDef.hinge("rooty", 0, 1, 0));
    LinkSpec torso = LinkSpec.of("torso", null, Pose.at(0, 0, 1.0), List.of(slab), root);
    return ModelSpec.of("slab", DT, List.of(floor(), torso), List.of());
  }

  @ParameterizedTest
  @ValueSource(strings = {"ode4j", "jbullet"})
  void planarBodyStaysInTheXzPlaneAndTurnsFreelyAboutY(String engine) {
    ModelSpec spec = planarSlab();
    try (PhysicsWorld world = PhysicsEngine.byName(engine).createWorld(spec.worldSettings())) {
      ArticulatedModel model = spec.instantiate(world);
      assertEquals(3, model.qposSize());
      assertArrayEquals(new double[] {0, 1.0, 0}, model.initialQpos(), 1e-12);
      model.reset(new double[] {0, 1.0, 0.4}, new double[] {0.5, 0, 2.0});
      int torso = model.linkIndex("torso");
      Vector3d p = new Vector3d();
      Quaterniond q = new Quaterniond();
      double maxOffPlane = 0, maxTwist = 0, minPitch = 0.4, maxPitch = 0.4;
      for (int i = 0; i < 750; i++) {
        world.step(DT);
        model.linkPosition(torso, p);
        model.linkOrientation(torso, q);
        maxOffPlane = Math.max(maxOffPlane, Math.abs(p.y));
        maxTwist = Math.max(maxTwist, Math.max(Math.abs(q.x), Math.abs(q.z)));
        double pitch = model.jointPosition("rooty");
        minPitch = Math.min(minPitch, pitch);
        maxPitch = Math.max(maxPitch, pitch);
      }
      double[] qpos = model.qpos(null);
      assertEquals(p.x, qpos[0], 1e-5, "rootx reads the x of the link");
      assertEquals(p.z, qpos[1], 1e-5, "rootz reads the height (reference 1.0)");
      // The root is one planar joint. Measured at the models' 12 solver iterations: ODE4J ~3e-6 m
      // and a roll/yaw part ~2e-5, decaying within a few steps of the flat landing (~3e-8 and
      // ~5e-7 at 20 iterations); JBullet (floats) ~3e-5 m and ~7e-4 (3e-3 m with the former
      // slider-slider-hinge chain).
      double tolerance = "ode4j".equals(engine) ? 5e-5 : 2e-3;
      assertTrue(maxOffPlane < tolerance, engine + ": y left the plane by " + maxOffPlane);
      assertTrue(maxTwist < tolerance, engine + ": roll/yaw quaternion part reached " + maxTwist);
      assertTrue(maxPitch - minPitch > 0.5, "pitch turned freely: " + minPitch + " .. " + maxPitch);
      // At rest on the floor the contacts carry the weight.
      Vector3d force = model.contactForce(torso, new Vector3d());
      assertEquals(
          8 * WorldSettings.STANDARD_GRAVITY_MPS2,
          force.z,
          0.1 * 8 * WorldSettings.STANDARD_GRAVITY_MPS2);
    }
  }

  /** A 2 kg ball whose root joints are {@code root}, in zero gravity. */
  private static ModelSpec ballWithRoot(List<JointDef> root) {
    LinkSpec ball =
        LinkSpec.of(
            "ball",
            null,
            Pose.at(0.3, -0.2, 1.0),
            List.of(GeomSpec.of("b", new Shape.Sphere(0.1), Pose.at(0.05, 0, 0))),
            root);
    return ModelSpec.of("ball", DT, List.of(ball), List.of()).withGravity(0, 0, 0);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ode4j", "jbullet"})
  void planarTriplesInEitherPlaneBecomeOneJointAndRoundTrip(String engine) {
    // x–z plane (slide x, slide z, hinge y) and x–y plane (slide x, slide y, hinge z), hinges off
    // the
    // link origin.
    List<List<JointDef>> roots =
        List.of(
            List.of(
                JointDef.slide("x", 1, 0, 0),
                JointDef.slide("z", 0, 0, 1).reference(1.0),
                JointDef.hinge("pitch", 0, 1, 0).at(0.1, 0, 0.05)),
            List.of(
                JointDef.slide("x", 1, 0, 0),
                JointDef.slide("y", 0, 1, 0),
                JointDef.hinge("yaw", 0, 0, 1).at(-0.05, 0.1, 0)));
    for (List<JointDef> root : roots) {
      ModelSpec spec = ballWithRoot(root);
      try (PhysicsWorld world = PhysicsEngine.byName(engine).createWorld(spec.worldSettings())) {
        ArticulatedModel model = spec.instantiate(world);
        assertEquals(1, world.bodies().size(), "no connector bodies");
        assertEquals(1, world.joints().size(), "one planar joint");
        double[] qpos = model.initialQpos();
        qpos[0] += 0.2;
        qpos[1] -= 0.3;
        qpos[2] = 2.5;
        double[] qvel = {0.4, -0.7, 1.5};
        model.reset(qpos, qvel);
        assertArrayEquals(qpos, model.qpos(null), 1e-6, root.get(2).name());
        assertArrayEquals(qvel, model.qvel(null), 1e-5, root.get(2).name());
        // Free flight in the plane: the constraint stays idle, so the body keeps its velocities.
        Vector3d linear = world.bodies().get(0).linearVelocity(new Vector3d());
        Vector3d angular = world.bodies().get(0).angularVelocity(new Vector3d());
        world.step(0.1);
        assertTrue(
            linear.distance(world.bodies().get(0).linearVelocity(new Vector3d())) < 1e-5, "linear");
        assertTrue(
            angular.distance(world.bodies().get(0).angularVelocity(new Vector3d())) < 1e-5,
            "angular");
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"ode4j", "jbullet"})
  void otherJointTriplesStayConnectorChains(String engine) {
    List<JointDef> limited =
        List.of(
            JointDef.slide("x", 1, 0, 0).limits(-1, 1),
            JointDef.slide("z", 0, 0, 1),
            JointDef.hinge("pitch", 0, 1, 0));
    List<JointDef> hingeFirst =
        List.of(
            JointDef.hinge("pitch", 0, 1, 0),
            JointDef.slide("x", 1, 0, 0),
            JointDef.slide("z", 0, 0, 1));
    for (List<JointDef> root : List.of(limited, hingeFirst)) {
      ModelSpec spec = ballWithRoot(root);
      try (PhysicsWorld world = PhysicsEngine.byName(engine).createWorld(spec.worldSettings())) {
        spec.instantiate(world);
        assertEquals(3, world.bodies().size(), "two connectors and the link");
        assertEquals(3, world.joints().size());
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"ode4j", "jbullet"})
  void freeRootRoundTripsAndFalls(String engine) {
    LinkSpec ball =
        LinkSpec.of(
            "ball",
            null,
            Pose.at(0, 0, 2),
            List.of(GeomSpec.of("b", new Shape.Sphere(0.1), Pose.at(0.05, 0, 0))),
            List.of(JointDef.free("root")));
    ModelSpec spec = ModelSpec.of("ball", DT, List.of(ball), List.of());
    try (PhysicsWorld world = PhysicsEngine.byName(engine).createWorld(spec.worldSettings())) {
      ArticulatedModel model = spec.instantiate(world);
      assertArrayEquals(new double[] {0, 0, 2, 1, 0, 0, 0}, model.initialQpos(), 1e-6);
      Quaterniond turn = new Quaterniond().rotateXYZ(0.3, -0.2, 0.5);
      double[] qpos = {1, 2, 3, turn.w, turn.x, turn.y, turn.z};
      double[] qvel = {0.5, -0.25, 1, 0.3, 0.2, -0.1};
      model.reset(qpos, qvel);
      assertArrayEquals(qpos, model.qpos(null), 1e-6);
      assertArrayEquals(qvel, model.qvel(null), 1e-5);
      world.step(0.1);
      assertEquals(
          3 + 0.1 - 0.5 * WorldSettings.STANDARD_GRAVITY_MPS2 * 0.01, model.qpos(null)[2], 2e-3);
    }
  }
}
