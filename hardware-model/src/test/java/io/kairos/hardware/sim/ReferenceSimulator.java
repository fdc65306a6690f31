package io.kairos.hardware.sim;

import io.kairos.hardware.spec.ChipSpec;
import io.kairos.hardware.tables.Axon;
import io.kairos.hardware.tables.AxonRef;
import io.kairos.hardware.tables.Core;
import io.kairos.hardware.tables.CoreTables;
import io.kairos.hardware.tables.Synapse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A deliberately naive simulator written straight from docs/fixed-point.md with records, maps and
 * one {@link CubaCompartment} object per compartment: the oracle the fast {@link ChipSimulator}
 * is compared against. Pending input is kept exactly in longs and wrapped only by the compartment.
 */
final class ReferenceSimulator {
    private final CoreTables tables;
    private final CubaDatapath dp;
    private final Map<String, Core> cores = new HashMap<>();
    private final Map<String, Integer> base = new HashMap<>();
    private final List<CubaCompartment> comps = new ArrayList<>();

    ReferenceSimulator(ChipSpec spec, CoreTables tables) {
        this.tables = tables;
        this.dp = new CubaDatapath(spec);
        for (Core c : tables.cores()) {
            String key = c.chip() + "/" + c.core();
            cores.put(key, c);
            base.put(key, comps.size());
            c.compartments().forEach(k -> comps.add(new CubaCompartment(dp, k)));
        }
    }

    /** First spike time of every compartment in global order; {@code window} if it did not fire. */
    int[] firstSpikes(SpikeInput in, int window) {
        comps.forEach(CubaCompartment::reset);
        long[][] pending = new long[window + 300][comps.size()];
        int[] first = new int[comps.size()];
        Arrays.fill(first, window);
        for (int step = 0; step < window; step++) {
            for (int i = 0; i < in.size(); i++) {
                if (in.steps()[i] == step) {
                    for (AxonRef d : tables.inputs().get(in.ports()[i]).destinations()) {
                        send(d, step, pending);
                    }
                }
            }
            for (Core c : tables.cores()) {
                int b = base.get(c.chip() + "/" + c.core());
                for (int k = 0; k < c.compartments().size(); k++) {
                    // Java int addition of the exact sum, as the 32-bit accumulator holds it.
                    if (comps.get(b + k).step(step, (int) pending[step][b + k])) {
                        first[b + k] = Math.min(first[b + k], step);
                        for (AxonRef d : c.routes().get(k)) {
                            send(d, step + 1, pending);
                        }
                    }
                }
            }
        }
        return first;
    }

    private void send(AxonRef d, int when, long[][] pending) {
        String key = d.chip() + "/" + d.core();
        Axon ax = cores.get(key).axons().get(d.axon());
        int b = base.get(key);
        for (Synapse s : ax.synapses()) {
            pending[when + s.delay()][b + s.compartment()] += dp.synapticIncrement(s.weight(), ax.weightExp());
        }
    }
}
