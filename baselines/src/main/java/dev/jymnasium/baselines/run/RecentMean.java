package dev.jymnasium.baselines.run;

import java.util.ArrayDeque;
import java.util.Deque;

/** The mean of the last {@code window} values of a training metric (episode returns, successes). */
final class RecentMean {
  private final int window;
  private final Deque<Double> values = new ArrayDeque<>();
  private double sum;

  RecentMean(int window) {
    this.window = window;
  }

  void add(double value) {
    values.addLast(value);
    sum += value;
    if (values.size() > window) {
      sum -= values.removeFirst();
    }
  }

  /** The mean of the values kept, or NaN before the first. */
  double mean() {
    return values.isEmpty() ? Double.NaN : sum / values.size();
  }
}
