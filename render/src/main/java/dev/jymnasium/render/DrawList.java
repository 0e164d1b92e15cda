package dev.jymnasium.render;

import dev.jymnasium.env.render.Camera3D;
import dev.jymnasium.env.render.Pose;
import dev.jymnasium.env.render.Primitive;
import dev.jymnasium.env.render.Scene3D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.joml.Quaternionf;

/**
 * A 3D scene turned into mesh draws for one frame: model matrices, materials, levels of detail and
 * bounds, plus the solids' front-to-back order. Items are reused from frame to frame.
 */
final class DrawList {
  private final MeshLibrary meshes;
  private final UserMeshes userMeshes;
  private final List<DrawItem> items = new ArrayList<>();
  private final Quaternionf rotation = new Quaternionf();
  private int count;

  /** Index of the primitive being turned into items. */
  private int owner;

  private long[] order = new long[64];
  private Camera3D camera;

  /** Pixels per world unit at distance 1 from the eye, for levels of detail. */
  private double pixelsPerUnit;

  DrawList(MeshLibrary meshes, UserMeshes userMeshes) {
    this.meshes = meshes;
    this.userMeshes = userMeshes;
  }

  /** Number of items. */
  int size() {
    return count;
  }

  /** Item {@code i} in scene order. */
  DrawItem get(int i) {
    return items.get(i);
  }

  /** This frame's items in scene order: a view, valid until the next {@link #build}. */
  List<DrawItem> items() {
    return items.subList(0, count);
  }

  /** Rebuilds the list from {@code scene} as seen by {@code cam} on a viewport this high. */
  void build(Scene3D scene, Camera3D cam, int viewportHeight, long frame) {
    camera = cam;
    pixelsPerUnit = viewportHeight / (2 * Math.tan(Math.toRadians(cam.fovYDegrees()) / 2));
    count = 0;
    owner = 0;
    for (Primitive p : scene.primitives()) {
      int first = count;
      if (p instanceof Primitive.Translucent t) {
        add(t.shape(), frame);
        for (int i = first; i < count; i++) {
          items.get(i).opacity = (float) t.opacity();
        }
      } else {
        add(p, frame);
      }
      owner++;
    }
  }

  /** Adds the items that draw {@code p} (opaque). */
  private void add(Primitive p, long frame) {
    if (p instanceof Primitive.Box b) {
      item(meshes.box, 0, b.pose(), b.halfX(), b.halfY(), b.halfZ(), 0, false, b.rgb())
          .bound(Math.sqrt(b.halfX() * b.halfX() + b.halfY() * b.halfY() + b.halfZ() * b.halfZ()));
    } else if (p instanceof Primitive.Sphere s) {
      double r = s.radius();
      item(meshes.sphere, r, s.pose(), r, r, r, 0, false, s.rgb()).bound(r);
    } else if (p instanceof Primitive.Cylinder c) {
      double r = c.radius();
      double h = c.halfLength();
      item(meshes.cylinder, r, c.pose(), r, r, h, 0, false, c.rgb()).bound(Math.hypot(r, h));
    } else if (p instanceof Primitive.Capsule c) {
      // The three parts share one level of detail, so their rims meet.
      double r = c.radius();
      double h = c.halfLength();
      if (h > 0) {
        item(meshes.tube, r, c.pose(), r, r, h, 0, false, c.rgb()).bound(Math.hypot(r, h));
      }
      item(meshes.hemisphere, r, c.pose(), r, r, r, h, false, c.rgb()).bound(r);
      item(meshes.hemisphere, r, c.pose(), r, r, r, -h, true, c.rgb()).bound(r);
    } else if (p instanceof Primitive.Plane pl) {
      DrawItem it = item(meshes.plane, 0, pl.pose(), pl.halfX(), pl.halfY(), 1, 0, false, pl.rgb());
      it.plane = true;
      it.closed = false;
      it.convex = false;
      if (pl.checker() != null) {
        it.checkerSize = pl.checker().cellSize();
        it.rgb2 = pl.checker().rgb2();
      }
    } else if (p instanceof Primitive.Mesh m) {
      GpuMesh[] mesh = userMeshes.get(m, frame);
      DrawItem it = item(mesh, 0, m.pose(), 1, 1, 1, 0, false, m.rgb());
      it.closed = false;
      it.convex = false;
      it.bound(mesh[0].radius);
    }
  }

  /** Pixels per world unit on screen at the distance of {@code pose} from the eye. */
  private double pixelsPerUnitAt(Pose pose) {
    double dx = pose.x() - camera.eyeX();
    double dy = pose.y() - camera.eyeY();
    double dz = pose.z() - camera.eyeZ();
    return pixelsPerUnit / Math.max(Math.sqrt(dx * dx + dy * dy + dz * dz), camera.near());
  }

