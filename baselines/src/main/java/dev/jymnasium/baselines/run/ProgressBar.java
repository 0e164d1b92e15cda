package dev.jymnasium.baselines.run;

import java.io.PrintWriter;

/**
 * A live progress display: steps done, percent, steps per second, mean return of the recent
 * episodes and the time left. On a terminal it is one line redrawn in place at most five times a
 * second; otherwise (a log file, a pipe) it prints a plain line every ten seconds.
 */
final class ProgressBar {
  private static final int WIDTH = 24;
  private static final long REDRAW_NANOS = 200_000_000L;
  private static final long LOG_NANOS = 10_000_000_000L;

  private final PrintWriter out;
  private final boolean interactive;
  private final long total;
  private final long startStep;
  private final long startNanos = System.nanoTime();
  private long lastDraw = startNanos;

  /**
   * @param interactive redraw one line with carriage returns (a terminal) rather than print lines
   */
  ProgressBar(PrintWriter out, boolean interactive, long startStep, long total) {
    this.out = out;
    this.interactive = interactive;
    this.startStep = startStep;
    this.total = total;
  }

  void update(long step, double recentReturn, boolean force) {
    long now = System.nanoTime();
    if (!force && now - lastDraw < (interactive ? REDRAW_NANOS : LOG_NANOS)) {
      return;
    }
    lastDraw = now;
    double secs = (now - startNanos) / 1e9;
    double sps = secs > 0 ? (step - startStep) / secs : 0;
    double frac = Math.min(1, (double) step / total);
    int filled = (int) (frac * WIDTH);
    String bar = "=".repeat(filled) + (filled < WIDTH ? ">" + " ".repeat(WIDTH - filled - 1) : "");
    long eta = sps > 0 ? (long) (Math.max(0, total - step) / sps) : 0;
    String line =
        String.format(
            "[%s] %,d/%,d steps %3.0f%% | %,.0f SPS | return %s | ETA %d:%02d",
            bar,
            step,
            total,
            frac * 100,
            sps,
            Double.isNaN(recentReturn) ? "-" : String.format("%.1f", recentReturn),
            eta / 60,
            eta % 60);
    if (interactive) {
      out.print("\r" + line + " ");
    } else {
      out.println(line);
    }
    out.flush();
  }

  void finish() {
    if (interactive) {
      out.println();
      out.flush();
    }
  }
}
