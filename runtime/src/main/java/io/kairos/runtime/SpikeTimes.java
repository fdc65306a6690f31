package io.kairos.runtime;

import java.util.Arrays;

/**
 * The spike times of one population for one sample: one int per neuron in {@code 0..window}, where
 * {@code window} ({@code t_max}) means "did not fire". This is the TTFS value type used at every
 * boundary of the runtime (encoders, layers, decoders, the GAN's D-to-G error path); hot kernels
 * work on the {@link #times()} array directly.
 *
 * @param window the time window {@code t_max}; a time equal to it means silent
 * @param times one time per neuron, each in {@code 0..window}; owned by this value, not copied
 */
public record SpikeTimes(int window, int[] times) {
  public SpikeTimes {
    if (window < 1) {
      throw new IllegalArgumentException("window must be >= 1, got " + window);
    }
    for (int i = 0; i < times.length; i++) {
      if (times[i] < 0 || times[i] > window) {
        throw new IllegalArgumentException(
            "spike time " + times[i] + " of neuron " + i + " is outside 0.." + window);
      }
    }
  }

  /** All neurons silent. */
  public static SpikeTimes silent(int window, int size) {
    int[] t = new int[size];
    Arrays.fill(t, window);
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

  /** Number of neurons that fired inside the window. */
  public int spikeCount() {
    int n = 0;
    for (int t : times) {
      if (t < window) {
        n++;
      }
    }
    return n;
  }

  /** The earliest spike time, or {@code window} when no neuron fired. */
  public int earliest() {
    int m = window;
    for (int t : times) {
      m = Math.min(m, t);
    }
    return m;
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
