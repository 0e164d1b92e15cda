package dev.jymnasium.physics;

/**
 * World variants the engine-parameterised tests run on: each engine, and ODE4J with its direct
 * solver.
 */
final class TestWorlds {
  /** Suffix of a variant name that selects {@link ConstraintSolver#DIRECT}. */
  private static final String DIRECT_SUFFIX = "-direct";

  private TestWorlds() {}

  /** A world of {@code variant} ("ode4j", "ode4j-direct" or "jbullet") with {@code settings}. */
  static PhysicsWorld create(String variant, WorldSettings settings) {
    if (variant.endsWith(DIRECT_SUFFIX)) {
      String engine = variant.substring(0, variant.length() - DIRECT_SUFFIX.length());
      return PhysicsEngine.byName(engine).createWorld(settings.withSolver(ConstraintSolver.DIRECT));
    }
    return PhysicsEngine.byName(variant).createWorld(settings);
  }
}
