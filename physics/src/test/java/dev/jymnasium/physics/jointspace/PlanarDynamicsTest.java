package dev.jymnasium.physics.jointspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.jymnasium.physics.Pose;
import dev.jymnasium.physics.Shape;
import dev.jymnasium.physics.model.ActuatorSpec;
import dev.jymnasium.physics.model.GeomSpec;
import dev.jymnasium.physics.model.JointDef;
import dev.jymnasium.physics.model.LinkSpec;
import dev.jymnasium.physics.model.ModelSpec;
import dev.jymnasium.physics.model.SiteSpec;
import java.util.ArrayList;
import java.util.List;
import org.joml.Quaterniond;
import org.joml.Vector3d;
import org.junit.jupiter.api.Test;

/**
 * The planar path against the spatial one on the same planar models: same states, constraint forces
 * and 3D frames to round-off over a few hundred RK4 steps, with limits, damping, stiffness,
 * armature, motors, the medium's drag, tilted principal axes, a hinge against n and a link frame
 * turned about n.
 */
class PlanarDynamicsTest {
  private static final double TOLERANCE = 1e-12;
  private static final int STEPS = 300;

  @Test
  void aHopperLikeChainInTheXzPlaneMatchesTheSpatialPath() {
    assertSamePaths(chain(0, 1, 0), 0, 0);
  }

  @Test
  void aSwimmerLikeChainInATiltedPlaneInAMediumMatchesTheSpatialPath() {
    assertSamePaths(chain(0, 0.6, 0.8), 1000, 0.1);
  }

  @Test
  void aModelWithHingesOnTwoAxesTakesTheSpatialPath() {
    LinkSpec base =
        LinkSpec.of("base", null, Pose.IDENTITY, List.of(box("base", 0)), hinge("a", 1, 0, 0));
    LinkSpec arm =
        LinkSpec.of("arm", "base", Pose.at(0, 0, 0.3), List.of(box("arm", 0)), hinge("b", 0, 1, 0));
    ModelSpec spec = ModelSpec.of("twisted", 0.01, List.of(base, arm), List.of());
    assertNull(new JointSpaceModel(spec, 0, 0).plane);
  }

  /**
   * A planar root (two slides across n, a hinge about n) carrying two links: the first hinged
   * against n at an offset anchor and limited, the second in a frame turned about n.
   */
  static ModelSpec chain(double nx, double ny, double nz) {
    Vector3d n = new Vector3d(nx, ny, nz).normalize();
    Vector3d u = new Vector3d(1, 0, 0).cross(n).normalize();
    Vector3d w = new Vector3d(n).cross(u);
    List<JointDef> root =
        List.of(
            JointDef.slide("rootu", u.x, u.y, u.z).damping(0.3),
            JointDef.slide("rootw", w.x, w.y, w.z).armature(0.05),
            JointDef.hinge("rootn", n.x, n.y, n.z).stiffness(2).reference(0.1));
    LinkSpec torso =
        LinkSpec.of("torso", null, Pose.at(0.1, 0.2, 1), List.of(box("torso", 0.3)), root);
    LinkSpec thigh =
        LinkSpec.of(
                "thigh",
                "torso",
                Pose.at(0.2 * u.x - 0.3 * w.x, 0.2 * u.y - 0.3 * w.y, 0.2 * u.z - 0.3 * w.z),
                List.of(capsule("thigh", 0.7, u), box("thigh-foot", 0)),
                List.of(
                    JointDef.hinge("knee", -n.x, -n.y, -n.z)
                        .at(0.05 * w.x, 0.05 * w.y, 0.05 * w.z)
                        .limits(-0.4, 0.5)
                        .limitMargin(0.02)
                        .damping(0.2)
                        .armature(0.1)))
            .withSites(List.of(SiteSpec.at("toe", 0.1, -0.05, 0.2)));
    Pose turned =
        new Pose(
            new Vector3d(w).mul(-0.4).add(n.x * 0.05, n.y * 0.05, n.z * 0.05),
            new Quaterniond().rotateAxis(0.7, n.x, n.y, n.z));
    LinkSpec shin =
        LinkSpec.of(
            "shin",
            "thigh",
            turned,
            List.of(capsule("shin", -0.4, w)),
            List.of(JointDef.hinge("ankle", n.x, n.y, n.z).damping(0.1)));
    return ModelSpec.of(
        "planar-chain",
        0.004,
        List.of(torso, thigh, shin),
        List.of(
            ActuatorSpec.motor("knee", 30),
            ActuatorSpec.motor("ankle", 20),
            ActuatorSpec.motor("rootn", 5)));
  }

