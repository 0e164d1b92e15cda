package dev.jymnasium.env.render;

/** Draws scenes offscreen ({@code rgb_array}) or into a window ({@code human}). */
public interface Renderer extends AutoCloseable {
  /** Draws the scene and returns its pixels (offscreen renderers) or shows it (windows). */
  RgbFrame draw(Scene scene);

  @Override
  void close();
}
