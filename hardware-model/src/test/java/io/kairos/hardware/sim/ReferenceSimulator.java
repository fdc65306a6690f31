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

    /** What the oracle computes for one sample. */
    record Result(int[] firstSpikes, int[][] activePerStepAndCore, int[] activeSteps) {
    }

    /** First spike time of every compartment in global order; {@code window} if it did not fire. */
    int[] firstSpikes(SpikeInput in, int window) {
        return run(in, window).firstSpikes();
    }

    Result run(SpikeInput in, int window) {
        int[][] active = new int[window][tables.cores().size()];
        int[] activeSteps = new int[comps.size()];
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
            for (int ci = 0; ci < tables.cores().size(); ci++) {
                Core c = tables.cores().get(ci);
                int b = base.get(c.chip() + "/" + c.core());
                for (int k = 0; k < c.compartments().size(); k++) {
                    // Java int addition of the exact sum, as the 32-bit accumulator holds it.
                    int input = (int) pending[step][b + k];
                    if (comps.get(b + k).isActive(step, input)) {
                        active[step][ci]++;
                        activeSteps[b + k]++;
                    }
                    if (comps.get(b + k).step(step, input)) {
                        first[b + k] = Math.min(first[b + k], step);
                        for (AxonRef d : c.routes().get(k)) {
                            send(d, step + 1, pending);
                        }
                    }
                }
            }
        }
        return new Result(first, active, activeSteps);
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
