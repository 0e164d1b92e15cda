package dev.jymnasium.games.minigrid;

import dev.jymnasium.env.render.Scene2D;

/**
 * Draws a Minigrid grid as the original's tiles: a black cell with grey top and left grid lines,
 * the object in its colour, the agent as a red triangle, and a 30 % blend towards white on
 * highlighted cells. Shapes are given in cell fractions, x to the right and y downwards.
 */
final class TileRenderer {
  private static final int[] RGB = {0xFF0000, 0x00FF00, 0x0000FF, 0x7027C3, 0xFFFF00, 0x646464};
  private static final int GRID_LINE = 0x646464;
  private static final int LAVA_ORANGE = 0xFF8000;

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
    rect(0, 0.031, 0, 1, GRID_LINE);
    rect(0, 1, 0, 0.031, GRID_LINE);
    if (obj != null) {
      object(obj);
    }
    if (agentDir >= 0) {
      agent(agentDir);
    }
  }

  private void object(WorldObj obj) {
    int c = RGB[obj.color()];
    switch (obj.type()) {
      case WorldObj.WALL, WorldObj.GOAL -> rect(0, 1, 0, 1, c);
      case WorldObj.FLOOR -> rect(0.031, 1, 0.031, 1, scale(c, 0.5));
      case WorldObj.LAVA -> {
        rect(0, 1, 0, 1, LAVA_ORANGE);
        for (int i = 0; i < 3; i++) {
          double lo = 0.3 + 0.2 * i;
          double hi = 0.4 + 0.2 * i;
          line(0.1, lo, 0.3, hi);
          line(0.3, hi, 0.5, lo);
          line(0.5, lo, 0.7, hi);
          line(0.7, hi, 0.9, lo);
        }
      }
      case WorldObj.DOOR -> door(obj, c);
      case WorldObj.KEY -> {
        rect(0.50, 0.63, 0.31, 0.88, c);
        rect(0.38, 0.50, 0.59, 0.66, c);
        rect(0.38, 0.50, 0.81, 0.88, c);
        circle(0.56, 0.28, 0.190, c);
        circle(0.56, 0.28, 0.064, 0x000000);
      }
      case WorldObj.BALL -> circle(0.5, 0.5, 0.31, c);
      case WorldObj.BOX -> {
        rect(0.12, 0.88, 0.12, 0.88, c);
        rect(0.18, 0.82, 0.18, 0.82, 0x000000);
        rect(0.16, 0.84, 0.47, 0.53, c);
      }
      default -> throw new IllegalStateException("cannot draw " + obj);
    }
  }

  private void door(WorldObj door, int c) {
    if (door.isOpen()) {
      rect(0.88, 1.00, 0.00, 1.00, c);
      rect(0.92, 0.96, 0.04, 0.96, 0x000000);
    } else if (door.isLocked()) {
      rect(0.00, 1.00, 0.00, 1.00, c);
      rect(0.06, 0.94, 0.06, 0.94, scale(c, 0.45));
      rect(0.52, 0.75, 0.50, 0.56, c);
    } else {
      rect(0.00, 1.00, 0.00, 1.00, c);
      rect(0.04, 0.96, 0.04, 0.96, 0x000000);
      rect(0.08, 0.92, 0.08, 0.92, c);
      rect(0.12, 0.88, 0.12, 0.88, 0x000000);
      circle(0.75, 0.50, 0.08, c);
    }
  }

  /** The triangle (0.12, 0.19), (0.87, 0.50), (0.12, 0.81) turned a quarter per direction. */
  private void agent(int dir) {
    double[] px = {0.12, 0.87, 0.12};
    double[] py = {0.19, 0.50, 0.81};
    double angle = 0.5 * Math.PI * dir;
    double cos = Math.cos(angle);
    double sin = Math.sin(angle);
    double[] xy = new double[6];
    for (int i = 0; i < 3; i++) {
      double dx = px[i] - 0.5;
      double dy = py[i] - 0.5;
      xy[2 * i] = sx(0.5 + dx * cos - dy * sin);
      xy[2 * i + 1] = sy(0.5 + dx * sin + dy * cos);
    }
    scene.polygon(xy, color(0xFF0000));
  }

  private void rect(double xmin, double xmax, double ymin, double ymax, int rgb) {
    scene.rect(sx(xmin), sy(ymax), sx(xmax), sy(ymin), color(rgb));
  }

  private void circle(double cx, double cy, double r, int rgb) {
    scene.circle(sx(cx), sy(cy), r * tile, color(rgb));
  }

  private void line(double xa, double ya, double xb, double yb) {
    scene.line(sx(xa), sy(ya), sx(xb), sy(yb), color(0x000000), 0.06 * tile);
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

  private static int scale(int rgb, double f) {
    int out = 0;
    for (int shift = 16; shift >= 0; shift -= 8) {
      out = (out << 8) | (int) (((rgb >> shift) & 0xFF) * f);
    }
    return out;
  }
}
