package io.kairos.hardware.tables;

import io.kairos.hardware.spec.ChipSpec;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How much of each core's resources core tables use, against a chip spec's limits: what a mapper
 * or a CLI prints after deployment.
 *
 * @param chip       spec name
 * @param cores      per-core usage, in table order
 * @param chipsUsed  distinct chips holding cores
 */
public record ResourceUsage(String chip, List<CoreUsage> cores, int chipsUsed) {
    public ResourceUsage {
        cores = List.copyOf(cores);
    }

    /**
     * One core's usage; each {@code *Limit} is the spec's bound.
     *
     * @param synapseBits synapses x bits per synapse
     */
    public record CoreUsage(int chip, int core, int tileX, int tileY,
                            int compartments, int compartmentLimit,
                            int inputAxons, int inputAxonLimit,
                            long outputEdges, int outputEdgeLimit,
                            long synapses, long synapseBits, long synapseBitLimit) {
    }

    public static ResourceUsage of(CoreTables tables, ChipSpec spec) {
        List<CoreUsage> list = new ArrayList<>();
        for (Core c : tables.cores()) {
            long syn = c.synapseCount();
            list.add(new CoreUsage(c.chip(), c.core(), c.tileX(), c.tileY(),
                    c.compartments().size(), spec.core().compartmentsPerCore(),
                    c.axons().size(), spec.core().maxInputAxons(),
                    c.outputEdgeCount(), spec.core().maxOutputEdges(),
                    syn, syn * spec.bitsPerSynapse(), spec.core().synapseMemoryBits()));
        }
        int chips = (int) tables.cores().stream().mapToInt(Core::chip).distinct().count();
        return new ResourceUsage(spec.name(), list, chips);
    }

    /** A table: one row per core, usage as value and percentage of the limit. */
    public String toText() {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                "Resource usage on %s: %d cores on %d chip(s)%n", chip, cores.size(), chipsUsed));
        sb.append(String.format(Locale.ROOT, "%-16s %-6s %16s %16s %16s %20s%n",
                "core", "tile", "compartments", "input axons", "output edges", "synapse memory"));
        for (CoreUsage u : cores) {
            sb.append(String.format(Locale.ROOT, "%-16s %-6s %9d (%3.0f%%) %9d (%3.0f%%) %9d (%3.0f%%) %10d b (%3.0f%%)%n",
                    "chip " + u.chip() + " core " + u.core(), u.tileX() + "," + u.tileY(),
                    u.compartments(), pct(u.compartments(), u.compartmentLimit()),
                    u.inputAxons(), pct(u.inputAxons(), u.inputAxonLimit()),
                    u.outputEdges(), pct(u.outputEdges(), u.outputEdgeLimit()),
                    u.synapseBits(), pct(u.synapseBits(), u.synapseBitLimit())));
        }
        return sb.toString();
    }

    private static double pct(long used, long limit) {
        return limit == 0 ? 0 : 100.0 * used / limit;
    }
}
