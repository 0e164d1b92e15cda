package dev.jymnasium.render;

import java.util.Arrays;

/**
 * Splits simple polygons into triangles: a fan for convex ones, ear clipping (O(n²)) for the rest.
 * Self-intersecting input gets a best effort (the triangles found, then a fan of what is left),
 * never an exception.
 */
final class Triangulator {
  private static final double EPS = 1e-12;

  private Triangulator() {}

  /**
   * Triangles of the polygon through {@code xy = [x0, y0, x1, y1, ...]} (either winding; a repeated
   * closing point is ignored), as vertex number triples into {@code xy}.
   */
  static int[] triangulate(double[] xy) {
    int n = xy.length / 2;
    int[] idx = new int[n];
    int m = 0;
    for (int i = 0; i < n; i++) {
      if (m > 0 && same(xy, idx[m - 1], i)) {
        continue;
      }
      idx[m++] = i;
    }
    while (m > 1 && same(xy, idx[m - 1], idx[0])) {
      m--;
    }
    if (m < 3) {
      return new int[0];
    }
    idx = Arrays.copyOf(idx, m);
    double area = 0;
    for (int i = 0; i < m; i++) {
      int a = idx[i];
      int b = idx[(i + 1) % m];
      area += xy[2 * a] * xy[2 * b + 1] - xy[2 * b] * xy[2 * a + 1];
    }
    if (Math.abs(area) < EPS) {
      return new int[0];
    }
    if (area < 0) {
      for (int i = 0, j = m - 1; i < j; i++, j--) {
        int t = idx[i];
        idx[i] = idx[j];
        idx[j] = t;
      }
    }
    return isConvex(xy, idx) ? fan(idx, m) : earClip(xy, idx);
  }

  private static boolean same(double[] xy, int a, int b) {
    return xy[2 * a] == xy[2 * b] && xy[2 * a + 1] == xy[2 * b + 1];
  }

  /** Cross product of (b - a) x (c - b); > 0 for a left turn. */
  private static double turn(double[] xy, int a, int b, int c) {
    double abx = xy[2 * b] - xy[2 * a];
    double aby = xy[2 * b + 1] - xy[2 * a + 1];
    double bcx = xy[2 * c] - xy[2 * b];
    double bcy = xy[2 * c + 1] - xy[2 * b + 1];
    return abx * bcy - aby * bcx;
  }

  private static boolean isConvex(double[] xy, int[] ccw) {
    int m = ccw.length;
    for (int i = 0; i < m; i++) {
      if (turn(xy, ccw[i], ccw[(i + 1) % m], ccw[(i + 2) % m]) < -EPS) {
        return false;
      }
    }
    return true;
  }

  private static int[] fan(int[] ring, int m) {
    int[] out = new int[3 * (m - 2)];
    for (int i = 1; i < m - 1; i++) {
      out[3 * (i - 1)] = ring[0];
      out[3 * (i - 1) + 1] = ring[i];
      out[3 * (i - 1) + 2] = ring[i + 1];
    }
    return out;
  }

  private static int[] earClip(double[] xy, int[] ccw) {
    int[] ring = ccw.clone();
    int m = ring.length;
    int[] out = new int[3 * (m - 2)];
    int k = 0;
    int misses = 0;
    int i = 0;
    while (m > 3) {
      int prev = ring[(i + m - 1) % m];
      int cur = ring[i % m];
      int next = ring[(i + 1) % m];
      if (isEar(xy, ring, m, prev, cur, next)) {
        out[k++] = prev;
        out[k++] = cur;
        out[k++] = next;
        int at = i % m;
        System.arraycopy(ring, at + 1, ring, at, m - at - 1);
        m--;
        misses = 0;
        i = at == 0 ? 0 : at - 1;
      } else {
        i = (i + 1) % m;
        if (++misses > m) {
          // No ear left: the polygon self-intersects. Fan out the rest.
          int[] rest = fan(Arrays.copyOf(ring, m), m);
          System.arraycopy(rest, 0, out, k, rest.length);
          return out;
        }
      }
    }
    out[k++] = ring[0];
    out[k++] = ring[1];
    out[k] = ring[2];
    return out;
  }

  private static boolean isEar(double[] xy, int[] ring, int m, int a, int b, int c) {
    if (turn(xy, a, b, c) <= EPS) {
      return false;
    }
    for (int j = 0; j < m; j++) {
      int p = ring[j];
      if (p == a || p == b || p == c || same(xy, p, a) || same(xy, p, b) || same(xy, p, c)) {
        continue;
      }
      if (turn(xy, a, b, p) >= 0 && turn(xy, b, c, p) >= 0 && turn(xy, c, a, p) >= 0) {
        return false;
      }
    }
    return true;
  }
}
