package io.kairos.runtime.quality;

/**
 * Frechet distance between two Gaussians, the FID formula applied to our own classifier's features:
 * {@code FD = |m1 - m2|^2 + Tr(C1) + Tr(C2) - 2 Tr((C1 C2)^(1/2))}.
 *
 * <p>{@code Tr((C1 C2)^(1/2))} is computed as the sum of square roots of the eigenvalues of the
 * symmetric positive semi-definite matrix {@code S C2 S} with {@code S = C1^(1/2)}, which has the
 * same eigenvalues as {@code C1 C2}; tiny negative eigenvalues from rounding are clamped to 0.
 */
public final class FrechetDistance {
  private FrechetDistance() {}

  public static double between(Gaussian a, Gaussian b) {
    int d = a.mean().length;
    if (b.mean().length != d) {
      throw new IllegalArgumentException("feature sizes differ: " + d + " vs " + b.mean().length);
    }
    double meanTerm = 0;
    for (int k = 0; k < d; k++) {
      double diff = a.mean()[k] - b.mean()[k];
      meanTerm += diff * diff;
    }
    double traceA = 0;
    double traceB = 0;
    for (int k = 0; k < d; k++) {
      traceA += a.covariance()[k][k];
      traceB += b.covariance()[k][k];
    }
    double[][] s = sqrtPsd(a.covariance());
    double[][] middle = multiply(multiply(s, b.covariance()), s);
    symmetrise(middle);
    double traceSqrt = 0;
    for (double ev : SymmetricEigen.decompose(middle).values()) {
      traceSqrt += Math.sqrt(Math.max(ev, 0));
    }
    return Math.max(meanTerm + traceA + traceB - 2 * traceSqrt, 0);
  }

  /** Fits both samples and returns their distance. */
  public static double between(double[][] samplesA, double[][] samplesB) {
    return between(Gaussian.fit(samplesA), Gaussian.fit(samplesB));
  }

  /** The principal square root of a symmetric PSD matrix: V diag(sqrt(max(l, 0))) V^T. */
  static double[][] sqrtPsd(double[][] m) {
    var eig = SymmetricEigen.decompose(m);
    int n = m.length;
    double[][] v = eig.vectors();
    double[] root = new double[n];
    for (int k = 0; k < n; k++) {
      root[k] = Math.sqrt(Math.max(eig.values()[k], 0));
    }
    double[][] out = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = i; j < n; j++) {
        double sum = 0;
        for (int k = 0; k < n; k++) {
          sum += v[i][k] * root[k] * v[j][k];
        }
        out[i][j] = sum;
        out[j][i] = sum;
      }
    }
    return out;
  }

  static double[][] multiply(double[][] x, double[][] y) {
    int n = x.length;
    int m = y[0].length;
    int inner = y.length;
    double[][] out = new double[n][m];
    for (int i = 0; i < n; i++) {
      double[] oi = out[i];
      for (int k = 0; k < inner; k++) {
        double xik = x[i][k];
        double[] yk = y[k];
        for (int j = 0; j < m; j++) {
          oi[j] += xik * yk[j];
        }
      }
    }
    return out;
  }

  private static void symmetrise(double[][] m) {
    for (int i = 0; i < m.length; i++) {
      for (int j = i + 1; j < m.length; j++) {
        double avg = 0.5 * (m[i][j] + m[j][i]);
        m[i][j] = avg;
        m[j][i] = avg;
      }
    }
  }
}
