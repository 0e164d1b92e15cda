package dev.jymnasium.render;

import static org.lwjgl.opengl.GL11.GL_FLOAT;
import static org.lwjgl.opengl.GL11.GL_TRIANGLES;
import static org.lwjgl.opengl.GL11.GL_UNSIGNED_INT;
import static org.lwjgl.opengl.GL11.glDrawElements;
import static org.lwjgl.opengl.GL15.GL_ARRAY_BUFFER;
import static org.lwjgl.opengl.GL15.GL_ELEMENT_ARRAY_BUFFER;
import static org.lwjgl.opengl.GL15.GL_STATIC_DRAW;
import static org.lwjgl.opengl.GL15.glBindBuffer;
import static org.lwjgl.opengl.GL15.glBufferData;
import static org.lwjgl.opengl.GL15.glDeleteBuffers;
import static org.lwjgl.opengl.GL15.glGenBuffers;
import static org.lwjgl.opengl.GL20.glEnableVertexAttribArray;
import static org.lwjgl.opengl.GL20.glVertexAttribPointer;
import static org.lwjgl.opengl.GL30.glBindVertexArray;
import static org.lwjgl.opengl.GL30.glDeleteVertexArrays;
import static org.lwjgl.opengl.GL30.glGenVertexArrays;

/** A {@link MeshData} uploaded to the GPU: attribute 0 position, attribute 1 normal. */
final class GpuMesh {
  private final int vao;
  private final int vbo;
  private final int ebo;
  private final int indexCount;

  /** Bounding radius around the local origin, for shadow fitting. */
  final float radius;

  /** Frame number of the last use (for evicting user meshes). */
  long lastUsed;

  GpuMesh(MeshData data) {
    vao = glGenVertexArrays();
    vbo = glGenBuffers();
    ebo = glGenBuffers();
    indexCount = data.indices().length;
    radius = data.radius();
    glBindVertexArray(vao);
    glBindBuffer(GL_ARRAY_BUFFER, vbo);
    glBufferData(GL_ARRAY_BUFFER, data.vertices(), GL_STATIC_DRAW);
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, ebo);
    glBufferData(GL_ELEMENT_ARRAY_BUFFER, data.indices(), GL_STATIC_DRAW);
    int stride = MeshData.FLOATS_PER_VERTEX * Float.BYTES;
    glEnableVertexAttribArray(0);
    glVertexAttribPointer(0, 3, GL_FLOAT, false, stride, 0);
    glEnableVertexAttribArray(1);
    glVertexAttribPointer(1, 3, GL_FLOAT, false, stride, 3L * Float.BYTES);
    glBindVertexArray(0);
  }

  void draw() {
    glBindVertexArray(vao);
    glDrawElements(GL_TRIANGLES, indexCount, GL_UNSIGNED_INT, 0);
  }

  void delete() {
    glDeleteVertexArrays(vao);
    glDeleteBuffers(vbo);
    glDeleteBuffers(ebo);
  }
}
