package io.kairos.hardware.tables;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Mutable helper to assemble {@link CoreTables} row by row (for the compiler's mapper and for
 * tests). It checks nothing beyond index bookkeeping: call {@link CoreTablesValidator} on the result.
 */
public final class CoreTablesBuilder {
    private final Map<Long, CoreBuilder> cores = new LinkedHashMap<>();
    private final List<Layer> layers = new ArrayList<>();
    private final List<InputPort> inputs = new ArrayList<>();
    private final List<CompartmentRef> outputs = new ArrayList<>();

    /** Adds (or returns the existing builder of) core {@code core} on chip {@code chip} at tile (x, y). */
    public CoreBuilder core(int chip, int core, int tileX, int tileY) {
        return cores.computeIfAbsent(((long) chip << 32) | (core & 0xffffffffL),
                k -> new CoreBuilder(chip, core, tileX, tileY));
    }

    /** Adds a named layer; returns this. */
    public CoreTablesBuilder layer(String name, List<Segment> segments) {
        layers.add(new Layer(name, segments));
        return this;
    }

    /** Adds an input port; returns its index. */
    public int input(List<AxonRef> destinations) {
        inputs.add(new InputPort(destinations));
        return inputs.size() - 1;
    }

    /** Adds an observed output compartment; returns its index. */
    public int output(CompartmentRef compartment) {
        outputs.add(compartment);
        return outputs.size() - 1;
    }

    public CoreTables build() {
        return new CoreTables(CoreTables.SCHEMA_VERSION, cores.values().stream().map(CoreBuilder::build).toList(),
                layers, inputs, outputs);
    }

    /** Rows of one core. */
    public static final class CoreBuilder {
        private final int chip;
        private final int core;
        private final int tileX;
        private final int tileY;
        private final List<Compartment> compartments = new ArrayList<>();
        private final List<List<AxonRef>> routes = new ArrayList<>();
        private final List<Integer> axonExps = new ArrayList<>();
        private final List<List<Synapse>> axonSynapses = new ArrayList<>();

        private CoreBuilder(int chip, int core, int tileX, int tileY) {
            this.chip = chip;
            this.core = core;
            this.tileX = tileX;
            this.tileY = tileY;
        }

        /** Appends a compartment; returns its index on this core. */
        public int compartment(Compartment c) {
            compartments.add(c);
            routes.add(new ArrayList<>());
            return compartments.size() - 1;
        }

        /** Appends an input axon with this weight exponent; returns its index on this core. */
        public int axon(int weightExp) {
            axonExps.add(weightExp);
            axonSynapses.add(new ArrayList<>());
            return axonExps.size() - 1;
        }

        /** Appends a synapse to axon {@code axon}. */
        public CoreBuilder synapse(int axon, int compartment, int weight, int delay) {
            axonSynapses.get(axon).add(new Synapse(compartment, weight, delay));
            return this;
        }

        /** Appends a routing entry: spikes of {@code compartment} go to {@code destination}. */
        public CoreBuilder route(int compartment, AxonRef destination) {
            routes.get(compartment).add(destination);
            return this;
        }

        public int compartmentCount() {
            return compartments.size();
        }

        public int axonCount() {
            return axonExps.size();
        }

        public CompartmentRef ref(int compartment) {
            return new CompartmentRef(chip, core, compartment);
        }

        public AxonRef axonRef(int axon) {
            return new AxonRef(chip, core, axon);
        }

        private Core build() {
            List<Axon> axons = new ArrayList<>();
            for (int i = 0; i < axonExps.size(); i++) {
                axons.add(new Axon(axonExps.get(i), axonSynapses.get(i)));
            }
            return new Core(chip, core, tileX, tileY, compartments, axons, routes);
        }
    }
}
