package io.kairos.runtime.gan;

import java.util.Map;

/**
 * One line of a GAN run's {@code metrics.jsonl} (docs/gan.md, "Run folder").
 *
 * @param epoch 1-based epoch number
 * @param trainSeconds wall time of the epoch's training steps
 * @param samplesPerSecond training throughput: samples through D in D steps plus samples through G
 *     and D in G steps, per second
 * @param updatesPerSecond optimizer updates of D and G per second
 * @param stats inference figures after the epoch ({@link GanStats})
 * @param redrawn dead hidden neurons re-drawn after the epoch, by "network.population"
 * @param quality sample quality after the epoch, or null when not measured
 */
public record GanEpochMetrics(
    int epoch,
    double trainSeconds,
    double samplesPerSecond,
    double updatesPerSecond,
    GanStats stats,
    Map<String, Integer> redrawn,
    QualityLine quality) {

  /** Sample quality of 2,000 generated digits (docs/quality.md). */
  public record QualityLine(int samples, double frechetDistance, double realFloor, double classifierScore,
      double confidentShare, double minClassShare, double[] classShares) {
    public static QualityLine of(io.kairos.runtime.quality.QualityReport r) {
      return new QualityLine(r.samples(), r.frechetDistance(), r.realFloor(), r.classifierScore(), r.confidentShare(),
          r.minClassShare(), r.classShares());
    }
  }
}
