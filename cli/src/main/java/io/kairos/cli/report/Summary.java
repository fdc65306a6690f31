package io.kairos.cli.report;

import io.kairos.cli.chip.EnergySummary;
import io.kairos.compiler.deploy.fidelity.FidelityReport;
import io.kairos.runtime.engine.GanLearner;
import io.kairos.runtime.gan.GanEpochMetrics;
import io.kairos.runtime.gan.GanStats;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The headline figures of a run as (what, value) rows: printed at the end of {@code kairos demo}
 * and shown at the top of the report, so the two always agree.
 */
public final class Summary {
  private Summary() {}

  /** One row: what is measured, and the value. */
  public record Row(String what, String value) {}

  public static List<Row> rows(ReportData d) {
    List<Row> rows = new ArrayList<>();
    GanEpochMetrics last = d.last();
    GanStats s = last.stats();
    double seconds = d.metrics().stream().mapToDouble(GanEpochMetrics::trainSeconds).sum();
    rows.add(new Row("training", String.format(Locale.ROOT, "%d epoch(s), %.0f s of training steps; %s",
        last.epoch(), seconds, d.data())));
    rows.add(new Row("D accuracy, float (real / generated)", String.format(Locale.ROOT, "%.1f%% / %.1f%%  (strict rule)",
        100 * s.dAccuracyReal(), 100 * s.dAccuracyFake())));
    if (d.realChip() != null && d.generatedChip() != null) {
      rows.add(new Row("D accuracy, " + d.chip() + " model (real / generated)", String.format(Locale.ROOT,
          "%.1f%% / %.1f%%  (%d test digits / %d digits G drew on the chip)", 100 * strict(d.realChip(), GanLearner.REAL),
          100 * strict(d.generatedChip(), GanLearner.FAKE), d.realChip().perSample().size(),
          d.generatedChip().perSample().size())));
    }
    String chipDecision = d.realChip() == null || d.generatedChip() == null ? ""
        : String.format(Locale.ROOT, "; %s model %.1f / %.1f", d.chip(), mean(d.realChip().decisionSteps()),
            mean(d.generatedChip().decisionSteps()));
    rows.add(new Row("D decision step, mean (real / generated)", String.format(Locale.ROOT, "float %.1f / %.1f%s (window %d)",
        s.decisionTimeReal(), s.decisionTimeFake(), chipDecision, d.model().window())));
    rows.add(new Row("spikes per inference, float", String.format(Locale.ROOT, "G %.0f, D %.0f",
        GanStats.total(s.gSpikes()), GanStats.total(s.dSpikes()))));
    GanEpochMetrics.QualityLine q = lastQuality(d);
    if (q != null) {
      rows.add(new Row("quality (" + q.samples() + " digits, evaluation classifier)", String.format(Locale.ROOT,
          "FD %.1f (real-vs-real floor %.2f), classifier score %.2f, confident %.1f%%, classes %s", q.frechetDistance(),
          q.realFloor(), q.classifierScore(), 100 * q.confidentShare(), classes(q.classShares()))));
    } else {
      rows.add(new Row("quality", "not measured (run `kairos quality RUN_DIR`)"));
    }
    if (d.generatorChip() != null) {
      rows.add(new Row("per generated digit on " + d.chip(), cost(d.generatorChip().energy())));
    }
    if (d.realChip() != null) {
      rows.add(new Row("per D verdict on " + d.chip(), cost(d.realChip().energy())));
    }
    if (!d.deployments().isEmpty()) {
      var byNet = d.cores().stream()
          .collect(Collectors.groupingBy(c -> c.layer().split("/")[0], java.util.TreeMap::new, Collectors.counting()));
      rows.add(new Row("cores used on " + d.chip(), String.format(Locale.ROOT, "%d: %s", d.cores().size(),
          byNet.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")))));
    }
    if (!d.fidelityReports().isEmpty()) {
      rows.add(new Row("fidelity, float vs fixed point (= chip)", d.fidelityReports().stream()
          .map(Summary::fidelity)
          .collect(Collectors.joining("; "))));
    }
    return rows;
  }

  /**
   * One network's float-vs-chip agreement: for a network that decides (a classifier, a
   * discriminator) the decisions first, since its losing outputs' times may move without changing
   * them (docs/quantisation.md, "Fidelity report").
   */
  static String fidelity(FidelityReport r) {
    String times = String.format(Locale.ROOT, "%.1f%% identical output times", 100 * r.outputIdenticalShare());
    if (r.decisionAgreement() == null) {
      return r.network() + " " + times;
    }
    return String.format(Locale.ROOT, "%s %.1f%% same decisions (%s)", r.network(), 100 * r.decisionAgreement(), times);
  }

  /** The rows as an aligned two-column table. */
  public static String toText(List<Row> rows) {
    int w = rows.stream().mapToInt(r -> r.what().length()).max().orElse(0);
    var sb = new StringBuilder();
    for (Row r : rows) {
      sb.append(String.format(Locale.ROOT, "  %-" + w + "s  %s%n", r.what(), r.value()));
    }
    return sb.toString();
  }

  static GanEpochMetrics.QualityLine lastQuality(ReportData d) {
    for (int i = d.metrics().size() - 1; i >= 0; i--) {
      if (d.metrics().get(i).quality() != null) {
        return d.metrics().get(i).quality();
      }
    }
    return null;
  }

  static double strict(ChipRecord r, int label) {
    return r.perSample().isEmpty() ? 0
        : (double) r.perSample().stream().filter(x -> x.strictlyDecides(label)).count() / r.perSample().size();
  }

  static double mean(int[] xs) {
    return java.util.Arrays.stream(xs).average().orElse(0);
  }

  private static String cost(EnergySummary e) {
    return String.format(Locale.ROOT, "%.0f time steps, %.0f cycles, %.2f us, %.3f uJ (dynamic %.3f + static %.3f) ESTIMATE",
        e.steps(), e.cycles(), e.latencyUs(), e.totalUj(), e.dynamicUj(), e.staticUj());
  }

  private static String classes(double[] shares) {
    var sb = new StringBuilder();
    int covered = 0;
    for (int k = 0; k < shares.length; k++) {
      if (shares[k] >= 0.05) {
        covered++;
      }
      if (shares[k] >= 0.005) {
        sb.append(sb.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%d: %.0f%%", k, 100 * shares[k]));
      }
    }
    return covered + "/" + shares.length + " with >= 5% (" + sb + ")";
  }

}
