package dev.jymnasium.render;

import static org.lwjgl.opengl.GL11.GL_BLEND;
import static org.lwjgl.opengl.GL11.GL_COLOR_BUFFER_BIT;
import static org.lwjgl.opengl.GL11.GL_CULL_FACE;
import static org.lwjgl.opengl.GL11.GL_DEPTH_TEST;
import static org.lwjgl.opengl.GL11.GL_ONE_MINUS_SRC_ALPHA;
import static org.lwjgl.opengl.GL11.GL_SRC_ALPHA;
import static org.lwjgl.opengl.GL11.GL_TEXTURE_2D;
import static org.lwjgl.opengl.GL11.glBindTexture;
import static org.lwjgl.opengl.GL11.glBlendFunc;
import static org.lwjgl.opengl.GL11.glClear;
import static org.lwjgl.opengl.GL11.glClearColor;
import static org.lwjgl.opengl.GL11.glDisable;
import static org.lwjgl.opengl.GL11.glEnable;
import static org.lwjgl.opengl.GL11.glViewport;
import static org.lwjgl.opengl.GL13.GL_TEXTURE0;
import static org.lwjgl.opengl.GL13.glActiveTexture;
import static org.lwjgl.opengl.GL20.glUniform1i;
import static org.lwjgl.opengl.GL20.glUniform2f;
import static org.lwjgl.opengl.GL20.glUniform3f;

import dev.jymnasium.env.render.Scene2D;

/**
 * Draws {@link Scene2D}s in the current OpenGL context: shapes are batched into coloured triangles
 * (one draw call between texts), texts are textured quads blended over them.
 */
final class Painter2D {
  private final GlProgram flat = new GlProgram("flat2d.vert", "flat2d.frag");
  private final GlProgram textProgram = new GlProgram("text2d.vert", "text2d.frag");
  private final int flatPixelToNdc = flat.uniform("uPixelToNdc");
  private final int textPixelToNdc = textProgram.uniform("uPixelToNdc");
  private final int textColor = textProgram.uniform("uColor");

  /** Shapes: pixel position and colour per vertex (as {@link Geometry2D} lays them out). */
  private final StreamMesh shapes = new StreamMesh(2, 3);

  /** Text quads: pixel position and texture coordinates per vertex. */
  private final StreamMesh textQuads = new StreamMesh(2, 2);

  private final Geometry2D geometry = new Geometry2D();
  private final TextTextures texts = new TextTextures();

  Painter2D() {
    textProgram.use();
    glUniform1i(textProgram.uniform("uCoverage"), 0);
  }

  /** Draws the scene into the bound framebuffer, stretched over a viewport of the given size. */
  void draw(Scene2D scene, int viewportWidth, int viewportHeight) {
    glViewport(0, 0, viewportWidth, viewportHeight);
    glDisable(GL_DEPTH_TEST);
    glDisable(GL_CULL_FACE);
    glDisable(GL_BLEND);
    int bg = scene.background();
    glClearColor(((bg >> 16) & 0xFF) / 255f, ((bg >> 8) & 0xFF) / 255f, (bg & 0xFF) / 255f, 1f);
    glClear(GL_COLOR_BUFFER_BIT);
    float sx = 2f / scene.width();
    float sy = 2f / scene.height();
    flat.use();
    glUniform2f(flatPixelToNdc, sx, sy);
    textProgram.use();
    glUniform2f(textPixelToNdc, sx, sy);
    geometry.clear();
    for (Scene2D.Shape shape : scene.shapes()) {
      if (shape instanceof Scene2D.Polygon p) {
        if (p.filled()) {
          geometry.polygon(p.xy(), p.rgb());
        } else {
          geometry.polyline(p.xy(), p.rgb(), p.widthPx());
        }
      } else if (shape instanceof Scene2D.Circle c) {
        geometry.circle(c.cx(), c.cy(), c.radius(), c.rgb());
      } else if (shape instanceof Scene2D.Text t) {
        flush();
        drawText(t);
      }
    }
    flush();
  }

  private void flush() {
    if (geometry.floats() == 0) {
      return;
    }
    flat.use();
    shapes.draw(geometry.data(), geometry.floats());
    geometry.clear();
  }

  private void drawText(Scene2D.Text t) {
    if (t.text() == null || t.text().isEmpty() || !(t.sizePx() > 0)) {
      return;
    }
    TextTextures.Entry e = texts.get(t.text(), t.sizePx());
    float x0 = (float) Math.round(t.x()) - 1;
    float y0 = (float) Math.round(t.y()) - e.descent();
    float x1 = x0 + e.width();
    float y1 = y0 + e.height();
    float[] corners = {
      x0, y0, 0, 0, x1, y0, 1, 0, x1, y1, 1, 1, x0, y0, 0, 0, x1, y1, 1, 1, x0, y1, 0, 1
    };
    textProgram.use();
    int rgb = t.rgb();
    glUniform3f(
        textColor, ((rgb >> 16) & 0xFF) / 255f, ((rgb >> 8) & 0xFF) / 255f, (rgb & 0xFF) / 255f);
    glActiveTexture(GL_TEXTURE0);
    glBindTexture(GL_TEXTURE_2D, e.texture());
    glEnable(GL_BLEND);
    glBlendFunc(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA);
    textQuads.draw(corners, corners.length);
    glDisable(GL_BLEND);
  }

  /** Frees GL objects and buffers; the context must be current. */
  void delete() {
    texts.clear();
    shapes.delete();
    textQuads.delete();
    flat.delete();
    textProgram.delete();
  }
}
