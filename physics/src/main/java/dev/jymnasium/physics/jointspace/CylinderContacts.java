package dev.jymnasium.physics.jointspace;

/**
 * Contacts of cylinders: with a static plane as MuJoCo's {@code mjc_PlaneCylinder} finds them (the
 * rim point nearest the plane on the near disk, the same point on the far disk, and two more points
 * of an inscribed triangle on the near disk: up to four), and with a capsule where MuJoCo runs its
 * general convex collider: one contact at the points of the capsule's segment and the solid
 * cylinder that are closest (or, overlapping, at the segment's deepest point), found by a golden
 * section search along the segment (the signed distance to a convex solid is convex along a line),
 * and MuJoCo's extra contacts of slightly turned geoms. One instance per simulation (scratch). The
 * normals point from the pair's first geom to its second (plane → cylinder, capsule → cylinder), as
 * MuJoCo's do.
 */
final class CylinderContacts {
  /** MuJoCo's mjMINVAL. */
  private static final double MIN_VALUE = 1e-15;

  private static final double GOLDEN = (Math.sqrt(5) - 1) / 2;

  /** Width of the segment parameter's bracket (of 2) where the search stops. */
  private static final double SEARCH_TOLERANCE = 1e-12;

  /** MuJoCo's multi-contact turn (rad). */
  private static final double TURN_RAD = 1e-3;

  /** MuJoCo's multi-contact tolerance, relative to the smaller bounding radius. */
  private static final double DISTINCT_FRACTION = 1e-3;

  // Scratch: the geoms as tested (turned for the extra contacts), a rotation, a contact found.
  private final double[] capCentre = new double[3];
  private final double[] capAxis = new double[3];
  private final double[] cylCentre = new double[3];
  private final double[] cylAxis = new double[3];
  private final double[] cylX = new double[3];
  private final double[] rotation = new double[9];
  private final double[] found = new double[7];

  /**
   * The contacts of plane and cylinder geoms; {@code normal} and {@code point} hold the plane at
   * {@code at}, {@code centre}, {@code axis} (unit, local z) and {@code xAxis} (unit, local x) the
   * cylinder at {@code cyl}.
   */
  static void plane(
      Contacts.State out,
      int p,
      double[] normal,
      double[] point,
      int at,
      double[] centre,
      double[] axis,
      double[] xAxis,
      int cyl,
      double radius,
      double halfLength,
      double margin) {
    double nx = normal[at];
    double ny = normal[at + 1];
    double nz = normal[at + 2];
    double ax = axis[cyl];
    double ay = axis[cyl + 1];
    double az = axis[cyl + 2];
    // The axis pointing towards the plane.
    double along = nx * ax + ny * ay + nz * az;
    if (along > 0) {
      ax = -ax;
      ay = -ay;
      az = -az;
      along = -along;
    }
    double cx = centre[cyl];
    double cy = centre[cyl + 1];
    double cz = centre[cyl + 2];
    double height = (cx - point[at]) * nx + (cy - point[at + 1]) * ny + (cz - point[at + 2]) * nz;
    // The disk's radius towards the plane: −normal less its part along the axis.
    double vx = ax * along - nx;
    double vy = ay * along - ny;
    double vz = az * along - nz;
    double squared = vx * vx + vy * vy + vz * vz;
    if (squared >= MIN_VALUE * MIN_VALUE) {
      double scale = radius / Math.sqrt(squared);
      vx *= scale;
      vy *= scale;
      vz *= scale;
    } else {
      // The disk parallel to the plane: any rim point, MuJoCo takes the local x axis.
      vx = xAxis[cyl] * radius;
      vy = xAxis[cyl + 1] * radius;
      vz = xAxis[cyl + 2] * radius;
    }
    double rim = vx * nx + vy * ny + vz * nz;
    ax *= halfLength;
    ay *= halfLength;
    az *= halfLength;
    along *= halfLength;
    double near = height + along + rim;
    if (near > margin) {
      return;
    }
    out.add(
        p,
        near,
        cx + vx + ax - nx * near / 2,
        cy + vy + ay - ny * near / 2,
        cz + vz + az - nz * near / 2,
        nx,
        ny,
        nz);
    double far = height - along + rim;
    if (far <= margin) {
      out.add(
          p,
          far,
          cx + vx - ax - nx * far / 2,
          cy + vy - ay - ny * far / 2,
          cz + vz - az - nz * far / 2,
          nx,
          ny,
          nz);
    }
    double triangle = height + along - rim / 2;
    if (triangle > margin) {
      return;
    }
    // Sideways on the near disk: (rim vector × axis), of length radius·√3/2.
    double sx = vy * az - vz * ay;
    double sy = vz * ax - vx * az;
    double sz = vx * ay - vy * ax;
    double length = Math.sqrt(sx * sx + sy * sy + sz * sz);
    double half = radius * Math.sqrt(3.0) / 2;
    if (length >= MIN_VALUE) {
      sx *= half / length;
      sy *= half / length;
      sz *= half / length;
    } else {
      // As MuJoCo normalises a null vector.
      sx = half;
      sy = 0;
      sz = 0;
    }
    for (int side = 1; side >= -1; side -= 2) {
      out.add(
          p,
          triangle,
          cx + side * sx + ax - vx / 2 - nx * triangle / 2,
          cy + side * sy + ay - vy / 2 - ny * triangle / 2,
          cz + side * sz + az - vz / 2 - nz * triangle / 2,
          nx,
          ny,
          nz);
    }
  }

