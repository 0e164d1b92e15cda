package dev.jymnasium.physics;

/**
 * MuJoCo's soft joint limit (documentation, "Computation", soft constraints), for {@link
 * Joint#setSoftLimit}. While the joint is past a limit by r (and only then: MuJoCo's limit margin
 * 0), the limit is one constraint row that only pushes, whose acceleration MuJoCo drives to {@code
 * a = (1 − d)·a₀ + d·a_ref}: a₀ is what every other force (actuator, gravity, the coupling between
 * links, contacts) gives the joint, {@code a_ref = −b·q̇ − k·d·r} with {@code b = 2 / (dmax·
 * timeconst)} and {@code k = 1 / (dmax²·timeconst²·dampratio²)}, and the impedance d(r) rises from
 * {@code impedanceMin} at the limit to {@code impedanceMax} at {@code widthRad} past it. It does so
 * through the regularisation {@code R = (1 − d)/d · invWeight}, which gives exactly that split when
 * invWeight is the joint's inverse effective inertia (MuJoCo's {@code dof_invweight0}: the diagonal
 * of the inverse joint-space mass matrix at the model's written pose).
 *
 * @param timeConstantS solref[0] (s, > 0)
 * @param dampingRatio solref[1] (> 0)
 * @param impedanceMin solimp[0], in (0, 1)
 * @param impedanceMax solimp[1], in (0, 1)
 * @param widthRad solimp[2] (rad or m, > 0)
 * @param midpoint solimp[3], in (0, 1)
 * @param power solimp[4] (>= 1)
 * @param invWeight inverse effective inertia of the DOF (1/(kg·m²) or 1/kg, > 0)
 */
public record SoftLimit(
    double timeConstantS,
    double dampingRatio,
    double impedanceMin,
    double impedanceMax,
    double widthRad,
    double midpoint,
    double power,
    double invWeight) {
  private static final double MIN_IMPEDANCE = 0.0001;
  private static final double MAX_IMPEDANCE = 0.9999;

  public SoftLimit {
    if (!(timeConstantS > 0 && dampingRatio > 0 && widthRad > 0 && power >= 1)
        || Double.isInfinite(timeConstantS + dampingRatio + widthRad + power)) {
      throw new IllegalArgumentException(
          "soft limit needs finite timeConstantS, dampingRatio, widthRad > 0 and power >= 1, got "
              + this);
    }
    for (double share : new double[] {impedanceMin, impedanceMax, midpoint}) {
      if (!(share > 0 && share < 1)) {
        throw new IllegalArgumentException(
            "soft limit impedances and midpoint must be in (0, 1), got " + this);
      }
    }
    Checks.positive("soft limit invWeight", invWeight);
  }

  /**
   * A soft limit from MuJoCo's {@code solref} and {@code solimp} as MuJoCo reads them: the two
   * impedances and the midpoint clipped to [0.0001, 0.9999] (MuJoCo's {@code mjMINIMP} and {@code
   * mjMAXIMP}, so a file's {@code solimp="0 0.8 0.03"} starts at 0.0001).
   *
   * @param solimp dmin, dmax (each in [0, 1]), width (> 0), midpoint (in [0, 1]) and power (>= 1)
   */
  public static SoftLimit mujoco(
      double timeConstantS, double dampingRatio, double[] solimp, double invWeight) {
    return new SoftLimit(
        timeConstantS,
        dampingRatio,
        clipImpedance(solimp[0]),
        clipImpedance(solimp[1]),
        solimp[2],
        clipImpedance(solimp[3]),
        solimp[4],
        invWeight);
  }

  private static double clipImpedance(double value) {
    return Math.max(MIN_IMPEDANCE, Math.min(MAX_IMPEDANCE, value));
  }

  /** MuJoCo's impedance d for a violation of {@code violation} (rad or m, either sign). */
  public double impedance(double violation) {
    double x = Math.abs(violation) / widthRad;
    if (x >= 1) {
      return impedanceMax;
    }
    double y = x <= midpoint ? scaledPower(x, midpoint) : 1 - scaledPower(1 - x, 1 - midpoint);
    return impedanceMin + y * (impedanceMax - impedanceMin);
  }

  /**
   * {@code x^power / scale^(power − 1)}; for MuJoCo's default power 2 without {@code Math.pow},
   * which takes far longer for the same result.
   */
  private double scaledPower(double x, double scale) {
    return power == 2 ? x * x / scale : Math.pow(x, power) / Math.pow(scale, power - 1);
  }

  /** The reference stiffness k (1/s²), applied as k·d. */
  public double stiffness() {
    return 1
        / (impedanceMax
            * impedanceMax
            * timeConstantS
            * timeConstantS
            * dampingRatio
            * dampingRatio);
  }

  /** The reference damping b (1/s). */
  public double damping() {
    return 2 / (impedanceMax * timeConstantS);
  }

  /**
   * MuJoCo's reference acceleration {@code a_ref = −b·v − k·d·r} of a row at violation {@code r}
   * (rad or m, signed as the row's distance) moving at {@code v} along the row, impedance {@code
   * d}.
   */
  public double referenceAcceleration(double velocity, double violation, double impedance) {
    return -damping() * velocity - stiffness() * impedance * violation;
  }

  /** The regularisation R (acceleration per unit of effort) at impedance d. */
  public double regularisation(double impedance) {
    return (1 - impedance) / impedance * invWeight;
  }
}
