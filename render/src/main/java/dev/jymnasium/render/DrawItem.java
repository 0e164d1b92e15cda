package dev.jymnasium.render;

import org.joml.Matrix3f;
import org.joml.Matrix4f;

/** One mesh draw of a 3D frame: mesh, model matrix and material (reused between frames). */
final class DrawItem {
  /** The mesh drawn for the camera: one of {@link #levels}. */
  GpuMesh mesh;

  /** The shape's meshes, coarse to fine ({@link MeshLibrary}); one for flat shapes. */
  GpuMesh[] levels;

  /** Radius of the shape's curved surface, world units: what its level of detail follows. */
  float curvature;

  final Matrix4f model = new Matrix4f();
  final Matrix3f normalMat = new Matrix3f();
  int rgb;
  int rgb2;
  double checkerSize;
  float scaleX;
  float scaleY;

  /** 1 for opaque items; below 1 the item is blended over what lies behind it. */
  float opacity = 1;

  /** Closed surface: back faces may be culled. */
  boolean closed;

  /** A plane: receives shadows, casts none, drawn after the solids. */
  boolean plane;

  /**
   * Part of a built-in primitive: convex, so it never shadows itself where it faces the light (and
   * where it faces away it is unlit anyway), and its unit mesh fits the cube from -1 to 1.
   */
  boolean convex;

  /** Index in the scene of the primitive this item draws (a capsule is three items). */
  int owner;

  /** Needs shadow map lookups this frame: another primitive's shadow may fall on it. */
  boolean shadowed;

  /** Bounding-sphere radius around the model origin, world units. */
  float boundRadius;

  /**
   * The level of detail whose silhouette is within {@code tolerancePx} pixels of the true shape at
   * {@code pixelsPerUnit} pixels per world unit.
   */
  GpuMesh meshAt(double pixelsPerUnit, double tolerancePx) {
    int level = MeshLibrary.level(curvature * pixelsPerUnit, tolerancePx);
    return levels[Math.min(level, levels.length - 1)];
  }

  DrawItem bound(double radius) {
    boundRadius = (float) radius;
    return this;
  }
}
