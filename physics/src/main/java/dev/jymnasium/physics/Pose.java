package dev.jymnasium.physics;

import org.joml.Quaterniond;
import org.joml.Quaterniondc;
import org.joml.Vector3d;
import org.joml.Vector3dc;

/**
 * A rigid transform: position in metres and a unit orientation quaternion. Immutable; the
 * components are copied on construction and the quaternion is normalised.
 *
 * @param positionM position in metres
 * @param orientation orientation (normalised here)
 */
public record Pose(Vector3dc positionM, Quaterniondc orientation) {

  /** The identity pose at the origin. */
  public static final Pose IDENTITY = new Pose(new Vector3d(), new Quaterniond());

  public Pose {
    positionM = new Vector3d(Checks.finite("positionM", positionM));
    orientation = new Quaterniond(Checks.finite("orientation", orientation)).normalize();
  }

  /** A pose at (x, y, z) metres without rotation. */
  public static Pose at(double xM, double yM, double zM) {
    return new Pose(new Vector3d(xM, yM, zM), new Quaterniond());
  }

  /**
   * A copy of this pose rotated by {@code angleRad} about {@code axis} (applied after this
   * rotation, in world axes).
   */
  public Pose rotated(double angleRad, double axisX, double axisY, double axisZ) {
    Quaterniond q = new Quaterniond().rotateAxis(angleRad, axisX, axisY, axisZ).mul(orientation);
    return new Pose(positionM, q);
  }

  /** This pose applied to a point given in the local frame; the result goes into {@code dest}. */
  public Vector3d transformPoint(Vector3dc local, Vector3d dest) {
    return orientation.transform(local, dest).add(positionM);
  }

  /** This pose composed with a local offset pose ({@code this * local}). */
  public Pose mul(Pose local) {
    Vector3d p = transformPoint(local.positionM, new Vector3d());
    return new Pose(p, new Quaterniond(orientation).mul(local.orientation));
  }

  /** The inverse transform. */
  public Pose inverse() {
    Quaterniond inv = new Quaterniond(orientation).conjugate();
    Vector3d p = inv.transform(new Vector3d(positionM)).negate();
    return new Pose(p, inv);
  }
}
