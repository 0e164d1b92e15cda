package dev.jymnasium.physics.jointspace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link Quat#fromMatrix} recovers the rotation that {@link Quat#toMatrix} made, on each branch.
 */
class QuatTest {
  private static final double TOLERANCE = 1e-15;

  @Test
  void matrixBackToTheSameRotationForRandomQuaternions() {
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < 10_000; i++) {
      double[] q = {
        random.nextDouble(-1, 1),
        random.nextDouble(-1, 1),
        random.nextDouble(-1, 1),
        random.nextDouble(-1, 1)
      };
      Quat.normalize(q, 0);
      assertRoundTrip(q);
    }
  }

  @Test
  void halfTurnsAboutEachAxisTakeTheDiagonalBranches() {
    // Trace −1: the largest diagonal entry picks the branch.
    assertRoundTrip(new double[] {0, 1, 0, 0});
    assertRoundTrip(new double[] {0, 0, 1, 0});
    assertRoundTrip(new double[] {0, 0, 0, 1});
    assertRoundTrip(new double[] {0, Math.sqrt(0.5), Math.sqrt(0.5), 0});
    assertRoundTrip(new double[] {1, 0, 0, 0});
  }

  @Test
  void theQuaternionOfAMatrixIsUnitLength() {
    double[] mat = new double[9];
    double[] q = {0.3, -0.5, 0.1, 0.8};
    Quat.normalize(q, 0);
    Quat.toMatrix(q, 0, mat, 0);
    double[] back = new double[4];
    Quat.fromMatrix(mat, 0, back, 0);
    double norm =
        Math.sqrt(back[0] * back[0] + back[1] * back[1] + back[2] * back[2] + back[3] * back[3]);
    assertEquals(1, norm, TOLERANCE);
  }

  /** toMatrix then fromMatrix gives q or −q (one rotation). */
  private static void assertRoundTrip(double[] q) {
    double[] mat = new double[9];
    Quat.toMatrix(q, 0, mat, 0);
    double[] back = new double[4];
    Quat.fromMatrix(mat, 0, back, 0);
    double dot = q[0] * back[0] + q[1] * back[1] + q[2] * back[2] + q[3] * back[3];
    double sign = dot < 0 ? -1 : 1;
    for (int k = 0; k < 4; k++) {
      assertEquals(q[k], sign * back[k], 4 * TOLERANCE, "component " + k + " of q");
    }
  }
}
