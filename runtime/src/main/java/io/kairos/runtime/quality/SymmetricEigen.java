package io.kairos.runtime.quality;

/**
 * Eigenvalues of a real symmetric matrix by the cyclic Jacobi method.
 *
 * <p>Plain Java on purpose: it is deterministic to the bit on every machine and thread count, and
 * the matrices here (feature covariances, 128 x 128) are small enough that O(n^3) per sweep costs
 * milliseconds.
 */
final class SymmetricEigen {
  private static final int MAX_SWEEPS = 100;

  private SymmetricEigen() {}

  /** Eigenvalues and eigenvectors: {@code a = V diag(values) V^T}; column k of V is vector k. */
  record Decomposition(double[] values, double[][] vectors) {}

  static Decomposition decompose(double[][] matrix) {
    int n = matrix.length;
    double[][] a = new double[n][];
    for (int i = 0; i < n; i++) {
      if (matrix[i].length != n) {
        throw new IllegalArgumentException("matrix is not square");
      }
      a[i] = matrix[i].clone();
    }
    double[][] v = new double[n][n];
    for (int i = 0; i < n; i++) {
      v[i][i] = 1;
    }
    for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
      double off = 0;
      double total = 0;
      for (int p = 0; p < n; p++) {
        for (int q = 0; q < n; q++) {
          double x = a[p][q] * a[p][q];
          total += x;
          if (p != q) {
            off += x;
          }
        }
      }
      if (off <= 1e-30 * Math.max(total, Double.MIN_NORMAL)) {
        break;
      }
      for (int p = 0; p < n - 1; p++) {
        for (int q = p + 1; q < n; q++) {
          if (a[p][q] != 0) {
            rotate(a, v, p, q);
          }
        }
      }
    }
    double[] values = new double[n];
    for (int i = 0; i < n; i++) {
      values[i] = a[i][i];
    }
    return new Decomposition(values, v);
  }

  /** One Jacobi rotation zeroing a[p][q] (Golub and Van Loan, algorithm 8.4.1). */
  private static void rotate(double[][] a, double[][] v, int p, int q) {
    int n = a.length;
    double theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
    double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
    if (theta == 0) {
      t = 1;
    }
    double c = 1 / Math.sqrt(t * t + 1);
    double s = t * c;
    for (int k = 0; k < n; k++) {
      double akp = a[k][p];
      double akq = a[k][q];
      a[k][p] = c * akp - s * akq;
      a[k][q] = s * akp + c * akq;
    }
    for (int k = 0; k < n; k++) {
      double apk = a[p][k];
      double aqk = a[q][k];
      a[p][k] = c * apk - s * aqk;
      a[q][k] = s * apk + c * aqk;
    }
    for (int k = 0; k < n; k++) {
      double vkp = v[k][p];
      double vkq = v[k][q];
      v[k][p] = c * vkp - s * vkq;
      v[k][q] = s * vkp + c * vkq;
    }
  }
}