  private static void assertSamePaths(ModelSpec spec, double density, double viscosity) {
    JointSpaceModel model = new JointSpaceModel(spec, density, viscosity);
    assertNotNull(model.plane, "the model moves in a plane");
    JointSpaceSimulation planar = new JointSpaceSimulation(model);
    JointSpaceSimulation spatial = new JointSpaceSimulation(model, true);
    int nv = model.dofCount();
    double[] qpos = new double[nv];
    double[] qvel = new double[nv];
    for (int d = 0; d < nv; d++) {
      qpos[d] = model.initialQpos()[d] + 0.1 * (d + 1) * (d % 2 == 0 ? 1 : -1);
      qvel[d] = 0.5 * (d + 1);
    }
    planar.setState(qpos, qvel);
    spatial.setState(qpos, qvel);
    assertSameState(planar, spatial, "after setState");
    double[] controls = new double[spec.actuators().size()];
    List<String> limited = new ArrayList<>();
    for (int step = 0; step < STEPS; step++) {
      for (int a = 0; a < controls.length; a++) {
        controls[a] = Math.sin(0.05 * step + a);
      }
      planar.setControls(controls);
      spatial.setControls(controls);
      planar.step();
      spatial.step();
      assertSameState(planar, spatial, "step " + step);
      if (planar.constraintForce(model.jointAddress("knee")) != 0) {
        limited.add("step " + step);
      }
    }
    assertEquals(true, !limited.isEmpty(), "the knee's limit is reached at some step");
  }

  private static void assertSameState(
      JointSpaceSimulation planar, JointSpaceSimulation spatial, String when) {
    double[] q1 = planar.qpos(null);
    double[] q2 = spatial.qpos(null);
    double[] v1 = planar.qvel(null);
    double[] v2 = spatial.qvel(null);
    for (int d = 0; d < q1.length; d++) {
      assertEquals(q2[d], q1[d], TOLERANCE, when + ": qpos " + d);
      assertEquals(v2[d], v1[d], TOLERANCE * 10, when + ": qvel " + d);
      assertEquals(
          spatial.constraintForce(d),
          planar.constraintForce(d),
          TOLERANCE * 1e3,
          when + ": constraint force " + d);
    }
    for (int link = 0; link < planar.linkCount(); link++) {
      assertClose(
          spatial.linkPosition(link, new Vector3d()),
          planar.linkPosition(link, new Vector3d()),
          when + ": link " + link);
      Quaterniond o1 = planar.linkOrientation(link, new Quaterniond());
      Quaterniond o2 = spatial.linkOrientation(link, new Quaterniond());
      // q and −q are one rotation: the 3D pass derives its quaternions from matrices.
      if (o1.dot(o2) < 0) {
        o2.set(-o2.x, -o2.y, -o2.z, -o2.w);
      }
      assertClose(
          new Vector3d(o2.x, o2.y, o2.z), new Vector3d(o1.x, o1.y, o1.z), when + ": turn " + link);
      assertEquals(o2.w, o1.w, TOLERANCE, when + ": turn " + link);
      for (int geom = 0; geom < planar.link(link).geoms().size(); geom++) {
        Vector3d p1 = new Vector3d();
        Vector3d p2 = new Vector3d();
        planar.geomPose(link, geom, p1, new Quaterniond());
        spatial.geomPose(link, geom, p2, new Quaterniond());
        assertClose(p2, p1, when + ": geom " + geom + " of link " + link);
      }
    }
    assertClose(
        spatial.sitePosition("toe", new Vector3d()),
        planar.sitePosition("toe", new Vector3d()),
        when + ": site");
  }

  private static void assertClose(Vector3d expected, Vector3d actual, String what) {
    assertEquals(0, expected.distance(actual), TOLERANCE, what + ": " + expected + " vs " + actual);
  }

  private static List<JointDef> hinge(String name, double x, double y, double z) {
    return List.of(JointDef.hinge(name, x, y, z));
  }

  private static GeomSpec box(String name, double offsetM) {
    return GeomSpec.of(name, new Shape.Box(0.1, 0.05, 0.15), Pose.at(offsetM, 0, 0))
        .withContact(0, 0);
  }

  /** A capsule centred {@code offsetM} along {@code direction}, tilted away from it. */
  private static GeomSpec capsule(String name, double offsetM, Vector3d direction) {
    Pose pose =
        new Pose(
            new Vector3d(direction).mul(offsetM * 0.5),
            new Quaterniond().rotateXYZ(0.4, -0.3, 0.2));
    return GeomSpec.of(name, new Shape.Capsule(0.04, Math.abs(offsetM) * 0.5), pose)
        .withContact(0, 0);
  }
}
