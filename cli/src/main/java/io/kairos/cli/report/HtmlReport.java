package io.kairos.cli.report;

import io.kairos.cli.chip.EnergySummary;
import io.kairos.compiler.deploy.fidelity.FidelityReport;
import io.kairos.compiler.deploy.fidelity.LayerFidelity;
import io.kairos.compiler.deploy.mapping.CoreUsage;
import io.kairos.compiler.run.AtomicFiles;
import io.kairos.runtime.gan.GanEpochMetrics;
import io.kairos.runtime.gan.GanStats;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Writes {@code report.html}: one self-contained page (every image inline as a base64 PNG data
 * URI, no script, no external resource) showing a GAN run, its deployment and its chip results
 * (docs/report.md lists the sections).
 */
public final class HtmlReport {
  private final ReportData d;
  private final StringBuilder html = new StringBuilder();

  private HtmlReport(ReportData d) {
    this.d = d;
  }

  /** Writes the report of {@code data} to {@code data.dir()/report.html} and returns its path. */
  public static Path write(ReportData data) throws IOException {
    Path file = data.dir().resolve(ReportData.REPORT);
    AtomicFiles.writeString(file, render(data));
    return file;
  }

  /** The page as text. */
  public static String render(ReportData data) {
    return new HtmlReport(data).page();
  }

  private String page() {
    String title = "Kairos report: " + d.model().name();
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>").append(esc(title))
        .append("</title>\n<style>\n")
        .append("body{font-family:sans-serif;max-width:1320px;margin:1em auto;padding:0 1em;color:#222}\n")
        .append("h1{font-size:1.6em}h2{border-bottom:1px solid #ccc;padding-bottom:.2em;margin-top:1.6em}\n")
        .append("table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #ccc;padding:.2em .6em;text-align:left}\n")
        .append("th{background:#f3f3f3}td.n{text-align:right;font-variant-numeric:tabular-nums}\n")
        .append("figure{display:inline-block;margin:.4em;vertical-align:top}figcaption{font-size:.85em;color:#555}\n")
        .append("pre{background:#f7f7f7;border:1px solid #ddd;padding:.6em;overflow-x:auto;font-size:.85em}\n")
        .append(".note{color:#555;font-size:.9em}img.grid,img.chip-grid{width:300px;image-rendering:pixelated}\n")
        .append("</style>\n</head>\n<body>\n");
    html.append("<h1>").append(esc(title)).append("</h1>\n");
    html.append("<p class=\"note\">Run folder <code>").append(esc(d.dir().toString())).append("</code>. ")
        .append("Chip figures come from the hardware model and are ESTIMATES (docs/hardware-model.md). ")
        .append("Regenerate with <code>kairos report ").append(esc(d.dir().toString())).append("</code>.</p>\n");
    summary();
    samples();
    curves();
    decisionHistogram();
    spikes();
    raster();
    energy();
    mapping();
    fidelity();
    source();
    html.append("</body>\n</html>\n");
    return html.toString();
  }

  private void summary() {
    html.append("<h2 id=\"summary\">Summary</h2>\n<table>\n");
    for (Summary.Row r : Summary.rows(d)) {
      html.append("<tr><th>").append(esc(r.what())).append("</th><td>").append(esc(r.value())).append("</td></tr>\n");
    }
    html.append("</table>\n");
  }

  private void samples() {
    html.append("<h2 id=\"samples\">Generated digits</h2>\n<p class=\"note\">The same 64 noise vectors after every epoch "
        + "(float runtime). Real MNIST digits are white strokes on black.</p>\n");
    for (int i = 0; i < d.metrics().size(); i++) {
      byte[] png = d.grids().get(i);
      if (png != null) {
        figure(png, "grid", "sample grid after epoch " + d.metrics().get(i).epoch(), "epoch " + d.metrics().get(i).epoch());
      }
    }
    if (d.chipGrid() != null) {
      figure(d.chipGrid(), "chip-grid", "digits generated on the chip model", "generated on the " + d.chip()
          + " model (" + (d.generatorChip() == null ? "" : d.generatorChip().inputs()) + ")");
    }
  }