  /**
   * The contacts of a capsule (at {@code cap} in {@code centre} and {@code axis}) and a cylinder
   * (at {@code cyl}, its local x axis in {@code xAxis}) within the margin: the nearest points, then
   * as MuJoCo's multi-contact search (on by default since MuJoCo 3.3) both geoms turned by ±{@value
   * #TURN_RAD} rad about each tangent of the first contact, in opposite senses about its point,
   * each new point kept at the first one's distance where it lies farther than {@value
   * #DISTINCT_FRACTION} of the smaller bounding radius from those kept.
   */
  void capsule(
      Contacts.State out,
      int p,
      double[] centre,
      double[] axis,
      int cap,
      double capRadius,
      double capHalfLength,
      double[] xAxis,
      int cyl,
      double radius,
      double halfLength,
      double margin) {
    System.arraycopy(centre, cap, capCentre, 0, 3);
    System.arraycopy(axis, cap, capAxis, 0, 3);
    System.arraycopy(centre, cyl, cylCentre, 0, 3);
    System.arraycopy(axis, cyl, cylAxis, 0, 3);
    System.arraycopy(xAxis, cyl, cylX, 0, 3);
    if (!nearest(capRadius, capHalfLength, radius, halfLength, margin)) {
      return;
    }
    int first = out.count();
    out.add(p, found[0], found[1], found[2], found[3], found[4], found[5], found[6]);
    double distance = found[0];
    double px = found[1];
    double py = found[2];
    double pz = found[3];
    double tolerance =
        DISTINCT_FRACTION * Math.min(capRadius + capHalfLength, Math.hypot(radius, halfLength));
    for (int k = 1; k <= 2; k++) {
      double ux = out.frame(first, 3 * k);
      double uy = out.frame(first, 3 * k + 1);
      double uz = out.frame(first, 3 * k + 2);
      for (int sign = -1; sign <= 1; sign += 2) {
        turn(ux, uy, uz, sign * TURN_RAD);
        // The capsule turned about the point, the cylinder back (the transpose).
        turned(centre, cap, px, py, pz, false, capCentre, true);
        turned(axis, cap, px, py, pz, false, capAxis, false);
        turned(centre, cyl, px, py, pz, true, cylCentre, true);
        turned(axis, cyl, px, py, pz, true, cylAxis, false);
        turned(xAxis, cyl, px, py, pz, true, cylX, false);
        if (nearest(capRadius, capHalfLength, radius, halfLength, margin)
            && distinct(out, first, tolerance)) {
          out.add(p, distance, found[1], found[2], found[3], found[4], found[5], found[6]);
        }
      }
    }
  }

