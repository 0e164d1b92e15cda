package dev.jymnasium.physics.jointspace;

import dev.jymnasium.physics.SoftLimit;
import java.util.Arrays;

/**
 * MuJoCo's softness of a constraint (documentation, "Modeling", solver parameters): {@code solref}
 * and {@code solimp}, as a model file gives them for a joint's limits ({@code solreflimit}, {@code
 * solimplimit}) or a geom's contacts.
 *
 * @param solref time constant (s) and damping ratio of the reference acceleration
 * @param solimp impedance at the surface and deep inside (each in [0, 1]; MuJoCo clips them to
 *     [0.0001, 0.9999]), the width (m or rad) between, midpoint and power
 */
public record Softness(double[] solref, double[] solimp) {
  /** MuJoCo's default: {@code solref = (0.02, 1)}, {@code solimp = (0.9, 0.95, 0.001, 0.5, 2)}. */
  public static final Softness MUJOCO_DEFAULT =
      new Softness(new double[] {0.02, 1}, new double[] {0.9, 0.95, 0.001, 0.5, 2});

  public Softness {
    check(solref, solimp);
    solref = solref.clone();
    solimp = solimp.clone();
  }

  /**
   * Checks {@code solref} and {@code solimp} as MuJoCo accepts them.
   *
   * @throws IllegalArgumentException naming the bad array and what is accepted
   */
  static void check(double[] solref, double[] solimp) {
    if (solref == null || solref.length != 2 || !(solref[0] > 0 && solref[1] > 0)) {
      throw new IllegalArgumentException(
          "solref must be a time constant and a damping ratio > 0, got " + Arrays.toString(solref));
    }
    if (solimp == null
        || solimp.length != 5
        || !(solimp[0] >= 0 && solimp[0] <= 1 && solimp[1] >= 0 && solimp[1] <= 1)
        || !(solimp[2] > 0 && solimp[3] >= 0 && solimp[3] <= 1 && solimp[4] >= 1)) {
      throw new IllegalArgumentException(
          "solimp must be (dmin, dmax in [0, 1], width > 0, midpoint in [0, 1], power >= 1), got "
              + Arrays.toString(solimp));
    }
  }

  /**
   * The soft limit of a DOF with inverse weight {@code invWeight}, its time constant at least two
   * timesteps (MuJoCo's "refsafe").
   */
  SoftLimit limit(double timestepS, double invWeight) {
    return SoftLimit.mujoco(Math.max(solref[0], 2 * timestepS), solref[1], solimp, invWeight);
  }

  @Override
  public double[] solref() {
    return solref.clone();
  }

  @Override
  public double[] solimp() {
    return solimp.clone();
  }
}
