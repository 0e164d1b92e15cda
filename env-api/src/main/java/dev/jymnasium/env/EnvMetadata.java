package dev.jymnasium.env;

import java.util.List;

/**
 * Static facts of an env class: the render modes it supports and the frame rate of its {@code
 * human} rendering.
 *
 * @param renderModes supported modes, e.g. {@code human}, {@code rgb_array}, {@code ansi}
 * @param renderFps frames per second for {@code human} mode and videos (0 when no modes)
 */
public record EnvMetadata(List<String> renderModes, double renderFps) {
  /** No render modes. */
  public static final EnvMetadata NONE = new EnvMetadata(List.of(), 0);

  public EnvMetadata {
    renderModes = List.copyOf(renderModes);
    if (!renderModes.isEmpty() && !(renderFps > 0)) {
      throw new IllegalArgumentException("renderFps must be > 0 when render modes exist");
    }
  }

  /** Checks a constructor's render_mode against these modes ({@code null} is always allowed). */
  public String requireMode(String renderMode) {
    if (renderMode != null && !renderModes.contains(renderMode)) {
      throw new IllegalArgumentException(
          "render_mode '" + renderMode + "' is not supported; expected one of " + renderModes);
    }
    return renderMode;
  }
}
