package dev.jymnasium.physics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Module physics stays engine-free: no compiled class of its own refers to ODE4J, JBullet, vecmath
 * or the engine adapters, and neither engine is on its classpath (so its pom brings none).
 */
class EngineFreeApiTest {
  /** Internal-form package prefixes that the API's class files must not mention. */
  private static final List<String> ENGINE_PACKAGES =
      List.of(
          "org/ode4j/",
          "com/bulletphysics/",
          "javax/vecmath/",
          "dev/jymnasium/physics/ode4j/",
          "dev/jymnasium/physics/jbullet/");

  @Test
  void mainClassesReferToNoEngine() throws URISyntaxException, IOException {
    Path classes =
        Path.of(PhysicsEngine.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    assertTrue(
        Files.isDirectory(classes),
        "expected the module's compiled classes in a folder, got " + classes);
    List<String> offenders;
    try (Stream<Path> files = Files.walk(classes)) {
      offenders =
          files
              .filter(f -> f.toString().endsWith(".class"))
              .flatMap(f -> engineReferences(classes, f).stream())
              .collect(Collectors.toList());
    }
    assertEquals(List.of(), offenders, "engine code belongs in physics-ode4j or physics-jbullet");
    assertTrue(
        Files.exists(classes.resolve("dev/jymnasium/physics/PhysicsEngine.class")),
        "scanned " + classes);
  }

  @Test
  void noEngineLibraryIsOnTheClasspath() {
    for (String engineClass :
        List.of(
            "org.ode4j.ode.OdeHelper",
            "com.bulletphysics.dynamics.RigidBody",
            "javax.vecmath.Vector3f")) {
      assertThrows(
          ClassNotFoundException.class,
          () -> Class.forName(engineClass),
          engineClass + " is on physics' classpath: its pom must not depend on an engine");
    }
  }

  /** "Class -> package" for each engine package that {@code file}'s constant pool mentions. */
  private static List<String> engineReferences(Path root, Path file) {
    try {
      String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
      return ENGINE_PACKAGES.stream()
          .filter(text::contains)
          .map(p -> root.relativize(file) + " -> " + p)
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
