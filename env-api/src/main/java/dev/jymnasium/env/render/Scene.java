package dev.jymnasium.env.render;

/**
 * What an env wants drawn, independent of any graphics library: envs build scenes and a {@link
 * RenderBackend} found on the classpath turns them into pixels.
 */
public interface Scene {
  /** Output width in pixels. */
  int width();

  /** Output height in pixels. */
  int height();
}
