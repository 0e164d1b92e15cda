package dev.jymnasium.physics;

import org.joml.Vector3d;
import org.joml.Vector3dc;

/**
 * World-wide simulation settings.
 *
 * @param gravityMps2 gravity acceleration in m/s² (world frame, z up by convention)
 * @param maxSubStepSeconds longest internal step; {@code step(dt)} splits dt into ceil(dt /
 *     maxSubStepSeconds) equal sub-steps, in (0, 1]
 * @param solverIterations constraint-solver iterations per sub-step, in [1, 1000], or {@link
 *     #ENGINE_DEFAULT_ITERATIONS} for the engine's own default
 * @param randomSeed seed of the engine's solver randomisation, kept per world (JBullet's row
 *     shuffling; ODE4J's solvers draw no random numbers)
 * @param solver how joints and contacts are solved; {@link ConstraintSolver#DIRECT} on ODE4J only
 */
public record WorldSettings(
    Vector3dc gravityMps2,
    double maxSubStepSeconds,
    int solverIterations,
    long randomSeed,
    ConstraintSolver solver) {

  /** Earth gravity along −z. */
  public static final double STANDARD_GRAVITY_MPS2 = 9.81;

  /**
   * Solver iterations meaning "the engine's own default": ODE4J quickStep's 20, JBullet's 10. The
   * engines' defaults are what their users tune against; JBullet at 20 runs at half the speed.
   */
  public static final int ENGINE_DEFAULT_ITERATIONS = 0;

  public WorldSettings {
    gravityMps2 = new Vector3d(Checks.finite("gravityMps2", gravityMps2));
    Checks.positive("maxSubStepSeconds", maxSubStepSeconds);
    if (maxSubStepSeconds > 1) {
      throw new IllegalArgumentException(
          "maxSubStepSeconds must be <= 1 s, got " + maxSubStepSeconds);
    }
    if (solverIterations != ENGINE_DEFAULT_ITERATIONS
        && (solverIterations < 1 || solverIterations > 1000)) {
      throw new IllegalArgumentException(
          "solverIterations must be in [1, 1000] (or "
              + ENGINE_DEFAULT_ITERATIONS
              + " for the engine's default), got "
              + solverIterations);
    }
    if (solver == null) {
      throw new IllegalArgumentException("solver must not be null");
    }
  }

  /**
   * Gravity 9.81 m/s² along −z, 2 ms sub-steps, the iterative solver with the engine's default
   * iterations, seed 0.
   */
  public static WorldSettings defaults() {
    return new WorldSettings(
        new Vector3d(0, 0, -STANDARD_GRAVITY_MPS2),
        0.002,
        ENGINE_DEFAULT_ITERATIONS,
        0L,
        ConstraintSolver.ITERATIVE);
  }

  /**
   * These settings with {@code engineDefault} iterations in place of {@link
   * #ENGINE_DEFAULT_ITERATIONS}.
   */
  public WorldSettings withIterationsDefaultingTo(int engineDefault) {
    return solverIterations == ENGINE_DEFAULT_ITERATIONS
        ? withSolverIterations(engineDefault)
        : this;
  }

  /** A copy with another gravity (m/s²). */
  public WorldSettings withGravity(double x, double y, double z) {
    return new WorldSettings(
        new Vector3d(x, y, z), maxSubStepSeconds, solverIterations, randomSeed, solver);
  }

  /** A copy with another maximum sub-step (s). */
  public WorldSettings withMaxSubStep(double seconds) {
    return new WorldSettings(gravityMps2, seconds, solverIterations, randomSeed, solver);
  }

  /** A copy with another solver iteration count. */
  public WorldSettings withSolverIterations(int iterations) {
    return new WorldSettings(gravityMps2, maxSubStepSeconds, iterations, randomSeed, solver);
  }

  /** A copy with another solver seed. */
  public WorldSettings withRandomSeed(long seed) {
    return new WorldSettings(gravityMps2, maxSubStepSeconds, solverIterations, seed, solver);
  }

  /** A copy with another constraint solver. */
  public WorldSettings withSolver(ConstraintSolver constraintSolver) {
    return new WorldSettings(
        gravityMps2, maxSubStepSeconds, solverIterations, randomSeed, constraintSolver);
  }
}
