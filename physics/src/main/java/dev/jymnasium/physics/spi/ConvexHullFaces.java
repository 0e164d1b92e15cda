package dev.jymnasium.physics.spi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.joml.Vector3d;

/**
 * Faces of the convex hull of a small point set (brute force, fine for the tens of points a
 * collision hull has): for each face its outward plane and its vertex loop, counter-clockwise seen
 * from outside.
 */
public final class ConvexHullFaces {
  /** Outward unit normal and offset per face: a, b, c, d with a·x + b·y + c·z = d. */
  public final double[] planes;

  /** Vertex indices of each face loop, one array per face. */
  public final List<int[]> loops;

  private ConvexHullFaces(double[] planes, List<int[]> loops) {
    this.planes = planes;
    this.loops = loops;
  }

  /** Computes the hull faces of points given as x, y, z triples. */
  public static ConvexHullFaces of(double[] xyz) {
    int n = xyz.length / 3;
    Vector3d[] p = new Vector3d[n];
    double extent = 0;
    for (int i = 0; i < n; i++) {
      p[i] = new Vector3d(xyz[3 * i], xyz[3 * i + 1], xyz[3 * i + 2]);
      extent = Math.max(extent, p[i].length());
    }
    double eps = 1e-7 * Math.max(extent, 1e-3);
    List<double[]> planes = new ArrayList<>();
    List<int[]> loops = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        for (int k = j + 1; k < n; k++) {
          Vector3d normal = new Vector3d(p[j]).sub(p[i]).cross(new Vector3d(p[k]).sub(p[i]));
          if (normal.length() < eps * eps) {
            continue;
          }
          normal.normalize();
          double d = normal.dot(p[i]);
          int above = 0, below = 0;
          for (Vector3d q : p) {
            double s = normal.dot(q) - d;
            if (s > eps) {
              above++;
            } else if (s < -eps) {
              below++;
            }
          }
          if (above > 0 && below > 0) {
            continue;
          }
          if (above > 0) {
            normal.negate();
            d = -d;
          }
          if (known(planes, normal, d, eps)) {
            continue;
          }
          planes.add(new double[] {normal.x, normal.y, normal.z, d});
          loops.add(faceLoop(p, normal, d, eps));
        }
      }
    }
    if (planes.size() < 4) {
      throw new IllegalArgumentException(
          "convex hull points are flat or degenerate: " + planes.size() + " faces");
    }
    double[] flat = new double[planes.size() * 4];
    for (int f = 0; f < planes.size(); f++) {
      System.arraycopy(planes.get(f), 0, flat, 4 * f, 4);
    }
    return new ConvexHullFaces(flat, loops);
  }

  private static boolean known(List<double[]> planes, Vector3d normal, double d, double eps) {
    for (double[] q : planes) {
      if (Math.abs(q[3] - d) < 10 * eps && normal.dot(q[0], q[1], q[2]) > 1 - 1e-9) {
        return true;
      }
    }
    return false;
  }

  /** The 2-D convex hull (counter-clockwise about the normal) of the points on one plane. */
  private static int[] faceLoop(Vector3d[] p, Vector3d normal, double d, double eps) {
    Vector3d u = Math.abs(normal.x) < 0.9 ? new Vector3d(1, 0, 0) : new Vector3d(0, 1, 0);
    u.cross(normal).normalize();
    Vector3d v = new Vector3d(normal).cross(u);
    List<Integer> on = new ArrayList<>();
    for (int i = 0; i < p.length; i++) {
      if (Math.abs(normal.dot(p[i]) - d) <= eps) {
        on.add(i);
      }
    }
    Integer[] sorted = on.toArray(new Integer[0]);
    Arrays.sort(
        sorted,
        (a, b) -> {
          int c = Double.compare(p[a].dot(u), p[b].dot(u));
          return c != 0 ? c : Double.compare(p[a].dot(v), p[b].dot(v));
        });
    int[] hull = new int[2 * sorted.length];
    int size = 0;
    for (int pass = 0; pass < 2; pass++) {
      int start = size;
      for (int s = 0; s < sorted.length; s++) {
        int idx = sorted[pass == 0 ? s : sorted.length - 1 - s];
        while (size >= start + 2
            && turn(p[hull[size - 2]], p[hull[size - 1]], p[idx], u, v) <= eps * eps) {
          size--;
        }
        hull[size++] = idx;
      }
      size--;
    }
    return Arrays.copyOf(hull, size);
  }

  private static double turn(Vector3d a, Vector3d b, Vector3d c, Vector3d u, Vector3d v) {
    double abx = b.dot(u) - a.dot(u), aby = b.dot(v) - a.dot(v);
    double acx = c.dot(u) - a.dot(u), acy = c.dot(v) - a.dot(v);
    return abx * acy - aby * acx;
  }
}
