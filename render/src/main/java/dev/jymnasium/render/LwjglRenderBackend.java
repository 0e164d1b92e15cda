package dev.jymnasium.render;

import dev.jymnasium.env.render.RenderBackend;
import dev.jymnasium.env.render.Renderer;

/**
 * The LWJGL render backend, found by {@code Renderers.backend()} through {@link
 * java.util.ServiceLoader}: offscreen EGL renderers for {@code rgb_array}, GLFW windows for {@code
 * human}.
 */
public final class LwjglRenderBackend implements RenderBackend {
  @Override
  public Renderer createRenderer(int width, int height, boolean window, String title, double fps) {
    return window
        ? new WindowRenderer(width, height, title, fps)
        : new OffscreenRenderer(width, height);
  }
}
