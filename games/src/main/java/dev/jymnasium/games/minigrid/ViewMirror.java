package dev.jymnasium.games.minigrid;

import java.util.Arrays;

/**
 * A grid's cells laid out for reading agent views fast ({@link ViewEncoder}): the grid with a
 * border of {@code pad} outside cells (walls), as encodings (3 bytes a cell) in four copies, by
 * rows and by columns, each forwards and backwards, so that every column of a view, whatever the
 * heading, is one contiguous run of bytes; and whether each cell lets the agent see past it, as one
 * bit per cell in four matching sets of {@code long}s, so that a view row's bits are one shift. The
 * padded grid must be at most 64 cells wide and high.
 */
final class ViewMirror {
  /** Padded side limit of the bit rows. */
  static final int MAX_SIDE = 64;

  final int pad;

  /** Padded width and height. */
  final int paddedWidth;

  final int paddedHeight;

  /** Encodings by rows (x growing), rows backwards, columns (y growing), columns backwards. */
  final byte[] rows;

  final byte[] rowsBack;
  final byte[] cols;
  final byte[] colsBack;

  /** See-past bits: per padded row, bit {@code x}; backwards, bit {@code paddedWidth - 1 - x}. */
  final long[] rowBits;

  final long[] rowBitsBack;
  final long[] colBits;
  final long[] colBitsBack;

  /** Whether a grid fits a mirror for views of side {@code viewSize}. */
  static boolean fits(int width, int height, int viewSize) {
    return width + 2 * (viewSize - 1) <= MAX_SIDE && height + 2 * (viewSize - 1) <= MAX_SIDE;
  }

  /** The code each grid cell is mirrored with ({@code y * width + x}): unchanged cells skip. */
  private final int[] codes;

  private final int width;

  ViewMirror(int width, int height, int pad) {
    this.pad = pad;
    this.width = width;
    this.paddedWidth = width + 2 * pad;
    this.paddedHeight = height + 2 * pad;
    // 8 spare bytes: a view column may be read a word at a time past its end.
    int bytes = paddedWidth * paddedHeight * 3 + 8;
    this.rows = new byte[bytes];
    this.rowsBack = new byte[bytes];
    this.cols = new byte[bytes];
    this.colsBack = new byte[bytes];
    this.rowBits = new long[paddedHeight];
    this.rowBitsBack = new long[paddedHeight];
    this.colBits = new long[paddedWidth];
    this.colBitsBack = new long[paddedWidth];
    int outside = MiniGridEnv.OUTSIDE_CODE;
    // Every cell starts as an outside cell (a wall): codes, bytes and bits all agree.
    this.codes = new int[width * height];
    Arrays.fill(codes, outside);
    for (byte[] copy : new byte[][] {rows, rowsBack, cols, colsBack}) {
      for (int k = 0; k + 2 < copy.length; k += 3) {
        copy[k] = (byte) outside;
        copy[k + 1] = (byte) (outside >> 8);
        copy[k + 2] = (byte) (outside >> 16);
      }
    }
  }

  /** Mirrors grid cell {@code (x, y)} holding {@code obj}. */
  void set(int x, int y, WorldObj obj) {
    int code = MiniGridEnv.code(obj);
    if (codes[y * width + x] == code) {
      return;
    }
    codes[y * width + x] = code;
    int px = x + pad;
    int py = y + pad;
    put(rows, py * paddedWidth + px, code);
    put(rowsBack, py * paddedWidth + paddedWidth - 1 - px, code);
    put(cols, px * paddedHeight + py, code);
    put(colsBack, px * paddedHeight + paddedHeight - 1 - py, code);
    long past = (code & MiniGridEnv.SEE_BEHIND) == 0 ? 0 : 1;
    rowBits[py] = rowBits[py] & ~(1L << px) | past << px;
    int bx = paddedWidth - 1 - px;
    rowBitsBack[py] = rowBitsBack[py] & ~(1L << bx) | past << bx;
    colBits[px] = colBits[px] & ~(1L << py) | past << py;
    int by = paddedHeight - 1 - py;
    colBitsBack[px] = colBitsBack[px] & ~(1L << by) | past << by;
  }

  private static void put(byte[] copy, int cell, int code) {
    copy[cell * 3] = (byte) code;
    copy[cell * 3 + 1] = (byte) (code >> 8);
    copy[cell * 3 + 2] = (byte) (code >> 16);
  }
}
