package dev.jymnasium.robots.mujoco;

import dev.jymnasium.env.registry.Kwargs;
import dev.jymnasium.physics.PhysicsEngine;
import dev.jymnasium.robots.model.MjcfLoader;
import dev.jymnasium.robots.model.MjcfModel;
import java.nio.file.Path;

/**
 * The kwargs every MuJoCo-family env accepts: {@code render_mode}, {@code engine},
 * {@code frame_skip}, {@code xml_file}, {@code width}, {@code height}.
 *
 * @param id env id, for messages and the window title
 * @param model the loaded model
 * @param engine physics engine name
 * @param frameSkip physics steps per env step (>= 1)
 * @param renderMode {@code human}, {@code rgb_array} or null
 * @param width picture width (pixels)
 * @param height picture height (pixels)
 */
record MujocoSetup(String id, MjcfModel model, String engine, int frameSkip, String renderMode, int width,
    int height) {

  /** Gymnasium's default picture size (pixels). */
  static final int DEFAULT_SIZE = 480;

  static MujocoSetup read(Kwargs kw, String id, String modelFile, int defaultFrameSkip) {
    String engine = kw.getString("engine", MujocoEnv.DEFAULT_ENGINE);
    if (!PhysicsEngine.names().contains(engine)) {
      throw kw.invalid("engine", "unknown engine \"" + engine + "\"; accepted: " + PhysicsEngine.names());
    }
    int frameSkip = kw.getInt("frame_skip", defaultFrameSkip);
    if (frameSkip < 1) {
      throw kw.invalid("frame_skip", "must be >= 1, got " + frameSkip);
    }
    String xml = kw.getString("xml_file", null);
    MjcfModel model = xml == null ? MjcfLoader.loadResource(modelFile) : MjcfLoader.load(Path.of(xml));
    int width = kw.getInt("width", DEFAULT_SIZE);
    int height = kw.getInt("height", DEFAULT_SIZE);
    if (width <= 0 || height <= 0) {
      throw kw.invalid("width", "picture size must be positive, got " + width + "x" + height);
    }
    return new MujocoSetup(id, model, engine, frameSkip, kw.getString("render_mode", null), width, height);
  }

  /** Env step length: model timestep × frame skip (s). */
  double dt() {
    return model.spec().timestepSeconds() * frameSkip;
  }
}
