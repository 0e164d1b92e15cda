package dev.jymnasium.physics.ode4j;

import dev.jymnasium.physics.ConstraintSolver;
import dev.jymnasium.physics.PhysicsEngine;
import dev.jymnasium.physics.PhysicsWorld;
import dev.jymnasium.physics.WorldSettings;

/** ODE4J 0.5.3 behind the neutral API (quickStep solver, double precision). */
public final class Ode4jEngine implements PhysicsEngine {
  /**
   * Solver iterations per sub-step unless the settings name a count (ODE's own quickStep default).
   */
  public static final int DEFAULT_SOLVER_ITERATIONS = 20;

  /** Engine name for {@link PhysicsEngine#byName(String)}. */
  public static final String NAME = "ode4j";

  @Override
  public String name() {
    return NAME;
  }

  /**
   * Both: quickStep is {@link ConstraintSolver#ITERATIVE}, world.step {@link
   * ConstraintSolver#DIRECT}.
   */
  @Override
  public boolean supports(ConstraintSolver solver) {
    return solver != null;
  }

  @Override
  public boolean supportsJointArmature() {
    return true;
  }

  @Override
  public PhysicsWorld createWorld(WorldSettings settings) {
    if (settings == null) {
      throw new IllegalArgumentException("settings must not be null");
    }
    return new Ode4jWorld(settings.withIterationsDefaultingTo(DEFAULT_SOLVER_ITERATIONS));
  }
}
