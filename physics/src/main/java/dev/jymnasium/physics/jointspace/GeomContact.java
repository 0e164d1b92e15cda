package dev.jymnasium.physics.jointspace;

import java.util.Arrays;

/**
 * MuJoCo's contact parameters of one geom (documentation, "Modeling", contact parameters), which
 * the joint-space engine mixes per contact as MuJoCo does: the larger {@code condim}, the larger
 * friction per component, the margins added, {@code solref} and {@code solimp} averaged with
 * weights {@code solmix}.
 *
 * @param condim 1 (frictionless), 3 (sliding friction: a pyramid of four edges), 4 or 6 (MuJoCo's
 *     torsional and rolling friction, which the joint-space engine refuses)
 * @param friction sliding, torsional and rolling friction (3 numbers, >= 0)
 * @param marginM distance within which a contact is active (m, >= 0)
 * @param solref time constant (s) and damping ratio of the contact's reference acceleration
 * @param solimp impedance at the surface, deep inside, the width (m) between, midpoint and power
 *     ({@link Softness})
 * @param solmix weight of this geom's solref and solimp in a contact's (>= 0)
 */
public record GeomContact(
    int condim,
    double[] friction,
    double marginM,
    double[] solref,
    double[] solimp,
    double solmix) {

  /** MuJoCo's defaults with sliding friction {@code slidingFriction}. */
  public static GeomContact mujocoDefault(double slidingFriction) {
    return new GeomContact(
        3,
        new double[] {slidingFriction, 0.005, 0.0001},
        0,
        new double[] {0.02, 1},
        new double[] {0.9, 0.95, 0.001, 0.5, 2},
        1);
  }

  public GeomContact {
    if (condim != 1 && condim != 3 && condim != 4 && condim != 6) {
      throw new IllegalArgumentException("condim must be 1, 3, 4 or 6, got " + condim);
    }
    if (friction == null
        || friction.length != 3
        || !(Arrays.stream(friction).min().orElse(-1) >= 0)) {
      throw new IllegalArgumentException(
          "friction must be 3 numbers >= 0, got " + Arrays.toString(friction));
    }
    if (!(marginM >= 0) || Double.isInfinite(marginM)) {
      throw new IllegalArgumentException("marginM must be finite and >= 0, got " + marginM);
    }
    Softness.check(solref, solimp);
    if (!(solmix >= 0) || Double.isInfinite(solmix)) {
      throw new IllegalArgumentException("solmix must be finite and >= 0, got " + solmix);
    }
    friction = friction.clone();
    solref = solref.clone();
    solimp = solimp.clone();
  }

  /** Sliding friction. */
  public double sliding() {
    return friction[0];
  }

  @Override
  public double[] friction() {
    return friction.clone();
  }

  @Override
  public double[] solref() {
    return solref.clone();
  }

  @Override
  public double[] solimp() {
    return solimp.clone();
  }

  /** solimp[i] without a copy. */
  double solimpAt(int i) {
    return solimp[i];
  }

  /** solref[i] without a copy. */
  double solrefAt(int i) {
    return solref[i];
  }

  /** The parameters of one geom of a model, by link and geom index (null = MuJoCo's defaults). */
  @FunctionalInterface
  public interface Lookup {
    GeomContact of(int link, int geom);
  }
}
