package io.kairos.runtime.quality;

/**
 * Measures generated digits against real ones with an {@link EvaluationClassifier}.
 *
 * <p>The held-out real digits are embedded once; each call embeds only the generated digits. The
 * real-vs-real floor compares {@code floorReal} (real digits the generator was trained on, the same
 * count as the held-out set) with the held-out set, so it shows the FD that two honest samples of
 * real digits of this size already have.
 */
public final class SampleQuality {
  private final EvaluationClassifier classifier;
  private final Gaussian heldOut;
  private final double realFloor;

  /**
   * @param heldOutReal real digits not used for training the generator ({@code n * 784} in [0,1])
   * @param floorReal other real digits, for the real-vs-real floor
   */
  public SampleQuality(EvaluationClassifier classifier, float[] heldOutReal, float[] floorReal) {
    this.classifier = classifier;
    this.heldOut = Gaussian.fit(classifier.apply(heldOutReal).features());
    this.realFloor = FrechetDistance.between(Gaussian.fit(classifier.apply(floorReal).features()), heldOut);
  }

  /** Quality of {@code generated} ({@code n * 784} intensities in [0, 1], n >= 2). */
  public QualityReport measure(float[] generated) {
    EvaluationClassifier.Outputs out = classifier.apply(generated);
    float[][] p = out.probabilities();
    return new QualityReport(
        p.length,
        FrechetDistance.between(Gaussian.fit(out.features()), heldOut),
        realFloor,
        ClassStatistics.classifierScore(p),
        ClassStatistics.confidentShare(p, QualityReport.CONFIDENT),
        ClassStatistics.classShares(p));
  }
}
