package dev.jymnasium.games.toytext;

import dev.jymnasium.env.render.Scene2D;

/**
 * Draws into a {@link Scene2D} with pygame's coordinates (origin top-left, y down), so that the
 * scene code can use Gymnasium's blit positions unchanged; every call flips y once. Also holds the
 * simple shapes that stand in for Gymnasium's sprite images.
 */
final class Canvas {
  private final Scene2D scene;
  private final int height;

  Canvas(int width, int height, int backgroundRgb) {
    this.scene = new Scene2D(width, height, backgroundRgb);
    this.height = height;
  }

  Scene2D scene() {
    return scene;
  }

  /** Filled rectangle with top-left corner (x, y) in pygame coordinates. */
  void rect(double x, double y, double w, double h, int rgb) {
    scene.rect(x, height - (y + h), x + w, height - y, rgb);
  }

  /** Rectangle outline of the given line width (pygame's {@code draw.rect(..., width)}). */
  void outline(double x, double y, double w, double h, int rgb, double width) {
    scene.rectOutline(x, height - (y + h), x + w, height - y, rgb, width);
  }

  /** Filled circle centred at (cx, cy) in pygame coordinates. */
  void circle(double cx, double cy, double r, int rgb) {
    scene.circle(cx, height - cy, r, rgb);
  }

  /** Filled polygon through pygame-coordinate points {@code x0, y0, x1, y1, ...}. */
  void polygon(int rgb, double... xy) {
    double[] up = xy.clone();
    for (int i = 1; i < up.length; i += 2) {
      up[i] = height - up[i];
    }
    scene.polygon(up, rgb);
  }

  /** A straight line between two pygame-coordinate points. */
  void line(double x0, double y0, double x1, double y1, int rgb, double width) {
    scene.line(x0, height - y0, x1, height - y1, rgb, width);
  }

  /** Text whose box has its top-left corner at (x, y) and height {@code size} (pygame's blit). */
  void text(String text, double x, double y, double size, int rgb) {
    scene.text(text, x, height - (y + size), size, rgb);
  }

  /** Approximate width of {@code text} at font size {@code size} (pixel fonts: ~0.6 em). */
  static double textWidth(String text, double size) {
    return Math.floor(text.length() * size * 0.6);
  }

  /** pygame's per-channel alpha blend of {@code src} over {@code dst} ({@code 0xRRGGBB}). */
  static int blend(int src, int dst, int alpha) {
    int out = 0;
    for (int shift = 16; shift >= 0; shift -= 8) {
      int s = (src >> shift) & 0xFF;
      int d = (dst >> shift) & 0xFF;
      int c = d + (((s - d) * alpha + s) >> 8);
      out |= Math.max(0, Math.min(255, c)) << shift;
    }
    return out;
  }

  // ------------------------------------------------------------------ sprites as shapes

  private static final int SKIN = 0xF2C79A;
  private static final int ELF_TUNIC = 0x2E8B57;
  private static final int ELF_HAT = 0xC0392B;
  private static final int EYE = 0x1B1B1B;
  private static final int WOOD = 0x8B5A2B;
  private static final int WOOD_DARK = 0x5C3A1A;

  /** Directions an elf can face. */
  enum Facing {
    LEFT,
    DOWN,
    RIGHT,
    UP
  }

  /** The elf in the cell with top-left (x, y), facing {@code facing}. */
  void elf(double x, double y, double w, double h, Facing facing) {
    double cx = x + w / 2;
    // tunic (a trapezoid), head, pointed hat
    polygon(
        ELF_TUNIC,
        cx - 0.22 * w,
        y + 0.88 * h,
        cx + 0.22 * w,
        y + 0.88 * h,
        cx + 0.14 * w,
        y + 0.50 * h,
        cx - 0.14 * w,
        y + 0.50 * h);
    rect(cx - 0.16 * w, y + 0.88 * h, 0.10 * w, 0.07 * h, WOOD_DARK);
    rect(cx + 0.06 * w, y + 0.88 * h, 0.10 * w, 0.07 * h, WOOD_DARK);
    double headY = y + 0.38 * h;
    double r = 0.15 * Math.min(w, h);
    circle(cx, headY, r, SKIN);
    double tip = facing == Facing.LEFT ? -0.18 * w : facing == Facing.RIGHT ? 0.18 * w : 0;
    polygon(
        ELF_HAT,
        cx - 0.17 * w,
        headY - 0.06 * h,
        cx + 0.17 * w,
        headY - 0.06 * h,
        cx + tip,
        y + 0.05 * h);
    double eye = 0.025 * Math.min(w, h);
    switch (facing) {
      case DOWN -> {
        circle(cx - 0.06 * w, headY + 0.02 * h, eye, EYE);
        circle(cx + 0.06 * w, headY + 0.02 * h, eye, EYE);
      }
      case LEFT -> circle(cx - 0.09 * w, headY + 0.02 * h, eye, EYE);
      case RIGHT -> circle(cx + 0.09 * w, headY + 0.02 * h, eye, EYE);
      case UP -> {} // the back of the head
    }
  }

  /** A wooden stool (the start tile) in the cell with top-left (x, y). */
  void stool(double x, double y, double w, double h) {
    rect(x + 0.25 * w, y + 0.55 * h, 0.50 * w, 0.10 * h, WOOD);
    rect(x + 0.30 * w, y + 0.65 * h, 0.07 * w, 0.25 * h, WOOD_DARK);
    rect(x + 0.63 * w, y + 0.65 * h, 0.07 * w, 0.25 * h, WOOD_DARK);
  }
}
