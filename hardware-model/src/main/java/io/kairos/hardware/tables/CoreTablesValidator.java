package io.kairos.hardware.tables;

import io.kairos.hardware.HardwareModelException;
import io.kairos.hardware.spec.ChipSpec;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks core tables against themselves (every reference resolves) and against a {@link ChipSpec}
 * (every value fits its field width, every resource limit holds). All problems are collected
 * (up to {@value #MAX_REPORTED}) and reported in one {@link HardwareModelException}; each names
 * the core, axon or compartment and, for limits, the limit and by how much it is exceeded.
 */
public final class CoreTablesValidator {
    static final int MAX_REPORTED = 20;

    private final ChipSpec spec;
    private final String source;
    private final List<String> problems = new ArrayList<>();
    private final Map<Long, Core> byId = new HashMap<>();

    private CoreTablesValidator(ChipSpec spec, String source) {
        this.spec = spec;
        this.source = source;
    }

    /**
     * Throws if {@code tables} are inconsistent or do not fit {@code spec}.
     *
     * @param source how messages name the tables (a file name)
     */
    public static void validate(CoreTables tables, ChipSpec spec, String source) {
        new CoreTablesValidator(spec, source).run(tables);
    }

    static long key(int chip, int core) {
        return ((long) chip << 32) | (core & 0xffffffffL);
    }

    private void run(CoreTables t) {
        if (t.schemaVersion() != CoreTables.SCHEMA_VERSION) {
            problem("schema_version must be " + CoreTables.SCHEMA_VERSION + ", got " + t.schemaVersion());
            report();
        }
        checkPlacement(t.cores());
        for (Core c : t.cores()) {
            checkCore(c);
            checkRoutes(c);
        }
        for (int i = 0; i < t.layers().size(); i++) {
            checkLayer(t.layers().get(i), i);
        }
        Set<String> names = new HashSet<>();
        for (Layer l : t.layers()) {
            if (!names.add(l.name())) {
                problem("layer name '" + l.name() + "' is used twice");
            }
        }
        for (int i = 0; i < t.inputs().size(); i++) {
            List<AxonRef> d = t.inputs().get(i).destinations();
            for (int j = 0; j < d.size(); j++) {
                checkAxonRef(d.get(j), "input port " + i + " destination " + j);
            }
        }
        for (int i = 0; i < t.outputs().size(); i++) {
            checkCompartmentRef(t.outputs().get(i), "output " + i);
        }
        report();
    }

    private void checkPlacement(List<Core> cores) {
        var mesh = spec.mesh();
        Map<Long, Integer> perTile = new HashMap<>();
        for (Core c : cores) {
            String where = c.label();
            range(where + ": chip", c.chip(), 0, spec.multiChip().maxChips() - 1, "multi_chip.max_chips");
            range(where + ": core", c.core(), 0, spec.coresPerChip() - 1, "cores per chip");
            range(where + ": tile_x", c.tileX(), 0, mesh.meshCols() - 1, "mesh.mesh_cols");
            range(where + ": tile_y", c.tileY(), 0, mesh.meshRows() - 1, "mesh.mesh_rows");
            if (byId.put(key(c.chip(), c.core()), c) != null) {
                problem(where + " appears twice");
            }
            long tile = ((long) c.chip() << 32) | ((long) c.tileY() << 16) | c.tileX();
            int n = perTile.merge(tile, 1, Integer::sum);
            if (n == mesh.coresPerTile() + 1) {
                problem("tile (" + c.tileX() + ", " + c.tileY() + ") of chip " + c.chip() + " holds more than "
                        + "'mesh.cores_per_tile' = " + mesh.coresPerTile() + " cores");
            }
        }
    }

    private void checkCore(Core c) {
        String where = c.label();
        var lim = spec.core();
        int nComp = c.compartments().size();
        over(where + ": " + nComp + " compartments", nComp, lim.compartmentsPerCore(), "core.compartments_per_core", "");
        over(where + ": " + c.axons().size() + " input axons", c.axons().size(), lim.maxInputAxons(),
                "core.max_input_axons", "");
        long edges = c.outputEdgeCount();
        over(where + ": " + edges + " output edges", edges, lim.maxOutputEdges(), "core.max_output_edges", "");
        long syn = c.synapseCount();
        long bits = syn * spec.bitsPerSynapse();
        over(where + ": " + syn + " synapses x " + spec.bitsPerSynapse() + " bits = " + bits + " bits of synapse memory",
                bits, lim.synapseMemoryBits(), "core.synapse_memory_bits", " bits");
        if (c.routes().size() != nComp) {
            problem(where + ": routing table has " + c.routes().size() + " rows but there are " + nComp + " compartments");
        }

        var n = spec.neuron();
        for (int i = 0; i < nComp; i++) {
            Compartment k = c.compartments().get(i);
            String at = where + " compartment " + i;
            unsigned(at + ": vth_mant", k.vthMant(), n.thresholdMantBits());
            unsigned(at + ": du", k.du(), n.decayBits());
            unsigned(at + ": dv", k.dv(), n.decayBits());
            signed(at + ": bias_mant", k.biasMant(), n.biasMantBits());
            unsigned(at + ": bias_exp", k.biasExp(), n.biasExpBits());
            range(at + ": refractory_delay", k.refractoryDelay(), n.refractoryMin(), n.refractoryMax(),
                    "neuron.refractory_min/max");
            if (k.oneShot() && !n.oneShotNeuron()) {
                problem(at + ": one_shot is set but chip " + spec.name() + " has no one-shot neuron ('neuron.one_shot_neuron' is false)");
            }
        }
        for (int a = 0; a < c.axons().size(); a++) {
            Axon ax = c.axons().get(a);
            String at = where + " axon " + a;
            range(at + ": weight_exp", ax.weightExp(), spec.synapseFormat().weightExpMin(),
                    spec.synapseFormat().weightExpMax(), "synapse_format.weight_exp_min/max");
            for (int s = 0; s < ax.synapses().size(); s++) {
                Synapse y = ax.synapses().get(s);
                String sat = at + " synapse " + s;
                range(sat + ": compartment", y.compartment(), 0, nComp - 1, "compartments on this core");
                range(sat + ": weight", y.weight(), spec.weightMin(), spec.weightMax(),
                        (spec.synapseFormat().weightSigned() ? "signed " : "unsigned ")
                                + spec.synapseFormat().weightBits() + "-bit weight");
                range(sat + ": delay", y.delay(), 0, spec.maxDelay(), "synapse_format.delay_bits");
            }
        }
    }

    private void checkLayer(Layer l, int index) {
        String where = "layer " + index + " '" + l.name() + "'";
        if (l.name().isBlank()) {
            problem("layer " + index + ": name must not be blank");
        }
        for (int s = 0; s < l.segments().size(); s++) {
            Segment g = l.segments().get(s);
            String at = where + " segment " + s;
            Core c = byId.get(key(g.chip(), g.core()));
            if (c == null) {
                problem(at + ": no core (chip " + g.chip() + ", core " + g.core() + ")");
                continue;
            }
            if (g.count() < 1) {
                problem(at + ": count must be >= 1, got " + g.count());
            } else if (g.first() < 0 || (long) g.first() + g.count() > c.compartments().size()) {
                problem(at + ": compartments " + g.first() + ".." + ((long) g.first() + g.count() - 1) + " are outside "
                        + c.label() + " which has " + c.compartments().size() + " compartments");
            }
        }
    }

    private void checkRoutes(Core c) {
        for (int i = 0; i < c.routes().size(); i++) {
            List<AxonRef> r = c.routes().get(i);
            for (int j = 0; j < r.size(); j++) {
                checkAxonRef(r.get(j), c.label() + " compartment " + i + " route " + j);
            }
        }
    }

    private void checkAxonRef(AxonRef d, String where) {
        Core c = byId.get(key(d.chip(), d.core()));
        if (c == null) {
            problem(where + ": no core (chip " + d.chip() + ", core " + d.core() + ")");
        } else if (d.axon() < 0 || d.axon() >= c.axons().size()) {
            problem(where + ": axon " + d.axon() + " is out of range; " + c.label() + " has " + c.axons().size() + " axons");
        }
    }

    private void checkCompartmentRef(CompartmentRef r, String where) {
        Core c = byId.get(key(r.chip(), r.core()));
        if (c == null) {
            problem(where + ": no core (chip " + r.chip() + ", core " + r.core() + ")");
        } else if (r.compartment() < 0 || r.compartment() >= c.compartments().size()) {
            problem(where + ": compartment " + r.compartment() + " is out of range; " + c.label() + " has "
                    + c.compartments().size() + " compartments");
        }
    }

    private void range(String what, long value, long min, long max, String bound) {
        if (value < min || value > max) {
            problem(what + " = " + value + " is outside [" + min + ", " + max + "] (" + bound + ")");
        }
    }

    private void unsigned(String what, long value, int bits) {
        range(what, value, 0, (1L << bits) - 1, bits + "-bit unsigned");
    }

    private void signed(String what, long value, int bits) {
        range(what, value, -(1L << (bits - 1)), (1L << (bits - 1)) - 1, bits + "-bit signed");
    }

    private void over(String what, long value, long limit, String limitName, String unit) {
        if (value > limit) {
            problem(what + " exceed '" + limitName + "' = " + limit + " by " + (value - limit) + unit);
        }
    }

    private void problem(String p) {
        problems.add(p);
    }

    private void report() {
        if (problems.isEmpty()) {
            return;
        }
        StringBuilder sb = new StringBuilder("core tables " + source + " are not valid for chip " + spec.name() + ": ");
        if (problems.size() == 1) {
            sb.append(problems.get(0));
        } else {
            sb.append(problems.size()).append(" problems:");
            for (int i = 0; i < Math.min(MAX_REPORTED, problems.size()); i++) {
                sb.append("\n  - ").append(problems.get(i));
            }
            if (problems.size() > MAX_REPORTED) {
                sb.append("\n  - ... and ").append(problems.size() - MAX_REPORTED).append(" more");
            }
        }
        throw new HardwareModelException(sb.toString());
    }
}
