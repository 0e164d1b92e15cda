package dev.jymnasium.physics.jointspace;

/**
 * The plane a model moves in, where it moves in one: every hinge axis parallel to one direction n,
 * every slide axis perpendicular to it and every link frame turned only about n, so that n has the
 * same coordinates in every frame and each link keeps its height along n. In-plane coordinates are
 * along {@code first} and {@code second} ({@code first × second = n}): world axes where n is one,
 * so that projecting only picks coordinates and loses nothing.
 */
final class Plane {
  /**
   * How far from parallel (or perpendicular) a unit axis may be: round-off of a normalised axis.
   */
  private static final double TOLERANCE = 1e-12;

  /** n (unit, largest component positive), first and second in-plane axes. */
  final double[] normal;

  final double[] first;
  final double[] second;

  private Plane(double[] normal) {
    this.normal = normal;
    int big = largest(normal);
    if (normal[(big + 1) % 3] == 0 && normal[(big + 2) % 3] == 0) {
      first = unit((big + 1) % 3);
      second = unit((big + 2) % 3);
    } else {
      // The world axis least along n, made perpendicular to it.
      int k = 0;
      for (int c = 1; c < 3; c++) {
        if (Math.abs(normal[c]) < Math.abs(normal[k])) {
          k = c;
        }
      }
      double along = normal[k];
      first = new double[] {-along * normal[0], -along * normal[1], -along * normal[2]};
      first[k] += 1;
      double norm = Math.sqrt(dot(first, 0, first));
      for (int c = 0; c < 3; c++) {
        first[c] /= norm;
      }
      second = new double[3];
      Spatial.cross(normal[0], normal[1], normal[2], first, 0, second, 0);
    }
  }

  /** The plane {@code model} moves in, or null where it does not move in one. */
  static Plane of(JointSpaceModel model) {
    for (int i = 0; i < model.linkCount; i++) {
      if (model.freeQpos[i] >= 0) {
        return null;
      }
    }
    double[] n = null;
    for (int d = 0; d < model.nv && n == null; d++) {
      if (model.hinge[d]) {
        n = new double[] {model.axis[3 * d], model.axis[3 * d + 1], model.axis[3 * d + 2]};
      }
    }
    if (n == null) {
      return null;
    }
    if (n[largest(n)] < 0) {
      for (int c = 0; c < 3; c++) {
        n[c] = -n[c];
      }
    }
    for (int d = 0; d < model.nv; d++) {
      boolean fits =
          model.hinge[d]
              ? crossNorm(n, model.axis, 3 * d) <= TOLERANCE
              : Math.abs(dot(model.axis, 3 * d, n)) <= TOLERANCE;
      if (!fits) {
        return null;
      }
    }
    for (int i = 0; i < model.linkCount; i++) {
      if (crossNorm(n, model.bodyQuat, 4 * i + 1) > TOLERANCE) {
        return null;
      }
    }
    return new Plane(n);
  }

  /** v[o..o+2] along n. */
  double normalPart(double[] v, int o) {
    return dot(v, o, normal);
  }

  /** v[o..o+2] along the first in-plane axis. */
  double x(double[] v, int o) {
    return dot(v, o, first);
  }

  /** v[o..o+2] along the second in-plane axis. */
  double y(double[] v, int o) {
    return dot(v, o, second);
  }

  /** dest[o..o+2] = x·first + y·second + along·n. */
  void lift(double x, double y, double along, double[] dest, int o) {
    for (int c = 0; c < 3; c++) {
      dest[o + c] = x * first[c] + y * second[c] + along * normal[c];
    }
  }

  private static double dot(double[] v, int o, double[] w) {
    return v[o] * w[0] + v[o + 1] * w[1] + v[o + 2] * w[2];
  }

  private static double crossNorm(double[] n, double[] v, int o) {
    double x = n[1] * v[o + 2] - n[2] * v[o + 1];
    double y = n[2] * v[o] - n[0] * v[o + 2];
    double z = n[0] * v[o + 1] - n[1] * v[o];
    return Math.sqrt(x * x + y * y + z * z);
  }

  private static int largest(double[] v) {
    int k = 0;
    for (int c = 1; c < 3; c++) {
      if (Math.abs(v[c]) > Math.abs(v[k])) {
        k = c;
      }
    }
    return k;
  }

  private static double[] unit(int axis) {
    double[] e = new double[3];
    e[axis] = 1;
    return e;
  }
}
