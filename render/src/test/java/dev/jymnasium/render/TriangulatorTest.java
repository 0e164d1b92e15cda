package dev.jymnasium.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TriangulatorTest {
  private static double area(double[] xy, int[] tris) {
    double sum = 0;
    for (int t = 0; t < tris.length; t += 3) {
      int a = tris[t];
      int b = tris[t + 1];
      int c = tris[t + 2];
      sum +=
          Math.abs(
                  (xy[2 * b] - xy[2 * a]) * (xy[2 * c + 1] - xy[2 * a + 1])
                      - (xy[2 * c] - xy[2 * a]) * (xy[2 * b + 1] - xy[2 * a + 1]))
              / 2;
    }
    return sum;
  }

  @Test
  void convexQuadInEitherWinding() {
    double[] ccw = {0, 0, 2, 0, 2, 1, 0, 1};
    double[] cw = {0, 0, 0, 1, 2, 1, 2, 0};
    assertEquals(6, Triangulator.triangulate(ccw).length);
    assertEquals(2.0, area(ccw, Triangulator.triangulate(ccw)), 1e-12);
    assertEquals(2.0, area(cw, Triangulator.triangulate(cw)), 1e-12);
  }

  @Test
  void concaveShapesKeepTheirArea() {
    double[] ell = {0, 0, 3, 0, 3, 1, 1, 1, 1, 3, 0, 3};
    int[] tris = Triangulator.triangulate(ell);
    assertEquals(3 * 4, tris.length);
    assertEquals(5.0, area(ell, tris), 1e-12);
    double[] star = new double[20];
    for (int i = 0; i < 10; i++) {
      double r = i % 2 == 0 ? 2 : 0.8;
      star[2 * i] = r * Math.cos(Math.PI * i / 5);
      star[2 * i + 1] = r * Math.sin(Math.PI * i / 5);
    }
    double shoelace = 0;
    for (int i = 0; i < 10; i++) {
      int j = (i + 1) % 10;
      shoelace += star[2 * i] * star[2 * j + 1] - star[2 * j] * star[2 * i + 1];
    }
    assertEquals(Math.abs(shoelace) / 2, area(star, Triangulator.triangulate(star)), 1e-9);
  }

  @Test
  void degenerateInputGivesNothingOrSkipsDuplicates() {
    assertEquals(0, Triangulator.triangulate(new double[] {0, 0, 1, 1}).length);
    assertEquals(0, Triangulator.triangulate(new double[] {0, 0, 1, 1, 2, 2}).length);
    double[] closed = {0, 0, 1, 0, 1, 1, 1, 1, 0, 1, 0, 0};
    assertEquals(1.0, area(closed, Triangulator.triangulate(closed)), 1e-12);
  }
}
