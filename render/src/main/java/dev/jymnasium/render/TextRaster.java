package dev.jymnasium.render;

import dev.jymnasium.env.Warnings;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/**
 * Rasterises a line of text with java.awt (headless) into an 8-bit coverage bitmap, bottom row
 * first, ready to upload as a one-channel OpenGL texture.
 */
final class TextRaster {
  private TextRaster() {}

  /**
   * A text bitmap.
   *
   * @param width pixels
   * @param height pixels
   * @param descent pixels from the bitmap's bottom edge up to the baseline
   * @param coverage {@code width * height} coverage values, bottom row first
   */
  record Bitmap(int width, int height, int descent, byte[] coverage) {}

  /**
   * Rasterises {@code text} in the default sans-serif font, {@code sizePx} pixels high. Where
   * java.awt has no usable font (a bare container without fontconfig fonts) the text is left out
   * with a warning instead of failing the whole frame.
   */
  static Bitmap rasterize(String text, double sizePx) {
    try {
      return draw(text, sizePx);
    } catch (RuntimeException | LinkageError e) {
      Warnings.warn(
          "Cannot draw text with java.awt ("
              + e
              + "); texts are left out. On "
              + "Debian/Ubuntu install the packages fontconfig and fonts-dejavu-core.");
      return new Bitmap(1, 1, 0, new byte[1]);
    }
  }

  private static Bitmap draw(String text, double sizePx) {
    Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 1).deriveFont((float) Math.max(1, sizePx));
    FontRenderContext frc = new FontRenderContext(null, true, true);
    Rectangle2D bounds = font.getStringBounds(text.isEmpty() ? " " : text, frc);
    LineMetrics metrics = font.getLineMetrics(text.isEmpty() ? " " : text, frc);
    int ascent = (int) Math.ceil(metrics.getAscent());
    int descent = (int) Math.ceil(metrics.getDescent());
    int width = Math.max(1, (int) Math.ceil(bounds.getWidth()) + 2);
    int height = Math.max(1, ascent + descent);
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
      g.setFont(font);
      g.setColor(java.awt.Color.WHITE);
      g.drawString(text, 1f, (float) ascent);
    } finally {
      g.dispose();
    }
    byte[] topFirst = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
    byte[] bottomFirst = new byte[width * height];
    for (int y = 0; y < height; y++) {
      System.arraycopy(topFirst, y * width, bottomFirst, (height - 1 - y) * width, width);
    }
    return new Bitmap(width, height, descent, bottomFirst);
  }
}
