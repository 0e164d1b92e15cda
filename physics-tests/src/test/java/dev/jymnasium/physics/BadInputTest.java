package dev.jymnasium.physics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.joml.Quaterniond;
import org.joml.Vector3d;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Clear exceptions for bad engine names and bad calls on a world; the engine-free checks are in
 * module physics.
 */
class BadInputTest {

  @Test
  void unknownEngineListsTheAcceptedNames() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> PhysicsEngine.byName("mujoco"));
    assertTrue(
        e.getMessage().contains("mujoco")
            && e.getMessage().contains("ode4j")
            && e.getMessage().contains("jbullet"),
        e.getMessage());
    assertEquals("jbullet", PhysicsEngine.byName(" JBullet ").name());
  }

  @ParameterizedTest
  @ValueSource(strings = {"ode4j", "jbullet"})
  void worldRejectsBadCalls(String engine) {
    PhysicsWorld world = PhysicsEngine.byName(engine).createWorld();
    Body box =
        world.addBody(BodySpec.dynamic("box", new Shape.Box(0.1, 0.1, 0.1)).massKg(1).build());
    IllegalArgumentException self =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                world.addJoint(
                    JointSpec.hinge("h", box, box, new Vector3d(), new Vector3d(0, 1, 0))));
    assertTrue(self.getMessage().contains("itself"), self.getMessage());
    assertThrows(IllegalArgumentException.class, () -> world.step(0));
    assertThrows(IllegalArgumentException.class, () -> world.step(Double.NaN));
    assertThrows(
        IllegalArgumentException.class,
        () -> box.setPose(new Vector3d(Double.NaN, 0, 0), new Quaterniond()));
    assertThrows(
        IllegalArgumentException.class,
        () -> box.applyForce(new Vector3d(0, Double.POSITIVE_INFINITY, 0)));
    Joint hinge =
        world.addJoint(JointSpec.hinge("h", null, box, new Vector3d(), new Vector3d(0, 1, 0)));
    assertThrows(IllegalArgumentException.class, () -> hinge.position(1));
    assertThrows(IllegalArgumentException.class, () -> hinge.setLimits(1, -1));
    try (PhysicsWorld other = PhysicsEngine.byName(engine).createWorld()) {
      assertThrows(IllegalArgumentException.class, () -> other.restore(world.snapshot()));
    }
    world.close();
    IllegalStateException closed =
        assertThrows(IllegalStateException.class, () -> world.step(0.01));
    assertTrue(closed.getMessage().contains("closed"), closed.getMessage());
  }
}
