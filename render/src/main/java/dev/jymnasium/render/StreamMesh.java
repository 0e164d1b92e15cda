package dev.jymnasium.render;

import static org.lwjgl.opengl.GL11.GL_FLOAT;
import static org.lwjgl.opengl.GL11.GL_TRIANGLES;
import static org.lwjgl.opengl.GL11.glDrawArrays;
import static org.lwjgl.opengl.GL15.GL_ARRAY_BUFFER;
import static org.lwjgl.opengl.GL15.GL_STREAM_DRAW;
import static org.lwjgl.opengl.GL15.glBindBuffer;
import static org.lwjgl.opengl.GL15.glBufferData;
import static org.lwjgl.opengl.GL15.glDeleteBuffers;
import static org.lwjgl.opengl.GL15.glGenBuffers;
import static org.lwjgl.opengl.GL20.glEnableVertexAttribArray;
import static org.lwjgl.opengl.GL20.glVertexAttribPointer;
import static org.lwjgl.opengl.GL30.glBindVertexArray;
import static org.lwjgl.opengl.GL30.glDeleteVertexArrays;
import static org.lwjgl.opengl.GL30.glGenVertexArrays;

import java.nio.FloatBuffer;
import org.lwjgl.system.MemoryUtil;

/**
 * Triangles whose vertices change from draw to draw: interleaved float attributes 0, 1, ...
 * uploaded to a stream buffer just before drawing.
 */
final class StreamMesh {
  private final int vao = glGenVertexArrays();
  private final int vbo = glGenBuffers();
  private final int floatsPerVertex;
  private FloatBuffer upload = MemoryUtil.memAllocFloat(1024);

  /**
   * @param attributeSizes number of floats of attribute 0, 1, ...
   */
  StreamMesh(int... attributeSizes) {
    int stride = 0;
    for (int size : attributeSizes) {
      stride += size;
    }
    floatsPerVertex = stride;
    glBindVertexArray(vao);
    glBindBuffer(GL_ARRAY_BUFFER, vbo);
    long offset = 0;
    for (int a = 0; a < attributeSizes.length; a++) {
      glEnableVertexAttribArray(a);
      glVertexAttribPointer(a, attributeSizes[a], GL_FLOAT, false, stride * Float.BYTES, offset);
      offset += (long) attributeSizes[a] * Float.BYTES;
    }
    glBindVertexArray(0);
  }

  /** Draws the triangles of the first {@code floats} values of {@code vertices}. */
  void draw(float[] vertices, int floats) {
    if (floats == 0) {
      return;
    }
    if (upload.capacity() < floats) {
      MemoryUtil.memFree(upload);
      upload = MemoryUtil.memAllocFloat(Math.max(floats, upload.capacity() * 2));
    }
    upload.clear();
    upload.put(vertices, 0, floats).flip();
    glBindVertexArray(vao);
    glBindBuffer(GL_ARRAY_BUFFER, vbo);
    glBufferData(GL_ARRAY_BUFFER, upload, GL_STREAM_DRAW);
    glDrawArrays(GL_TRIANGLES, 0, floats / floatsPerVertex);
  }

  /** Frees the GL objects and the upload buffer; the context must be current. */
  void delete() {
    glDeleteVertexArrays(vao);
    glDeleteBuffers(vbo);
    MemoryUtil.memFree(upload);
  }
}
