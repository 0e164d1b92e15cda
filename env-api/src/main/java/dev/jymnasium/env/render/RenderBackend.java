package dev.jymnasium.env.render;

/**
 * Turns scenes into pixels or windows. Implementations (module {@code render}) are found through
 * {@link java.util.ServiceLoader}; envs never depend on them directly.
 */
public interface RenderBackend {
  /** A renderer for frames of the given size; one per env, closed with it. */
  Renderer createRenderer(int width, int height, boolean window, String title, double fps);
}
