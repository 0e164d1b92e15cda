package dev.jymnasium.physics.jointspace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jymnasium.physics.Pose;
import dev.jymnasium.physics.Shape;
import dev.jymnasium.physics.model.GeomSpec;
import dev.jymnasium.physics.model.JointDef;
import dev.jymnasium.physics.model.LinkSpec;
import dev.jymnasium.physics.model.ModelSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A free root on the joint-space engine: MuJoCo's qpos (position, then a quaternion kept as given
 * until the first step normalises it) and qvel (world linear, local angular velocity), against
 * motions RK4 integrates exactly: a fall and a torque-free spin of a sphere.
 */
class FreeJointTest {
  private static final int STEPS = 100;

  private static JointSpaceSimulation sphere(double gravity) {
    GeomSpec ball = GeomSpec.of("ball", new Shape.Sphere(0.1), Pose.IDENTITY).withContact(0, 0);
    LinkSpec link =
        LinkSpec.of(
            "ball", null, Pose.at(0.2, -0.1, 1), List.of(ball), List.of(JointDef.free("root")));
    ModelSpec spec =
        ModelSpec.of("ball", 0.01, List.of(link), List.of()).withGravity(0, 0, gravity);
    return new JointSpaceSimulation(new JointSpaceModel(spec, 0, 0));
  }

  @Test
  void qposHoldsThePositionAndQuaternionQvelSixRates() {
    JointSpaceSimulation sim = sphere(-9.81);
    assertEquals(7, sim.model().qposSize());
    assertEquals(6, sim.model().dofCount());
    assertArrayEquals(new double[] {0.2, -0.1, 1, 1, 0, 0, 0}, sim.model().initialQpos());
  }

  @Test
  void aFallingSphereFollowsTheParabola() {
    JointSpaceSimulation sim = sphere(-9.81);
    sim.setState(new double[] {0, 0, 2, 1, 0, 0, 0}, new double[] {0.5, -0.3, 1, 0, 0, 0});
    for (int k = 0; k < STEPS; k++) {
      sim.step();
    }
    double t = STEPS * 0.01;
    double[] qpos = sim.qpos(null);
    double[] qvel = sim.qvel(null);
    assertEquals(0.5 * t, qpos[0], 1e-12);
    assertEquals(-0.3 * t, qpos[1], 1e-12);
    assertEquals(2 + t - 0.5 * 9.81 * t * t, qpos[2], 1e-12);
    assertEquals(1 - 9.81 * t, qvel[2], 1e-12);
    assertArrayEquals(
        new double[] {1, 0, 0, 0}, new double[] {qpos[3], qpos[4], qpos[5], qpos[6]}, 1e-12);
  }

  @Test
  void aSpinningSphereTurnsAboutItsOwnAxisAndNormalisesItsQuaternion() {
    JointSpaceSimulation sim = sphere(0);
    // A quaternion of length 2 (the identity turned by 90° about x): kept until the first step.
    double c = Math.sqrt(2);
    double[] start = {0, 0, 1, c, c, 0, 0};
    double omega = 2;
    sim.setState(start, new double[] {0, 0, 0, 0, 0, omega});
    assertArrayEquals(start, sim.qpos(null));
    for (int k = 0; k < STEPS; k++) {
      sim.step();
    }
    double half = 0.5 * omega * STEPS * 0.01;
    // (cos 45°, sin 45°, 0, 0) · (cos half, 0, 0, sin half): the local z axis is the world's −y.
    double s = Math.sqrt(0.5);
    double[] expected = {
      s * Math.cos(half), s * Math.cos(half), -s * Math.sin(half), s * Math.sin(half)
    };
    double[] qpos = sim.qpos(null);
    for (int i = 0; i < 4; i++) {
      assertEquals(expected[i], qpos[3 + i], 1e-12, "quaternion " + i);
    }
    assertArrayEquals(new double[] {0, 0, 0, 0, 0, omega}, sim.qvel(null), 1e-12);
  }
}