  private void curves() {
    html.append("<h2 id=\"training\">Training curves</h2>\n");
    double[] x = d.metrics().stream().mapToDouble(GanEpochMetrics::epoch).toArray();
    Map<String, double[]> loss = new LinkedHashMap<>();
    loss.put("D loss", series(m -> m.stats().dLoss()));
    loss.put("G loss", series(m -> m.stats().gLoss()));
    figure(Charts.lines("Losses", "epoch", "loss", x, loss), "loss curves", "D and G losses after each epoch");
    Map<String, double[]> acc = new LinkedHashMap<>();
    acc.put("D accuracy on real digits", series(m -> 100 * m.stats().dAccuracyReal()));
    acc.put("D accuracy on generated digits", series(m -> 100 * m.stats().dAccuracyFake()));
    acc.put("G black pixels", series(m -> 100 * m.stats().silentPixelShare()));
    figure(Charts.lines("Discriminator accuracy (strict rule)", "epoch", "%", x, acc), "D accuracy curves",
        "D accuracy (the correct output alone fires first), and the share of G's pixels that stay black");
    Map<String, double[]> dec = new LinkedHashMap<>();
    dec.put("real digits", series(m -> m.stats().decisionTimeReal()));
    dec.put("generated digits", series(m -> m.stats().decisionTimeFake()));
    figure(Charts.lines("D decision step", "epoch", "time step of D's first output spike", x, dec), "decision time curves",
        "mean step of D's first output spike (the window when none fired)");
  }

  private void decisionHistogram() {
    html.append("<h2 id=\"decisions\">Decision time</h2>\n");
    if (d.realChip() == null || d.generatedChip() == null) {
      html.append("<p class=\"note\">No chip results in this run folder (<code>kairos demo</code> writes them).</p>\n");
      return;
    }
    Map<String, int[]> sets = new LinkedHashMap<>();
    sets.put("real test digits", d.realChip().decisionSteps());
    sets.put("digits G drew on the chip", d.generatedChip().decisionSteps());
    figure(Charts.histogram("D's decision step on the " + d.chip() + " model", "time step of the first output spike", sets,
        d.model().window(), 16), "decision-time histogram",
        "when D's first output spike leaves the chip; 'none' = no output spike in the window");
  }

  private void spikes() {
    html.append("<h2 id=\"spikes\">Spikes per layer</h2>\n");
    GanStats s = d.last().stats();
    List<String> layers = new ArrayList<>();
    List<Double> all = new ArrayList<>();
    List<Double> before = new ArrayList<>();
    s.gSpikes().forEach((k, v) -> {
      layers.add("G " + k);
      all.add(v);
      before.add(v);
    });
    s.dSpikes().forEach((k, v) -> {
      layers.add("D " + k);
      all.add(v);
      before.add(s.dSpikesBeforeDecision().getOrDefault(k, v));
    });
    Map<String, List<Double>> series = new LinkedHashMap<>();
    series.put("whole window", all);
    series.put("up to D's decision", before);
    figure(Charts.bars("Spikes per inference (float, after epoch " + d.last().epoch() + ")", "layer", "spikes", layers, series),
        "spikes per layer", "mean spikes per generated digit (G) and per D inference; G's counts are whole-window");
  }

  private void raster() {
    html.append("<h2 id=\"raster\">Spike raster of one generated digit</h2>\n");
    if (d.generatorChip() == null || d.generatorChip().raster() == null) {
      html.append("<p class=\"note\">No chip results in this run folder.</p>\n");
      return;
    }
    figure(Charts.raster("Generator on the " + d.chip() + " model, noise sample 0", d.generatorChip().raster()),
        "spike raster", "every spike of G for one noise vector: noise input, hidden layer, pixels (each fires at most once)");
  }

