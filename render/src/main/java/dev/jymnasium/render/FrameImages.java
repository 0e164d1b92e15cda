package dev.jymnasium.render;

import dev.jymnasium.env.render.RgbFrame;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Converts {@link RgbFrame}s to java.awt images and saves them as PNG (JDK only, headless). */
public final class FrameImages {
  private FrameImages() {}

  /** The frame as a {@code TYPE_INT_RGB} image of the same size. */
  public static BufferedImage toImage(RgbFrame frame) {
    int w = frame.width();
    int h = frame.height();
    int[] packed = new int[w * h];
    byte[] rgb = frame.rgb();
    for (int i = 0, j = 0; i < packed.length; i++, j += 3) {
      packed[i] = (rgb[j] & 0xFF) << 16 | (rgb[j + 1] & 0xFF) << 8 | (rgb[j + 2] & 0xFF);
    }
    BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    image.setRGB(0, 0, w, h, packed, 0, w);
    return image;
  }

  /**
   * Writes the frame as a PNG file, creating missing parent folders.
   *
   * @return {@code path}
   * @throws UncheckedIOException when the file cannot be written
   */
  public static Path savePng(RgbFrame frame, Path path) {
    try {
      Path parent = path.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      if (!ImageIO.write(toImage(frame), "png", path.toFile())) {
        throw new IOException("no PNG writer in this JDK");
      }
      return path;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write PNG " + path + ": " + e.getMessage(), e);
    }
  }
}
