package dev.jymnasium.env.wrappers;

import dev.jymnasium.env.Env;
import dev.jymnasium.env.EnvMetadata;
import dev.jymnasium.env.Reset;
import dev.jymnasium.env.Step;
import dev.jymnasium.env.Wrapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Collects a frame after every reset and step, so that {@link #render()} returns all frames since
 * the last call. With inner render mode {@code M}, this wrapper's mode is {@code M_list} (added to
 * the metadata's modes) and {@code render()} returns a {@code List} of whatever the inner {@code
 * render()} returns ({@code RgbFrame}s, {@code String}s, ...).
 */
public final class RenderCollection<O, A> extends Wrapper<O, A, O, A> {
  private final boolean popFrames;
  private final boolean resetClean;
  private final String mode;
  private final EnvMetadata metadata;
  private final List<Object> frames = new ArrayList<>();

  /** Pops the frames on render and clears them on reset. */
  public RenderCollection(Env<O, A> env) {
    this(env, true, true);
  }

  /**
   * @param popFrames whether {@code render()} empties the collection
   * @param resetClean whether {@code reset()} empties the collection before its frame
   * @throws IllegalArgumentException if the env has no render mode or already a {@code _list} one
   */
  public RenderCollection(Env<O, A> env, boolean popFrames, boolean resetClean) {
    super(env);
    String inner = env.renderMode();
    if (inner == null || inner.endsWith("_list") || "human".equals(inner)) {
      throw new IllegalArgumentException(
          "RenderCollection needs an env with a frame-returning "
              + "render mode (e.g. rgb_array or ansi), got "
              + inner);
    }
    this.popFrames = popFrames;
    this.resetClean = resetClean;
    this.mode = inner + "_list";
    EnvMetadata m = env.metadata();
    List<String> modes = new ArrayList<>(m.renderModes());
    if (!modes.contains(mode)) {
      modes.add(mode);
    }
    this.metadata = new EnvMetadata(modes, m.renderFps() > 0 ? m.renderFps() : 30);
  }

  @Override
  public String renderMode() {
    return mode;
  }

  @Override
  public EnvMetadata metadata() {
    return metadata;
  }

  @Override
  protected Reset<O> doReset(Long seed, Map<String, Object> options) {
    Reset<O> r = env.reset(seed, options);
    if (resetClean) {
      frames.clear();
    }
    frames.add(env.render());
    return r;
  }

  @Override
  protected Step<O> doStep(A action) {
    Step<O> s = env.step(action);
    frames.add(env.render());
    return s;
  }

  /** The frames collected since the last render (or reset); emptied if {@code popFrames}. */
  @Override
  public List<Object> render() {
    List<Object> out = new ArrayList<>(frames);
    if (popFrames) {
      frames.clear();
    }
    return out;
  }
}
