package io.kairos.hardware.tables;

import java.util.List;

/**
 * The configuration of every core the network uses: what the deployment compiler writes and the
 * chip simulator reads. Nothing here knows of the DSL or the IR; the named {@link Layer}s, input
 * ports and output ports are enough to feed spikes and read spike times. Format and bit layout:
 * docs/core-tables.md.
 *
 * @param schemaVersion format version, {@value #SCHEMA_VERSION}
 * @param cores         the cores, each with its placement and its three tables
 * @param layers        named populations: which compartments, in neuron order
 * @param inputs        external input ports; port {@code i} is {@code inputs.get(i)}
 * @param outputs       observed compartments; output {@code j} is {@code outputs.get(j)}
 */
public record CoreTables(
        int schemaVersion,
        List<Core> cores,
        List<Layer> layers,
        List<InputPort> inputs,
        List<CompartmentRef> outputs) {

    public static final int SCHEMA_VERSION = 1;

    public CoreTables {
        cores = List.copyOf(cores);
        layers = List.copyOf(layers);
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
    }

    /** The layer with this name, or an exception listing the known names. */
    public Layer layer(String name) {
        for (Layer l : layers) {
            if (l.name().equals(name)) {
                return l;
            }
        }
        throw new io.kairos.hardware.HardwareModelException("no layer named '" + name + "'; layers: "
                + String.join(", ", layers.stream().map(Layer::name).toList()));
    }
}
