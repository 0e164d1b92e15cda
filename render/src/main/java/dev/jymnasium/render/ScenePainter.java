package dev.jymnasium.render;

import static org.lwjgl.opengl.GL30.GL_FRAMEBUFFER;
import static org.lwjgl.opengl.GL30.glBindFramebuffer;

import dev.jymnasium.env.render.Camera3D;
import dev.jymnasium.env.render.Scene;
import dev.jymnasium.env.render.Scene2D;
import dev.jymnasium.env.render.Scene3D;

/**
 * Draws any supported {@link Scene} into a framebuffer of the current context, creating the 2D and
 * 3D painters on first need.
 */
final class ScenePainter {
  private Painter2D painter2d;
  private Painter3D painter3d;

  /**
   * Draws {@code scene} into framebuffer {@code targetFbo} (0: the window's) over a viewport of the
   * given size; for 3D scenes {@code camera3d} replaces the scene's camera when not null.
   */
  void draw(Scene scene, Camera3D camera3d, int targetFbo, int viewportWidth, int viewportHeight) {
    if (scene instanceof Scene2D s) {
      if (painter2d == null) {
        painter2d = new Painter2D();
      }
      glBindFramebuffer(GL_FRAMEBUFFER, targetFbo);
      painter2d.draw(s, viewportWidth, viewportHeight);
    } else if (scene instanceof Scene3D s) {
      if (painter3d == null) {
        painter3d = new Painter3D();
      }
      painter3d.draw(
          s, camera3d != null ? camera3d : s.camera(), targetFbo, viewportWidth, viewportHeight);
    } else {
      throw new IllegalArgumentException(
          "the LWJGL renderer draws Scene2D and Scene3D, not "
              + (scene == null ? "null" : scene.getClass().getName()));
    }
  }

  /** Frees the painters' GL objects; the context must be current. */
  void delete() {
    if (painter2d != null) {
      painter2d.delete();
      painter2d = null;
    }
    if (painter3d != null) {
      painter3d.delete();
      painter3d = null;
    }
  }
}
