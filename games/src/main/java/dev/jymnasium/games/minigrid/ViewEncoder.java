package dev.jymnasium.games.minigrid;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Encodes an agent's egocentric view ({@code [x][y][3]}, as {@link MiniGridEnv} does) from a grid's
 * {@link ViewMirror}, for the vector env. Each view column (one {@code x}, {@code y} from the far
 * row to the agent's) is a straight line of grid cells, one contiguous run in the mirror copy of
 * the heading; each view row's see-past bits are one shift of a mirror bit row. Minigrid's
 * visibility pass runs on those bit masks, one {@code long} per view row: the left-to-right and
 * right-to-left spreads through see-past cells are occluded fills, and the cells they mark on the
 * row above are shifts of the row's sources. The row masks, flipped into column masks, then pick
 * the seen cells of each column as it is copied 8 bytes at a time (views up to 8 wide; wider ones
 * are copied whole and their unseen cells cleared one by one). Only used where the mirror fits
 * (padded grids up to 64 cells a side, so views up to 32 wide).
 */
final class ViewEncoder {
  private static final VarHandle LONG =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  /** Widest view whose columns are copied through byte masks (one byte of a word per column). */
  private static final int MASKED_VIEW = 8;

  private final int v;
  private final int half;
  private final long all;
  private final boolean seeThroughWalls;
  private final long[] visible;

  /**
   * For each 8-bit pattern of seen cells in a column, the 24-byte mask keeping those cells' 3
   * bytes, as three little-endian words (views up to {@link #MASKED_VIEW} wide).
   */
  private final long[] columnMasks;

  ViewEncoder(int viewSize, boolean seeThroughWalls) {
    this.v = viewSize;
    this.half = viewSize / 2;
    this.all = (1L << v) - 1;
    this.seeThroughWalls = seeThroughWalls;
    this.visible = new long[v];
    this.columnMasks = new long[256 * 3];
    for (int pattern = 0; pattern < 256; pattern++) {
      for (int b = 0; b < 24; b++) {
        int cell = b / 3;
        if (cell < v && (pattern >>> cell & 1) != 0) {
          columnMasks[pattern * 3 + (b >> 3)] |= 0xFFL << (8 * (b & 7));
        }
      }
    }
  }

  /**
   * Writes the view of an agent at {@code (ax, ay)} heading {@code dir} and carrying an object of
   * code {@code carried} into {@code out} from {@code offset}.
   */
  void encode(ViewMirror m, int ax, int ay, int dir, int carried, byte[] out, int offset) {
    int p = m.pad;
    int pw = m.paddedWidth;
    int ph = m.paddedHeight;
    int run = v * 3;
    // Column x of the view: its first (far) cell in the heading's copy; the next columns follow
    // at a fixed distance. Row y's see-past bits: a mirror bit row shifted.
    byte[] copy;
    int first;
    int next;
    long[] bits;
    int line;
    int lineStep;
    int shift;
    switch (dir) {
      case 0 -> { // east: columns run west along grid rows, rows are grid columns
        copy = m.rowsBack;
        first = ((ay - half + p) * pw + pw - 1 - (ax + v - 1 + p)) * 3;
        next = pw * 3;
        bits = m.colBits;
        line = ax + v - 1 + p;
        lineStep = -1;
        shift = ay - half + p;
      }
      case 1 -> { // south
        copy = m.colsBack;
        first = ((ax + half + p) * ph + ph - 1 - (ay + v - 1 + p)) * 3;
        next = -ph * 3;
        bits = m.rowBitsBack;
        line = ay + v - 1 + p;
        lineStep = -1;
        shift = pw - 1 - (ax + half + p);
      }
      case 2 -> { // west
        copy = m.rows;
        first = ((ay + half + p) * pw + ax - (v - 1) + p) * 3;
        next = -pw * 3;
        bits = m.colBitsBack;
        line = ax - (v - 1) + p;
        lineStep = 1;
        shift = ph - 1 - (ay + half + p);
      }
      default -> { // north
        copy = m.cols;
        first = ((ax - half + p) * ph + ay - (v - 1) + p) * 3;
        next = ph * 3;
        bits = m.rowBits;
        line = ay - (v - 1) + p;
        lineStep = 1;
        shift = ax - half + p;
      }
    }
    if (seeThroughWalls || v > MASKED_VIEW) {
      for (int x = 0, from = first, to = offset; x < v; x++, from += next, to += run) {
        System.arraycopy(copy, from, out, to, run);
      }
    }
    if (seeThroughWalls) {
      // every cell is seen
    } else if (v > MASKED_VIEW) {
      propagate(bits, line, lineStep, shift);
      for (int y = 0; y < v; y++) {
        long unseen = ~visible[y] & all;
        while (unseen != 0) {
          int o = offset + (Long.numberOfTrailingZeros(unseen) * v + y) * 3;
          out[o] = 0;
          out[o + 1] = 0;
          out[o + 2] = 0;
          unseen &= unseen - 1;
        }
      }
    } else {
      propagate(bits, line, lineStep, shift);
      // The row masks as an 8 x 8 bit matrix (row y in byte y), flipped so that byte x holds
      // column x; each column is then copied 8 bytes at a time through the byte mask of its
      // seen cells. A column's last word runs into the next column, which is written after it;
      // the last column ends byte by byte so as to stay in the slice.
      long rows = 0;
      for (int y = 0; y < v; y++) {
        rows |= visible[y] << (8 * y);
      }
      long columns = flip(rows);
      int words = (run + 7) >> 3;
      for (int x = 0, from = first, to = offset; x < v; x++, from += next, to += run) {
        int mask = (int) (columns >>> (8 * x) & 0xFF) * 3;
        int whole = x < v - 1 ? words : run >> 3;
        for (int w = 0; w < whole; w++) {
          LONG.set(out, to + 8 * w, (long) LONG.get(copy, from + 8 * w) & columnMasks[mask + w]);
        }
        for (int b = whole * 8; b < run; b++) {
          out[to + b] = (byte) (copy[from + b] & (columnMasks[mask + (b >> 3)] >>> (8 * (b & 7))));
        }
      }
    }
    // The agent's cell shows what it carries (the original sets it after the visibility pass).
    int o = offset + (half * v + v - 1) * 3;
    out[o] = (byte) carried;
    out[o + 1] = (byte) (carried >> 8);
    out[o + 2] = (byte) (carried >> 16);
  }

  /** Flips an 8 x 8 bit matrix (bit {@code 8 * row + col}) about its diagonal. */
  private static long flip(long m) {
    long t = 0x0f0f0f0f00000000L & (m ^ (m << 28));
    m ^= t ^ (t >>> 28);
    t = 0x3333000033330000L & (m ^ (m << 14));
    m ^= t ^ (t >>> 14);
    t = 0x5500550055005500L & (m ^ (m << 7));
    return m ^ t ^ (t >>> 7);
  }

  /**
   * Minigrid's {@code process_vis} on the see-past bits of the view rows (row {@code y}: {@code
   * bits[line + y * lineStep] >>> shift}), from the agent's cell (bottom row, middle): row by row
   * upwards, a left-to-right pass where a visible see-past cell shows the cell on its right, then a
   * right-to-left pass the same way leftwards; each visible see-past cell also shows itself and the
   * cell the pass moves to on the row above.
   */
  private void propagate(long[] bits, int line, int lineStep, int shift) {
    long marked = 1L << half;
    for (int y = v - 1, at = line + (v - 1) * lineStep; y >= 0; y--, at -= lineStep) {
      long t = bits[at] >>> shift & all;
      long toRight = t & (all >>> 1);
      long shown = marked;
      long open = toRight << 1;
      shown |= open & (shown << 1);
      open &= open << 1;
      shown |= open & (shown << 2);
      open &= open << 2;
      shown |= open & (shown << 4);
      for (int s = 8; s < v; s <<= 1) {
        open &= open << (s >> 1);
        shown |= open & (shown << s);
      }
      long sources = shown & toRight;
      long above = sources | sources << 1;
      long toLeft = t & (all ^ 1);
      open = toLeft >>> 1;
      shown |= open & (shown >>> 1);
      open &= open >>> 1;
      shown |= open & (shown >>> 2);
      open &= open >>> 2;
      shown |= open & (shown >>> 4);
      for (int s = 8; s < v; s <<= 1) {
        open &= open >>> (s >> 1);
        shown |= open & (shown >>> s);
      }
      sources = shown & toLeft;
      above |= sources | sources >>> 1;
      visible[y] = shown;
      marked = above;
    }
  }
}
