package dev.jymnasium.env.render;

import dev.jymnasium.env.Env;
import dev.jymnasium.env.EnvMetadata;

/**
 * An env that draws itself by describing a {@link Scene}: it keeps its metadata and render mode,
 * and {@link #render()} hands {@link #scene()} to a {@link SceneView} ({@code rgb_array} frame or
 * {@code human} window). Subclasses supply the spaces, reset, step and the scene.
 */
public abstract class SceneEnv<O, A> extends Env<O, A> {
  private final EnvMetadata metadata;
  private final String renderMode;
  private final SceneView view;

  /**
   * @param metadata render modes and fps
   * @param renderMode one of the metadata's modes, or {@code null}
   * @param title window title, usually the env id
   * @throws IllegalArgumentException if the render mode is not supported
   */
  protected SceneEnv(EnvMetadata metadata, String renderMode, String title) {
    this.metadata = metadata;
    this.renderMode = metadata.requireMode(renderMode);
    this.view = new SceneView(renderMode, title, metadata.renderFps());
  }

  /** The picture of the current state. */
  public abstract Scene scene();

  @Override
  public final EnvMetadata metadata() {
    return metadata;
  }

  @Override
  public final String renderMode() {
    return renderMode;
  }

  @Override
  public Object render() {
    return view.show(scene());
  }

  @Override
  public void close() {
    view.close();
  }
}
