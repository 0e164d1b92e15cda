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

  private final List<Double> steps = new ArrayList<>();
  private final List<Double> returns = new ArrayList<>();

  void add(long step, double episodicReturn) {
    steps.add((double) step);
    returns.add(episodicReturn);
  }

  /** Writes the chart (episodes as dots, a 20-episode moving average as a line) atomically. */
  void write(Path png, String title) throws IOException {
    if (steps.isEmpty()) {
      return;
    }
    XYChart chart = new XYChartBuilder().width(800).height(500).title(title)
        .xAxisTitle("environment steps").yAxisTitle("episodic return").build();
    chart.getStyler().setLegendVisible(true);
    XYSeries raw = chart.addSeries("episode", steps, returns);
    raw.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
    raw.setMarker(SeriesMarkers.CIRCLE);
    List<Double> avg = new ArrayList<>();
    double sum = 0;
    for (int i = 0; i < returns.size(); i++) {
      sum += returns.get(i) - (i >= WINDOW ? returns.get(i - WINDOW) : 0);
      avg.add(sum / Math.min(i + 1, WINDOW));
    }
    chart.addSeries("mean of last " + WINDOW, steps, avg).setMarker(SeriesMarkers.NONE);
    Path tmp = png.resolveSibling("." + png.getFileName() + ".tmp.png");
    BitmapEncoder.saveBitmap(chart, tmp.toString(), BitmapEncoder.BitmapFormat.PNG);
    Files.move(tmp, png, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
  }
}