  private void energy() {
    html.append("<h2 id=\"energy\">Energy on the chip (ESTIMATE)</h2>\n");
    List<ChipRecord> recs = new ArrayList<>();
    if (d.generatorChip() != null) {
      recs.add(d.generatorChip());
    }
    if (d.realChip() != null) {
      recs.add(d.realChip());
    }
    if (recs.isEmpty()) {
      html.append("<p class=\"note\">No chip results in this run folder.</p>\n");
      return;
    }
    List<String> kinds = recs.get(0).energy().byKind().stream().map(EnergySummary.KindMean::kind)
        .filter(k -> recs.stream().anyMatch(r -> kindUj(r, k) > 0)).toList();
    Map<String, List<Double>> byKind = new LinkedHashMap<>();
    for (ChipRecord r : recs) {
      byKind.put(r.network() + " (per inference)", kinds.stream().map(k -> kindUj(r, k)).toList());
    }
    figure(Charts.bars("Dynamic energy by operation", "operation", "uJ per inference", kinds, byKind), "energy breakdown",
        "where the dynamic energy goes (operations that cost nothing here are left out); static energy is static power x latency");
    List<String> layers = new ArrayList<>();
    List<Double> synaptic = new ArrayList<>();
    List<Double> compartments = new ArrayList<>();
    List<Double> spikesUj = new ArrayList<>();
    for (ChipRecord r : recs) {
      for (EnergySummary.GroupMean g : r.energy().byLayer()) {
        layers.add(g.name());
        synaptic.add(g.synapticUj());
        compartments.add(g.compartmentsUj());
        spikesUj.add(g.spikesUj());
      }
    }
    Map<String, List<Double>> byLayer = new LinkedHashMap<>();
    byLayer.put("synaptic", synaptic);
    byLayer.put("compartment updates", compartments);
    byLayer.put("spikes", spikesUj);
    figure(Charts.bars("Dynamic energy by layer", "layer", "uJ per inference", layers, byLayer), "energy by layer",
        "each layer's dynamic energy per inference of its network, by what it is spent on");
    html.append("<table>\n<tr><th>network</th><th>inputs</th><th>time steps</th><th>cycles</th><th>latency us</th>"
        + "<th>dynamic uJ</th><th>static uJ</th><th>total uJ</th></tr>\n");
    for (ChipRecord r : recs) {
      EnergySummary e = r.energy();
      html.append("<tr><td>").append(esc(r.network())).append("</td><td>").append(esc(r.inputs())).append("</td>")
          .append(num("%.0f", e.steps())).append(num("%.0f", e.cycles())).append(num("%.2f", e.latencyUs()))
          .append(num("%.4f", e.dynamicUj())).append(num("%.4f", e.staticUj())).append(num("%.4f", e.totalUj()))
          .append("</tr>\n");
    }
    html.append("</table>\n<p class=\"note\">").append(esc(String.join(" ", recs.get(0).energy().assumptions())))
        .append("</p>\n");
  }

  private void mapping() {
    html.append("<h2 id=\"mapping\">Mapping onto cores</h2>\n");
    if (d.deployments().isEmpty()) {
      html.append("<p class=\"note\">Not deployed (run <code>kairos deploy RUN_DIR --out RUN_DIR/deploy</code>).</p>\n");
      return;
    }
    for (ReportData.Deployment dep : d.deployments()) {
      var m = dep.mapping();
      html.append(String.format(Locale.ROOT, "<p><code>%s</code> on %s: %d core(s) on %d chip(s), %d compartments, %d "
          + "synapses (%d of them self-inhibitory, the fire-once mechanism), %d input axons.</p>%n",
          esc(d.dir().relativize(dep.dir()).toString()), esc(m.chipSpec()), m.cores(), m.chips(), m.compartments(),
          m.synapses(), m.fireOnceSynapses(), m.inputAxons()));
      html.append("<table>\n<tr><th>chip</th><th>core</th><th>layer</th><th>neurons</th><th>synapses</th>"
          + "<th>compartments used</th><th>synapse memory used</th><th>input axons used</th></tr>\n");
      for (CoreUsage c : m.perCore()) {
        html.append("<tr>").append(num("%d", c.chip())).append(num("%d", c.core())).append("<td>").append(esc(c.layer()))
            .append("</td>").append(String.format(Locale.ROOT, "<td class=\"n\">%d-%d</td>", c.first(),
                c.first() + c.compartments() - 1))
            .append(num("%d", c.synapses())).append(num("%.1f%%", 100 * c.compartmentUtilisation()))
            .append(num("%.1f%%", 100 * c.synapseMemoryUtilisation())).append(num("%.1f%%", 100 * c.inputAxonUtilisation()))
            .append("</tr>\n");
      }
      html.append("</table>\n");
    }
  }

