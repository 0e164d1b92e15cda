package dev.jymnasium.env.render;

/**
 * An {@code rgb_array} frame: {@code height x width x 3} unsigned bytes, row-major, top row first,
 * as Gymnasium's {@code uint8[H][W][3]}.
 *
 * @param width pixels per row, {@code > 0}
 * @param height rows, {@code > 0}
 * @param rgb {@code width * height * 3} bytes (read with {@code & 0xFF})
 */
public record RgbFrame(int width, int height, byte[] rgb) {
  public RgbFrame {
    if (width <= 0 || height <= 0 || rgb == null || rgb.length != width * height * 3) {
      throw new IllegalArgumentException(
          "RgbFrame needs width*height*3 bytes for "
              + width
              + "x"
              + height
              + ", got "
              + (rgb == null ? "null" : rgb.length));
    }
  }

  /** Red, green and blue of pixel (x, y), packed as {@code 0xRRGGBB}. */
  public int pixel(int x, int y) {
    int i = (y * width + x) * 3;
    return (rgb[i] & 0xFF) << 16 | (rgb[i + 1] & 0xFF) << 8 | (rgb[i + 2] & 0xFF);
  }
}
