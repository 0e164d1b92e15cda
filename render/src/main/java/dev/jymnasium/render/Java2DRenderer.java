package dev.jymnasium.render;

import dev.jymnasium.env.render.Renderer;
import dev.jymnasium.env.render.RgbFrame;
import dev.jymnasium.env.render.Scene;
import dev.jymnasium.env.render.Scene2D;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/**
 * Draws {@link Scene2D} pictures (classic control, toy text, grid games) with Java2D, headless and
 * without native libraries: the {@code rgb_array} renderer used when no EGL display can be opened,
 * or when the system property {@code jymnasium.render} is {@code java2d}. 3D scenes still need EGL;
 * drawing one fails with the reason EGL could not be used.
 *
 * <p>Pixels are close to the OpenGL renderer's (same shapes, colours and coordinates, both
 * antialiased) but not identical at shape edges.
 */
final class Java2DRenderer implements Renderer {
  private final String eglFailure;
  private BufferedImage image;
  private boolean closed;

  /**
   * @param eglFailure why EGL is not used (shown when a 3D scene is drawn), or null when Java2D was
   *     asked for
   */
  Java2DRenderer(String eglFailure) {
    this.eglFailure = eglFailure;
  }

  @Override
  public synchronized RgbFrame draw(Scene scene) {
    if (closed) {
      throw new IllegalStateException("renderer is closed");
    }
    if (!(scene instanceof Scene2D s)) {
      throw new IllegalStateException(
          (eglFailure != null
                  ? eglFailure
                  : "the Java2D renderer was chosen (system property jymnasium.render=java2d)")
              + " Without EGL only 2D scenes render; 3D scenes need OpenGL through EGL.");
    }
    int w = s.width();
    int h = s.height();
    if (image == null || image.getWidth() != w || image.getHeight() != h) {
      image = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
    }
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
      g.setColor(new Color(s.background()));
      g.fillRect(0, 0, w, h);
      AffineTransform pixels = g.getTransform();
      AffineTransform yUp = new AffineTransform(pixels);
      yUp.translate(0, h);
      yUp.scale(1, -1);
      // Lines through pixel corners cover the pixel above and right of them, as OpenGL's do:
      // centre the strokes on the pixels instead of across two rows of half-covered ones.
      AffineTransform strokes = new AffineTransform(yUp);
      strokes.translate(0.5, 0.5);
      for (Scene2D.Shape shape : s.shapes()) {
        if (shape instanceof Scene2D.Polygon p) {
          g.setTransform(p.filled() ? yUp : strokes);
          g.setColor(new Color(p.rgb()));
          Path2D.Double path = path(p.xy(), p.filled());
          if (p.filled()) {
            g.fill(path);
          } else {
            g.setStroke(
                new BasicStroke(
                    (float) p.widthPx(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f));
            g.draw(path);
          }
        } else if (shape instanceof Scene2D.Circle c) {
          g.setTransform(yUp);
          g.setColor(new Color(c.rgb()));
          g.fill(
              new Ellipse2D.Double(
                  c.cx() - c.radius(), c.cy() - c.radius(), 2 * c.radius(), 2 * c.radius()));
        } else if (shape instanceof Scene2D.Text t) {
          g.setTransform(pixels);
          g.setColor(new Color(t.rgb()));
          g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 1).deriveFont((float) t.sizePx()));
          g.drawString(t.text(), (float) t.x(), (float) (h - t.y()));
        }
      }
    } finally {
      g.dispose();
    }
    byte[] bgr = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
    byte[] rgb = new byte[w * h * 3];
    for (int i = 0; i < rgb.length; i += 3) {
      rgb[i] = bgr[i + 2];
      rgb[i + 1] = bgr[i + 1];
      rgb[i + 2] = bgr[i];
    }
    return new RgbFrame(w, h, rgb);
  }

  private static Path2D.Double path(double[] xy, boolean closedPath) {
    Path2D.Double path = new Path2D.Double();
    for (int i = 0; i + 1 < xy.length; i += 2) {
      if (i == 0) {
        path.moveTo(xy[0], xy[1]);
      } else {
        path.lineTo(xy[i], xy[i + 1]);
      }
    }
    if (closedPath) {
      path.closePath();
    }
    return path;
  }

  @Override
  public synchronized void close() {
    closed = true;
    image = null;
  }
}
