package io.kairos.cli.demo;

import io.kairos.cli.runtime.GanProgressPrinter;
import io.kairos.runtime.gan.GanEpochMetrics;
import io.kairos.runtime.gan.GanListener;
import io.kairos.runtime.gan.GanStats;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * GAN training progress for the demo: a redrawn bar on a terminal, {@code kairos train}'s plain
 * lines otherwise; after each epoch the training summary line plus spikes per inference.
 */
final class DemoProgress implements GanListener {
  private static final int BAR = 24;
  private final PrintWriter out;
  private final boolean terminal;
  private final int epochs;
  private final GanProgressPrinter plain;

  DemoProgress(PrintWriter out, boolean terminal, int epochs) {
    this.out = out;
    this.terminal = terminal;
    this.epochs = epochs;
    this.plain = new GanProgressPrinter(out, epochs, "  ");
  }

  @Override
  public void progress(int epoch, int step, int steps, double samplesPerSecond) {
    if (!terminal) {
      plain.progress(epoch, step, steps, samplesPerSecond);
      return;
    }
    int fill = (int) ((long) BAR * step / Math.max(1, steps));
    out.print(String.format(Locale.ROOT, "\r  epoch %d/%d [%s%s] %d/%d steps  %.0f samples/s", epoch, epochs,
        "#".repeat(fill), ".".repeat(BAR - fill), step, steps, samplesPerSecond));
    out.flush();
  }

  @Override
  public void epochDone(GanEpochMetrics m) {
    if (terminal) {
      out.print("\r\033[K");
    }
    GanStats s = m.stats();
    out.println("  " + GanProgressPrinter.summary(m, epochs)
        + String.format(Locale.ROOT, "  spikes G %.0f D %.0f", GanStats.total(s.gSpikes()), GanStats.total(s.dSpikes())));
    out.flush();
  }
}
