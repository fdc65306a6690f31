package io.kairos.runtime.quality;

/** The classifier-based sample metrics that need only the class probabilities. */
final class ClassStatistics {
  private ClassStatistics() {}

  /**
   * {@code exp(E_x KL(p(y|x) || p(y)))} with {@code p(y)} the mean of {@code p(y|x)} over the
   * samples: 1 when every sample looks alike, 10 when samples are confidently classified and all
   * classes are equally frequent.
   */
  static double classifierScore(float[][] probs) {
    int classes = probs[0].length;
    double[] marginal = new double[classes];
    for (float[] p : probs) {
      for (int k = 0; k < classes; k++) {
        marginal[k] += p[k];
      }
    }
    for (int k = 0; k < classes; k++) {
      marginal[k] /= probs.length;
    }
    double klSum = 0;
    for (float[] p : probs) {
      for (int k = 0; k < classes; k++) {
        if (p[k] > 0) {
          klSum += p[k] * (Math.log(p[k]) - Math.log(marginal[k]));
        }
      }
    }
    return Math.exp(klSum / probs.length);
  }

  /**
   * Share of samples whose top class probability is at least {@code threshold}, compared in float
   * (the classifier's precision), so that a probability printed as 0.9 counts as 0.9.
   */
  static double confidentShare(float[][] probs, double threshold) {
    float bound = (float) threshold;
    int confident = 0;
    for (float[] p : probs) {
      if (p[EvaluationClassifier.argmax(p)] >= bound) {
        confident++;
      }
    }
    return (double) confident / probs.length;
  }

  /** Share of samples whose top class is each class. */
  static double[] classShares(float[][] probs) {
    double[] shares = new double[probs[0].length];
    for (float[] p : probs) {
      shares[EvaluationClassifier.argmax(p)] += 1.0 / probs.length;
    }
    return shares;
  }
}
