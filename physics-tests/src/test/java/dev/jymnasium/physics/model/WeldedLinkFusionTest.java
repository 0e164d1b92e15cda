package dev.jymnasium.physics.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jymnasium.physics.PhysicsEngine;
import dev.jymnasium.physics.PhysicsWorld;
import dev.jymnasium.physics.Pose;
import dev.jymnasium.physics.Shape;
import java.util.List;
import org.joml.Vector3d;
import org.junit.jupiter.api.Test;

/**
 * {@link ModelSpec#fuseWeldedLinks()}: a free base with a welded stub (turned 30° about z) and a
 * hinged tip under the stub, built with the stub as a body of its own and fused into the base.
 */
class WeldedLinkFusionTest {
  private static final double DT = 0.002;

  private static ModelSpec model(double baseZ) {
    LinkSpec floor =
        LinkSpec.of(
            "floor",
            null,
            Pose.IDENTITY,
            List.of(GeomSpec.of("floor", Shape.Plane.ground(), Pose.IDENTITY)),
            List.of());
    LinkSpec base =
        LinkSpec.of(
            "base",
            null,
            Pose.at(0, 0, baseZ),
            List.of(GeomSpec.of("base", new Shape.Sphere(0.1), Pose.IDENTITY)),
            List.of(JointDef.free("root")));
    LinkSpec stub =
        LinkSpec.of(
            "stub",
            "base",
            Pose.at(0.2, 0, -0.05).rotated(Math.PI / 6, 0, 0, 1),
            List.of(GeomSpec.of("stub", new Shape.Sphere(0.08), Pose.IDENTITY)),
            List.of());
    LinkSpec tip =
        LinkSpec.of(
            "tip",
            "stub",
            Pose.at(0.15, 0, 0),
            List.of(
                GeomSpec.of(
                    "tip",
                    new Shape.Capsule(0.03, 0.1),
                    Pose.at(0.1, 0, 0).rotated(Math.PI / 2, 0, 1, 0))),
            List.of(JointDef.hinge("tip", 0, 1, 0)));
    return ModelSpec.of(
        "stub", DT, List.of(floor, base, stub, tip), List.of(ActuatorSpec.motor("tip", 1)));
  }

  private static PhysicsWorld world(String engine, ModelSpec spec) {
    return PhysicsEngine.byName(engine).createWorld(spec.worldSettings());
  }

  @Test
  void aFusedStubMovesAsTheWeldedOneWithOneBodyLess() {
    ModelSpec welded = model(1);
    ModelSpec fused = welded.withFusedWeldedLinks(true);
    try (PhysicsWorld a = world("ode4j", welded);
        PhysicsWorld b = world("ode4j", fused)) {
      ArticulatedModel ma = welded.instantiate(a);
      ArticulatedModel mb = fused.instantiate(b);
      assertEquals(a.bodies().size() - 1, b.bodies().size());
      for (int link = 0; link < ma.linkCount(); link++) {
        assertEquals(ma.linkMassKg(link), mb.linkMassKg(link), 1e-12, ma.link(link).name());
      }
      double[] qpos = {0, 0, 1, 0.9, 0.1, 0.2, 0.3, 0.4};
      double[] qvel = {0.1, -0.2, 0.3, 1.0, -2.0, 3.0, 4.0};
      ma.reset(qpos, qvel);
      mb.reset(qpos, qvel);
      assertArrayEquals(ma.qpos(null), mb.qpos(null), 1e-12);
      for (int i = 0; i < 100; i++) {
        ma.applyControls(new double[] {0.5});
        mb.applyControls(new double[] {0.5});
        a.step(DT);
        b.step(DT);
      }
      double[] qa = ma.qpos(null);
      assertTrue(Math.abs(qa[2] - 1) > 0.1, "it fell");
      assertArrayEquals(qa, mb.qpos(null), 1e-3);
      // The engine's weld gives a little (its CFM): spinning at 3-10 rad/s they part by ~1%.
      assertArrayEquals(ma.qvel(null), mb.qvel(null), 0.05);
      int stub = ma.linkIndex("stub");
      Vector3d pa = ma.linkPosition(stub, new Vector3d());
      Vector3d pb = mb.linkPosition(stub, new Vector3d());
      assertTrue(pa.distance(pb) < 1e-3, pa + " against " + pb);
    }
  }

  @Test
  void contactsOnTheFusedStubCountForTheStub() {
    // The stub's sphere 1 mm into the floor, the base's 29 mm above it, the tip clear.
    ModelSpec fused = model(0.129).withFusedWeldedLinks(true);
    for (ModelSpec spec : List.of(fused.withFusedWeldedLinks(false), fused)) {
      try (PhysicsWorld world = world("ode4j", spec)) {
        ArticulatedModel model = spec.instantiate(world);
        model.reset(model.initialQpos(), new double[model.qvelSize()]);
        world.step(DT);
        assertTrue(world.contactCount() > 0);
        Vector3d onStub = model.contactForce(model.linkIndex("stub"), new Vector3d());
        Vector3d onBase = model.contactForce(model.linkIndex("base"), new Vector3d());
        assertTrue(onStub.z > 0, "stub pushed up: " + onStub);
        assertEquals(0, onBase.length(), "base untouched: " + onBase);
      }
    }
  }

  @Test
  void enginesWithoutContactPartsKeepTheWeldedBody() {
    ModelSpec welded = model(1);
    try (PhysicsWorld a = world("jbullet", welded);
        PhysicsWorld b = world("jbullet", welded.withFusedWeldedLinks(true))) {
      welded.instantiate(a);
      welded.withFusedWeldedLinks(true).instantiate(b);
      assertEquals(a.bodies().size(), b.bodies().size());
    }
  }
}
