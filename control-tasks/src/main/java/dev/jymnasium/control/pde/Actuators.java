package dev.jymnasium.control.pde;

/**
 * controlgym's actuator and sensor layouts on a grid of {@code n} state entries.
 *
 * <p>Actuator i is an indicator ("top-hat") over a block of grid points: with spacing {@code s =
 * int(g/m)} and half-width {@code w·g/2} over the {@code g} points it acts on, its centre is {@code
 * c = int((i + ½)s) + offset} and it covers indices {@code [int(c − w g/2), int(c + w g/2))}. The
 * wave and Schrödinger envs act on the second half of their state only (g = n/2, offset n/2).
 * Sensor j reads state entry {@code int(n/p)·j}.
 */
final class Actuators {
  private Actuators() {}

  /** Which part of the state the actuators act on. */
  enum Support {
    /** The whole state: one field on n grid points. */
    WHOLE_STATE,
    /** The second half: the velocity of the wave, the imaginary part of ψ. */
    SECOND_HALF
  }

  /**
   * The actuator supports, column by column: {@code chi[i][j]} is 1 where actuator i acts on state
   * entry j, else 0.
   */
  static double[][] supports(int n, int nAction, double width, Support support) {
    int points = support == Support.WHOLE_STATE ? n : n / 2;
    int offset = support == Support.WHOLE_STATE ? 0 : n / 2;
    double blockWidth = width * points;
    int spacing = points / nAction;
    double[][] chi = new double[nAction][n];
    for (int i = 0; i < nAction; i++) {
      // controlgym adds the offset before truncating the centre to an index.
      int centre = (int) ((0.5 + i) * spacing + offset);
      int left = (int) (centre - 0.5 * blockWidth);
      int right = (int) (centre + 0.5 * blockWidth);
      for (int j = Math.max(0, left); j < Math.min(n, right); j++) {
        chi[i][j] = 1;
      }
    }
    return chi;
  }

  /** The state index each of {@code nObservation} point sensors reads. */
  static int[] sensors(int n, int nObservation) {
    int[] at = new int[nObservation];
    for (int j = 0; j < nObservation; j++) {
      at[j] = n / nObservation * j;
    }
    return at;
  }
}
