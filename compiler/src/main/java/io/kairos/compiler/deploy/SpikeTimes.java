package io.kairos.compiler.deploy;

import java.util.Arrays;

/**
 * The first spike time of each neuron of one population for one sample: an integer in {@code [0,
 * window]}, where {@code window} ({@code t_max}) means "did not fire". The currency between
 * encoders, layers, simulators and the fidelity report.
 *
 * @param window the time window {@code t_max}, &gt;= 1
 * @param times one time per neuron; the array is owned by this record (not copied)
 */
public record SpikeTimes(int window, int[] times) {
  public SpikeTimes {
    if (window < 1) {
      throw new IllegalArgumentException("window must be >= 1, got " + window);
    }
    for (int k = 0; k < times.length; k++) {
      if (times[k] < 0 || times[k] > window) {
        throw new IllegalArgumentException(
            "spike time of neuron " + k + " is " + times[k] + ", outside [0, " + window + "]");
      }
    }
  }

  /** All neurons silent. */
  public static SpikeTimes silent(int size, int window) {
    int[] t = new int[size];
    Arrays.fill(t, window);
    return new SpikeTimes(window, t);
  }

  /**
   * S4NN image coding: pixel {@code p} in 0..255 fires at {@code floor((255 - p) * window / 255)};
   * a black pixel fires at {@code window}, i.e. never.
   */
  public static SpikeTimes fromPixels(int[] pixels, int window) {
    int[] t = new int[pixels.length];
    for (int k = 0; k < pixels.length; k++) {
      int p = pixels[k];
      if (p < 0 || p > 255) {
        throw new IllegalArgumentException("pixel " + k + " is " + p + ", outside [0, 255]");
      }
      t[k] = (int) ((long) (255 - p) * window / 255);
    }
    return new SpikeTimes(window, t);
  }

  public int size() {
    return times.length;
  }

  public int get(int neuron) {
    return times[neuron];
  }

  public boolean fired(int neuron) {
    return times[neuron] < window;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SpikeTimes s && s.window == window && Arrays.equals(s.times, times);
  }

  @Override
  public int hashCode() {
    return 31 * window + Arrays.hashCode(times);
  }

  @Override
  public String toString() {
    return "SpikeTimes[window=" + window + ", " + Arrays.toString(times) + "]";
  }
}
