package dev.jymnasium.physics.ode4j;

import dev.jymnasium.physics.PhysicsEngine;
import dev.jymnasium.physics.spi.PhysicsEngineProvider;

/**
 * Plugs {@link Ode4jEngine} into {@link PhysicsEngine#byName(String)} as "ode4j", the first choice.
 */
public final class Ode4jProvider implements PhysicsEngineProvider {
  /** Preference rank: ODE4J comes first (double precision, both solvers). */
  public static final int PREFERENCE = 0;

  @Override
  public String name() {
    return Ode4jEngine.NAME;
  }

  @Override
  public int preference() {
    return PREFERENCE;
  }

  @Override
  public PhysicsEngine create() {
    return new Ode4jEngine();
  }
}
