package dev.jymnasium.robots.env;

import dev.jymnasium.physics.ConstraintSolver;
import dev.jymnasium.physics.PhysicsEngine;
import dev.jymnasium.physics.PhysicsWorld;
import dev.jymnasium.physics.WorldSettings;
import dev.jymnasium.physics.WorldSnapshot;
import dev.jymnasium.physics.model.ArticulatedModel;
import dev.jymnasium.physics.model.ModelSpec;

/**
 * A model built in a new world of a named engine (ODE4J or JBullet), with the world's state at
 * construction kept for seeded resets and the model's actuators held for whole physics steps.
 */
public final class ModelWorld {
  private final PhysicsWorld world;
  private final ArticulatedModel model;
  private final WorldSnapshot initialState;
  private final boolean stepwiseActuators;
  private final double timestepS;

  /**
   * Builds {@code spec} in a new world of engine {@code engineName}.
   *
   * @param id env id, for messages
   * @param solver the solver the model asks for: used where the engine has it, else the iterative
   *     one
   * @param solverIterations iterations of the iterative solver per physics step
   * @param subStepsPerTimestep engine sub-steps per model timestep where the engine has joint-space
   *     armature and so soft joint limits (for limits too stiff for the timestep); other engines,
   *     with hard limits, step whole timesteps
   * @throws IllegalArgumentException naming the kwarg when the engine is unknown, or for fewer than
   *     one sub-step
   */
  public ModelWorld(
      String id,
      ModelSpec spec,
      ConstraintSolver solver,
      int solverIterations,
      int subStepsPerTimestep,
      String engineName) {
    if (subStepsPerTimestep < 1) {
      throw new IllegalArgumentException(
          id + ": sub-steps per timestep must be >= 1, got " + subStepsPerTimestep);
    }
    PhysicsEngine engine = engine(id, engineName);
    WorldSettings base = spec.worldSettings().withSolverIterations(solverIterations);
    WorldSettings settings = engine.supports(solver) ? base.withSolver(solver) : base;
    this.world =
        engine.createWorld(
            subStepsPerTimestep > 1 && engine.supportsJointArmature()
                ? settings.withMaxSubStep(spec.timestepSeconds() / subStepsPerTimestep)
                : settings);
    this.model = spec.instantiate(world);
    this.initialState = world.snapshot();
    this.stepwiseActuators = model.hasStepwiseActuators();
    this.timestepS = spec.timestepSeconds();
  }

  private static PhysicsEngine engine(String id, String name) {
    try {
      return PhysicsEngine.byName(name);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("kwarg 'engine' of " + id + ": " + e.getMessage(), e);
    }
  }

  /** The world, with the model and anything the task added. */
  public PhysicsWorld world() {
    return world;
  }

  /** The model living in the world. */
  public ArticulatedModel model() {
    return model;
  }

  /**
   * Puts the world back in its state at construction (contact caches and solver seeds included), so
   * that a seeded reset replays exactly.
   */
  public void restoreInitialState() {
    world.restore(initialState);
  }

  /**
   * Holds {@code ctrl} on the model's actuators for {@code steps} physics steps of the model's
   * timestep, running {@code beforeEachStep} before each (forces that act for one step).
   *
   * @throws IllegalArgumentException for a wrong length or a NaN control
   */
  public void simulate(double[] ctrl, int steps, Runnable beforeEachStep) {
    model.applyControls(ctrl);
    for (int k = 0; k < steps; k++) {
      if (stepwiseActuators) {
        model.applyActuatorForces();
      }
      beforeEachStep.run();
      world.step(timestepS);
    }
  }

  /** Closes the world (once). */
  public void close() {
    if (!world.isClosed()) {
      world.close();
    }
  }
}
