package io.kairos.cli.report;

import io.kairos.cli.api.SpikeRaster;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.IChart;
import org.knowm.xchart.style.Styler;

/**
 * The report's charts, drawn with XChart and encoded as PNG bytes. AWT runs headless (no display
 * is needed or used), so the report can be written on a server or in CI.
 */
final class Charts {
  static {
    System.setProperty("java.awt.headless", "true");
  }

  static final int WIDTH = 600;
  static final int HEIGHT = 360;
  private static final Color[] COLOURS = {
    new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c), new Color(0x9467bd), new Color(0xff7f0e),
    new Color(0x17becf)
  };

  private Charts() {}

  /** One line per series over a shared x axis (e.g. epochs). */
  static byte[] lines(String title, String xTitle, String yTitle, double[] x, Map<String, double[]> series) {
    XYChart c = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title).xAxisTitle(xTitle).yAxisTitle(yTitle).build();
    style(c.getStyler());
    c.getStyler().setMarkerSize(6);
    for (var e : series.entrySet()) {
      c.addSeries(e.getKey(), x, e.getValue());
    }
    return png(c);
  }

  /** Grouped bars: one group per category, one bar per series. */
  static byte[] bars(String title, String xTitle, String yTitle, List<String> categories, Map<String, List<Double>> series) {
    CategoryChart c = new CategoryChartBuilder().width(WIDTH).height(HEIGHT).title(title).xAxisTitle(xTitle)
        .yAxisTitle(yTitle).build();
    style(c.getStyler());
    c.getStyler().setXAxisLabelRotation(categories.size() > 4 ? 30 : 0);
    for (var e : series.entrySet()) {
      c.addSeries(e.getKey(), categories, e.getValue());
    }
    return png(c);
  }

  /**
   * A histogram of integer values (e.g. decision steps) in {@code bins} equal bins over {@code [0,
   * max]}, one bar series per data set, counts as shares so that sets of different sizes compare.
   */
  static byte[] histogram(String title, String xTitle, Map<String, int[]> sets, int max, int bins) {
    int width = Math.max(1, (max + bins) / bins);
    List<String> labels = new ArrayList<>();
    for (int b = 0; b * width <= max; b++) {
      labels.add(b * width == max ? "none" : b * width + "-" + Math.min(max - 1, (b + 1) * width - 1));
    }
    CategoryChart c = new CategoryChartBuilder().width(WIDTH).height(HEIGHT).title(title).xAxisTitle(xTitle)
        .yAxisTitle("share of samples").build();
    style(c.getStyler());
    c.getStyler().setXAxisLabelRotation(45);
    c.getStyler().setOverlapped(false);
    for (var e : sets.entrySet()) {
      double[] counts = new double[labels.size()];
      for (int v : e.getValue()) {
        counts[v >= max ? labels.size() - 1 : Math.min(labels.size() - 2, v / width)]++;
      }
      List<Double> shares = new ArrayList<>();
      for (double n : counts) {
        shares.add(e.getValue().length == 0 ? 0 : n / e.getValue().length);
      }
      c.addSeries(e.getKey(), labels, shares);
    }
    return png(c);
  }

  /**
   * A spike raster: x = time step, y = neuron, the input at the bottom and each layer stacked
   * above it, one colour per layer.
   */
  static byte[] raster(String title, SpikeRaster r) {
    XYChart c = new XYChartBuilder().width(2 * WIDTH).height(HEIGHT + 180).title(title).xAxisTitle("time step")
        .yAxisTitle("neuron (input at the bottom, layers stacked)").build();
    style(c.getStyler());
    c.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
    c.getStyler().setMarkerSize(2);
    c.getStyler().setXAxisMin(0.0);
    c.getStyler().setXAxisMax((double) r.window());
    int offset = 0;
    for (SpikeRaster.Layer l : r.layers()) {
      double[] x = new double[l.steps().length];
      double[] y = new double[l.steps().length];
      for (int k = 0; k < x.length; k++) {
        x[k] = l.steps()[k];
        y[k] = offset + l.neurons()[k];
      }
      String name = l.name().substring(l.name().indexOf('/') + 1) + " (" + x.length + " of " + l.size() + " fired)";
      if (x.length == 0) { // XChart needs at least one point; draw an invisible one off the data
        x = new double[] {-1};
        y = new double[] {offset};
      }
      c.addSeries(name, x, y);
      offset += l.size();
    }
    c.getStyler().setYAxisMin(0.0);
    c.getStyler().setYAxisMax((double) offset);
    return png(c);
  }

  private static void style(Styler s) {
    s.setChartBackgroundColor(Color.WHITE);
    s.setSeriesColors(COLOURS);
    s.setLegendPosition(Styler.LegendPosition.OutsideS);
    s.setLegendLayout(Styler.LegendLayout.Horizontal);
    s.setAntiAlias(true);
  }

  private static byte[] png(IChart chart) {
    try {
      return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
