package dev.jymnasium.render;

import dev.jymnasium.env.render.Renderer;
import dev.jymnasium.env.render.RgbFrame;
import dev.jymnasium.env.render.Scene;

/**
 * Renders scenes without any display ({@code rgb_array}): its own OpenGL 3.3 core context on EGL (a
 * GPU when the driver offers one, else Mesa's llvmpipe), drawing into a framebuffer object of the
 * scene's size and reading it back top row first.
 *
 * <p>The context is current only during {@link #draw}, which is synchronized: one renderer may be
 * used from any thread, and renderers on different threads run in parallel without interfering.
 * Nothing is left current on the calling thread afterwards.
 */
public final class OffscreenRenderer implements Renderer {
  private final EglContext context;
  private final ScenePainter painter = new ScenePainter();
  private Framebuffer framebuffer;
  private boolean closed;

  /**
   * @param width initial frame width in pixels (frames follow each scene's size)
   * @param height initial frame height in pixels
   * @throws IllegalStateException when no EGL/OpenGL 3.3 context can be created (the message names
   *     the packages to install)
   */
  public OffscreenRenderer(int width, int height) {
    if (width <= 0 || height <= 0) {
      throw new IllegalArgumentException(
          "frame size must be positive, got " + width + "x" + height);
    }
    context = new EglContext();
    context.makeCurrent();
    try {
      framebuffer = new Framebuffer(width, height);
    } catch (RuntimeException e) {
      context.release();
      context.destroy();
      throw e;
    }
    context.release();
  }

  /** Draws the scene and returns its pixels, {@code scene.width() x scene.height()}. */
  @Override
  public synchronized RgbFrame draw(Scene scene) {
    if (closed) {
      throw new IllegalStateException("renderer is closed");
    }
    context.makeCurrent();
    try {
      if (framebuffer.width != scene.width() || framebuffer.height != scene.height()) {
        framebuffer.delete();
        framebuffer = new Framebuffer(scene.width(), scene.height());
      }
      framebuffer.bind();
      painter.draw(scene, null, framebuffer.id(), scene.width(), scene.height());
      return framebuffer.read();
    } finally {
      context.release();
    }
  }

  /** Which EGL platform and GL driver this renderer uses, e.g. for benchmark reports. */
  public String description() {
    return context.description();
  }

  /** Frees the context and its GL objects; later calls do nothing. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      context.makeCurrent();
      painter.delete();
      framebuffer.delete();
      context.release();
    } finally {
      context.destroy();
    }
  }
}
