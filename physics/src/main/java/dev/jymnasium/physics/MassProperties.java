package dev.jymnasium.physics;

import org.joml.Matrix3d;
import org.joml.Vector3d;
import org.joml.Vector3dc;

/**
 * Mass (kg) and diagonal inertia (kg·m²) about the body origin, in body axes. The body origin is
 * taken as the centre of mass.
 *
 * @param massKg mass, > 0
 * @param inertiaKgM2 principal moments about x, y, z, each > 0
 */
public record MassProperties(double massKg, Vector3dc inertiaKgM2) {

  public MassProperties {
    Checks.positive("massKg", massKg);
    Checks.finite("inertiaKgM2", inertiaKgM2);
    Checks.positive("inertia xx", inertiaKgM2.x());
    Checks.positive("inertia yy", inertiaKgM2.y());
    Checks.positive("inertia zz", inertiaKgM2.z());
    inertiaKgM2 = new Vector3d(inertiaKgM2);
  }

  /**
   * Mass and inertia of a solid shape of uniform density (kg/m³, > 0), using exact volumes
   * (capsule, cylinder, sphere, box). A convex hull uses its axis-aligned bounding box. Compound
   * children are summed with the parallel-axis rule; off-diagonal terms are dropped, so put the
   * body origin at the centre of mass on principal axes.
   */
  public static MassProperties fromDensity(Shape shape, double densityKgPerM3) {
    Checks.positive("densityKgPerM3", densityKgPerM3);
    if (shape.staticOnly()) {
      throw new IllegalArgumentException(
          shape.getClass().getSimpleName() + " has no mass: static bodies only");
    }
    Matrix3d tensor = new Matrix3d().zero();
    double mass = accumulate(shape, Pose.IDENTITY, densityKgPerM3, tensor);
    return new MassProperties(mass, new Vector3d(tensor.m00, tensor.m11, tensor.m22));
  }

  /**
   * Adds the inertia tensor of {@code shape} placed at {@code pose} to {@code tensor}; returns its
   * mass.
   */
  private static double accumulate(Shape shape, Pose pose, double density, Matrix3d tensor) {
    if (shape instanceof Shape.Compound compound) {
      double total = 0;
      for (Shape.Child child : compound.children()) {
        total += accumulate(child.shape(), pose.mul(child.localPose()), density, tensor);
      }
      return total;
    }
    Vector3d principal = new Vector3d();
    double mass = density * volumeAndUnitInertia(shape, principal);
    principal.mul(mass);
    // Rotate the principal tensor into the parent frame, then shift it (parallel axis).
    Matrix3d rotation = new Matrix3d().set(pose.orientation());
    Matrix3d local = new Matrix3d().scaling(principal.x, principal.y, principal.z);
    Matrix3d rotated = new Matrix3d(rotation).mul(local).mul(new Matrix3d(rotation).transpose());
    Vector3dc d = pose.positionM();
    double d2 = d.lengthSquared();
    rotated.m00 += mass * (d2 - d.x() * d.x());
    rotated.m11 += mass * (d2 - d.y() * d.y());
    rotated.m22 += mass * (d2 - d.z() * d.z());
    tensor.add(rotated);
    return mass;
  }

  /** Volume (m³) of a primitive; {@code unitInertia} receives principal moments per kg (m²). */
  static double volumeAndUnitInertia(Shape shape, Vector3d unitInertia) {
    if (shape instanceof Shape.Box box) {
      double x = box.halfExtentsM().x(), y = box.halfExtentsM().y(), z = box.halfExtentsM().z();
      unitInertia.set((y * y + z * z) / 3, (x * x + z * z) / 3, (x * x + y * y) / 3);
      return 8 * x * y * z;
    }
    if (shape instanceof Shape.Sphere sphere) {
      double r = sphere.radiusM();
      double i = 0.4 * r * r;
      unitInertia.set(i, i, i);
      return 4.0 / 3.0 * Math.PI * r * r * r;
    }
    if (shape instanceof Shape.Cylinder cylinder) {
      double r = cylinder.radiusM(), length = 2 * cylinder.halfLengthM();
      double transverse = (3 * r * r + length * length) / 12;
      unitInertia.set(transverse, transverse, r * r / 2);
      return Math.PI * r * r * length;
    }
    if (shape instanceof Shape.Capsule capsule) {
      return capsule(capsule.radiusM(), 2 * capsule.halfLengthM(), unitInertia);
    }
    if (shape instanceof Shape.ConvexHull hull) {
      double[] p = hull.pointsXyzM();
      Vector3d min = new Vector3d(Double.MAX_VALUE), max = new Vector3d(-Double.MAX_VALUE);
      for (int i = 0; i < p.length; i += 3) {
        min.min(new Vector3d(p[i], p[i + 1], p[i + 2]));
        max.max(new Vector3d(p[i], p[i + 1], p[i + 2]));
      }
      Vector3d half = max.sub(min).mul(0.5);
      return volumeAndUnitInertia(
          new Shape.Box(Math.max(half.x, 1e-9), Math.max(half.y, 1e-9), Math.max(half.z, 1e-9)),
          unitInertia);
    }
    throw new IllegalArgumentException("no volume for " + shape.getClass().getSimpleName());
  }

  /** Exact solid capsule (cylinder length L plus two hemispheres), per kg, about its centre. */
  private static double capsule(double r, double length, Vector3d unitInertia) {
    double cylinderVolume = Math.PI * r * r * length;
    double spheresVolume = 4.0 / 3.0 * Math.PI * r * r * r;
    double volume = cylinderVolume + spheresVolume;
    double mc = cylinderVolume / volume, ms = spheresVolume / volume;
    double axial = mc * r * r / 2 + ms * 2 * r * r / 5;
    double transverse =
        mc * (length * length / 12 + r * r / 4)
            + ms * (2 * r * r / 5 + length * length / 4 + 3 * length * r / 8);
    unitInertia.set(transverse, transverse, axial);
    return volume;
  }
}
