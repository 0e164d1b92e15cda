package dev.jymnasium.robots.model;

import dev.jymnasium.physics.ConstraintSolver;
import dev.jymnasium.physics.jointspace.GeomContact;
import dev.jymnasium.physics.jointspace.Softness;
import dev.jymnasium.physics.model.ModelSpec;
import java.util.List;
import java.util.Map;

/**
 * A loaded model file: the engine-neutral {@link ModelSpec} plus the MuJoCo options that the
 * physics layer has no field for.
 *
 * @param spec the model, ready for {@code spec.instantiate(world)}
 * @param source file or resource name it came from
 * @param integrator MuJoCo integrator named in {@code <option integrator>} ("Euler" by default):
 *     the joint-space engine steps Euler and RK4 as MuJoCo does; the world engines use their own
 *     semi-implicit Euler step
 * @param solver {@code <option solver>}: PGS (the default here) is {@link
 *     ConstraintSolver#ITERATIVE}; CG and Newton are {@link ConstraintSolver#DIRECT}, used on
 *     engines that have it
 * @param mediumDensityKgPerM3 fluid density of {@code <option density>} (0 = no medium)
 * @param mediumViscosityPas fluid viscosity of {@code <option viscosity>} (Pa·s, 0 = none)
 * @param geomContacts MuJoCo's contact parameters of each link's geoms (by link name, in the link's
 *     geom order) as the file gives them, for the joint-space engine
 * @param limitSoftness each joint's {@code solreflimit} and {@code solimplimit}, by joint name, for
 *     the joint-space engine
 */
public record MjcfModel(
    ModelSpec spec,
    String source,
    String integrator,
    ConstraintSolver solver,
    double mediumDensityKgPerM3,
    double mediumViscosityPas,
    Map<String, List<GeomContact>> geomContacts,
    Map<String, Softness> limitSoftness) {

  public MjcfModel {
    geomContacts = Map.copyOf(geomContacts);
    limitSoftness = Map.copyOf(limitSoftness);
  }

  /** The same file's options with another model. */
  public MjcfModel withSpec(ModelSpec value) {
    return new MjcfModel(
        value,
        source,
        integrator,
        solver,
        mediumDensityKgPerM3,
        mediumViscosityPas,
        geomContacts,
        limitSoftness);
  }

  /**
   * Geom {@code geom} of link {@code link}'s contact parameters, or null where the file has none
   * for it (a link or geom not in the file).
   */
  public GeomContact geomContact(int link, int geom) {
    List<GeomContact> geoms = geomContacts.get(spec.links().get(link).name());
    return geoms == null || geom >= geoms.size() ? null : geoms.get(geom);
  }

  /** True when the model moves through a fluid (Swimmer): the env must apply the drag itself. */
  public boolean hasMedium() {
    return mediumDensityKgPerM3 > 0 || mediumViscosityPas > 0;
  }
}
