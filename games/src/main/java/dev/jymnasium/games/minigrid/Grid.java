package dev.jymnasium.games.minigrid;

import java.util.function.Supplier;

/** A Minigrid grid: {@code width x height} cells, each holding a {@link WorldObj} or nothing. */
public final class Grid {
  private final int width;
  private final int height;
  private final WorldObj[] cells;

  /** The copies the vector env's views read, kept up to date by {@link #set}; null if none. */
  private ViewMirror mirror;

  /** An empty grid. */
  public Grid(int width, int height) {
    if (width < 3 || height < 3) {
      throw new IllegalArgumentException(
          "a grid needs at least 3x3 cells, got " + width + "x" + height);
    }
    this.width = width;
    this.height = height;
    this.cells = new WorldObj[width * height];
  }

  public int width() {
    return width;
  }

  public int height() {
    return height;
  }

  /** The object at column {@code x}, row {@code y}, or null when the cell is empty. */
  public WorldObj get(int x, int y) {
    return cells[y * width + x];
  }

  /** The cells, row-major ({@code y * width + x}); the grid's own array, not a copy. */
  WorldObj[] cells() {
    return cells;
  }

  /** Whether {@code (x, y)} lies on the grid. */
  public boolean inside(int x, int y) {
    return x >= 0 && x < width && y >= 0 && y < height;
  }

  /** Puts {@code obj} (null to empty the cell) at column {@code x}, row {@code y}. */
  public void set(int x, int y, WorldObj obj) {
    cells[y * width + x] = obj;
    if (mirror != null) {
      mirror.set(x, y, obj);
    }
  }

  /**
   * Makes {@code m} mirror this grid from now on (a vector env reuses one mirror for the grids of
   * its sub-env's episodes, rewriting only the cells that differ).
   */
  void attach(ViewMirror m) {
    mirror = m;
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        m.set(x, y, cells[y * width + x]);
      }
    }
  }

  /** Updates the mirror of cell {@code (x, y)} after its object changed state (a door). */
  void refreshMirror(int x, int y) {
    if (mirror != null) {
      mirror.set(x, y, cells[y * width + x]);
    }
  }

  /** A row of {@code length} new objects from {@code (x, y)} to the right. */
  public void horzWall(int x, int y, int length, Supplier<WorldObj> obj) {
    for (int i = 0; i < length; i++) {
      set(x + i, y, obj.get());
    }
  }

  /** A row of walls from {@code (x, y)} to the right edge. */
  public void horzWall(int x, int y) {
    horzWall(x, y, width - x, WorldObj::wall);
  }

  /** A column of {@code length} new objects from {@code (x, y)} downwards. */
  public void vertWall(int x, int y, int length, Supplier<WorldObj> obj) {
    for (int j = 0; j < length; j++) {
      set(x, y + j, obj.get());
    }
  }

  /** A column of walls from {@code (x, y)} to the bottom edge. */
  public void vertWall(int x, int y) {
    vertWall(x, y, height - y, WorldObj::wall);
  }

  /** The walls around the {@code w x h} rectangle whose top-left cell is {@code (x, y)}. */
  public void wallRect(int x, int y, int w, int h) {
    horzWall(x, y, w, WorldObj::wall);
    horzWall(x, y + h - 1, w, WorldObj::wall);
    vertWall(x, y, h, WorldObj::wall);
    vertWall(x + w - 1, y, h, WorldObj::wall);
  }

  /**
   * Writes the encoding of every cell into {@code out}, laid out as numpy's {@code
   * [width][height][3]} (column first): {@code (1, 0, 0)} for an empty cell.
   */
  public void encode(byte[] out) {
    for (int x = 0; x < width; x++) {
      for (int y = 0; y < height; y++) {
        encodeCell(get(x, y), out, (x * height + y) * 3);
      }
    }
  }

  /** Writes the three integers of {@code obj} (empty when null) at {@code offset}. */
  static void encodeCell(WorldObj obj, byte[] out, int offset) {
    if (obj == null) {
      out[offset] = WorldObj.EMPTY;
      out[offset + 1] = 0;
      out[offset + 2] = 0;
    } else {
      out[offset] = (byte) obj.type();
      out[offset + 1] = (byte) obj.color();
      out[offset + 2] = (byte) obj.state();
    }
  }
}
