package io.kairos.runtime.quality;

import java.util.Locale;

/**
 * Sample quality of a set of generated digits, by the reference protocol (spiking-gan.md section
 * 4, restated in docs/quality.md).
 *
 * @param samples number of generated digits measured
 * @param frechetDistance FD between the generated digits' features and the held-out real digits'
 * @param realFloor FD between two disjoint sets of real digits of the same size: the best a
 *     generator can hope for with this many samples
 * @param classifierScore {@code exp(E_x KL(p(y|x) || p(y)))}, in [1, 10]
 * @param confidentShare share of digits whose top class probability is at least {@link
 *     #CONFIDENT}
 * @param classShares share of digits whose top class is each digit 0..9
 */
public record QualityReport(
    int samples,
    double frechetDistance,
    double realFloor,
    double classifierScore,
    double confidentShare,
    double[] classShares) {

  /** The probability at which a classification counts as confident. */
  public static final double CONFIDENT = 0.9;

  /** The smallest class share: the coverage of the least generated digit. */
  public double minClassShare() {
    double min = 1;
    for (double s : classShares) {
      min = Math.min(min, s);
    }
    return min;
  }

  /** A few aligned lines for a terminal. */
  public String toText() {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "samples            %d%n", samples));
    sb.append(String.format(Locale.ROOT, "FD                 %.2f   (real-vs-real floor %.2f)%n", frechetDistance, realFloor));
    sb.append(String.format(Locale.ROOT, "classifier score   %.3f  (max 10)%n", classifierScore));
    sb.append(String.format(Locale.ROOT, "confident (>=%.1f)  %.1f%%%n", CONFIDENT, 100 * confidentShare));
    sb.append("coverage           ");
    for (int k = 0; k < classShares.length; k++) {
      sb.append(String.format(Locale.ROOT, "%d:%.1f%% ", k, 100 * classShares[k]));
    }
    sb.append(String.format(Locale.ROOT, "%n                   least-generated class %.1f%%%n", 100 * minClassShare()));
    return sb.toString();
  }
}
