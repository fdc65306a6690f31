package io.kairos.compiler.deploy.mapping;

/**
 * What one core holds and how much of each per-core limit it uses.
 *
 * @param chip chip index
 * @param core core index on its chip
 * @param tileX mesh column
 * @param tileY mesh row
 * @param layer the layer (network/population) whose compartments it holds
 * @param first first neuron of the layer on this core
 * @param compartments compartments used
 * @param synapses synapses (self-inhibitory ones included)
 * @param synapseMemoryBits synapse memory used, {@code synapses * bits_per_synapse}
 * @param inputAxons input axons used
 * @param outputEdges routing entries used
 * @param compartmentUtilisation compartments / compartments_per_core
 * @param synapseMemoryUtilisation synapse memory bits / synapse_memory_bits
 * @param inputAxonUtilisation input axons / max_input_axons
 * @param outputEdgeUtilisation output edges / max_output_edges
 */
public record CoreUsage(
    int chip,
    int core,
    int tileX,
    int tileY,
    String layer,
    int first,
    int compartments,
    long synapses,
    long synapseMemoryBits,
    int inputAxons,
    long outputEdges,
    double compartmentUtilisation,
    double synapseMemoryUtilisation,
    double inputAxonUtilisation,
    double outputEdgeUtilisation) {}
