package dev.jymnasium.physics.jointspace;

import dev.jymnasium.physics.Checks;
import java.util.Arrays;
import java.util.Map;

/**
 * What a MuJoCo model file says beyond the engine-neutral spec, for {@link JointSpaceModel}.
 *
 * @param integrator {@code <option integrator>}
 * @param densityKgPerM3 density of the medium ({@code <option density>}; 0 = none)
 * @param viscosityPas viscosity of the medium ({@code <option viscosity>}; 0 = none)
 * @param geomContacts each colliding geom's contact parameters (null, or null for a geom: MuJoCo's
 *     defaults with the geom's friction)
 * @param limitSoftness {@code solreflimit} and {@code solimplimit} by joint name; a joint not in
 *     the map has MuJoCo's defaults
 */
public record MujocoOptions(
    Integrator integrator,
    double densityKgPerM3,
    double viscosityPas,
    GeomContact.Lookup geomContacts,
    Map<String, Softness> limitSoftness) {

  public MujocoOptions {
    if (integrator == null) {
      throw new IllegalArgumentException(
          "integrator must be one of " + Arrays.toString(Integrator.values()) + ", got null");
    }
    Checks.nonNegative("densityKgPerM3", densityKgPerM3);
    Checks.nonNegative("viscosityPas", viscosityPas);
    limitSoftness = Map.copyOf(limitSoftness);
  }

  /** RK4, no medium, MuJoCo's default contact and limit softness. */
  public static MujocoOptions rk4() {
    return new MujocoOptions(Integrator.RK4, 0, 0, null, Map.of());
  }

  /** These options with a medium of the given density (kg/m³) and viscosity (Pa·s). */
  public MujocoOptions withMedium(double density, double viscosity) {
    return new MujocoOptions(integrator, density, viscosity, geomContacts, limitSoftness);
  }
}
