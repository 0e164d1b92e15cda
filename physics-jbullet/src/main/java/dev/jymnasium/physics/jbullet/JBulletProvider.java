package dev.jymnasium.physics.jbullet;

import dev.jymnasium.physics.PhysicsEngine;
import dev.jymnasium.physics.spi.PhysicsEngineProvider;

/**
 * Plugs {@link JBulletEngine} into {@link PhysicsEngine#byName(String)} as "jbullet", after ODE4J.
 */
public final class JBulletProvider implements PhysicsEngineProvider {
  /** Preference rank: after ODE4J's 0 (single precision, iterative solver only). */
  public static final int PREFERENCE = 10;

  @Override
  public String name() {
    return JBulletEngine.NAME;
  }

  @Override
  public int preference() {
    return PREFERENCE;
  }

  @Override
  public PhysicsEngine create() {
    return new JBulletEngine();
  }
}
