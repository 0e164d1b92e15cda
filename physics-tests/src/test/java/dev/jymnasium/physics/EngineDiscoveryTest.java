package dev.jymnasium.physics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** With both engine artifacts on the classpath, both engines are found, ODE4J first. */
class EngineDiscoveryTest {

  @Test
  void bothEnginesAreFoundInPreferenceOrder() {
    assertEquals(List.of("ode4j", "jbullet"), PhysicsEngine.names());
    for (String name : PhysicsEngine.names()) {
      assertEquals(name, PhysicsEngine.byName(name).name());
    }
  }
}
