package dev.jymnasium.physics.jointspace;

/**
 * Sine and cosine of one angle together, within one ulp of {@link Math#sin} and {@link Math#cos}
 * and about three times as fast for the joint angles of the planar models (measured on JDK 17): a
 * Taylor polynomial to degree 17 on [−π/4, π/4] (its remainder is below half an ulp there), the
 * other one of the pair on (π/4, 3π/4] about π/2 (split in two doubles, so the reduction is exact),
 * and {@code Math} beyond.
 */
final class SinCos {
  /** π/2 as the nearest double and the rest. */
  private static final double HALF_PI_HIGH = Math.PI / 2;

  private static final double HALF_PI_LOW = 6.123233995736766e-17;

  private static final double QUARTER_PI = Math.PI / 4;
  private static final double THREE_QUARTER_PI = 3 * Math.PI / 4;

  private SinCos() {}

  /** sin(x) into {@code sines[at]} and cos(x) into {@code cosines[at]}. */
  static void of(double x, double[] sines, double[] cosines, int at) {
    double magnitude = Math.abs(x);
    if (magnitude <= QUARTER_PI) {
      sines[at] = sine(x);
      cosines[at] = cosine(x);
    } else if (magnitude <= THREE_QUARTER_PI) {
      // sin(x) = ±cos(π/2 − |x|), cos(x) = sin(π/2 − |x|); the difference is exact (Sterbenz).
      double rest = (HALF_PI_HIGH - magnitude) + HALF_PI_LOW;
      double c = cosine(rest);
      sines[at] = x < 0 ? -c : c;
      cosines[at] = sine(rest);
    } else {
      sines[at] = Math.sin(x);
      cosines[at] = Math.cos(x);
    }
  }

  /** sin(x) for |x| <= π/4. */
  private static double sine(double x) {
    double x2 = x * x;
    return x
        + x
            * x2
            * (-1.0 / 6
                + x2
                    * (1.0 / 120
                        + x2
                            * (-1.0 / 5040
                                + x2
                                    * (1.0 / 362880
                                        + x2
                                            * (-1.0 / 39916800
                                                + x2
                                                    * (1.0 / 6227020800L
                                                        + x2
                                                            * (-1.0 / 1307674368000L
                                                                + x2
                                                                    * (1.0
                                                                        / 355687428096000L))))))));
  }

  /** cos(x) for |x| <= π/4. */
  private static double cosine(double x) {
    double x2 = x * x;
    return 1
        + x2
            * (-0.5
                + x2
                    * (1.0 / 24
                        + x2
                            * (-1.0 / 720
                                + x2
                                    * (1.0 / 40320
                                        + x2
                                            * (-1.0 / 3628800
                                                + x2
                                                    * (1.0 / 479001600
                                                        + x2
                                                            * (-1.0 / 87178291200L
                                                                + x2
                                                                    * (1.0
                                                                        / 20922789888000L))))))));
  }
}
