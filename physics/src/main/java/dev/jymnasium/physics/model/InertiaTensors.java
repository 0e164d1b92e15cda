package dev.jymnasium.physics.model;

import dev.jymnasium.physics.MassProperties;
import dev.jymnasium.physics.Pose;
import org.joml.Matrix3d;
import org.joml.Quaterniond;
import org.joml.Vector3d;
import org.joml.Vector3dc;

/** Accumulates a link's mass and inertia tensor and finds its principal axes. */
final class InertiaTensors {
  private static final int JACOBI_SWEEPS = 50;

  private double massKg;
  private final Vector3d firstMoment = new Vector3d();

  /** Inertia about the frame origin (kg·m²). */
  private final Matrix3d tensorAboutOrigin = new Matrix3d().zero();

  /** Adds a solid with its centre and principal axes at {@code frame}. */
  void addSolid(double mass, Vector3dc principalMomentsKgM2, Pose frame) {
    Matrix3d rotation = new Matrix3d().set(frame.orientation());
    Matrix3d local =
        new Matrix3d()
            .scaling(principalMomentsKgM2.x(), principalMomentsKgM2.y(), principalMomentsKgM2.z());
    Matrix3d rotated = new Matrix3d(rotation).mul(local).mul(new Matrix3d(rotation).transpose());
    tensorAboutOrigin.add(rotated.add(pointMass(mass, frame.positionM())));
    massKg += mass;
    firstMoment.fma(mass, frame.positionM());
  }

  /** Adds a geom's mass from its density (no-op for density 0). */
  void addGeom(GeomSpec geom) {
    if (geom.densityKgPerM3() > 0 && !geom.shape().staticOnly()) {
      MassProperties solid = MassProperties.fromDensity(geom.shape(), geom.densityKgPerM3());
      addSolid(solid.massKg(), solid.inertiaKgM2(), geom.localPose());
    }
  }

  /** Adds a geom's mass from its density, the geom placed in {@code frame}'s frame. */
  void addGeom(GeomSpec geom, Pose frame) {
    if (geom.densityKgPerM3() > 0 && !geom.shape().staticOnly()) {
      MassProperties solid = MassProperties.fromDensity(geom.shape(), geom.densityKgPerM3());
      addSolid(solid.massKg(), solid.inertiaKgM2(), frame.mul(geom.localPose()));
    }
  }

  /** Adds rotor inertia {@code kgM2} about the unit {@code axis} through the centre of mass. */
  void addAxisInertia(Vector3dc axis, double kgM2) {
    Matrix3d outer =
        new Matrix3d(
            axis.x() * axis.x(),
            axis.y() * axis.x(),
            axis.z() * axis.x(),
            axis.x() * axis.y(),
            axis.y() * axis.y(),
            axis.z() * axis.y(),
            axis.x() * axis.z(),
            axis.y() * axis.z(),
            axis.z() * axis.z());
    tensorAboutOrigin.add(outer.scale(kgM2));
  }

  double massKg() {
    return massKg;
  }

  /**
   * The inertial frame (centre of mass, principal axes) relative to the accumulation frame; {@code
   * momentsDest} receives the principal moments, each at least {@code minimumKgM2}.
   */
  Pose principalFrame(Vector3d momentsDest, double minimumKgM2) {
    Vector3d com = new Vector3d(firstMoment).div(massKg);
    Matrix3d aboutCom = new Matrix3d(tensorAboutOrigin).sub(pointMass(massKg, com));
    double[][] a = {
      {aboutCom.m00, aboutCom.m10, aboutCom.m20},
      {aboutCom.m01, aboutCom.m11, aboutCom.m21},
      {aboutCom.m02, aboutCom.m12, aboutCom.m22}
    };
    double[][] v = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
    jacobi(a, v);
    Matrix3d axes =
        new Matrix3d(
            v[0][0], v[1][0], v[2][0], v[0][1], v[1][1], v[2][1], v[0][2], v[1][2], v[2][2]);
    if (axes.determinant() < 0) {
      axes.setColumn(2, axes.getColumn(2, new Vector3d()).negate());
    }
    momentsDest.set(
        Math.max(a[0][0], minimumKgM2),
        Math.max(a[1][1], minimumKgM2),
        Math.max(a[2][2], minimumKgM2));
    return new Pose(com, new Quaterniond().setFromNormalized(axes));
  }

  /** Inertia of a point mass at {@code p} about the origin: m(|p|²·I − p·pᵀ). */
  private static Matrix3d pointMass(double mass, Vector3dc p) {
    double d2 = p.lengthSquared();
    return new Matrix3d(
            d2 - p.x() * p.x(),
            -p.y() * p.x(),
            -p.z() * p.x(),
            -p.x() * p.y(),
            d2 - p.y() * p.y(),
            -p.z() * p.y(),
            -p.x() * p.z(),
            -p.y() * p.z(),
            d2 - p.z() * p.z())
        .scale(mass);
  }

  /**
   * Cyclic Jacobi: diagonalises symmetric {@code a} (row-major) in place; columns of {@code v}
   * become the eigenvectors.
   */
  private static void jacobi(double[][] a, double[][] v) {
    for (int sweep = 0; sweep < JACOBI_SWEEPS; sweep++) {
      double off = a[0][1] * a[0][1] + a[0][2] * a[0][2] + a[1][2] * a[1][2];
      double scale = a[0][0] * a[0][0] + a[1][1] * a[1][1] + a[2][2] * a[2][2];
      if (off <= 1e-30 * scale) {
        return;
      }
      for (int p = 0; p < 2; p++) {
        for (int q = p + 1; q < 3; q++) {
          if (a[p][q] == 0) {
            continue;
          }
          double theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
          double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
          if (theta == 0) {
            t = 1;
          }
          double c = 1 / Math.sqrt(t * t + 1), s = t * c;
          for (int k = 0; k < 3; k++) {
            double akp = a[k][p], akq = a[k][q];
            a[k][p] = c * akp - s * akq;
            a[k][q] = s * akp + c * akq;
          }
          for (int k = 0; k < 3; k++) {
            double apk = a[p][k], aqk = a[q][k];
            a[p][k] = c * apk - s * aqk;
            a[q][k] = s * apk + c * aqk;
          }
          for (int k = 0; k < 3; k++) {
            double vkp = v[k][p], vkq = v[k][q];
            v[k][p] = c * vkp - s * vkq;
            v[k][q] = s * vkp + c * vkq;
          }
        }
      }
    }
  }
}
