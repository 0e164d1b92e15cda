package dev.jymnasium.baselines.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Episodic returns against environment steps, drawn to a PNG with XChart (headless). */
final class LearningCurve {
  private static final int WINDOW = 20;
  private static final int MAX_POINTS = 2000;

  private final List<Double> steps = new ArrayList<>();
  private final List<Double> returns = new ArrayList<>();

  void add(long step, double episodicReturn) {
    steps.add((double) step);
    returns.add(episodicReturn);
  }

  /**
   * Writes the chart atomically: episodes as dots and their moving average (over 20 episodes, or a
   * hundredth of them when there are more) as a line, each thinned to at most {@value #MAX_POINTS}
   * points so that long runs still draw in milliseconds.
   */
  void write(Path png, String title) throws IOException {
    if (steps.isEmpty()) {
      return;
    }
    int n = returns.size();
    int window = Math.max(WINDOW, n / 100);
    int stride = (n + MAX_POINTS - 1) / MAX_POINTS;
    List<Double> xs = new ArrayList<>();
    List<Double> ys = new ArrayList<>();
    List<Double> avg = new ArrayList<>();
    double sum = 0;
    for (int i = 0; i < n; i++) {
      sum += returns.get(i) - (i >= window ? returns.get(i - window) : 0);
      if (i % stride == 0 || i == n - 1) {
        xs.add(steps.get(i));
        ys.add(returns.get(i));
        avg.add(sum / Math.min(i + 1, window));
      }
    }
    XYChart chart =
        new XYChartBuilder()
            .width(800)
            .height(500)
            .title(title)
            .xAxisTitle("environment steps")
            .yAxisTitle("episodic return")
            .build();
    chart.getStyler().setLegendVisible(true);
    XYSeries raw = chart.addSeries(stride == 1 ? "episode" : "one episode in " + stride, xs, ys);
    raw.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
    raw.setMarker(SeriesMarkers.CIRCLE);
    chart.addSeries("mean of last " + window, xs, avg).setMarker(SeriesMarkers.NONE);
    Path tmp = png.resolveSibling("." + png.getFileName() + ".tmp.png");
    BitmapEncoder.saveBitmap(chart, tmp.toString(), BitmapEncoder.BitmapFormat.PNG);
    Files.move(
        tmp,
        png,
        java.nio.file.StandardCopyOption.REPLACE_EXISTING,
        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
  }
}