  /**
   * Adds a draw of a shape (its meshes by level of detail, the radius of its curved surface) scaled
   * by (sx, sy, sz) after shifting it {@code offsetZ} along the pose's local z (and turning it
   * upside down about local x when {@code flip}).
   */
  private DrawItem item(
      GpuMesh[] levels,
      double curvature,
      Pose pose,
      double sx,
      double sy,
      double sz,
      double offsetZ,
      boolean flip,
      int rgb) {
    if (count == items.size()) {
      items.add(new DrawItem());
    }
    DrawItem it = items.get(count++);
    it.levels = levels;
    it.curvature = (float) curvature;
    it.mesh = it.meshAt(pixelsPerUnitAt(pose), MeshLibrary.TOLERANCE_PX);
    it.rgb = rgb;
    it.checkerSize = 0;
    it.scaleX = (float) sx;
    it.scaleY = (float) sy;
    it.closed = true;
    it.plane = false;
    it.convex = true;
    it.owner = owner;
    it.opacity = 1;
    rotation
        .set((float) pose.qx(), (float) pose.qy(), (float) pose.qz(), (float) pose.qw())
        .normalize();
    it.model.translationRotateScale(
        (float) pose.x(),
        (float) pose.y(),
        (float) pose.z(),
        rotation.x,
        rotation.y,
        rotation.z,
        rotation.w,
        1,
        1,
        1);
    if (offsetZ != 0) {
      it.model.translate(0, 0, (float) offsetZ);
    }
    if (flip) {
      it.model.rotateX((float) Math.PI);
    }
    it.model.scale((float) sx, (float) sy, (float) sz);
    return it;
  }

  /**
   * The opaque solids' item numbers, nearest to the eye first (early depth testing then skips
   * hidden pixels); valid up to the returned count.
   */
  long[] solidsFrontToBack(int[] countOut) {
    return byDistance(false, countOut);
  }

  /**
   * The translucent items' numbers, farthest from the eye first (each blends over what lies behind
   * it); valid up to the returned count.
   */
  long[] translucentBackToFront(int[] countOut) {
    long[] sorted = byDistance(true, countOut);
    for (int i = 0, j = countOut[0] - 1; i < j; i++, j--) {
      long t = sorted[i];
      sorted[i] = sorted[j];
      sorted[j] = t;
    }
    return sorted;
  }

  /** Opaque solids or translucent items (planes included) by distance, nearest first. */
  private long[] byDistance(boolean translucent, int[] countOut) {
    if (order.length < count) {
      order = new long[Math.max(count, order.length * 2)];
    }
    int n = 0;
    for (int i = 0; i < count; i++) {
      DrawItem it = items.get(i);
      boolean seeThrough = it.opacity < 1;
      if (translucent ? seeThrough : !it.plane && !seeThrough) {
        float dx = it.model.m30() - (float) camera.eyeX();
        float dy = it.model.m31() - (float) camera.eyeY();
        float dz = it.model.m32() - (float) camera.eyeZ();
        // Non-negative floats sort like their bit patterns.
        order[n++] = (long) Float.floatToIntBits(dx * dx + dy * dy + dz * dz) << 32 | i;
      }
    }
    Arrays.sort(order, 0, n);
    for (int k = 0; k < n; k++) {
      order[k] &= 0xFFFFFFFFL;
    }
    countOut[0] = n;
    return order;
  }

  /**
   * Bounding sphere {@code [x, y, z, radius]} of the shadow casters (everything but planes), or
   * null when there are none.
   */
  float[] casterBounds() {
    float minX = Float.POSITIVE_INFINITY;
    float minY = Float.POSITIVE_INFINITY;
    float minZ = Float.POSITIVE_INFINITY;
    float maxX = Float.NEGATIVE_INFINITY;
    float maxY = Float.NEGATIVE_INFINITY;
    float maxZ = Float.NEGATIVE_INFINITY;
    boolean any = false;
    for (int i = 0; i < count; i++) {
      DrawItem it = items.get(i);
      if (it.plane || it.opacity < 1) {
        continue;
      }
      any = true;
      float x = it.model.m30();
      float y = it.model.m31();
      float z = it.model.m32();
      minX = Math.min(minX, x - it.boundRadius);
      minY = Math.min(minY, y - it.boundRadius);
      minZ = Math.min(minZ, z - it.boundRadius);
      maxX = Math.max(maxX, x + it.boundRadius);
      maxY = Math.max(maxY, y + it.boundRadius);
      maxZ = Math.max(maxZ, z + it.boundRadius);
    }
    if (!any) {
      return null;
    }
    float r =
        0.5f
            * (float)
                Math.sqrt(
                    (maxX - minX) * (maxX - minX)
                        + (maxY - minY) * (maxY - minY)
                        + (maxZ - minZ) * (maxZ - minZ));
    return new float[] {(minX + maxX) / 2, (minY + maxY) / 2, (minZ + maxZ) / 2, r};
  }
}
