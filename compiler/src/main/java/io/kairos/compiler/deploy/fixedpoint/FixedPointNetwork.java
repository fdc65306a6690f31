package io.kairos.compiler.deploy.fixedpoint;

import java.util.List;

/**
 * A feed-forward network in the target's integers: input axons feeding a stack of CUBA layers,
 * one time step of latency per projection.
 *
 * @param name network name
 * @param inputSize number of input axons (the encoder's size)
 * @param window time steps per sample ({@code t_max})
 * @param widths the target's datapath widths every field is checked against
 * @param layers layers in feed-forward order; layer 0 is fed by the inputs, layer k by layer k-1
 */
public record FixedPointNetwork(
    String name, int inputSize, int window, DatapathWidths widths, List<FixedPointLayer> layers) {
  public FixedPointNetwork {
    layers = List.copyOf(layers);
    if (layers.isEmpty()) {
      throw new IllegalArgumentException("network " + name + " has no layers");
    }
    if (window < 3) {
      throw new IllegalArgumentException("window must be >= 3, got " + window);
    }
    int fan = inputSize;
    for (FixedPointLayer l : layers) {
      if (l.fanIn() != fan) {
        throw new IllegalArgumentException(
            "layer " + l.name() + " has fan-in " + l.fanIn() + " but its source has " + fan + " neurons");
      }
      l.checkedAgainst(widths);
      fan = l.size();
    }
  }

  public FixedPointLayer output() {
    return layers.get(layers.size() - 1);
  }
}
