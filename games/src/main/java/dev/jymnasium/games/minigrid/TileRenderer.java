package dev.jymnasium.games.minigrid;

import dev.jymnasium.env.render.Scene2D;

/**
 * Draws a Minigrid grid as the original's tiles: a black cell with grey top and left grid lines,
 * the object in its colour, the agent as a red triangle, and a 30 % blend towards white on
 * highlighted cells, as a {@link Scene2D} for the render backend. The shapes come from {@link
 * TileArt}.
 */
final class TileRenderer implements TilePen {
  private final Scene2D scene;
  private final int tile;
  private final int sceneHeight;
  private double x0;
  private double y0;
  private boolean lit;

  private TileRenderer(int columns, int rows, int tile) {
    this.tile = tile;
    this.sceneHeight = rows * tile;
    this.scene = new Scene2D(columns * tile, sceneHeight, 0x000000);
  }

  /** The picture of {@code grid} with the agent at {@code (ax, ay)} facing {@code dir}. */
  static Scene2D render(Grid grid, int ax, int ay, int dir, boolean[] lit, int tile) {
    TileRenderer r = new TileRenderer(grid.width(), grid.height(), tile);
    for (int y = 0; y < grid.height(); y++) {
      for (int x = 0; x < grid.width(); x++) {
        r.tile(grid.get(x, y), x == ax && y == ay ? dir : -1, lit[y * grid.width() + x], x, y);
      }
    }
    return r.scene;
  }

  private void tile(WorldObj obj, int agentDir, boolean highlighted, int x, int y) {
    x0 = x * tile;
    y0 = y * tile;
    lit = highlighted;
    if (lit) {
      rect(0, 1, 0, 1, 0x000000);
    }
    TileArt.draw(obj, agentDir, this);
  }

  @Override
  public void triangle(
      double ax,
      double ay,
      double bx,
      double by,
      double cx,
      double cy,
      double turnRadians,
      int rgb) {
    double[] px = {ax, bx, cx};
    double[] py = {ay, by, cy};
    double cos = Math.cos(turnRadians);
    double sin = Math.sin(turnRadians);
    double[] xy = new double[6];
    for (int i = 0; i < 3; i++) {
      double dx = px[i] - 0.5;
      double dy = py[i] - 0.5;
      xy[2 * i] = sx(0.5 + dx * cos - dy * sin);
      xy[2 * i + 1] = sy(0.5 + dx * sin + dy * cos);
    }
    scene.polygon(xy, color(rgb));
  }

  @Override
  public void rect(double xmin, double xmax, double ymin, double ymax, int rgb) {
    scene.rect(sx(xmin), sy(ymax), sx(xmax), sy(ymin), color(rgb));
  }

  @Override
  public void circle(double cx, double cy, double r, int rgb) {
    scene.circle(sx(cx), sy(cy), r * tile, color(rgb));
  }

  @Override
  public void line(double xa, double ya, double xb, double yb, double r, int rgb) {
    scene.line(sx(xa), sy(ya), sx(xb), sy(yb), color(rgb), 2 * r * tile);
  }

  private double sx(double fx) {
    return x0 + fx * tile;
  }

  /** Scene y grows upwards. */
  private double sy(double fy) {
    return sceneHeight - (y0 + fy * tile);
  }

  /** The colour as drawn: blended 30 % towards white on highlighted cells. */
  private int color(int rgb) {
    if (!lit) {
      return rgb;
    }
    int out = 0;
    for (int shift = 16; shift >= 0; shift -= 8) {
      int c = (rgb >> shift) & 0xFF;
      out = (out << 8) | (int) (c + 0.3 * (255 - c));
    }
    return out;
  }
}
