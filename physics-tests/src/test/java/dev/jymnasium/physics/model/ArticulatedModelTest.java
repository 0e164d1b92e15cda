package dev.jymnasium.physics.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jymnasium.physics.PhysicsEngine;
import dev.jymnasium.physics.PhysicsWorld;
import dev.jymnasium.physics.Pose;
import dev.jymnasium.physics.Shape;
import dev.jymnasium.physics.WorldSnapshot;
import java.util.List;
import org.joml.Quaterniond;
import org.joml.Vector3d;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A 2-link planar arm (hinges about y, x–z plane) and a single bar, built from ModelSpecs on both
 * engines.
 */
class ArticulatedModelTest {
  private static final double DT = 0.002;
  private static final double LINK_M = 0.5;

  /** A capsule from the link origin to x = 0.5 m (capsules run along local z: turn it onto x). */
  private static GeomSpec rod() {
    return GeomSpec.of(
        "rod",
        new Shape.Capsule(0.05, 0.2),
        Pose.at(LINK_M / 2, 0, 0).rotated(Math.PI / 2, 0, 1, 0));
  }

  static ModelSpec arm() {
    LinkSpec upper =
        LinkSpec.of(
            "upper",
            null,
            Pose.at(0, 0, 1),
            List.of(rod()),
            List.of(JointDef.hinge("shoulder", 0, 1, 0).damping(0.01)));
    LinkSpec fore =
        LinkSpec.of(
                "fore",
                "upper",
                Pose.at(LINK_M, 0, 0),
                List.of(rod()),
                List.of(JointDef.hinge("elbow", 0, 1, 0).limits(-2.5, 2.5)))
            .withSites(List.of(SiteSpec.at("tip", LINK_M, 0, 0)));
    return ModelSpec.of(
        "arm",
        DT,
        List.of(upper, fore),
        List.of(ActuatorSpec.motor("shoulder", 10), ActuatorSpec.motor("elbow", 5)));
  }

  private static PhysicsWorld world(String engine, ModelSpec spec) {
    return PhysicsEngine.byName(engine).createWorld(spec.worldSettings());
  }

  private static Vector3d rotY(double angle, double x, double z) {
    return new Quaterniond().rotateY(angle).transform(new Vector3d(x, 0, z));
  }

  @ParameterizedTest
  @ValueSource(strings = {"ode4j", "jbullet"})
  void jointReadOutMatchesTheLinkPoses(String engine) {
    ModelSpec spec = arm();
    try (PhysicsWorld world = world(engine, spec)) {
      ArticulatedModel model = spec.instantiate(world);
      assertEquals(2, model.qposSize());
      assertArrayEquals(new double[2], model.qpos(null), 1e-9);
      model.reset(new double[] {0.3, -0.5}, new double[2]);
      checkForwardKinematics(model, 1e-5);
      for (int i = 0; i < 300; i++) {
        model.applyControls(new double[] {0.2, -0.1});
        world.step(DT);
      }
      assertTrue(Math.abs(model.jointPosition("shoulder") - 0.3) > 0.1, "the arm moved");
      checkForwardKinematics(model, 2e-3);
    }
  }

