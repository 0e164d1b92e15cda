package dev.jymnasium.render;

import java.util.Arrays;
import java.util.List;
import org.joml.Matrix4f;
import org.joml.Vector3f;
import org.joml.Vector3fc;

/**
 * The parts of a plane that shadows may fall on: for each caster primitive, the shadow of boxes
 * around its items (the convex hull of the boxes' corners followed along the light onto the plane),
 * clipped to the plane, as triangles in the plane mesh's unit coordinates (x, y from -1 to 1). Only
 * these parts need shadow map lookups, the most expensive part of shading on a software renderer.
 */
final class ShadowPatches {
  /** Below this cosine between light and plane normal the shadows are too long to bound. */
  private static final float GRAZING = 1e-3f;

  private static final float[] UNIT_SQUARE = {-1, -1, 1, -1, 1, 1, -1, 1};

  private final Matrix4f toUnit = new Matrix4f();
  private final Vector3f origin = new Vector3f();
  private final Vector3f normal = new Vector3f();
  private final Vector3f offset = new Vector3f();
  private final Vector3f corner = new Vector3f();
  private final Vector3f[] axes = {new Vector3f(), new Vector3f(), new Vector3f()};

  /** Corners of the current primitive's boxes on the plane, x, y pairs; then their hull. */
  private float[] points = new float[48];

  private float[] sorted = new float[48];
  private float[] clipA = new float[56];
  private float[] clipB = new float[56];
  private float[] xy = new float[256];
  private int floats;

  /** The triangles' x, y pairs, valid up to {@link #vertices()} vertices. */
  float[] xy() {
    return xy;
  }

  /** Number of triangle vertices built. */
  int vertices() {
    return floats / 2;
  }

  /**
   * Builds the patches of {@code plane} for the casters among {@code items}.
   *
   * @param lightDir unit direction the light travels
   * @param margin extra distance, world units, covering the shadow map's filtering
   */
  void build(DrawItem plane, List<DrawItem> items, Vector3fc lightDir, float margin) {
    floats = 0;
    plane.model.getTranslation(origin);
    plane.model.getColumn(0, normal).cross(plane.model.getColumn(1, offset)).normalize();
    float cos = lightDir.dot(normal);
    if (Math.abs(cos) < GRAZING) {
      addHull(UNIT_SQUARE, 4);
      return;
    }
    plane.model.invertAffine(toUnit);
    int n = 0;
    for (int i = 0; i < items.size(); i++) {
      DrawItem caster = items.get(i);
      if (caster.plane) {
        continue;
      }
      boxCorners(caster, margin);
      n = projectCorners(lightDir, cos, n);
      // A primitive's items are consecutive: one hull for all of them.
      DrawItem next = i + 1 < items.size() ? items.get(i + 1) : null;
      if (next == null || next.plane || next.owner != caster.owner) {
        addHull(points, hull(points, n));
        n = 0;
      }
    }
  }

  /**
   * Sets {@link #corner} to the centre and {@link #axes} to the half axes of a box around the
   * caster, grown by {@code margin}: the unit meshes of built-in primitives fit the cube from -1 to
   * 1, which the model matrix places; other meshes get the cube around their bounding sphere.
   */
  private void boxCorners(DrawItem caster, float margin) {
    caster.model.getTranslation(corner);
    for (int a = 0; a < 3; a++) {
      if (caster.convex) {
        caster.model.getColumn(a, axes[a]);
      } else {
        axes[a].zero().setComponent(a, caster.boundRadius);
      }
      float length = axes[a].length();
      axes[a].mul(length > 0 ? (length + margin) / length : 0);
    }
  }

  /**
   * Follows the box's 8 corners along the light onto the plane ({@code cos}: light direction dot
   * plane normal) and appends their unit x, y to {@link #points} after its first {@code n} points;
   * returns the new point count.
   */
  private int projectCorners(Vector3fc lightDir, float cos, int n) {
    if (points.length < 2 * (n + 8)) {
      points = Arrays.copyOf(points, 4 * (n + 8));
      sorted = new float[points.length];
      clipA = new float[points.length + 8];
      clipB = new float[points.length + 8];
    }
    float cx = corner.x;
    float cy = corner.y;
    float cz = corner.z;
    for (int k = 0; k < 8; k++) {
      corner.set(cx, cy, cz);
      for (int a = 0; a < 3; a++) {
        corner.fma((k >> a & 1) == 0 ? -1 : 1, axes[a]);
      }
      // Signed height above the plane along its normal, covered at cos per unit along the light.
      float height = offset.set(corner).sub(origin).dot(normal);
      corner.fma(-height / cos, lightDir).mulPosition(toUnit);
      points[2 * (n + k)] = corner.x;
      points[2 * (n + k) + 1] = corner.y;
    }
    return n + 8;
  }

