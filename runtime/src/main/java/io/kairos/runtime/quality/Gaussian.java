package io.kairos.runtime.quality;

/**
 * A Gaussian fit (mean and unbiased covariance) of feature vectors.
 *
 * @param mean the sample mean, length d
 * @param covariance the sample covariance with the 1/(n-1) normalisation, d x d
 */
public record Gaussian(double[] mean, double[][] covariance) {

  /** Fits {@code rows} (n vectors of length d, n >= 2). */
  public static Gaussian fit(double[][] rows) {
    int n = rows.length;
    if (n < 2) {
      throw new IllegalArgumentException("a Gaussian fit needs at least 2 samples, got " + n);
    }
    int d = rows[0].length;
    double[] mean = new double[d];
    for (double[] r : rows) {
      for (int k = 0; k < d; k++) {
        mean[k] += r[k];
      }
    }
    for (int k = 0; k < d; k++) {
      mean[k] /= n;
    }
    double[][] cov = new double[d][d];
    double[] centred = new double[d];
    for (double[] r : rows) {
      for (int k = 0; k < d; k++) {
        centred[k] = r[k] - mean[k];
      }
      for (int i = 0; i < d; i++) {
        double ci = centred[i];
        double[] row = cov[i];
        for (int j = i; j < d; j++) {
          row[j] += ci * centred[j];
        }
      }
    }
    for (int i = 0; i < d; i++) {
      for (int j = i; j < d; j++) {
        cov[i][j] /= (n - 1);
        cov[j][i] = cov[i][j];
      }
    }
    return new Gaussian(mean, cov);
  }
}
