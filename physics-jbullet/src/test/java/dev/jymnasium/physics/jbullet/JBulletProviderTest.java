package dev.jymnasium.physics.jbullet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jymnasium.physics.PhysicsEngine;
import dev.jymnasium.physics.PhysicsWorld;
import java.util.List;
import org.junit.jupiter.api.Test;

/** This artifact alone registers engine "jbullet" through the service file, and nothing else. */
class JBulletProviderTest {

  @Test
  void theServiceFileRegistersJBulletAlone() {
    assertEquals(List.of("jbullet"), PhysicsEngine.names());
    try (PhysicsWorld world = PhysicsEngine.byName("JBullet").createWorld()) {
      assertEquals("jbullet", world.engineName());
    }
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> PhysicsEngine.byName("ode4j"));
    assertTrue(e.getMessage().contains("dev.jymnasium:physics-ode4j"), e.getMessage());
  }
}
