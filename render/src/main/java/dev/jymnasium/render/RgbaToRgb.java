package dev.jymnasium.render;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.lwjgl.system.MemoryUtil;

/**
 * Turns OpenGL's RGBA read-back (bottom row first) into top-row-first RGB bytes. Reading RGBA and
 * dropping alpha here is faster than asking the driver for RGB (Mesa converts RGB through a generic
 * path), and packing four pixels into three int stores is about twice as fast as storing byte by
 * byte.
 */
final class RgbaToRgb {
  private static final VarHandle INT_LE =
      MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);

  private RgbaToRgb() {}

  /**
   * Converts {@code rows} RGBA rows of {@code width} pixels at the start of direct buffer {@code
   * rgba}, bottom row first, into RGB rows {@code top} to {@code top + rows - 1} of {@code rgb}
   * (top row first, {@code width * 3} bytes a row).
   */
  static void convert(ByteBuffer rgba, int width, int rows, byte[] rgb, int top) {
    if (rgba.capacity() < width * rows * 4 || rgb.length < (top + rows) * width * 3) {
      throw new IllegalArgumentException("buffers too small for " + rows + " rows of " + width);
    }
    long base = MemoryUtil.memAddress0(rgba);
    int k = top * width * 3;
    for (int y = rows - 1; y >= 0; y--) {
      long p = base + (long) y * width * 4;
      int x = 0;
      // Four RGBA pixels (0xAABBGGRR: every platform LWJGL runs on is little endian) give
      // twelve RGB bytes: three ints.
      for (; x + 4 <= width; x += 4, p += 16, k += 12) {
        int p0 = MemoryUtil.memGetInt(p);
        int p1 = MemoryUtil.memGetInt(p + 4);
        int p2 = MemoryUtil.memGetInt(p + 8);
        int p3 = MemoryUtil.memGetInt(p + 12);
        INT_LE.set(rgb, k, p0 & 0xFFFFFF | p1 << 24);
        INT_LE.set(rgb, k + 4, p1 >>> 8 & 0xFFFF | p2 << 16);
        INT_LE.set(rgb, k + 8, p2 >>> 16 & 0xFF | p3 << 8);
      }
      for (; x < width; x++, p += 4) {
        int v = MemoryUtil.memGetInt(p);
        rgb[k++] = (byte) v;
        rgb[k++] = (byte) (v >> 8);
        rgb[k++] = (byte) (v >> 16);
      }
    }
  }
}
