package dev.jymnasium.control.plot;

import dev.jymnasium.env.render.Scene2D;

/**
 * A line plot of a few channels over the last {@code capacity} samples, kept in a ring buffer that
 * is filled without allocating; {@link #scene} draws it with axes, autoscaled to the visible data.
 */
public final class TimeSeriesPlot {
  /** Line colours (matplotlib's tab10), used in channel order. */
  private static final int[] PALETTE = {
    0x1F77B4, 0xFF7F0E, 0x2CA02C, 0xD62728, 0x9467BD, 0x8C564B, 0xE377C2, 0x7F7F7F, 0xBCBD22,
    0x17BECF
  };

  private static final int MARGIN_LEFT_PX = 70;
  private static final int MARGIN_RIGHT_PX = 20;
  private static final int MARGIN_BOTTOM_PX = 40;
  private static final int MARGIN_TOP_PX = 40;

  private final int channels;
  private final int capacity;
  private final double[] values;
  private final long[] steps;
  private int size;
  private int next;

  /**
   * @param channels number of lines, {@code >= 1}
   * @param capacity samples kept, {@code >= 2}
   */
  public TimeSeriesPlot(int channels, int capacity) {
    if (channels < 1 || capacity < 2) {
      throw new IllegalArgumentException(
          "a plot needs >= 1 channel and >= 2 samples, got " + channels + ", " + capacity);
    }
    this.channels = channels;
    this.capacity = capacity;
    this.values = new double[channels * capacity];
    this.steps = new long[capacity];
  }

  /** Forgets every sample. */
  public void clear() {
    size = 0;
    next = 0;
  }

  /** Records the first {@code channels} entries of {@code sample} at time step {@code step}. */
  public void add(long step, double[] sample) {
    System.arraycopy(sample, 0, values, next * channels, channels);
    steps[next] = step;
    next = (next + 1) % capacity;
    size = Math.min(size + 1, capacity);
  }

  /** Draws the plot on a {@code width x height} white canvas with a title and axis labels. */
  public Scene2D scene(int width, int height, String title, String yLabel) {
    Scene2D s = new Scene2D(width, height, 0xFFFFFF);
    double x0 = MARGIN_LEFT_PX;
    double x1 = width - MARGIN_RIGHT_PX;
    double y0 = MARGIN_BOTTOM_PX;
    double y1 = height - MARGIN_TOP_PX;
    s.rectOutline(x0, y0, x1, y1, 0x000000, 1);
    s.text(title, x0, height - MARGIN_TOP_PX / 2.0 - 6, 16, 0x000000);
    s.text(yLabel, 4, (y0 + y1) / 2, 12, 0x000000);
    if (size == 0) {
      return s;
    }
    int first = (next - size + capacity) % capacity;
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (int k = 0; k < size; k++) {
      int at = ((first + k) % capacity) * channels;
      for (int c = 0; c < channels; c++) {
        double v = values[at + c];
        if (Double.isFinite(v)) {
          lo = Math.min(lo, v);
          hi = Math.max(hi, v);
        }
      }
    }
    if (!(lo <= hi)) {
      lo = -1;
      hi = 1;
    } else if (hi - lo < 1e-12 * Math.max(1, Math.abs(hi))) {
      // A flat line: open the range so it sits in the middle.
      double pad = Math.max(1e-12, Math.abs(hi) * 0.1 + 1e-12);
      lo -= pad;
      hi += pad;
    }
    long t0 = steps[first];
    long t1 = Math.max(t0 + 1, steps[(first + size - 1) % capacity]);
    s.text(format(hi), 4, y1 - 12, 12, 0x000000);
    s.text(format(lo), 4, y0, 12, 0x000000);
    s.text("step " + t0, x0, y0 - 20, 12, 0x000000);
    String end = "step " + t1;
    s.text(end, x1 - 7 * end.length(), y0 - 20, 12, 0x000000);
    if (lo < 0 && hi > 0) {
      double yz = y0 + (0 - lo) / (hi - lo) * (y1 - y0);
      s.line(x0, yz, x1, yz, 0xCCCCCC, 1);
    }
    for (int c = 0; c < channels; c++) {
      double[] xy = new double[2 * size];
      for (int k = 0; k < size; k++) {
        int at = (first + k) % capacity;
        double v = values[at * channels + c];
        double clamped = Double.isFinite(v) ? v : (v > 0 ? hi : lo);
        xy[2 * k] = x0 + (steps[at] - t0) / (double) (t1 - t0) * (x1 - x0);
        xy[2 * k + 1] = y0 + (clamped - lo) / (hi - lo) * (y1 - y0);
      }
      if (size == 1) {
        s.circle(xy[0], xy[1], 2, PALETTE[c % PALETTE.length]);
      } else {
        s.polyline(xy, PALETTE[c % PALETTE.length], 1.5);
      }
    }
    return s;
  }

  /**
   * Names the channels in their line colours, in a row just above the plot area of a scene drawn by
   * {@link #scene} with the same {@code height}.
   *
   * @param names one per channel, in channel order (extra names are ignored)
   */
  public void legend(Scene2D scene, int height, java.util.List<String> names) {
    double x = MARGIN_LEFT_PX;
    double y = height - MARGIN_TOP_PX + 4;
    for (int c = 0; c < Math.min(channels, names.size()); c++) {
      String name = names.get(c);
      scene.text(name, x, y, 12, PALETTE[c % PALETTE.length]);
      x += 7 * name.length() + 16;
    }
  }

  private static String format(double v) {
    return String.format(java.util.Locale.ROOT, "%.3g", v);
  }
}
