package dev.jymnasium.physics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.joml.Quaterniond;
import org.joml.Vector3d;
import org.junit.jupiter.api.Test;

/** MuJoCo's pyramidal soft contacts: their constants, and a capsule resting on them (ODE4J). */
class PyramidContactsTest {
  private static final double RADIUS_M = 0.08;
  private static final double MASS_KG = 1;
  private static final double STEP_S = 0.005;

  /** Ant's foot contacts as MuJoCo 3 reports them (efc_KBIP, efc_R of a foot on the floor). */
  @Test
  void mujocoConstantsOfAntsFeet() {
    PyramidContacts c = PyramidContacts.ofMujoco(0.02, 1, 0.95, 0.95, 1, 3.98, 0.02);
    assertEquals(2770.08, c.stiffnessPerS2(), 0.01);
    assertEquals(105.263, c.dampingPerS(), 1e-3);
    assertEquals(0.8379, c.regularisationPerKg(), 1e-4);
    assertEquals(0.02, c.planeMarginM());
  }

  @Test
  void rejectsBadValues() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new PyramidContacts(1, 1, 0, -0.01));
    assertTrue(e.getMessage().contains("planeMarginM") && e.getMessage().contains("-0.01"));
    assertThrows(IllegalArgumentException.class, () -> new PyramidContacts(0, 1, 0, 0));
    assertThrows(IllegalArgumentException.class, () -> new PyramidContacts(1, 1, Double.NaN, 0));
  }

  /** A capsule lying on the ground settles at the margin, its edges carrying its weight. */
  @Test
  void capsuleRestsAtTheMarginCarryingItsWeight() {
    PyramidContacts contacts = PyramidContacts.ofMujoco(0.02, 1, 0.95, 0.95, 1, 4, 0.02);
    try (PhysicsWorld world =
        TestWorlds.create("ode4j-direct", WorldSettings.defaults().withMaxSubStep(STEP_S))) {
      assertTrue(world.usePyramidContacts(contacts));
      world.addBody(BodySpec.fixed("ground", Shape.Plane.ground()).friction(1).build());
      Body capsule =
          world.addBody(
              BodySpec.dynamic("capsule", new Shape.Capsule(RADIUS_M, 0.2))
                  .pose(
                      new Pose(
                          new Vector3d(0, 0, RADIUS_M + 0.05),
                          new Quaterniond().rotateY(Math.PI / 2)))
                  .massKg(MASS_KG)
                  .friction(1)
                  .build());
      for (int i = 0; i < 400; i++) {
        world.step(STEP_S);
      }
      Vector3d p = capsule.position(new Vector3d());
      assertEquals(RADIUS_M + contacts.planeMarginM(), p.z, 0.003);
      assertEquals(0, capsule.linearVelocity(new Vector3d()).length(), 1e-3);
      double up = 0;
      for (Contact c : world.contacts()) {
        up += c.normalForceN * c.normal.z;
      }
      assertEquals(MASS_KG * WorldSettings.STANDARD_GRAVITY_MPS2, up, 0.05 * MASS_KG * 9.81);
    }
  }

  @Test
  void jbulletKeepsItsOwnContacts() {
    try (PhysicsWorld world =
        PhysicsEngine.byName("jbullet").createWorld(WorldSettings.defaults())) {
      assertFalse(
          world.usePyramidContacts(PyramidContacts.ofMujoco(0.02, 1, 0.95, 0.95, 1, 4, 0.02)));
    }
  }
}
