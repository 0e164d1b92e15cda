package dev.jymnasium.control.plot;

import dev.jymnasium.env.render.Scene2D;
import java.util.Locale;

/**
 * A field over space and its history as a heat map, as controlgym's paper draws its PDEs: space
 * runs to the right, time steps upwards, colour is the value on a diverging blue-white-red scale
 * symmetric about 0. The last {@code capacity} fields are kept in a ring buffer filled without
 * allocating.
 */
public final class FieldHistoryPlot {
  /** Most cells drawn across, so that a scene stays small for fine grids. */
  private static final int MAX_COLUMNS = 128;

  private static final int MARGIN_LEFT_PX = 60;
  private static final int MARGIN_RIGHT_PX = 70;
  private static final int MARGIN_BOTTOM_PX = 40;
  private static final int MARGIN_TOP_PX = 40;

  /** Colour stops of the scale from −max to +max: blue, white, red (matplotlib's RdBu ends). */
  private static final int BLUE = 0x2166AC;

  private static final int WHITE = 0xF7F7F7;
  private static final int RED = 0xB2182B;

  private final int points;
  private final int capacity;
  private final double[] values;
  private int size;
  private int next;
  private long added;

  /**
   * @param points values per field, {@code >= 1}
   * @param capacity fields kept, {@code >= 1}
   */
  public FieldHistoryPlot(int points, int capacity) {
    if (points < 1 || capacity < 1) {
      throw new IllegalArgumentException(
          "a field plot needs >= 1 point and >= 1 field, got " + points + ", " + capacity);
    }
    this.points = points;
    this.capacity = capacity;
    this.values = new double[points * capacity];
  }

  /** Forgets every field. */
  public void clear() {
    size = 0;
    next = 0;
    added = 0;
  }

  /** Records the first {@code points} entries of {@code field} as the newest row. */
  public void add(double[] field) {
    System.arraycopy(field, 0, values, next * points, points);
    next = (next + 1) % capacity;
    size = Math.min(size + 1, capacity);
    added++;
  }

  /** Draws the heat map on a {@code width x height} white canvas with a title and a colour key. */
  public Scene2D scene(int width, int height, String title) {
    Scene2D s = new Scene2D(width, height, 0xFFFFFF);
    double x0 = MARGIN_LEFT_PX;
    double x1 = width - MARGIN_RIGHT_PX;
    double y0 = MARGIN_BOTTOM_PX;
    double y1 = height - MARGIN_TOP_PX;
    s.text(title, 10, height - MARGIN_TOP_PX / 2.0 - 6, 14, 0x000000);
    s.text("x", (x0 + x1) / 2, y0 - 24, 12, 0x000000);
    if (size > 0) {
      double max = maxAbs();
      int stride = (points + MAX_COLUMNS - 1) / MAX_COLUMNS;
      int columns = (points + stride - 1) / stride;
      double cellW = (x1 - x0) / columns;
      double cellH = (y1 - y0) / size;
      int first = (next - size + capacity) % capacity;
      for (int row = 0; row < size; row++) {
        int at = ((first + row) % capacity) * points;
        double top = y0 + (row + 1) * cellH;
        for (int c = 0; c < columns; c++) {
          double v = values[at + c * stride];
          s.rect(x0 + c * cellW, y0 + row * cellH, x0 + (c + 1) * cellW, top, colour(v / max));
        }
      }
      long firstStep = added - size;
      s.text("step " + firstStep, 4, y0, 11, 0x000000);
      s.text("step " + (added - 1), 4, y1 - 11, 11, 0x000000);
      key(s, x1 + 15, y0, y1, max);
    }
    s.rectOutline(x0, y0, x1, y1, 0x000000, 1);
    return s;
  }

  private double maxAbs() {
    double max = 0;
    for (int i = 0; i < size * points; i++) {
      double v = Math.abs(values[i]);
      if (Double.isFinite(v)) {
        max = Math.max(max, v);
      }
    }
    return max > 0 ? max : 1;
  }

  /** The colour scale from −max (bottom) to +max (top) with its end values. */
  private static void key(Scene2D s, double left, double y0, double y1, double max) {
    int steps = 32;
    double h = (y1 - y0) / steps;
    for (int i = 0; i < steps; i++) {
      double v = -1 + 2 * (i + 0.5) / steps;
      s.rect(left, y0 + i * h, left + 14, y0 + (i + 1) * h, colour(v));
    }
    s.rectOutline(left, y0, left + 14, y1, 0x000000, 1);
    s.text(format(max), left - 4, y1 + 4, 11, 0x000000);
    s.text(format(-max), left - 4, y0 - 14, 11, 0x000000);
  }

  /** Blue at −1, white at 0, red at +1; NaN and beyond-range values take the end colours. */
  static int colour(double scaled) {
    if (Double.isNaN(scaled)) {
      return 0x000000;
    }
    double t = Math.max(-1, Math.min(1, scaled));
    return t < 0 ? mix(WHITE, BLUE, -t) : mix(WHITE, RED, t);
  }

  private static int mix(int from, int to, double t) {
    int r = channel(from >> 16, to >> 16, t);
    int g = channel(from >> 8, to >> 8, t);
    int b = channel(from, to, t);
    return (r << 16) | (g << 8) | b;
  }

  private static int channel(int from, int to, double t) {
    int a = from & 0xFF;
    int b = to & 0xFF;
    return (int) Math.round(a + (b - a) * t);
  }

  private static String format(double v) {
    return String.format(Locale.ROOT, "%.3g", v);
  }
}
