package dev.jymnasium.robots.model;

import dev.jymnasium.physics.ConstraintSolver;
import dev.jymnasium.physics.model.ModelSpec;

/**
 * A loaded model file: the engine-neutral {@link ModelSpec} plus the MuJoCo options that the
 * physics layer has no field for.
 *
 * @param spec the model, ready for {@code spec.instantiate(world)}
 * @param source file or resource name it came from
 * @param integrator MuJoCo integrator named in {@code <option integrator>} ("Euler" by default);
 *     recorded for documentation, both engines use their own semi-implicit Euler step
 * @param solver {@code <option solver>}: PGS (the default here) is {@link
 *     ConstraintSolver#ITERATIVE}; CG and Newton are {@link ConstraintSolver#DIRECT}, used on
 *     engines that have it
 * @param mediumDensityKgPerM3 fluid density of {@code <option density>} (0 = no medium)
 * @param mediumViscosityPas fluid viscosity of {@code <option viscosity>} (Pa·s, 0 = none)
 */
public record MjcfModel(
    ModelSpec spec,
    String source,
    String integrator,
    ConstraintSolver solver,
    double mediumDensityKgPerM3,
    double mediumViscosityPas) {

  /** The same file's options with another model. */
  public MjcfModel withSpec(ModelSpec value) {
    return new MjcfModel(
        value, source, integrator, solver, mediumDensityKgPerM3, mediumViscosityPas);
  }

  /** True when the model moves through a fluid (Swimmer): the env must apply the drag itself. */
  public boolean hasMedium() {
    return mediumDensityKgPerM3 > 0 || mediumViscosityPas > 0;
  }
}
