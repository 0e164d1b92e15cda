package dev.jymnasium.render;

import java.util.function.IntFunction;

/**
 * The unit meshes of the built-in primitives, each curved one in several levels of detail: the
 * fewest slices around the axis that keep silhouettes within a tolerance of the true curve, so that
 * small or distant shapes cost few triangles (vertex and triangle setup, and shading the 4x4 pixel
 * blocks that edges cut, dominate software rendering of small shapes).
 */
final class MeshLibrary {
  /** Slices around the axis of each level of detail, coarse to fine. */
  static final int[] SLICES = {8, 12, 18, 28};

  /** Largest distance in pixels between a curved silhouette on screen and its polygon. */
  static final double TOLERANCE_PX = 1;

  final GpuMesh[] box = {new GpuMesh(MeshData.box())};
  final GpuMesh[] plane = {new GpuMesh(MeshData.plane())};
  // Latitude bands as wide as the slices, so that side views are as smooth as top views.
  final GpuMesh[] sphere = levels(n -> MeshData.sphere(n / 2, n));
  final GpuMesh[] hemisphere = levels(n -> MeshData.hemisphere((n + 3) / 4, n));
  final GpuMesh[] tube = levels(n -> MeshData.cylinder(n, false));
  final GpuMesh[] cylinder = levels(n -> MeshData.cylinder(n, true));

  /**
   * Level of detail, 0 (coarse) up, for a curve of the given radius in pixels whose polygon may be
   * off by at most {@code tolerancePx}.
   */
  static int level(double radiusPx, double tolerancePx) {
    for (int k = 0; k < SLICES.length - 1; k++) {
      if (radiusPx * (1 - Math.cos(Math.PI / SLICES[k])) <= tolerancePx) {
        return k;
      }
    }
    return SLICES.length - 1;
  }

  private static GpuMesh[] levels(IntFunction<MeshData> shape) {
    GpuMesh[] meshes = new GpuMesh[SLICES.length];
    for (int k = 0; k < SLICES.length; k++) {
      meshes[k] = new GpuMesh(shape.apply(SLICES[k]));
    }
    return meshes;
  }

  void delete() {
    for (GpuMesh[] set : new GpuMesh[][] {box, plane, sphere, hemisphere, tube, cylinder}) {
      for (GpuMesh m : set) {
        m.delete();
      }
    }
  }
}
