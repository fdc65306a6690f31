package io.kairos.compiler.run;

import java.util.Arrays;

/**
 * The first spike time of each neuron of one population for one sample: an int in {@code
 * 0..window}, where {@code window} ({@code t_max}) means "did not fire". The one TTFS value type
 * used at every boundary: encoders, layers, decoders, the GAN's D-to-G error path, the deployment
 * compiler's reference simulator and fidelity report, and the tools. Hot kernels work on the
 * {@link #times()} array directly; the hardware model, which knows no IR, takes plain {@code int[]}.
 *
 * @param window the time window {@code t_max}, &gt;= 1; a time equal to it means silent
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

  /** All {@code size} neurons silent. */
  public static SpikeTimes silent(int window, int size) {
    int[] t = new int[size];
    Arrays.fill(t, window);
    return new SpikeTimes(window, t);
  }

  /**
   * S4NN image coding (docs/ttfs-semantics.md, "Input coding"): pixel {@code p} in 0..255 fires at
   * {@code floor((255 - p) * window / 255)}; a black pixel gives {@code window}, i.e. never.
   */
  public static SpikeTimes fromPixels(int[] pixels, int window) {
    int[] t = new int[pixels.length];
    for (int i = 0; i < pixels.length; i++) {
      int p = pixels[i];
      if (p < 0 || p > 255) {
        throw new IllegalArgumentException("pixel " + i + " is " + p + ", outside 0..255");
      }
      t[i] = (int) ((long) (255 - p) * window / 255);
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
