package io.kairos.runtime.engine;

/** Stable counting sort of neuron indices by spike time: the event order of the TTFS kernels. */
final class TimeOrder {
  private TimeOrder() {}

  /**
   * Writes into {@code order} the indices {@code i} with {@code times[i] < window}, by increasing
   * time and, within one time, by increasing index. Cost {@code O(n + window)}.
   *
   * @param counts scratch of length at least {@code window + 1}
   * @return how many indices were written
   */
  static int sort(int[] times, int n, int window, int[] order, int[] counts) {
    java.util.Arrays.fill(counts, 0, window + 1, 0);
    for (int i = 0; i < n; i++) {
      int t = times[i];
      if (t < window) {
        counts[t + 1]++;
      }
    }
    // counts[t] becomes the first slot of time t.
    for (int t = 1; t <= window; t++) {
      counts[t] += counts[t - 1];
    }
    int m = counts[window];
    for (int i = 0; i < n; i++) {
      int t = times[i];
      if (t < window) {
        order[counts[t]++] = i;
      }
    }
    return m;
  }
}
