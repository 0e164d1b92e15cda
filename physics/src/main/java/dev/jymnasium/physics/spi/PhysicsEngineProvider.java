package dev.jymnasium.physics.spi;

import dev.jymnasium.physics.PhysicsEngine;

/**
 * An engine plug-in, found through {@link java.util.ServiceLoader}: each engine artifact lists its
 * provider in {@code META-INF/services/dev.jymnasium.physics.spi.PhysicsEngineProvider}, so the
 * neutral API names no engine and a user picks engines by putting their artifacts on the classpath.
 */
public interface PhysicsEngineProvider {

  /**
   * Short lower-case engine name accepted by {@link PhysicsEngine#byName(String)}, e.g. {@code
   * "ode4j"}.
   */
  String name();

  /**
   * Rank in {@link PhysicsEngine#names()}: lower comes first (ode4j 0, jbullet 10), so the list
   * keeps one order whatever the classpath order.
   */
  int preference();

  /** A new engine instance (engines are stateless factories of worlds). */
  PhysicsEngine create();
}
