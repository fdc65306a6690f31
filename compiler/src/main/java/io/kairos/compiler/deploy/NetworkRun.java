package io.kairos.compiler.deploy;

import io.kairos.compiler.run.SpikeTimes;
import java.util.List;

/**
 * What one sample did in one network, whichever simulator ran it: the first spike times of every
 * layer (in feed-forward order) and the output layer's potentials at float time {@code t_max - 3}
 * (the S4NN fallback decision when no output fires), in the simulator's own units.
 *
 * @param layers first spike times per layer; the last is the output
 * @param outputPotentials output potentials at float time {@code t_max - 3}
 * @param repeatSpikes spikes after a neuron's first one (0 when fire-once holds)
 */
public record NetworkRun(List<SpikeTimes> layers, double[] outputPotentials, long repeatSpikes) {
  public NetworkRun {
    layers = List.copyOf(layers);
    if (layers.isEmpty()) {
      throw new IllegalArgumentException("a run has at least one layer");
    }
    if (outputPotentials.length != layers.get(layers.size() - 1).size()) {
      throw new IllegalArgumentException(
          "one potential per output neuron needed: " + layers.get(layers.size() - 1).size()
              + ", got " + outputPotentials.length);
    }
  }

  public SpikeTimes output() {
    return layers.get(layers.size() - 1);
  }
}
