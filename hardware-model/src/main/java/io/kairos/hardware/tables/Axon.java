package io.kairos.hardware.tables;

import java.util.List;

/**
 * One row of a core's synapse table: the synapses an input spike on this axon drives.
 *
 * @param weightExp weight exponent shared by the axon's synapses; each synapse adds
 *                  {@code w * 2^(6 + weightExp)} to its target (exact rule: docs/fixed-point.md)
 * @param synapses  the synapses, in table order
 */
public record Axon(int weightExp, List<Synapse> synapses) {
    public Axon {
        synapses = List.copyOf(synapses);
    }
}
