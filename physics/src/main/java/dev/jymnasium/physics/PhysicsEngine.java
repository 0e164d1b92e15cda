package dev.jymnasium.physics;

import java.util.List;

/**
 * A rigid-body engine behind the neutral API: it creates {@link PhysicsWorld}s. Engines are
 * plug-ins ({@link dev.jymnasium.physics.spi.PhysicsEngineProvider}): artifact {@code
 * dev.jymnasium:physics-ode4j} brings "ode4j", {@code dev.jymnasium:physics-jbullet} brings
 * "jbullet".
 */
public interface PhysicsEngine {

  /**
   * Names accepted by {@link #byName(String)}: the engines on the classpath, in order of preference
   * (ode4j before jbullet); empty when no engine artifact is there.
   */
  static List<String> names() {
    return EngineRegistry.installed().names();
  }

  /** Short lower-case engine name, e.g. {@code "ode4j"}. */
  String name();

  /**
   * True when worlds of this engine can use {@code solver} (every engine has the iterative one).
   */
  default boolean supports(ConstraintSolver solver) {
    return solver == ConstraintSolver.ITERATIVE;
  }

  /**
   * True when worlds of this engine keep armature in joint space ({@link
   * PhysicsWorld#supportsJointArmature()}): known before a world is built, so settings that depend
   * on it (sub-steps for soft limits) go into the first one.
   */
  default boolean supportsJointArmature() {
    return false;
  }

  /** Creates an empty world (no bodies) with the given settings. */
  PhysicsWorld createWorld(WorldSettings settings);

  /** Creates an empty world with {@link WorldSettings#defaults()}. */
  default PhysicsWorld createWorld() {
    return createWorld(WorldSettings.defaults());
  }

  /**
   * A new engine called {@code name} (one of {@link #names()}, e.g. "ode4j" or "jbullet";
   * case-insensitive).
   *
   * @throws IllegalArgumentException for any other name; the message lists the accepted names, or
   *     the artifacts to add when no engine is on the classpath
   */
  static PhysicsEngine byName(String name) {
    return EngineRegistry.installed().create(name);
  }
}
