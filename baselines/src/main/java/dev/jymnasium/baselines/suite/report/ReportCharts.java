package dev.jymnasium.baselines.suite.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** The report's PNG charts, drawn with XChart (headless java.awt). */
final class ReportCharts {
  private static final int WIDTH = 800;
  private static final int HEIGHT = 450;
  private static final BasicStroke DASHED =
      new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f}, 0f);

  /**
   * A line with an optional band ({@code low}/{@code high} may be {@code null}).
   *
   * @param name legend entry
   * @param x abscissae
   * @param y values
   * @param low lower end of the band at each x, or {@code null}
   * @param high upper end of the band at each x, or {@code null}
   */
  record Line(String name, double[] x, double[] y, double[] low, double[] high) {}

  private ReportCharts() {}

  /**
   * One horizontal interval per label (the point estimate marked), one row per label.
   *
   * @param xRange fixed x axis ends ({@code {min, max}}), or {@code null} to fit the data
   */
  static void intervals(
      Path png,
      String title,
      String xLabel,
      List<String> labels,
      List<Interval> intervals,
      double[] xRange)
      throws IOException {
    XYChart chart = chart(title, xLabel, "");
    if (xRange != null) {
      chart.getStyler().setXAxisMin(xRange[0]);
      chart.getStyler().setXAxisMax(xRange[1]);
    }
    chart.getStyler().setYAxisTicksVisible(false);
    chart.getStyler().setYAxisMin(-1.0);
    chart.getStyler().setYAxisMax((double) labels.size());
    for (int i = 0; i < labels.size(); i++) {
      Interval v = intervals.get(i);
      double row = labels.size() - 1 - i;
      XYSeries s =
          chart.addSeries(
              labels.get(i),
              new double[] {v.low(), v.value(), v.high()},
              new double[] {row, row, row});
      s.setMarker(SeriesMarkers.DIAMOND);
      s.setLineWidth(3f);
    }
    save(chart, png);
  }

  /** Lines against a shared x axis, each with its band drawn as two dashed lines. */
  static void lines(Path png, String title, String xLabel, String yLabel, List<Line> lines)
      throws IOException {
    XYChart chart = chart(title, xLabel, yLabel);
    Color[] colours = chart.getStyler().getSeriesColors();
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      Color c = colours[i % colours.length];
      XYSeries s = chart.addSeries(l.name(), l.x(), l.y());
      s.setMarker(SeriesMarkers.NONE);
      s.setLineColor(c);
      if (l.low() != null) {
        band(chart, l.name() + " low", l.x(), l.low(), c);
        band(chart, l.name() + " high", l.x(), l.high(), c);
      }
    }
    save(chart, png);
  }

  private static void band(XYChart chart, String name, double[] x, double[] y, Color c) {
    XYSeries s = chart.addSeries(name, x, y);
    s.setMarker(SeriesMarkers.NONE);
    s.setLineColor(c);
    s.setLineStyle(DASHED);
    s.setShowInLegend(false);
  }

  private static XYChart chart(String title, String xLabel, String yLabel) {
    XYChart chart =
        new XYChartBuilder()
            .width(WIDTH)
            .height(HEIGHT)
            .title(title)
            .xAxisTitle(xLabel)
            .yAxisTitle(yLabel)
            .build();
    chart.getStyler().setLegendVisible(true);
    chart.getStyler().setChartBackgroundColor(Color.WHITE);
    // short tick labels: evenly spaced ticks otherwise print as -0.800000000000011
    chart.getStyler().setXAxisDecimalPattern("#,##0.###");
    chart.getStyler().setYAxisDecimalPattern("#,##0.###");
    return chart;
  }

  private static void save(XYChart chart, Path png) throws IOException {
    BitmapEncoder.saveBitmap(chart, png.toString(), BitmapEncoder.BitmapFormat.PNG);
  }
}
