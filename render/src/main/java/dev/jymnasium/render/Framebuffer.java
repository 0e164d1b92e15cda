package dev.jymnasium.render;

import static org.lwjgl.opengl.GL11.GL_PACK_ALIGNMENT;
import static org.lwjgl.opengl.GL11.GL_RGBA;
import static org.lwjgl.opengl.GL11.GL_RGBA8;
import static org.lwjgl.opengl.GL11.GL_UNSIGNED_BYTE;
import static org.lwjgl.opengl.GL11.glPixelStorei;
import static org.lwjgl.opengl.GL11.glReadPixels;
import static org.lwjgl.opengl.GL30.GL_COLOR_ATTACHMENT0;
import static org.lwjgl.opengl.GL30.GL_DEPTH_ATTACHMENT;
import static org.lwjgl.opengl.GL30.GL_DEPTH_COMPONENT32F;
import static org.lwjgl.opengl.GL30.GL_FRAMEBUFFER;
import static org.lwjgl.opengl.GL30.GL_FRAMEBUFFER_COMPLETE;
import static org.lwjgl.opengl.GL30.GL_RENDERBUFFER;
import static org.lwjgl.opengl.GL30.glBindFramebuffer;
import static org.lwjgl.opengl.GL30.glBindRenderbuffer;
import static org.lwjgl.opengl.GL30.glCheckFramebufferStatus;
import static org.lwjgl.opengl.GL30.glDeleteFramebuffers;
import static org.lwjgl.opengl.GL30.glDeleteRenderbuffers;
import static org.lwjgl.opengl.GL30.glFramebufferRenderbuffer;
import static org.lwjgl.opengl.GL30.glGenFramebuffers;
import static org.lwjgl.opengl.GL30.glGenRenderbuffers;
import static org.lwjgl.opengl.GL30.glRenderbufferStorage;

import dev.jymnasium.env.render.RgbFrame;
import java.nio.ByteBuffer;
import org.lwjgl.system.MemoryUtil;

/** An offscreen colour + depth target of a fixed size, read back as top-row-first RGB. */
final class Framebuffer {
  /**
   * Bytes read back at a time: a strip small enough to still be in the CPU's cache when it is
   * converted (a whole 640x480 frame is not).
   */
  static final int STRIP_BYTES = 1 << 17;

  final int width;
  final int height;

  /** Rows per read-back strip. */
  private final int stripRows;

  private final int fbo;
  private final int colour;
  private final int depth;
  private ByteBuffer pixels;
  private boolean deleted;

  Framebuffer(int width, int height) {
    this.width = width;
    this.height = height;
    fbo = glGenFramebuffers();
    colour = glGenRenderbuffers();
    depth = glGenRenderbuffers();
    glBindFramebuffer(GL_FRAMEBUFFER, fbo);
    glBindRenderbuffer(GL_RENDERBUFFER, colour);
    glRenderbufferStorage(GL_RENDERBUFFER, GL_RGBA8, width, height);
    glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, colour);
    glBindRenderbuffer(GL_RENDERBUFFER, depth);
    // Float depth without stencil: llvmpipe tests and clears it much faster than packed
    // depth-stencil (which it updates with masked read-modify-writes), at no loss of precision.
    glRenderbufferStorage(GL_RENDERBUFFER, GL_DEPTH_COMPONENT32F, width, height);
    glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_DEPTH_ATTACHMENT, GL_RENDERBUFFER, depth);
    int status = glCheckFramebufferStatus(GL_FRAMEBUFFER);
    if (status != GL_FRAMEBUFFER_COMPLETE) {
      delete();
      throw new IllegalStateException(
          "framebuffer " + width + "x" + height + " incomplete: 0x" + Integer.toHexString(status));
    }
    stripRows = Math.max(1, Math.min(height, STRIP_BYTES / (width * 4)));
    pixels = MemoryUtil.memAlloc(width * stripRows * 4);
  }

  /** The GL framebuffer object name. */
  int id() {
    return fbo;
  }

  /** Binds this framebuffer for drawing and reading. */
  void bind() {
    glBindFramebuffer(GL_FRAMEBUFFER, fbo);
  }

  /** Reads the pixels into a new frame, flipping OpenGL's bottom-up rows to top row first. */
  RgbFrame read() {
    bind();
    glPixelStorei(GL_PACK_ALIGNMENT, 4);
    byte[] rgb = new byte[width * height * 3];
    for (int y = 0; y < height; y += stripRows) {
      int rows = Math.min(stripRows, height - y);
      // RGBA is the renderbuffer's own layout: the driver copies it without conversion.
      glReadPixels(0, y, width, rows, GL_RGBA, GL_UNSIGNED_BYTE, pixels);
      RgbaToRgb.convert(pixels, width, rows, rgb, height - y - rows);
    }
    return new RgbFrame(width, height, rgb);
  }

  /** Frees the GL objects and the pixel buffer. Idempotent. */
  void delete() {
    if (deleted) {
      return;
    }
    deleted = true;
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    glDeleteFramebuffers(fbo);
    glDeleteRenderbuffers(colour);
    glDeleteRenderbuffers(depth);
    if (pixels != null) {
      MemoryUtil.memFree(pixels);
      pixels = null;
    }
  }
}
