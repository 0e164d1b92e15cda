package dev.jymnasium.baselines.run;

import java.io.PrintStream;

/**
 * A one-line live progress display on a terminal stream: steps done, percent, steps per second,
 * mean return of the recent episodes and the time left. Redraws at most five times a second.
 */
final class ProgressBar {
  private static final int WIDTH = 24;
  private static final long REDRAW_NANOS = 200_000_000L;

  private final PrintStream out;
  private final long total;
  private final long startStep;
  private final long startNanos = System.nanoTime();
  private long lastDraw;

  ProgressBar(PrintStream out, long startStep, long total) {
    this.out = out;
    this.startStep = startStep;
    this.total = total;
  }

  void update(long step, double recentReturn, boolean force) {
    long now = System.nanoTime();
    if (!force && now - lastDraw < REDRAW_NANOS) {
      return;
    }
    lastDraw = now;
    double secs = (now - startNanos) / 1e9;
    double sps = secs > 0 ? (step - startStep) / secs : 0;
    double frac = Math.min(1, (double) step / total);
    int filled = (int) (frac * WIDTH);
    String bar = "=".repeat(filled) + (filled < WIDTH ? ">" + " ".repeat(WIDTH - filled - 1) : "");
    long eta = sps > 0 ? (long) ((total - step) / sps) : 0;
    out.printf("\r[%s] %,d/%,d steps %3.0f%% | %,.0f SPS | return %s | ETA %d:%02d ", bar, step,
        total, frac * 100, sps, Double.isNaN(recentReturn) ? "-" : String.format("%.1f", recentReturn),
        eta / 60, eta % 60);
    out.flush();
  }

  void finish() {
    out.println();
  }
}
