package dev.jymnasium.physics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jymnasium.physics.spi.PhysicsEngineProvider;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Engine look-up by name over stand-in providers: order, case, clashes, and the messages for
 * missing engines.
 */
class EngineRegistryTest {

  /** A provider whose engine is a stand-in that makes no worlds. */
  private record StubProvider(String name, int preference) implements PhysicsEngineProvider {
    @Override
    public PhysicsEngine create() {
      return new PhysicsEngine() {
        @Override
        public String name() {
          return StubProvider.this.name;
        }

        @Override
        public PhysicsWorld createWorld(WorldSettings settings) {
          throw new UnsupportedOperationException("stand-in engine " + name);
        }
      };
    }
  }

  @Test
  void namesFollowThePreferenceNotTheClasspathOrder() {
    EngineRegistry registry =
        new EngineRegistry(
            List.of(
                new StubProvider("jbullet", 10),
                new StubProvider("zeta", 10),
                new StubProvider("ode4j", 0)));
    assertEquals(List.of("ode4j", "jbullet", "zeta"), registry.names());
  }

  @Test
  void namesAreMatchedIgnoringCaseAndBlanks() {
    EngineRegistry registry = new EngineRegistry(List.of(new StubProvider("ode4j", 0)));
    assertEquals("ode4j", registry.create(" ODE4J ").name());
  }

  @Test
  void unknownNameListsTheAcceptedNames() {
    EngineRegistry registry = new EngineRegistry(List.of(new StubProvider("ode4j", 0)));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> registry.create("mujoco"));
    assertEquals("unknown physics engine 'mujoco'; accepted names: ode4j", e.getMessage());
  }

  @Test
  void aShippedEngineThatIsMissingNamesItsArtifact() {
    EngineRegistry registry = new EngineRegistry(List.of(new StubProvider("ode4j", 0)));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> registry.create("JBullet"));
    assertTrue(
        e.getMessage().contains("accepted names: ode4j")
            && e.getMessage().contains("dev.jymnasium:physics-jbullet"),
        e.getMessage());
  }

  @Test
  void noEngineAtAllNamesBothArtifacts() {
    EngineRegistry registry = new EngineRegistry(List.of());
    assertEquals(List.of(), registry.names());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> registry.create("ode4j"));
    assertTrue(
        e.getMessage().contains("no physics engine is on the classpath")
            && e.getMessage().contains("dev.jymnasium:physics-ode4j")
            && e.getMessage().contains("dev.jymnasium:physics-jbullet"),
        e.getMessage());
  }

  @Test
  void twoProvidersOfOneNameAreRefused() {
    StubProvider first = new StubProvider("ode4j", 0);
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> new EngineRegistry(List.of(first, new StubProvider("ode4j", 5))));
    assertTrue(e.getMessage().contains("'ode4j'"), e.getMessage());
  }

  @Test
  void badProviderNamesAreRefused() {
    for (String bad : new String[] {"ODE4J", " ode4j", "", null}) {
      IllegalStateException e =
          assertThrows(
              IllegalStateException.class,
              () -> new EngineRegistry(List.of(new StubProvider(bad, 0))));
      assertTrue(e.getMessage().contains("'" + bad + "'"), e.getMessage());
    }
  }

  @Test
  void theModuleItselfBringsNoEngine() {
    assertEquals(
        List.of(),
        PhysicsEngine.names(),
        "module physics must find no engine on its own classpath");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> PhysicsEngine.byName("ode4j"));
    assertTrue(e.getMessage().contains("dev.jymnasium:physics-ode4j"), e.getMessage());
    assertSame(
        EngineRegistry.installed(), EngineRegistry.installed(), "the classpath is searched once");
  }
}
