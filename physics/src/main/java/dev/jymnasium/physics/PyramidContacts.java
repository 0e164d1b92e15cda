package dev.jymnasium.physics;

/**
 * MuJoCo's soft contacts with its pyramidal friction cone (MuJoCo's computation chapter: soft
 * constraints, pyramidal cone). A contact of friction μ is four unilateral rows along {@code n ±
 * μ·t₁} and {@code n ± μ·t₂} (t₁ along a capsule's axis projected onto the contact plane) that can
 * only push; each drives its velocity {@code v} and the penetration {@code r} with the reference
 * acceleration {@code −b·v − k·r}, softened by the regularisation R: {@code J·v⁺ = (1 − h·b)·J·v +
 * h·k·r − h·R·f} for a step h. Unlike a normal row with separate friction rows, a sliding contact
 * whose edge pushes also lifts (the edge's velocity n·v ± μ·t·v is driven to zero), which is what
 * makes MuJoCo's Ant bounce.
 *
 * @param stiffnessPerS2 k of the reference acceleration, {@code 1/(dmax·timeconst·dampratio)²} from
 *     solref and solimp (1/s²)
 * @param dampingPerS b of the reference acceleration, {@code 2/(dmax·timeconst)} (1/s)
 * @param regularisationPerKg R of one edge row {@code n ± μ·t}, {@code (1 − d)/d·2·(1 + μ²)·w} for
 *     impedance d and the bodies' inverse weight w (1/kg)
 * @param planeMarginM MuJoCo's contact margin (m, the sum of both geoms' margins) for contacts with
 *     planes: they act from that distance on, so the penetration r counts from it. Applied to
 *     planes only (engines move them out for collision; rays still see them where they are)
 */
public record PyramidContacts(
    double stiffnessPerS2, double dampingPerS, double regularisationPerKg, double planeMarginM) {

  public PyramidContacts {
    Checks.positive("stiffnessPerS2", stiffnessPerS2);
    Checks.positive("dampingPerS", dampingPerS);
    Checks.nonNegative("regularisationPerKg", regularisationPerKg);
    Checks.nonNegative("planeMarginM", planeMarginM);
  }

  /**
   * MuJoCo's contact of timeconst and damping ratio (solref), impedance d and its maximum dmax
   * (solimp), friction μ, inverse weight w (1/kg) of the two bodies together and margin (m, both
   * geoms' margins together).
   */
  public static PyramidContacts ofMujoco(
      double timeconstSeconds,
      double dampingRatio,
      double impedance,
      double maxImpedance,
      double friction,
      double inverseWeightPerKg,
      double marginM) {
    double scaled = maxImpedance * timeconstSeconds;
    return new PyramidContacts(
        1 / (scaled * dampingRatio * scaled * dampingRatio),
        2 / scaled,
        (1 - impedance) / impedance * 2 * (1 + friction * friction) * inverseWeightPerKg,
        marginM);
  }
}
