package dev.jymnasium.physics.jointspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link SinCos} against {@link Math#sin} and {@link Math#cos}: within one ulp everywhere. */
class SinCosTest {
  private final double[] sine = new double[1];
  private final double[] cosine = new double[1];

  @Test
  void withinOneUlpOfMathOnEachRange() {
    SplittableRandom random = new SplittableRandom(12);
    for (int i = 0; i < 1_000_000; i++) {
      // Mostly the polynomial's two ranges, some beyond (Math's own values there).
      double x = (random.nextDouble() * 2 - 1) * (i % 10 == 0 ? 40 : 2.5);
      assertClose(x);
    }
  }

  @Test
  void edgesOfTheRangesAndSpecialValues() {
    double[] xs = {
      0.0,
      -0.0,
      1e-300,
      Math.PI / 4,
      Math.nextUp(Math.PI / 4),
      -Math.PI / 4,
      Math.PI / 2,
      -Math.PI / 2,
      3 * Math.PI / 4,
      Math.nextUp(3 * Math.PI / 4),
      -3 * Math.PI / 4,
      Math.PI
    };
    for (double x : xs) {
      assertClose(x);
    }
    SinCos.of(0.0, sine, cosine, 0);
    assertEquals(0.0, sine[0]);
    assertEquals(1.0, cosine[0]);
  }

  private void assertClose(double x) {
    SinCos.of(x, sine, cosine, 0);
    double s = Math.sin(x);
    double c = Math.cos(x);
    assertTrue(
        Math.abs(sine[0] - s) <= Math.ulp(s), () -> "sin(" + x + "): " + sine[0] + " vs " + s);
    assertTrue(
        Math.abs(cosine[0] - c) <= Math.ulp(c), () -> "cos(" + x + "): " + cosine[0] + " vs " + c);
  }
}
