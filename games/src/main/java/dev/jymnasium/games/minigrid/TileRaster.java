package dev.jymnasium.games.minigrid;

import java.util.HashMap;
import java.util.Map;

/**
 * Minigrid's tile pictures pixel for pixel, for the pixel observations ({@code RGBImgObsWrapper},
 * {@code RGBImgPartialObsWrapper}): each tile is drawn at three times its size by testing every
 * pixel centre against the {@link TileArt} shapes (Minigrid's {@code fill_coords}), lightened 30 %
 * towards white when highlighted, then averaged over 3x3 blocks and truncated to bytes, with the
 * original's float32 constants and rounding. Tiles are cached, so drawing a grid copies bytes.
 */
final class TileRaster implements TilePen {
  private static final int SUBDIVS = 3;

  private final int tileSize;
  private final int fine;

  /** The supersampled tile being drawn, {@code fine x fine x 3}, row-major. */
  private final int[] pixels;

  private final Map<Integer, byte[]> cache = new HashMap<>();

  TileRaster(int tileSize) {
    this.tileSize = tileSize;
    this.fine = tileSize * SUBDIVS;
    this.pixels = new int[fine * fine * 3];
  }

  /** Pixels per cell. */
  int tileSize() {
    return tileSize;
  }

  /**
   * Draws a {@code columns x rows} grid of cells into {@code out} ({@code rows·tile x columns·tile
   * x 3} bytes, row-major): cell {@code (x, y)} holds {@code cells[y * columns + x]}, the agent
   * stands at {@code (ax, ay)} facing {@code dir}, and {@code lit[y * columns + x]} says which
   * cells are highlighted.
   */
  void draw(
      WorldObj[] cells, int columns, int rows, int ax, int ay, int dir, boolean[] lit, byte[] out) {
    int rowBytes = columns * tileSize * 3;
    for (int y = 0; y < rows; y++) {
      for (int x = 0; x < columns; x++) {
        int cell = y * columns + x;
        byte[] tile = tile(cells[cell], x == ax && y == ay ? dir : -1, lit[cell]);
        for (int ty = 0; ty < tileSize; ty++) {
          System.arraycopy(
              tile,
              ty * tileSize * 3,
              out,
              (y * tileSize + ty) * rowBytes + x * tileSize * 3,
              tileSize * 3);
        }
      }
    }
  }

  private byte[] tile(WorldObj obj, int agentDir, boolean highlighted) {
    int objKey = obj == null ? 0 : 1 + (obj.type() * 6 + obj.color()) * 3 + obj.state();
    int key = (objKey * 5 + agentDir + 1) * 2 + (highlighted ? 1 : 0);
    byte[] cached = cache.get(key);
    if (cached == null) {
      cached = render(obj, agentDir, highlighted);
      cache.put(key, cached);
    }
    return cached;
  }

  private byte[] render(WorldObj obj, int agentDir, boolean highlighted) {
    java.util.Arrays.fill(pixels, 0);
    TileArt.draw(obj, agentDir, this);
    if (highlighted) {
      for (int i = 0; i < pixels.length; i++) {
        // highlight_img: img + 0.30 * (255 - img), clipped and truncated to uint8.
        pixels[i] = (int) Math.min(255, pixels[i] + 0.30 * (255 - pixels[i]));
      }
    }
    byte[] tile = new byte[tileSize * tileSize * 3];
    for (int ty = 0; ty < tileSize; ty++) {
      for (int tx = 0; tx < tileSize; tx++) {
        for (int c = 0; c < 3; c++) {
          // downsample: the mean over the three columns of each fine row, then over the rows.
          double rows = 0;
          for (int k = 0; k < SUBDIVS; k++) {
            int p = ((ty * SUBDIVS + k) * fine + tx * SUBDIVS) * 3 + c;
            rows += (pixels[p] + (double) pixels[p + 3] + pixels[p + 6]) / 3.0;
          }
          tile[(ty * tileSize + tx) * 3 + c] = (byte) (int) (rows / 3.0);
        }
      }
    }
    return tile;
  }

