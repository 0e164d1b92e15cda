package dev.jymnasium.physics.jbullet;

import dev.jymnasium.physics.PhysicsEngine;
import dev.jymnasium.physics.PhysicsWorld;
import dev.jymnasium.physics.WorldSettings;

/** JBullet 1.0.3 behind the neutral API (sequential-impulse solver, single precision). */
public final class JBulletEngine implements PhysicsEngine {
  /** Solver iterations per sub-step unless the settings name a count (Bullet's own default). */
  public static final int DEFAULT_SOLVER_ITERATIONS = 10;

  /** Engine name for {@link PhysicsEngine#byName(String)}. */
  public static final String NAME = "jbullet";

  /** The engine that has the direct solver, named in the refusal of other solvers. */
  private static final String DIRECT_SOLVER_ENGINE = "ode4j";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public PhysicsWorld createWorld(WorldSettings settings) {
    if (settings == null) {
      throw new IllegalArgumentException("settings must not be null");
    }
    if (!supports(settings.solver())) {
      throw new IllegalArgumentException(
          "JBullet has only the iterative solver; "
              + settings.solver()
              + " needs engine "
              + DIRECT_SOLVER_ENGINE);
    }
    return new JBulletWorld(settings.withIterationsDefaultingTo(DEFAULT_SOLVER_ITERATIONS));
  }
}
