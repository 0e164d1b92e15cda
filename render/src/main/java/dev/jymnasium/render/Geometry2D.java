package dev.jymnasium.render;

import dev.jymnasium.env.render.Scene2D;
import java.util.Arrays;

/**
 * Turns {@link Scene2D} shapes into coloured triangles: a growing list of vertices {@code x, y, r,
 * g, b} (pixels, y up; colour in [0, 1]), three per triangle, in drawing order.
 *
 * <p>Filled polygons cover the area inside their edges. Lines and circles take coordinates as
 * pygame does, naming the pixel whose lower-left corner they are: they are centred on that pixel's
 * centre, so a 1-pixel line at y = 100 lights exactly row 100.
 */
final class Geometry2D {
  static final int FLOATS_PER_VERTEX = 5;

  private float[] data = new float[4096];
  private int size;

  /** Drops all vertices. */
  void clear() {
    size = 0;
  }

  /** Number of floats stored. */
  int floats() {
    return size;
  }

  /** The backing array (valid up to {@link #floats()}). */
  float[] data() {
    return data;
  }

  /** Adds a filled polygon. */
  void polygon(double[] xy, int rgb) {
    int[] tris = Triangulator.triangulate(xy);
    ensure(tris.length * FLOATS_PER_VERTEX);
    for (int i : tris) {
      vertex(xy[2 * i], xy[2 * i + 1], rgb);
    }
  }

  /** Adds a polyline of the given width (at least one pixel), with round joins from 3 px on. */
  void polyline(double[] xy, int rgb, double widthPx) {
    double half = Math.max(widthPx, 1.0) / 2;
    int n = xy.length / 2;
    for (int i = 0; i + 1 < n; i++) {
      double x0 = xy[2 * i] + 0.5;
      double y0 = xy[2 * i + 1] + 0.5;
      double x1 = xy[2 * i + 2] + 0.5;
      double y1 = xy[2 * i + 3] + 0.5;
      double dx = x1 - x0;
      double dy = y1 - y0;
      double len = Math.hypot(dx, dy);
      if (len == 0) {
        continue;
      }
      double nx = -dy / len * half;
      double ny = dx / len * half;
      quad(x0 + nx, y0 + ny, x0 - nx, y0 - ny, x1 - nx, y1 - ny, x1 + nx, y1 + ny, rgb);
      if (widthPx >= 3 && i + 2 < n) {
        disc(x1, y1, half, rgb);
      }
    }
  }

  /** Adds a filled circle centred on the centre of pixel (cx, cy). */
  void circle(double cx, double cy, double radius, int rgb) {
    if (radius > 0) {
      disc(cx + 0.5, cy + 0.5, radius, rgb);
    }
  }

  /** Adds the quadrilateral a-b-c-d as two triangles. */
  void quad(
      double ax,
      double ay,
      double bx,
      double by,
      double cx,
      double cy,
      double dx,
      double dy,
      int rgb) {
    ensure(6 * FLOATS_PER_VERTEX);
    vertex(ax, ay, rgb);
    vertex(bx, by, rgb);
    vertex(cx, cy, rgb);
    vertex(ax, ay, rgb);
    vertex(cx, cy, rgb);
    vertex(dx, dy, rgb);
  }

  private void disc(double cx, double cy, double radius, int rgb) {
    int segments = (int) Math.min(128, Math.max(12, Math.ceil(2 * Math.PI * radius / 2)));
    ensure(3 * segments * FLOATS_PER_VERTEX);
    double step = 2 * Math.PI / segments;
    double px = cx + radius;
    double py = cy;
    for (int i = 1; i <= segments; i++) {
      double qx = cx + radius * Math.cos(i * step);
      double qy = cy + radius * Math.sin(i * step);
      vertex(cx, cy, rgb);
      vertex(px, py, rgb);
      vertex(qx, qy, rgb);
      px = qx;
      py = qy;
    }
  }

  private void vertex(double x, double y, int rgb) {
    data[size++] = (float) x;
    data[size++] = (float) y;
    data[size++] = ((rgb >> 16) & 0xFF) / 255f;
    data[size++] = ((rgb >> 8) & 0xFF) / 255f;
    data[size++] = (rgb & 0xFF) / 255f;
  }

  private void ensure(int more) {
    if (size + more > data.length) {
      data = Arrays.copyOf(data, Math.max(data.length * 2, size + more));
    }
  }
}
