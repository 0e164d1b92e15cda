package dev.jymnasium.physics.ode4j;

import org.ode4j.math.DMatrix3C;
import org.ode4j.math.DVector3;
import org.ode4j.ode.DCapsule;
import org.ode4j.ode.DContact;
import org.ode4j.ode.DGeom;

/**
 * The four edge directions of MuJoCo's friction pyramid at one contact: {@code (n ± μ·t₁)} and
 * {@code (n ± μ·t₂)}, normalised, where t₁ follows a capsule's axis projected onto the contact
 * plane (as MuJoCo's capsule contacts do) and t₂ = n × t₁.
 */
final class PyramidEdges {
  private PyramidEdges() {}

  /**
   * Writes the four unit edge directions (x, y, z each) into {@code out} and returns the
   * normalisation {@code 1/√(1 + μ²)} of the rows {@code n ± μ·t}.
   */
  static double normals(DContact contact, DGeom geom, double friction, double[] out) {
    DVector3 n = contact.geom.normal;
    double nx = n.get0();
    double ny = n.get1();
    double nz = n.get2();
    double tx = 0;
    double ty = 0;
    double tz = 0;
    if (geom instanceof DCapsule) {
      DMatrix3C r = geom.getRotation();
      double along = r.get02() * nx + r.get12() * ny + r.get22() * nz;
      tx = r.get02() - along * nx;
      ty = r.get12() - along * ny;
      tz = r.get22() - along * nz;
    }
    double length = Math.sqrt(tx * tx + ty * ty + tz * tz);
    if (length < 1e-9) {
      // Other shapes, or a capsule along the normal: any tangent.
      boolean useX = Math.abs(nx) < 0.9;
      double along = useX ? nx : ny;
      tx = (useX ? 1 : 0) - along * nx;
      ty = (useX ? 0 : 1) - along * ny;
      tz = -along * nz;
      length = Math.sqrt(tx * tx + ty * ty + tz * tz);
    }
    tx /= length;
    ty /= length;
    tz /= length;
    double sx = ny * tz - nz * ty;
    double sy = nz * tx - nx * tz;
    double sz = nx * ty - ny * tx;
    double scale = 1 / Math.sqrt(1 + friction * friction);
    for (int k = 0; k < 4; k++) {
      double sign = (k & 1) == 0 ? friction : -friction;
      out[3 * k] = (nx + sign * (k < 2 ? tx : sx)) * scale;
      out[3 * k + 1] = (ny + sign * (k < 2 ? ty : sy)) * scale;
      out[3 * k + 2] = (nz + sign * (k < 2 ? tz : sz)) * scale;
    }
    return scale;
  }
}