  /** {@link #rotation} = the turn by {@code angle} about the unit axis u (MuJoCo's quaternion). */
  private void turn(double ux, double uy, double uz, double angle) {
    double w = Math.cos(angle / 2);
    double s = Math.sin(angle / 2);
    double x = ux * s;
    double y = uy * s;
    double z = uz * s;
    double[] r = rotation;
    r[0] = w * w + x * x - y * y - z * z;
    r[1] = 2 * (x * y - w * z);
    r[2] = 2 * (x * z + w * y);
    r[3] = 2 * (x * y + w * z);
    r[4] = w * w - x * x + y * y - z * z;
    r[5] = 2 * (y * z - w * x);
    r[6] = 2 * (x * z - w * y);
    r[7] = 2 * (y * z + w * x);
    r[8] = w * w - x * x - y * y + z * z;
  }

  /**
   * {@code dest} = the vector at {@code from[at..]} turned by {@link #rotation} (or its transpose),
   * about the point (px, py, pz) where {@code point}.
   */
  private void turned(
      double[] from,
      int at,
      double px,
      double py,
      double pz,
      boolean transpose,
      double[] dest,
      boolean point) {
    double vx = from[at] - (point ? px : 0);
    double vy = from[at + 1] - (point ? py : 0);
    double vz = from[at + 2] - (point ? pz : 0);
    double[] r = rotation;
    for (int i = 0; i < 3; i++) {
      double x = transpose ? r[i] : r[3 * i];
      double y = transpose ? r[3 + i] : r[3 * i + 1];
      double z = transpose ? r[6 + i] : r[3 * i + 2];
      double origin = i == 0 ? px : i == 1 ? py : pz;
      dest[i] = x * vx + y * vy + z * vz + (point ? origin : 0);
    }
  }

  /** Whether {@link #found}'s point lies beyond {@code tolerance} of contacts first.. of out. */
  private boolean distinct(Contacts.State out, int first, double tolerance) {
    for (int c = first; c < out.count(); c++) {
      double dx = out.position(c, 0) - found[1];
      double dy = out.position(c, 1) - found[2];
      double dz = out.position(c, 2) - found[3];
      if (Math.sqrt(dx * dx + dy * dy + dz * dz) <= tolerance) {
        return false;
      }
    }
    return true;
  }

