package dev.jymnasium.physics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * With both engine artifacts on the classpath, both engines are found, ODE4J first, and say what
 * their worlds can do.
 */
class EngineDiscoveryTest {

  @Test
  void bothEnginesAreFoundInPreferenceOrder() {
    assertEquals(List.of("ode4j", "jbullet"), PhysicsEngine.names());
    for (String name : PhysicsEngine.names()) {
      assertEquals(name, PhysicsEngine.byName(name).name());
    }
  }

  @Test
  void anEngineSaysBeforeHandWhetherItsWorldsHaveJointSpaceArmature() {
    for (String name : PhysicsEngine.names()) {
      PhysicsEngine engine = PhysicsEngine.byName(name);
      try (PhysicsWorld world = engine.createWorld()) {
        assertEquals(world.supportsJointArmature(), engine.supportsJointArmature(), name);
      }
    }
    assertTrue(PhysicsEngine.byName("ode4j").supportsJointArmature());
  }
}
