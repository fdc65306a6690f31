package io.kairos.hardware.tables;

import java.util.List;

/**
 * One neuromorphic core: where it sits and its three tables.
 *
 * @param chip         chip index, {@code 0 <= chip < max_chips}
 * @param core         core index on its chip, {@code 0 <= core < cores per chip}
 * @param tileX        mesh column of the core's tile
 * @param tileY        mesh row of the core's tile
 * @param compartments compartment table, indexed by compartment number
 * @param axons        synapse table, indexed by input axon number
 * @param routes       routing table: {@code routes.get(c)} lists where a spike of compartment c is
 *                     sent (one message per entry; same length as {@code compartments})
 */
public record Core(
        int chip,
        int core,
        int tileX,
        int tileY,
        List<Compartment> compartments,
        List<Axon> axons,
        List<List<AxonRef>> routes) {

    public Core {
        compartments = List.copyOf(compartments);
        axons = List.copyOf(axons);
        routes = routes.stream().map(List::copyOf).toList();
    }

    /** "core (chip 0, core 3)", the way messages name a core. */
    public String label() {
        return "core (chip " + chip + ", core " + core + ")";
    }

    /** Total number of synapses in the synapse table. */
    public long synapseCount() {
        long n = 0;
        for (Axon a : axons) {
            n += a.synapses().size();
        }
        return n;
    }

    /** Total number of routing entries (output edges). */
    public long outputEdgeCount() {
        long n = 0;
        for (List<AxonRef> r : routes) {
            n += r.size();
        }
        return n;
    }
}
