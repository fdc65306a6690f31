package io.kairos.runtime.engine;

/**
 * The cost matrix of sample matching: {@code cost[r][c] = sum_k (t_r,k - t_c,k)^2} for every real
 * digit {@code r} and generated digit {@code c}, in exact long arithmetic.
 *
 * <p>Computed as {@code |x_r|^2 + |x_c|^2 - 2 x_r . x_c} with {@code x = window - t}, which is the
 * same integer for any times (the identity is exact), but touches only the pixels lit in the real
 * digit: most pixels of a digit are black (silent, {@code x = 0}), so this is several times cheaper
 * than the plain sum when a G step pairs a hundred or more digits. Rows are split over the threads;
 * every entry is computed by one thread from the inputs alone, so the matrix does not depend on the
 * thread count.
 */
final class PairCosts {
  private PairCosts() {}

  /** {@code cost[r][c]} for spike-time vectors of equal length; silent = {@code window}. */
  static long[][] of(int[][] real, int[][] generated, int window, Parallel parallel) {
    int n = real.length;
    int m = generated.length;
    int length = n == 0 ? 0 : real[0].length;
    for (int[] v : real) {
      checkLength(v, length);
    }
    long[][] x = new long[m][length];
    long[] generatedNorm = new long[m];
    for (int c = 0; c < m; c++) {
      checkLength(generated[c], length);
      for (int k = 0; k < length; k++) {
        long v = window - (long) generated[c][k];
        x[c][k] = v;
        generatedNorm[c] += v * v;
      }
    }
    long[][] cost = new long[n][m];
    parallel.forRange(n, (worker, lo, hi) -> {
      int[] lit = new int[length];
      long[] value = new long[length];
      for (int r = lo; r < hi; r++) {
        int count = 0;
        long norm = 0;
        for (int k = 0; k < length; k++) {
          long v = window - (long) real[r][k];
          if (v != 0) {
            lit[count] = k;
            value[count++] = v;
            norm += v * v;
          }
        }
        for (int c = 0; c < m; c++) {
          long[] xc = x[c];
          long dot = 0;
          for (int i = 0; i < count; i++) {
            dot += value[i] * xc[lit[i]];
          }
          cost[r][c] = norm + generatedNorm[c] - 2 * dot;
        }
      }
    });
    return cost;
  }

  private static void checkLength(int[] v, int length) {
    if (v.length != length) {
      throw new IllegalArgumentException("spike-time vectors differ in length: " + v.length + " vs " + length);
    }
  }
}