  private void fill(int x, int y, int rgb) {
    int p = (y * fine + x) * 3;
    pixels[p] = (rgb >> 16) & 0xFF;
    pixels[p + 1] = (rgb >> 8) & 0xFF;
    pixels[p + 2] = rgb & 0xFF;
  }

  private double centre(int i) {
    return (i + 0.5) / fine;
  }

  @Override
  public void rect(double xmin, double xmax, double ymin, double ymax, int rgb) {
    for (int y = 0; y < fine; y++) {
      double yf = centre(y);
      for (int x = 0; x < fine; x++) {
        double xf = centre(x);
        if (xf >= xmin && xf <= xmax && yf >= ymin && yf <= ymax) {
          fill(x, y, rgb);
        }
      }
    }
  }

  @Override
  public void circle(double cx, double cy, double r, int rgb) {
    for (int y = 0; y < fine; y++) {
      double yf = centre(y);
      for (int x = 0; x < fine; x++) {
        double xf = centre(x);
        if ((xf - cx) * (xf - cx) + (yf - cy) * (yf - cy) <= r * r) {
          fill(x, y, rgb);
        }
      }
    }
  }

  @Override
  public void line(double xa, double ya, double xb, double yb, double r, int rgb) {
    // point_in_line keeps the end points and the unit direction in float32.
    float p0x = (float) xa;
    float p0y = (float) ya;
    float dx = (float) xb - p0x;
    float dy = (float) yb - p0y;
    float length = (float) Math.sqrt(dx * dx + dy * dy);
    float ux = dx / length;
    float uy = dy / length;
    double xmin = Math.min(xa, xb) - r;
    double xmax = Math.max(xa, xb) + r;
    double ymin = Math.min(ya, yb) - r;
    double ymax = Math.max(ya, yb) + r;
    for (int y = 0; y < fine; y++) {
      double yf = centre(y);
      for (int x = 0; x < fine; x++) {
        double xf = centre(x);
        if (xf < xmin || xf > xmax || yf < ymin || yf > ymax) {
          continue;
        }
        double along = (xf - p0x) * (double) ux + (yf - p0y) * (double) uy;
        along = Math.min(Math.max(along, 0), length);
        double ex = xf - (p0x + along * ux);
        double ey = yf - (p0y + along * uy);
        if (Math.sqrt(ex * ex + ey * ey) <= r) {
          fill(x, y, rgb);
        }
      }
    }
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
    // point_in_triangle's barycentric test with its float32 vertices and dot products.
    float a0 = (float) ax;
    float a1 = (float) ay;
    float v0x = (float) cx - a0;
    float v0y = (float) cy - a1;
    float v1x = (float) bx - a0;
    float v1y = (float) by - a1;
    float dot00 = v0x * v0x + v0y * v0y;
    float dot01 = v0x * v1x + v0y * v1y;
    float dot11 = v1x * v1x + v1y * v1y;
    float invDenom = 1f / (dot00 * dot11 - dot01 * dot01);
    // rotate_fn turns the sample point by -theta about the centre before the test.
    double cos = Math.cos(-turnRadians);
    double sin = Math.sin(-turnRadians);
    for (int y = 0; y < fine; y++) {
      for (int x = 0; x < fine; x++) {
        double px = centre(x) - 0.5;
        double py = centre(y) - 0.5;
        double qx = 0.5 + px * cos - py * sin;
        double qy = 0.5 + py * cos + px * sin;
        double v2x = qx - a0;
        double v2y = qy - a1;
        double dot02 = v0x * v2x + v0y * v2y;
        double dot12 = v1x * v2x + v1y * v2y;
        double u = (dot11 * dot02 - dot01 * dot12) * invDenom;
        double v = (dot00 * dot12 - dot01 * dot02) * invDenom;
        if (u >= 0 && v >= 0 && u + v < 1) {
          fill(x, y, rgb);
        }
      }
    }
  }
}
