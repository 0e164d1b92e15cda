package dev.jymnasium.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;

class RgbaToRgbTest {
  @Test
  void dropsAlphaAndReversesRowsForAnyWidth() {
    for (int width : new int[] {1, 3, 4, 5, 7, 8, 13, 84}) {
      int rows = 3;
      ByteBuffer rgba = ByteBuffer.allocateDirect(width * rows * 4);
      for (int i = 0; i < rgba.capacity(); i++) {
        rgba.put(i, (byte) (i * 37 + 11));
      }
      // The strip lands on rows 1 to 3 of a 5-row frame, whose other rows stay untouched.
      byte[] expected = new byte[width * 5 * 3];
      int k = width * 3;
      for (int y = rows - 1; y >= 0; y--) {
        for (int x = 0; x < width; x++) {
          for (int c = 0; c < 3; c++) {
            expected[k++] = rgba.get((y * width + x) * 4 + c);
          }
        }
      }
      byte[] rgb = new byte[expected.length];
      RgbaToRgb.convert(rgba, width, rows, rgb, 1);
      assertArrayEquals(expected, rgb, "width " + width);
    }
  }
}
