package dev.jymnasium.render;

/**
 * The unit meshes of the built-in primitives, each curved one in three levels of detail so that
 * small or distant shapes cost few triangles (vertex and triangle setup dominate software
 * rendering of many small shapes).
 */
final class MeshLibrary {
  /** Projected radius in pixels below which the coarsest level is used. */
  static final double COARSE_BELOW_PX = 14;
  /** Projected radius in pixels below which the middle level is used. */
  static final double MEDIUM_BELOW_PX = 60;

  final GpuMesh box = new GpuMesh(MeshData.box());
  final GpuMesh plane = new GpuMesh(MeshData.plane());
  final GpuMesh[] sphere = {
      new GpuMesh(MeshData.sphere(6, 10)),
      new GpuMesh(MeshData.sphere(10, 18)),
      new GpuMesh(MeshData.sphere(16, 28))};
  final GpuMesh[] hemisphere = {
      new GpuMesh(MeshData.hemisphere(3, 10)),
      new GpuMesh(MeshData.hemisphere(5, 18)),
      new GpuMesh(MeshData.hemisphere(8, 28))};
  final GpuMesh[] tube = {
      new GpuMesh(MeshData.cylinder(10, false)),
      new GpuMesh(MeshData.cylinder(18, false)),
      new GpuMesh(MeshData.cylinder(28, false))};
  final GpuMesh[] cylinder = {
      new GpuMesh(MeshData.cylinder(10, true)),
      new GpuMesh(MeshData.cylinder(18, true)),
      new GpuMesh(MeshData.cylinder(28, true))};

  /** Level of detail 0 (coarse) to 2 (fine) for a shape of the given projected radius. */
  static int level(double projectedRadiusPx) {
    return projectedRadiusPx < COARSE_BELOW_PX ? 0 : projectedRadiusPx < MEDIUM_BELOW_PX ? 1 : 2;
  }

  void delete() {
    box.delete();
    plane.delete();
    for (GpuMesh[] set : new GpuMesh[][] {sphere, hemisphere, tube, cylinder}) {
      for (GpuMesh m : set) {
        m.delete();
      }
    }
  }
}
