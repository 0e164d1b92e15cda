package dev.jymnasium.physics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.joml.Quaterniond;
import org.joml.Vector3d;
import org.joml.Vector3dc;
import org.junit.jupiter.api.Test;

/**
 * {@link PhysicsWorld#solvePlanarModelsInPlane()}: a planar two-legged chain in the x–z plane,
 * driven by torques and pushed across its plane, falls onto the ground; held in its plane by
 * projection with only the in-plane rows solved, it must move as with every row of its joints.
 */
class PlanarModelsInPlaneTest {
  private static final double DT = 0.002;
  private static final int STEPS = 400;
  private static final Vector3dc Y = new Vector3d(0, 1, 0);

  private record Chain(PhysicsWorld world, Body torso, Joint root, Joint hip, Joint knee) {}

  /** What the hinges carry besides their rows. */
  private enum Extras {
    NONE,
    /** ODE's own stops on the knee (its hinge keeps all its rows). */
    HARD_KNEE_LIMITS,
    /** Joint-space armature and damping on both hinges (the in-plane hinge's third row). */
    ARMATURE
  }

  /**
   * A torso on a planar root (normal y) with a thigh and a shin hinged about y and −y (as Hopper's
   * joints are) below its end, all capsules in the x–z plane as in MuJoCo's planar models (the
   * torso's frame turned about y).
   */
  private static Chain chain(String variant, Extras extras) {
    PhysicsWorld world =
        TestWorlds.create(
            variant,
            WorldSettings.defaults().withGravity(0, 0, -WorldSettings.STANDARD_GRAVITY_MPS2));
    world.addBody(BodySpec.fixed("ground", Shape.Plane.ground()).build());
    Body torso =
        world.addBody(
            BodySpec.dynamic("torso", new Shape.Capsule(0.05, 0.25))
                .pose(Pose.at(0, 0, 0.8).rotated(Math.PI / 2, 0, 1, 0))
                .massKg(4)
                .build());
    Body thigh =
        world.addBody(
            BodySpec.dynamic("thigh", new Shape.Capsule(0.04, 0.11))
                .position(0.3, 0, 0.6)
                .massKg(1)
                .build());
    Body shin =
        world.addBody(
            BodySpec.dynamic("shin", new Shape.Capsule(0.04, 0.11))
                .position(0.3, 0, 0.3)
                .massKg(1)
                .build());
    Joint root =
        world.addJoint(
            JointSpec.planar(
                "root", null, torso, new Vector3d(0, 0, 0.8), Y, new Vector3d(0, 0, 1)));
    double damping = extras == Extras.ARMATURE ? 0.5 : 0;
    Joint hip =
        world.addJoint(
            JointSpec.hinge("hip", torso, thigh, new Vector3d(0.3, 0, 0.75), Y)
                .withDamping(damping));
    Joint knee =
        world.addJoint(
            JointSpec.hinge("knee", thigh, shin, new Vector3d(0.3, 0, 0.45), new Vector3d(0, -1, 0))
                .withDamping(damping));
    if (extras == Extras.HARD_KNEE_LIMITS) {
      knee.setLimits(0, -0.3, 0.3);
    }
    if (extras == Extras.ARMATURE) {
      hip.setArmature(0.1);
      knee.setArmature(0.05);
    }
    return new Chain(world, torso, root, hip, knee);
  }

  /** Joint positions after each step: root z (from 0.8 m), x, pitch, hip, knee. */
  private static double[][] run(Chain chain) {
    double[][] out = new double[STEPS][];
    Vector3d push = new Vector3d(0, 5, 0);
    for (int i = 0; i < STEPS; i++) {
      chain.hip().setEffort(0, 3 * Math.sin(0.05 * i));
      chain.knee().setEffort(0, 2 * Math.cos(0.03 * i));
      chain.torso().applyForce(push);
      chain.world().step(DT);
      out[i] =
          new double[] {
            chain.root().position(0),
            chain.root().position(1),
            chain.root().position(2),
            chain.hip().position(0),
            chain.knee().position(0)
          };
    }
    return out;
  }

  /**
   * ODE's direct solve finds the same constraint forces from fewer rows: the motion agrees to
   * rounding. (The iterative solver converges differently on a different set of rows.)
   */
  @Test
  void movesAsWithEveryRow() {
    String variant = "ode4j-direct";
    for (Extras extras : Extras.values()) {
      Chain full = chain(variant, extras);
      Chain held = chain(variant, extras);
      try (PhysicsWorld a = full.world();
          PhysicsWorld b = held.world()) {
        assertTrue(b.solvePlanarModelsInPlane(), variant + " holds planar models");
        double[][] expected = run(full);
        double[][] actual = run(held);
        double worst = 0;
        double minKnee = 0;
        double maxKnee = 0;
        for (int i = 0; i < STEPS; i++) {
          for (int k = 0; k < expected[i].length; k++) {
            worst = Math.max(worst, Math.abs(expected[i][k] - actual[i][k]));
          }
          minKnee = Math.min(minKnee, actual[i][4]);
          maxKnee = Math.max(maxKnee, actual[i][4]);
        }
        String what = variant + " with " + extras;
        // Measured: 2e-12.
        assertTrue(worst < 1e-9, what + ": joint positions differ by up to " + worst);
        assertTrue(maxKnee - minKnee > 0.2, what + ": the knee moved " + minKnee + ".." + maxKnee);
        if (extras == Extras.HARD_KNEE_LIMITS) {
          assertTrue(
              minKnee > -0.32 && maxKnee < 0.32, what + ": knee within its stops " + minKnee);
        }
        assertFallenAndInPlane(b, actual, what);
      }
    }
  }

  /** The iterative solver converges differently on fewer rows, but holds the plane as well. */
  @Test
  void iterativeSolverHoldsThePlaneToo() {
    Chain chain = chain("ode4j", Extras.NONE);
    try (PhysicsWorld world = chain.world()) {
      assertTrue(world.solvePlanarModelsInPlane());
      assertFallenAndInPlane(world, run(chain), "ode4j");
    }
  }

  private static void assertFallenAndInPlane(
      PhysicsWorld world, double[][] positions, String what) {
    double z = positions[STEPS - 1][0];
    assertTrue(z < -0.2, what + ": fell to the ground, torso " + z + " m from its start");
    assertTrue(world.contactCount() > 0, what + ": rests on the ground");
    Quaterniond q = new Quaterniond();
    Vector3d normal = new Vector3d();
    for (Body body : world.bodies().subList(1, 4)) {
      assertEquals(0, body.position(new Vector3d()).y, 1e-12, what + ": " + body.name());
      normal.set(Y).rotate(body.orientation(q));
      assertEquals(1, normal.y, 1e-12, what + ": " + body.name() + " turned about y only");
    }
  }

  @Test
  void otherEnginesKeepEveryRow() {
    Chain chain = chain("jbullet", Extras.NONE);
    try (PhysicsWorld world = chain.world()) {
      assertFalse(world.solvePlanarModelsInPlane());
    }
  }
}
