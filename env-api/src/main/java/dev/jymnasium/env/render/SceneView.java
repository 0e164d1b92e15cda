package dev.jymnasium.env.render;

import dev.jymnasium.env.Warnings;

/**
 * What an env uses to turn its scenes into the result of {@code render()}: an {@link RgbFrame} in
 * {@code rgb_array} mode, a window in {@code human} mode (returning null). The renderer is created
 * on first use from the backend on the classpath and released by {@link #close()}.
 */
public final class SceneView implements AutoCloseable {
  private final String renderMode;
  private final String title;
  private final double fps;
  private Renderer renderer;

  /**
   * @param renderMode {@code rgb_array}, {@code human} or {@code null}
   * @param title window title
   * @param fps window frame rate
   */
  public SceneView(String renderMode, String title, double fps) {
    this.renderMode = renderMode;
    this.title = title;
    this.fps = fps;
  }

  /** Draws {@code scene} as the render mode says; warns and returns null without a mode. */
  public Object show(Scene scene) {
    if (renderMode == null) {
      Warnings.warn(
          "You are calling render method without specifying any render mode. "
              + "You can specify the render_mode at initialization, e.g. Gym.make(\""
              + title
              + "\", Map.of(\"render_mode\", \"rgb_array\"))");
      return null;
    }
    boolean window = "human".equals(renderMode);
    if (renderer == null) {
      renderer =
          Renderers.backend().createRenderer(scene.width(), scene.height(), window, title, fps);
    }
    RgbFrame frame = renderer.draw(scene);
    return window ? null : frame;
  }

  @Override
  public void close() {
    if (renderer != null) {
      renderer.close();
      renderer = null;
    }
  }
}
