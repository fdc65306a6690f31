package io.kairos.cli.runtime;

import io.kairos.runtime.gan.GanEpochMetrics;
import io.kairos.runtime.gan.GanListener;
import io.kairos.runtime.gan.GanStats;
import java.io.PrintWriter;
import java.util.Locale;

/** Prints GAN training progress (plain lines, every quarter epoch) and one summary line per epoch. */
public final class GanProgressPrinter implements GanListener {
  private final PrintWriter out;
  private final int epochs;
  private final String prefix;
  private int lastQuarter = -1;

  public GanProgressPrinter(PrintWriter out, int epochs, String prefix) {
    this.out = out;
    this.epochs = epochs;
    this.prefix = prefix;
  }

  @Override
  public void progress(int epoch, int step, int steps, double samplesPerSecond) {
    int quarter = (int) (4L * step / steps);
    if (quarter != lastQuarter && step < steps) {
      lastQuarter = quarter;
      out.println(String.format(Locale.ROOT, "%sepoch %d/%d step %d/%d  %.0f samples/s", prefix, epoch, epochs, step,
          steps, samplesPerSecond));
      out.flush();
    }
  }

  @Override
  public void epochDone(GanEpochMetrics m) {
    lastQuarter = -1;
    out.println(prefix + summary(m, epochs));
    out.flush();
  }

  public static String summary(GanEpochMetrics m, int epochs) {
    GanStats s = m.stats();
    String q = m.quality() == null ? "" : String.format(Locale.ROOT, "  FD %.1f score %.2f confident %.1f%% min class %.1f%%",
        m.quality().frechetDistance(), m.quality().classifierScore(), 100 * m.quality().confidentShare(),
        100 * m.quality().minClassShare());
    return String.format(Locale.ROOT,
        "epoch %d/%d: %.1f s (%.0f samples/s)  D acc real %.1f%% fake %.1f%%  D loss %.4f G loss %.4f  decision %.1f  "
            + "G black %.1f%%  redrawn %s%s",
        m.epoch(), epochs, m.trainSeconds(), m.samplesPerSecond(), 100 * s.dAccuracyReal(), 100 * s.dAccuracyFake(),
        s.dLoss(), s.gLoss(), s.decisionTime(), 100 * s.silentPixelShare(), m.redrawn(), q);
  }
}
