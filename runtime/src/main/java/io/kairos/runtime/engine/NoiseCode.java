package io.kairos.runtime.engine;

import io.kairos.compiler.ir.Model;
import io.kairos.compiler.ir.Network;
import io.kairos.compiler.ir.NoiseLatencyEncoder;
import java.util.SplittableRandom;

/**
 * The one place that turns random draws into a generator's input spike times (docs/gan.md, "Noise
 * code"): per sample exactly {@code active} of the {@code size} noise neurons, chosen uniformly at
 * random, spike at {@code floor((1 - z) * span)} for {@code z} uniform in [0, 1); the others are
 * silent ({@code window}). {@code active == size} keeps the draw order of the original dense code,
 * so {@code active = size, span = window} reproduces it bit for bit.
 *
 * @param size noise neurons per sample
 * @param active how many of them spike, in [1, size]
 * @param span spike times lie in [0, span]; in [1, window]
 * @param window the time window; a time of {@code window} means "no spike"
 */
public record NoiseCode(int size, int active, int span, int window) {
  public NoiseCode {
    if (size < 1 || active < 1 || active > size) {
      throw new UnsupportedModelException("a noise code needs 1 <= active <= size, got active " + active + " of " + size);
    }
    if (span < 1 || span > window) {
      throw new UnsupportedModelException("a noise code needs 1 <= span <= window, got span " + span + " in window " + window);
    }
  }

  /** Every neuron spikes, anywhere in the window: the code of a plain {@code uniform(size)}. */
  public static NoiseCode dense(int size, int window) {
    return new NoiseCode(size, size, window, window);
  }

  /** The code of a noise encoder in a model of window {@code window}. */
  public static NoiseCode of(NoiseLatencyEncoder encoder, int window) {
    NoiseLatencyEncoder e = encoder.inWindow(window);
    return new NoiseCode(e.size(), e.active(), e.span(), window);
  }

  /**
   * The code of the noise encoder that network {@code networkName} of {@code model} reads.
   *
   * @throws UnsupportedModelException when that network does not read a noise encoder
   */
  public static NoiseCode forNetwork(Model model, String networkName) {
    Network net = model.network(networkName)
        .orElseThrow(() -> new UnsupportedModelException("the model has no network " + networkName));
    return model.encoder(net.input())
        .filter(NoiseLatencyEncoder.class::isInstance)
        .map(e -> of((NoiseLatencyEncoder) e, model.window()))
        .orElseThrow(() -> new UnsupportedModelException(
            "generator " + networkName + " reads encoder " + net.input() + ", which is not a noise encoder"));
  }

  /** Whether every neuron spikes in every sample. */
  public boolean dense() {
    return active == size;
  }

  /** Fills {@code times} (length {@code size}) with one sample drawn from {@code rnd}. */
  public void fill(SplittableRandom rnd, int[] times) {
    if (times.length != size) {
      throw new IllegalArgumentException("a noise sample has " + size + " times, not " + times.length);
    }
    if (active == size) {
      for (int i = 0; i < size; i++) {
        times[i] = Math.min(window, LatencyCoding.noiseTime(rnd.nextDouble(), span));
      }
      return;
    }
    // A partial Fisher-Yates shuffle picks the active neurons; each draws its time right after its pick.
    int[] idx = new int[size];
    for (int i = 0; i < size; i++) {
      idx[i] = i;
      times[i] = window;
    }
    for (int i = 0; i < active; i++) {
      int j = i + rnd.nextInt(size - i);
      int swap = idx[i];
      idx[i] = idx[j];
      idx[j] = swap;
      times[idx[i]] = LatencyCoding.noiseTime(rnd.nextDouble(), span);
    }
  }
}
