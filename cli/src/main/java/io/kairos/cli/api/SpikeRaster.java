package io.kairos.cli.api;

import io.kairos.compiler.run.SpikeTimes;
import io.kairos.hardware.sim.SampleResult;
import java.util.ArrayList;
import java.util.List;

/**
 * Every spike of one sample on the hardware model, by layer: the input first, then the network's
 * layers in feed-forward order (self-inhibition and other compartments in no listed layer are left
 * out). Stored in a run folder so that {@code kairos report} can redraw the raster.
 *
 * @param window time steps of the sample
 * @param layers the layers, input first
 */
public record SpikeRaster(int window, List<Layer> layers) {
  public SpikeRaster {
    layers = List.copyOf(layers);
  }

  /**
   * One layer's spikes as parallel arrays.
   *
   * @param name layer name ({@code input} for the host input)
   * @param size neurons in the layer
   * @param neurons neuron index of each spike
   * @param steps time step of each spike
   */
  public record Layer(String name, int size, int[] neurons, int[] steps) {}

  /** The raster of {@code r}, the result of input {@code input} on a network with {@code layers}. */
  static SpikeRaster of(SpikeTimes input, SampleResult r, List<String> layers) {
    List<Layer> out = new ArrayList<>();
    List<Integer> n = new ArrayList<>();
    List<Integer> s = new ArrayList<>();
    for (int i = 0; i < input.size(); i++) {
      if (input.fired(i)) {
        n.add(i);
        s.add(input.get(i));
      }
    }
    out.add(new Layer("input", input.size(), ints(n), ints(s)));
    var net = r.network();
    for (String l : layers) {
      int[] comps = net.layerCompartments(net.layerIndex(l));
      int[] neuronOf = new int[net.compartmentCount()];
      java.util.Arrays.fill(neuronOf, -1);
      for (int k = 0; k < comps.length; k++) {
        neuronOf[comps[k]] = k;
      }
      n.clear();
      s.clear();
      for (int k = 0; k < r.spikeCount(); k++) {
        int neuron = neuronOf[r.spikeCompartment(k)];
        if (neuron >= 0) {
          n.add(neuron);
          s.add(r.spikeStep(k));
        }
      }
      out.add(new Layer(l, comps.length, ints(n), ints(s)));
    }
    return new SpikeRaster(r.window(), out);
  }

  private static int[] ints(List<Integer> xs) {
    return xs.stream().mapToInt(Integer::intValue).toArray();
  }
}
