package dev.jymnasium.render;

import dev.jymnasium.env.render.RenderBackend;
import dev.jymnasium.env.render.Renderer;

/**
 * The LWJGL render backend, found by {@code Renderers.backend()} through {@link
 * java.util.ServiceLoader}: offscreen EGL renderers for {@code rgb_array} (Java2D for 2D scenes
 * when EGL cannot be used), GLFW windows for {@code human}.
 */
public final class LwjglRenderBackend implements RenderBackend {
  @Override
  public Renderer createRenderer(int width, int height, boolean window, String title, double fps) {
    if (window) {
      return new WindowRenderer(width, height, title, fps);
    }
    if ("java2d".equals(System.getProperty("jymnasium.render"))) {
      return new Java2DRenderer(null);
    }
    try {
      return new OffscreenRenderer(width, height);
    } catch (RuntimeException | LinkageError e) {
      // No EGL (or no OpenGL 3.3 through it): 2D scenes still render, with Java2D.
      return new Java2DRenderer(e.getMessage());
    }
  }
}
