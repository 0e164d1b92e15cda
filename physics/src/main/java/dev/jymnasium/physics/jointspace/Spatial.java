package dev.jymnasium.physics.jointspace;

/**
 * Spatial vector algebra about the world origin (Featherstone), on 3-slices of arrays: a motion (ω,
 * v) and a force (n, f) travel as two triples; results land in a 6-array (angular part first).
 */
final class Spatial {
  private Spatial() {}

  /**
   * out = I·(ω, v) for the inertia (mass, h = mass·centre, J about the origin) of link {@code
   * link}: n = J·ω + h × v, f = mass·v − h × ω.
   */
  static void inertiaTimes(
      double mass,
      double[] h,
      double[] j,
      int link,
      double[] ang,
      double[] lin,
      int o,
      double[] out) {
    int ho = 3 * link;
    int jo = 9 * link;
    double w0 = ang[o];
    double w1 = ang[o + 1];
    double w2 = ang[o + 2];
    double v0 = lin[o];
    double v1 = lin[o + 1];
    double v2 = lin[o + 2];
    double h0 = h[ho];
    double h1 = h[ho + 1];
    double h2 = h[ho + 2];
    out[0] = j[jo] * w0 + j[jo + 1] * w1 + j[jo + 2] * w2 + (h1 * v2 - h2 * v1);
    out[1] = j[jo + 3] * w0 + j[jo + 4] * w1 + j[jo + 5] * w2 + (h2 * v0 - h0 * v2);
    out[2] = j[jo + 6] * w0 + j[jo + 7] * w1 + j[jo + 8] * w2 + (h0 * v1 - h1 * v0);
    out[3] = mass * v0 - (h1 * w2 - h2 * w1);
    out[4] = mass * v1 - (h2 * w0 - h0 * w2);
    out[5] = mass * v2 - (h0 * w1 - h1 * w0);
  }

  /** dest = a × b[bo..bo+2]. */
  static void cross(double a0, double a1, double a2, double[] b, int bo, double[] dest, int d) {
    dest[d] = a1 * b[bo + 2] - a2 * b[bo + 1];
    dest[d + 1] = a2 * b[bo] - a0 * b[bo + 2];
    dest[d + 2] = a0 * b[bo + 1] - a1 * b[bo];
  }
}
