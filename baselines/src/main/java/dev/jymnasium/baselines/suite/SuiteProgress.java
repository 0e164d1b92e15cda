package dev.jymnasium.baselines.suite;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Counts of a suite run and its progress lines, one per finished task. */
public final class SuiteProgress {
  private final PrintWriter out;
  private final int todo;
  private final int skipped;
  private volatile int workers;
  private final AtomicInteger running = new AtomicInteger();
  private int done;
  private int failed;
  private double busySeconds;

  /**
   * Progress of {@code todo} tasks on {@code workers} workers after {@code skipped} already done.
   *
   * @param out where lines go, or {@code null} for none
   */
  public SuiteProgress(PrintWriter out, int todo, int skipped, int workers) {
    this.out = out;
    this.todo = todo;
    this.skipped = skipped;
    this.workers = workers;
  }

  /** Prints the opening line for a selection of {@code total} tasks. */
  public void start(int total) {
    start(total, String.format(Locale.ROOT, "%d workers", Math.min(workers, Math.max(1, todo))));
  }

  /** Prints the opening line for a selection of {@code total} tasks run on {@code where}. */
  public void start(int total, String where) {
    print(
        String.format(
            Locale.ROOT,
            "suite: %d tasks, %d already finished (skipped), %d to run on %s",
            total,
            skipped,
            todo,
            where));
  }

  /** Sets the number of tasks that can run at once (for the ETA), {@code >= 1}. */
  public void workers(int n) {
    workers = Math.max(1, n);
  }

  /** Counts a task that started. */
  public void started() {
    running.incrementAndGet();
  }

  /** Counts a started task that will not finish here (its worker left; it is run again). */
  public void abandoned() {
    running.decrementAndGet();
  }

  /**
   * Counts a finished task and prints its line.
   *
   * @param secs the task's wall time
   * @param error why it failed, or {@code null}
   * @param r its result ({@code result.json}) when it did not fail
   */
  public synchronized void finished(
      String id, double secs, Throwable error, Map<String, Object> r) {
    running.decrementAndGet();
    if (error == null) {
      done++;
    } else {
      failed++;
    }
    busySeconds += secs;
    int finished = done + failed;
    int left = todo - finished;
    double eta = left * (busySeconds / finished) / Math.min(workers, Math.max(1, left));
    String what;
    if (error == null) {
      @SuppressWarnings("unchecked")
      Map<String, Object> ev = (Map<String, Object>) r.get("eval");
      what =
          String.format(
              Locale.ROOT,
              "ok     %s mean_return %.2f in %.1f s",
              id,
              ((Number) ev.get("mean_return")).doubleValue(),
              secs);
    } else {
      what = "FAILED " + id + ": " + error + " (see " + SuiteRunner.ERROR + ")";
    }
    print(
        String.format(
            Locale.ROOT,
            "[%d/%d] %s | done %d, running %d, failed %d, left %d, ETA %s",
            finished,
            todo,
            what,
            done,
            running.get(),
            failed,
            left,
            eta(left == 0 ? 0 : eta)));
  }

  /** Prints one line. */
  public void print(String line) {
    if (out != null) {
      synchronized (out) {
        out.println(line);
        out.flush();
      }
    }
  }

  private static String eta(double s) {
    long secs = Math.round(s);
    return secs >= 3600
        ? String.format(Locale.ROOT, "%dh%02dm", secs / 3600, secs % 3600 / 60)
        : String.format(Locale.ROOT, "%dm%02ds", secs / 60, secs % 60);
  }
}
