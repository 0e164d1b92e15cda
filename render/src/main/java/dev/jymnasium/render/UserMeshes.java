package dev.jymnasium.render;

import dev.jymnasium.env.render.Primitive;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * GPU copies of the envs' triangle meshes, keyed by the identity of their vertex arrays; a mesh not
 * drawn for {@value #IDLE_FRAMES} frames is deleted.
 */
final class UserMeshes {
  static final long IDLE_FRAMES = 600;

  /** Each mesh as its only level of detail, as {@link DrawItem#levels} holds meshes. */
  private final Map<float[], GpuMesh[]> meshes = new IdentityHashMap<>();

  /** The uploaded mesh, uploading it on first use; marks it used in {@code frame}. */
  GpuMesh[] get(Primitive.Mesh m, long frame) {
    GpuMesh[] mesh = meshes.get(m.vertices());
    if (mesh == null) {
      mesh = new GpuMesh[] {new GpuMesh(MeshData.flatShaded(m.vertices(), m.indices()))};
      meshes.put(m.vertices(), mesh);
    }
    mesh[0].lastUsed = frame;
    return mesh;
  }

  /** Deletes the meshes idle since long before {@code frame} (checked every 120 frames). */
  void evictIdle(long frame) {
    if (frame % 120 != 0 || meshes.isEmpty()) {
      return;
    }
    Iterator<GpuMesh[]> iter = meshes.values().iterator();
    while (iter.hasNext()) {
      GpuMesh m = iter.next()[0];
      if (frame - m.lastUsed > IDLE_FRAMES) {
        m.delete();
        iter.remove();
      }
    }
  }

  void delete() {
    for (GpuMesh[] m : meshes.values()) {
      m[0].delete();
    }
    meshes.clear();
  }
}
