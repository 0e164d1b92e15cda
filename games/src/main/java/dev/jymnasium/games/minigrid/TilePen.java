package dev.jymnasium.games.minigrid;

/**
 * What {@link TileArt} draws a tile with: shapes in cell fractions (x to the right, y downwards),
 * colours as {@code 0xRRGGBB}, each shape painted over the ones before, as Minigrid's {@code
 * fill_coords} does.
 */
interface TilePen {
  /** The cells of {@code [xmin, xmax] x [ymin, ymax]}. */
  void rect(double xmin, double xmax, double ymin, double ymax, int rgb);

  /** The disc of radius {@code r} about {@code (cx, cy)}. */
  void circle(double cx, double cy, double r, int rgb);

  /** The points within {@code r} of the segment from {@code (xa, ya)} to {@code (xb, yb)}. */
  void line(double xa, double ya, double xb, double yb, double r, int rgb);

  /**
   * The triangle {@code (ax, ay), (bx, by), (cx, cy)} turned by {@code turnRadians} about the cell
   * centre (clockwise on screen, as y grows downwards).
   */
  void triangle(
      double ax,
      double ay,
      double bx,
      double by,
      double cx,
      double cy,
      double turnRadians,
      int rgb);
}
