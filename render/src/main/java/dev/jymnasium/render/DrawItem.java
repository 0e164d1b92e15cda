package dev.jymnasium.render;

import org.joml.Matrix3f;
import org.joml.Matrix4f;

/** One mesh draw of a 3D frame: mesh, model matrix and material (reused between frames). */
final class DrawItem {
  GpuMesh mesh;
  /** The mesh drawn into the shadow map: the coarsest level of detail of the same shape. */
  GpuMesh shadowMesh;
  final Matrix4f model = new Matrix4f();
  final Matrix3f normalMat = new Matrix3f();
  int rgb;
  int rgb2;
  double checkerSize;
  float scaleX;
  float scaleY;
  /** Closed surface: back faces may be culled. */
  boolean closed;
  /** A plane: receives shadows, casts none, drawn after the solids. */
  boolean plane;
  /** Bounding-sphere radius around the model origin, world units. */
  float boundRadius;

  DrawItem bound(double radius) {
    boundRadius = (float) radius;
    return this;
  }
}