  /**
   * The nearest points of the capsule ({@link #capCentre}, unit {@link #capAxis}) and the cylinder
   * ({@link #cylCentre}, {@link #cylAxis}, {@link #cylX}) into {@link #found}: distance, position
   * midway between the surfaces, normal towards the cylinder; false beyond the margin.
   */
  private boolean nearest(
      double capRadius, double capHalfLength, double radius, double halfLength, double margin) {
    // The cylinder's frame: z its axis, x and y = z × x.
    double zx = cylAxis[0];
    double zy = cylAxis[1];
    double zz = cylAxis[2];
    double xx = cylX[0];
    double xy = cylX[1];
    double xz = cylX[2];
    double yx = zy * xz - zz * xy;
    double yy = zz * xx - zx * xz;
    double yz = zx * xy - zy * xx;
    // The capsule's centre and half axis in it.
    double dx = capCentre[0] - cylCentre[0];
    double dy = capCentre[1] - cylCentre[1];
    double dz = capCentre[2] - cylCentre[2];
    double hx = capAxis[0] * capHalfLength;
    double hy = capAxis[1] * capHalfLength;
    double hz = capAxis[2] * capHalfLength;
    double ox = xx * dx + xy * dy + xz * dz;
    double oy = yx * dx + yy * dy + yz * dz;
    double oz = zx * dx + zy * dy + zz * dz;
    double ux = xx * hx + xy * hy + xz * hz;
    double uy = yx * hx + yy * hy + yz * hz;
    double uz = zx * hx + zy * hy + zz * hz;
    // Golden section for the segment point x = o + t·u, t in [-1, 1], nearest the solid.
    double lo = -1;
    double hi = 1;
    double t1 = hi - GOLDEN * (hi - lo);
    double t2 = lo + GOLDEN * (hi - lo);
    double f1 = signedDistance(ox + t1 * ux, oy + t1 * uy, oz + t1 * uz, radius, halfLength);
    double f2 = signedDistance(ox + t2 * ux, oy + t2 * uy, oz + t2 * uz, radius, halfLength);
    while (hi - lo > SEARCH_TOLERANCE) {
      if (f1 <= f2) {
        hi = t2;
        t2 = t1;
        f2 = f1;
        t1 = hi - GOLDEN * (hi - lo);
        f1 = signedDistance(ox + t1 * ux, oy + t1 * uy, oz + t1 * uz, radius, halfLength);
      } else {
        lo = t1;
        t1 = t2;
        f1 = f2;
        t2 = lo + GOLDEN * (hi - lo);
        f2 = signedDistance(ox + t2 * ux, oy + t2 * uy, oz + t2 * uz, radius, halfLength);
      }
    }
    double t = (lo + hi) / 2;
    // The ends themselves where the search closed on one (a convex minimum may sit there).
    for (int end = -1; end <= 1; end += 2) {
      if (signedDistance(ox + end * ux, oy + end * uy, oz + end * uz, radius, halfLength)
          < signedDistance(ox + t * ux, oy + t * uy, oz + t * uz, radius, halfLength)) {
        t = end;
      }
    }
    double qx = ox + t * ux;
    double qy = oy + t * uy;
    double qz = oz + t * uz;
    double rho = Math.sqrt(qx * qx + qy * qy);
    double radialX = rho >= MIN_VALUE ? qx / rho : 1;
    double radialY = rho >= MIN_VALUE ? qy / rho : 0;
    double outside = rho - radius;
    double above = Math.abs(qz) - halfLength;
    double depth;
    double nx;
    double ny;
    double nz;
    if (outside > 0 || above > 0) {
      // From the segment point to the nearest point of the solid.
      double reach = Math.min(rho, radius);
      nx = radialX * reach - qx;
      ny = radialY * reach - qy;
      nz = Math.max(-halfLength, Math.min(halfLength, qz)) - qz;
      depth = Math.sqrt(nx * nx + ny * ny + nz * nz);
      nx /= depth;
      ny /= depth;
      nz /= depth;
    } else if (outside > above) {
      // Inside, nearer the side: pushed out radially, the normal into the cylinder.
      depth = outside;
      nx = -radialX;
      ny = -radialY;
      nz = 0;
    } else {
      depth = above;
      nx = 0;
      ny = 0;
      nz = qz >= 0 ? -1 : 1;
    }
    double distance = depth - capRadius;
    if (distance > margin) {
      return false;
    }
    // Back to the world: the point midway between the surfaces.
    double out = capRadius + distance / 2;
    double lx = qx + nx * out;
    double ly = qy + ny * out;
    double lz = qz + nz * out;
    found[0] = distance;
    found[1] = cylCentre[0] + xx * lx + yx * ly + zx * lz;
    found[2] = cylCentre[1] + xy * lx + yy * ly + zy * lz;
    found[3] = cylCentre[2] + xz * lx + yz * ly + zz * lz;
    found[4] = xx * nx + yx * ny + zx * nz;
    found[5] = xy * nx + yy * ny + zy * nz;
    found[6] = xz * nx + yz * ny + zz * nz;
    return true;
  }

  /** Signed distance of the local point (x, y, z) to the solid cylinder (negative inside). */
  static double signedDistance(double x, double y, double z, double radius, double halfLength) {
    double outside = Math.sqrt(x * x + y * y) - radius;
    double above = Math.abs(z) - halfLength;
    if (outside <= 0 && above <= 0) {
      return Math.max(outside, above);
    }
    double a = Math.max(outside, 0);
    double b = Math.max(above, 0);
    return Math.sqrt(a * a + b * b);
  }
}
