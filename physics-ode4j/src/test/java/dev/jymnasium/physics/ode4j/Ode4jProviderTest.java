package dev.jymnasium.physics.ode4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jymnasium.physics.PhysicsEngine;
import dev.jymnasium.physics.PhysicsWorld;
import java.util.List;
import org.junit.jupiter.api.Test;

/** This artifact alone registers engine "ode4j" through the service file, and nothing else. */
class Ode4jProviderTest {

  @Test
  void theServiceFileRegistersOde4jAlone() {
    assertEquals(List.of("ode4j"), PhysicsEngine.names());
    try (PhysicsWorld world = PhysicsEngine.byName("ODE4J").createWorld()) {
      assertEquals("ode4j", world.engineName());
    }
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> PhysicsEngine.byName("jbullet"));
    assertTrue(e.getMessage().contains("dev.jymnasium:physics-jbullet"), e.getMessage());
  }
}