  /** Link frames and the tip site from the read qpos, compared with the engine's link poses. */
  private static void checkForwardKinematics(ArticulatedModel model, double toleranceM) {
    double[] q = model.qpos(null);
    Vector3d shoulder = new Vector3d(0, 0, 1);
    Vector3d elbow = rotY(q[0], LINK_M, 0).add(shoulder);
    Vector3d tip = rotY(q[0] + q[1], LINK_M, 0).add(elbow);
    assertEquals(0, model.linkPosition(0, new Vector3d()).distance(shoulder), toleranceM);
    assertEquals(0, model.linkPosition(1, new Vector3d()).distance(elbow), toleranceM);
    assertEquals(0, model.sitePosition("tip", new Vector3d()).distance(tip), toleranceM);
    Quaterniond fore = model.linkOrientation(1, new Quaterniond());
    assertEquals(
        0,
        new Quaterniond().rotateY(q[0] + q[1]).difference(fore, new Quaterniond()).angle(),
        toleranceM * 4);
    Vector3d geomPosition = new Vector3d();
    model.geomPose(1, 0, geomPosition, new Quaterniond());
    assertEquals(0, geomPosition.distance(rotY(q[0] + q[1], LINK_M / 2, 0).add(elbow)), toleranceM);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ode4j", "jbullet"})
  void resetRoundTripsPositionsAndVelocities(String engine) {
    ModelSpec spec = arm();
    try (PhysicsWorld world = world(engine, spec)) {
      ArticulatedModel model = spec.instantiate(world);
      double[] qpos = {0.3, -0.5};
      double[] qvel = {1.0, -2.0};
      model.reset(qpos, qvel);
      assertArrayEquals(qpos, model.qpos(null), 1e-6);
      assertArrayEquals(qvel, model.qvel(null), 1e-5);
      // The elbow moves on a circle about the shoulder: v = ω × r.
      Vector3d elbowVelocity = new Vector3d(0, 1.0, 0).cross(rotY(0.3, LINK_M, 0));
      assertEquals(0, model.linkLinearVelocity(1, new Vector3d()).distance(elbowVelocity), 1e-5);
      // A full turn and back keeps the hinge reading continuous.
      model.reset(new double[] {0.3 + 2 * Math.PI, -0.5}, qvel);
      assertEquals(0.3 + 2 * Math.PI, model.qpos(null)[0], 1e-5);
    }
  }

  /** A 5 kg bar, 0.5 x 0.1 x 0.1 m, hinged at one end about y; armature 0.1 kg·m²; no gravity. */
  private static ModelSpec bar() {
    GeomSpec box = GeomSpec.of("box", new Shape.Box(0.25, 0.05, 0.05), Pose.at(0.25, 0, 0));
    LinkSpec link =
        LinkSpec.of(
            "bar",
            null,
            Pose.at(0, 0, 1),
            List.of(box),
            List.of(JointDef.hinge("pivot", 0, 1, 0).armature(0.1)));
    return ModelSpec.of("bar", DT, List.of(link), List.of(ActuatorSpec.motor("pivot", 2)))
        .withGravity(0, 0, 0);
  }

  private static double angularAccelerationAtRest(String engine, double ctrl) {
    ModelSpec spec = bar();
    try (PhysicsWorld world = world(engine, spec)) {
      ArticulatedModel model = spec.instantiate(world);
      assertEquals(5.0, model.linkMassKg(0), 1e-9);
      model.applyControls(new double[] {ctrl});
      for (int i = 0; i < 5; i++) {
        world.step(DT);
      }
      return model.qvel(null)[0] / (5 * DT);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"ode4j", "jbullet"})
  void gearedTorqueGivesTheExpectedAngularAcceleration(String engine) {
    // I about the pivot = m(a² + c²)/12 + m·d² + armature = 0.108333 + 0.3125 + 0.1.
    double inertia = 5 * (0.25 + 0.01) / 12 + 5 * 0.0625 + 0.1;
    double alpha = angularAccelerationAtRest(engine, 0.5);
    assertEquals(2 * 0.5 / inertia, alpha, 0.02 * 2 * 0.5 / inertia);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ode4j", "jbullet"})
  void controlsAreClampedToTheirRange(String engine) {
    assertEquals(angularAccelerationAtRest(engine, 1.0), angularAccelerationAtRest(engine, 5.0));
    assertEquals(angularAccelerationAtRest(engine, -1.0), angularAccelerationAtRest(engine, -40.0));
    ModelSpec spec = bar();
    try (PhysicsWorld world = world(engine, spec)) {
      ArticulatedModel model = spec.instantiate(world);
      IllegalArgumentException length =
          assertThrows(IllegalArgumentException.class, () -> model.applyControls(new double[2]));
      assertTrue(length.getMessage().contains("1 controls"), length.getMessage());
      assertThrows(
          IllegalArgumentException.class, () -> model.applyControls(new double[] {Double.NaN}));
      assertThrows(
          IllegalArgumentException.class,
          () -> model.reset(new double[] {Double.NaN}, new double[1]));
      assertThrows(IllegalArgumentException.class, () -> model.jointIndex("knee"));
    }
  }

  private static double[] run(ArticulatedModel model, int fromStep, int steps) {
    for (int s = fromStep; s < fromStep + steps; s++) {
      model.applyControls(new double[] {Math.sin(0.05 * s), Math.cos(0.03 * s)});
      model.world().step(DT);
    }
    return model.qpos(null);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ode4j", "jbullet"})
  void snapshotRestoreIsBitIdenticalOnAModel(String engine) {
    ModelSpec spec = arm();
    try (PhysicsWorld world = world(engine, spec)) {
      ArticulatedModel model = spec.instantiate(world);
      run(model, 0, 100);
      WorldSnapshot saved = world.snapshot();
      double[] original = run(model, 100, 150);
      double[] originalState = world.snapshot().values();
      world.restore(saved);
      assertArrayEquals(original, run(model, 100, 150));
      assertArrayEquals(originalState, world.snapshot().values());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"ode4j", "jbullet"})
  void modelBuiltTwiceStepsIdentically(String engine) {
    ModelSpec spec = arm();
    try (PhysicsWorld a = world(engine, spec);
        PhysicsWorld b = world(engine, spec)) {
      ArticulatedModel first = spec.instantiate(a);
      ArticulatedModel second = spec.instantiate(b);
      for (int s = 0; s < 250; s += 50) {
        assertArrayEquals(run(first, s, 50), run(second, s, 50));
        assertArrayEquals(first.qvel(null), second.qvel(null));
      }
    }
  }
}
