package io.kairos.compiler.deploy.mapping;

import java.util.List;
import java.util.Locale;

/**
 * The mapping of a deployment: totals, the cost of the fire-once mechanism, and per-core usage.
 *
 * @param chipSpec chip spec name
 * @param chips chips used
 * @param cores cores used
 * @param compartments compartments used
 * @param synapses synapses used (self-inhibitory ones included)
 * @param synapseMemoryBits synapse memory used
 * @param inputAxons input axons used
 * @param outputEdges routing entries used
 * @param fireOnceSynapses self-inhibitory synapses (the fire-once mechanism's cost on Loihi 1)
 * @param fireOnceAxons input axons those synapses need
 * @param fireOnceEdges routing entries those synapses need
 * @param networks where each network's inputs, outputs and layers are
 * @param perCore every core
 */
public record MappingSummary(
    String chipSpec,
    int chips,
    int cores,
    long compartments,
    long synapses,
    long synapseMemoryBits,
    long inputAxons,
    long outputEdges,
    long fireOnceSynapses,
    long fireOnceAxons,
    long fireOnceEdges,
    List<NetworkPorts> networks,
    List<CoreUsage> perCore) {

  public MappingSummary {
    networks = List.copyOf(networks);
    perCore = List.copyOf(perCore);
  }

  /**
   * Where a network's ports are in the tables.
   *
   * @param network network name
   * @param firstInputPort its input i is port {@code firstInputPort + i}
   * @param inputs number of inputs
   * @param firstOutput its output neuron j is tables output {@code firstOutput + j}
   * @param outputs number of output neurons
   * @param layers its layer names in the tables, feed-forward order
   */
  public record NetworkPorts(String network, int firstInputPort, int inputs, int firstOutput, int outputs, List<String> layers) {
    public NetworkPorts {
      layers = List.copyOf(layers);
    }
  }

  public String toText() {
    var sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT,
        "mapping on %s: %d chip(s), %d cores, %d compartments, %d synapses (%d bits), %d input axons, %d output edges%n",
        chipSpec, chips, cores, compartments, synapses, synapseMemoryBits, inputAxons, outputEdges));
    sb.append(String.format(Locale.ROOT,
        "fire-once cost: %d self-inhibitory synapses, %d axons, %d routing entries%n",
        fireOnceSynapses, fireOnceAxons, fireOnceEdges));
    sb.append(String.format(Locale.ROOT, "%-5s %-5s %-7s %-20s %6s %6s %10s %7s %7s %7s %7s %7s%n",
        "chip", "core", "tile", "layer", "first", "comp", "synapses", "comp%", "mem%", "axon%", "edge%", "axons"));
    for (CoreUsage c : perCore) {
      sb.append(String.format(Locale.ROOT, "%-5d %-5d %-7s %-20s %6d %6d %10d %6.1f%% %6.1f%% %6.1f%% %6.1f%% %7d%n",
          c.chip(), c.core(), c.tileX() + "," + c.tileY(), c.layer(), c.first(), c.compartments(), c.synapses(),
          100 * c.compartmentUtilisation(), 100 * c.synapseMemoryUtilisation(), 100 * c.inputAxonUtilisation(),
          100 * c.outputEdgeUtilisation(), c.inputAxons()));
    }
    return sb.toString();
  }
}