  private void fidelity() {
    html.append("<h2 id=\"fidelity\">Fidelity: float runtime vs fixed point</h2>\n");
    if (d.fidelityReports().isEmpty()) {
      html.append("<p class=\"note\">Not measured.</p>\n");
      return;
    }
    html.append("<p class=\"note\">The fixed-point reference is bit-exact with the hardware model "
        + "(docs/quantisation.md). Inputs: ");
    html.append(esc(String.join("; ", d.deployments().stream().filter(x -> x.fidelity() != null)
        .map(x -> x.fidelity().samples()).toList()))).append(".</p>\n");
    html.append("<table>\n<tr><th>network</th><th>layer</th><th>identical spike times</th><th>mean |dt| (steps)</th>"
        + "<th>fired, float</th><th>fired, fixed</th></tr>\n");
    for (FidelityReport r : d.fidelityReports()) {
      for (LayerFidelity l : r.layers()) {
        html.append("<tr><td>").append(esc(r.network())).append("</td><td>").append(esc(l.layer())).append("</td>")
            .append(num("%.2f%%", 100 * l.identicalShare())).append(num("%.4f", l.meanAbsDifference()))
            .append(num("%.2f%%", 100 * l.floatFiredShare())).append(num("%.2f%%", 100 * l.fixedFiredShare()))
            .append("</tr>\n");
      }
    }
    html.append("</table>\n");
    for (var dep : d.deployments()) {
      if (dep.fidelity() == null) {
        continue;
      }
      for (var g : dep.fidelity().generators()) {
        html.append("<p>Generator ").append(esc(g.network())).append(", ").append(g.samples())
            .append(" digits on the same noise: FD ").append(esc(String.format(java.util.Locale.ROOT,
                "%.2f in float, %.2f in fixed point (%+.1f%%)", g.floatFd(), g.fixedFd(), g.changePercent())))
            .append(" (docs/quality.md).</p>\n");
      }
    }
  }

  private void source() {
    html.append("<h2 id=\"source\">Model source</h2>\n<p class=\"note\">")
        .append(d.sourceIsDsl() ? "The .snn file the run was trained from." : "The run's IR (model.json); the .snn source was not saved with it.")
        .append("</p>\n<pre>").append(esc(d.source())).append("</pre>\n");
  }

  private static double kindUj(ChipRecord r, String kind) {
    return r.energy().byKind().stream().filter(x -> x.kind().equals(kind)).mapToDouble(EnergySummary.KindMean::energyUj).sum();
  }

  private double[] series(ToDoubleFunction<GanEpochMetrics> f) {
    return d.metrics().stream().mapToDouble(f).toArray();
  }

  private void figure(byte[] png, String alt, String caption) {
    figure(png, "chart", alt, caption);
  }

  private void figure(byte[] png, String cls, String alt, String caption) {
    html.append("<figure><img class=\"").append(cls).append("\" alt=\"").append(esc(alt)).append("\" src=\"data:image/png;base64,")
        .append(Base64.getEncoder().encodeToString(png)).append("\"><figcaption>").append(esc(caption))
        .append("</figcaption></figure>\n");
  }

  private static String num(String fmt, Object v) {
    return "<td class=\"n\">" + String.format(Locale.ROOT, fmt, v) + "</td>";
  }

  static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