  /**
   * Moves the convex hull of the first {@code n} points of {@code p} (x, y pairs) to its start,
   * counter-clockwise (Andrew's monotone chain); returns its point count.
   */
  private int hull(float[] p, int n) {
    // Insertion sort by x, then y: n is 8 per item of a primitive, 24 at most.
    for (int i = 1; i < n; i++) {
      float x = p[2 * i];
      float y = p[2 * i + 1];
      int j = i - 1;
      while (j >= 0 && (p[2 * j] > x || p[2 * j] == x && p[2 * j + 1] > y)) {
        p[2 * j + 2] = p[2 * j];
        p[2 * j + 3] = p[2 * j + 1];
        j--;
      }
      p[2 * j + 2] = x;
      p[2 * j + 3] = y;
    }
    System.arraycopy(p, 0, sorted, 0, 2 * n);
    int h = 0;
    // Lower chain left to right, then upper chain right to left.
    for (int pass = 0; pass < 2; pass++) {
      int start = h;
      for (int s = 0; s < n; s++) {
        int i = pass == 0 ? s : n - 1 - s;
        float x = sorted[2 * i];
        float y = sorted[2 * i + 1];
        while (h - start >= 2 && cross(p, h - 2, h - 1, x, y) <= 0) {
          h--;
        }
        p[2 * h] = x;
        p[2 * h + 1] = y;
        h++;
      }
      h--; // the chain's last point starts the other chain
    }
    return h;
  }

  /** Cross product of (b - a) and (x, y) - a, for points a, b of {@code p}. */
  private static float cross(float[] p, int a, int b, float x, float y) {
    return (p[2 * b] - p[2 * a]) * (y - p[2 * a + 1])
        - (p[2 * b + 1] - p[2 * a + 1]) * (x - p[2 * a]);
  }

  /** Clips a convex polygon of {@code n} points to the unit square and adds a triangle fan. */
  private void addHull(float[] polygon, int n) {
    System.arraycopy(polygon, 0, clipA, 0, 2 * n);
    n = clip(clipA, n, clipB, 0, 1);
    n = clip(clipB, n, clipA, 0, -1);
    n = clip(clipA, n, clipB, 1, 1);
    n = clip(clipB, n, clipA, 1, -1);
    if (n < 3) {
      return;
    }
    int needed = floats + 6 * (n - 2);
    if (xy.length < needed) {
      xy = Arrays.copyOf(xy, Math.max(needed, 2 * xy.length));
    }
    for (int k = 1; k < n - 1; k++) {
      xy[floats++] = clipA[0];
      xy[floats++] = clipA[1];
      xy[floats++] = clipA[2 * k];
      xy[floats++] = clipA[2 * k + 1];
      xy[floats++] = clipA[2 * k + 2];
      xy[floats++] = clipA[2 * k + 3];
    }
  }

  /**
   * Sutherland-Hodgman: keeps the part of polygon {@code in} (n points) where {@code sign *
   * coordinate[axis] <= 1}, written to {@code out}; returns its point count.
   */
  private static int clip(float[] in, int n, float[] out, int axis, float sign) {
    int m = 0;
    for (int k = 0; k < n; k++) {
      int next = (k + 1) % n;
      float d0 = sign * in[2 * k + axis] - 1;
      float d1 = sign * in[2 * next + axis] - 1;
      if (d0 <= 0) {
        out[m++] = in[2 * k];
        out[m++] = in[2 * k + 1];
      }
      if ((d0 <= 0) != (d1 <= 0)) {
        float t = d0 / (d0 - d1);
        out[m++] = in[2 * k] + t * (in[2 * next] - in[2 * k]);
        out[m++] = in[2 * k + 1] + t * (in[2 * next + 1] - in[2 * k + 1]);
      }
    }
    return m / 2;
  }
}
