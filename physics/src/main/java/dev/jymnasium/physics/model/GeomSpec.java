package dev.jymnasium.physics.model;

import dev.jymnasium.physics.Checks;
import dev.jymnasium.physics.Pose;
import dev.jymnasium.physics.Shape;

/**
 * One piece of a link's geometry: collision shape, mass source and colour.
 *
 * @param name label (may be empty)
 * @param shape shape in the geom frame (capsules and cylinders along local z)
 * @param localPose geom frame relative to the link frame
 * @param friction Coulomb friction coefficient (>= 0; MuJoCo's first friction number)
 * @param densityKgPerM3 density for the link's mass when it has no explicit inertial (>= 0; 0 =
 *     massless)
 * @param contype MuJoCo-style contact type bits in [0, 0xFFFF]
 * @param conaffinity MuJoCo-style contact affinity bits in [0, 0xFFFF]; two geoms touch when each
 *     one's contype meets the other's conaffinity (MuJoCo needs only one direction: the same for
 *     the usual equal bits); both 0 = visual only
 * @param rgba display colour
 */
public record GeomSpec(
    String name,
    Shape shape,
    Pose localPose,
    double friction,
    double densityKgPerM3,
    int contype,
    int conaffinity,
    Rgba rgba) {

  /** MuJoCo's default density (kg/m³). */
  public static final double DEFAULT_DENSITY_KG_PER_M3 = 1000;

  public GeomSpec {
    name = name == null ? "" : name;
    if (shape == null || localPose == null || rgba == null) {
      throw new IllegalArgumentException(
          "geom '" + name + "' needs a shape, a local pose and a colour");
    }
    Checks.nonNegative("friction of geom '" + name + "'", friction);
    Checks.nonNegative("densityKgPerM3 of geom '" + name + "'", densityKgPerM3);
    Checks.mask16("contype of geom '" + name + "'", contype);
    Checks.mask16("conaffinity of geom '" + name + "'", conaffinity);
  }

  /**
   * A geom at {@code localPose} with MuJoCo's defaults: friction 1, density 1000, contype =
   * conaffinity = 1, grey.
   */
  public static GeomSpec of(String name, Shape shape, Pose localPose) {
    return new GeomSpec(name, shape, localPose, 1, DEFAULT_DENSITY_KG_PER_M3, 1, 1, Rgba.DEFAULT);
  }

  /** A copy with another friction coefficient. */
  public GeomSpec withFriction(double value) {
    return new GeomSpec(name, shape, localPose, value, densityKgPerM3, contype, conaffinity, rgba);
  }

  /** A copy with another density (kg/m³). */
  public GeomSpec withDensity(double kgPerM3) {
    return new GeomSpec(name, shape, localPose, friction, kgPerM3, contype, conaffinity, rgba);
  }

  /** A copy with other contact bits. */
  public GeomSpec withContact(int type, int affinity) {
    return new GeomSpec(name, shape, localPose, friction, densityKgPerM3, type, affinity, rgba);
  }

  /** A copy with another colour. */
  public GeomSpec withRgba(Rgba colour) {
    return new GeomSpec(
        name, shape, localPose, friction, densityKgPerM3, contype, conaffinity, colour);
  }

  /** True when the geom takes part in contacts. */
  public boolean collides() {
    return contype != 0 || conaffinity != 0;
  }
}
