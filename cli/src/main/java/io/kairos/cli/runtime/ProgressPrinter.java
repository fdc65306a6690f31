package io.kairos.cli.runtime;

import io.kairos.runtime.train.EpochMetrics;
import io.kairos.runtime.train.TrainingListener;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Prints training progress: a redrawn bar on a terminal, plain lines (every tenth of an epoch)
 * when output goes to a file or pipe; then one summary line per epoch.
 */
final class ProgressPrinter implements TrainingListener {
  private final PrintWriter out;
  private final boolean terminal;
  private final int epochs;
  private int lastTenth = -1;

  ProgressPrinter(PrintWriter out, boolean terminal, int epochs) {
    this.out = out;
    this.terminal = terminal;
    this.epochs = epochs;
  }

  @Override
  public void progress(int epoch, int done, int total, double imagesPerSecond, double runningAccuracy) {
    String text = String.format(Locale.ROOT, "epoch %d/%d %s %d/%d  %.0f img/s  running accuracy %.1f%%",
        epoch, epochs, bar(done, total), done, total, imagesPerSecond, 100 * runningAccuracy);
    if (terminal) {
      out.print("\r" + text);
      out.flush();
      return;
    }
    int tenth = (int) (10L * done / total);
    if (tenth != lastTenth || done == total) {
      lastTenth = tenth;
      out.println(text);
      out.flush();
    }
  }

  @Override
  public void epochDone(EpochMetrics m) {
    if (terminal) {
      out.print("\r\033[K");
    }
    lastTenth = -1;
    out.println(summary(m, epochs));
    out.flush();
  }

  static String summary(EpochMetrics m, int epochs) {
    return String.format(Locale.ROOT,
        "epoch %d/%d  train %.2f%% / %.2f%%  test %.2f%% / %.2f%% (S4NN rule / strict)  decision %.1f steps  spikes/image %s  %.0f img/s%s",
        m.epoch(), epochs, 100 * m.trainAccuracy(), 100 * m.trainAccuracyStrict(), 100 * m.testAccuracy(),
        100 * m.testAccuracyStrict(), m.meanDecisionTime(), spikes(m.spikesPerImage()), m.imagesPerSecond(),
        redrawn(m.redrawn()));
  }

  static String spikes(Map<String, Double> s) {
    return s.entrySet().stream()
        .map(e -> String.format(Locale.ROOT, "%s %.1f", e.getKey(), e.getValue()))
        .collect(Collectors.joining(", ", "[", "]"));
  }

  private static String redrawn(Map<String, Integer> r) {
    int n = r.values().stream().mapToInt(Integer::intValue).sum();
    return n == 0 ? "" : "  re-drawn " + n + " dead";
  }

  private static String bar(int done, int total) {
    int width = 20;
    int fill = (int) ((long) width * done / total);
    return "[" + "#".repeat(fill) + ".".repeat(width - fill) + "]";
  }
}
