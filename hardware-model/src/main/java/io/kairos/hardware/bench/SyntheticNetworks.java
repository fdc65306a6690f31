package io.kairos.hardware.bench;

import io.kairos.hardware.sim.SpikeInput;
import io.kairos.hardware.spec.ChipSpec;
import io.kairos.hardware.tables.AxonRef;
import io.kairos.hardware.tables.Compartment;
import io.kairos.hardware.tables.CoreTables;
import io.kairos.hardware.tables.CoreTablesBuilder;
import io.kairos.hardware.tables.Segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Synthetic fully-connected TTFS-like networks for benchmarks and smoke tests: IF compartments
 * (du = 4095, dv = 0), random 8-bit weights, hidden layers split over as many cores as the
 * synapse memory needs.
 */
public final class SyntheticNetworks {
    private SyntheticNetworks() {
    }

    /**
     * An {@code inputs - hidden - outputs} network. Layer names "hidden" and "out"; output ports are
     * the "out" compartments.
     *
     * @param vthMant threshold mantissa of every compartment (weights are scaled by 2^6, as is the threshold)
     */
    public static CoreTables fullyConnected(ChipSpec spec, int inputs, int hidden, int outputs, int vthMant, Random rnd) {
        int perCore = (int) Math.min(spec.core().compartmentsPerCore(), spec.maxSynapsesPerCore() / inputs);
        if (perCore < 1) {
            throw new IllegalArgumentException(inputs + " inputs do not fit one core's synapse memory");
        }
        int hiddenCores = (hidden + perCore - 1) / perCore;
        CoreTablesBuilder b = new CoreTablesBuilder();
        int cpt = spec.mesh().coresPerTile();
        int refractory = spec.neuron().refractoryMax();
        List<CoreTablesBuilder.CoreBuilder> hiddenBuilders = new ArrayList<>();
        List<Segment> hiddenSegments = new ArrayList<>();
        for (int c = 0; c < hiddenCores; c++) {
            int tile = c / cpt;
            var cb = b.core(0, c, tile % spec.mesh().meshCols(), tile / spec.mesh().meshCols());
            int n = Math.min(perCore, hidden - c * perCore);
            for (int k = 0; k < n; k++) {
                cb.compartment(Compartment.integrateAndFire(vthMant, refractory, false));
            }
            for (int i = 0; i < inputs; i++) {
                int ax = cb.axon(0);
                for (int k = 0; k < n; k++) {
                    cb.synapse(ax, k, randomWeight(spec, rnd), 0);
                }
            }
            hiddenBuilders.add(cb);
            hiddenSegments.add(new Segment(0, c, 0, n));
        }
        int outTile = hiddenCores / cpt + 1;
        var out = b.core(0, hiddenCores, outTile % spec.mesh().meshCols(), outTile / spec.mesh().meshCols());
        for (int k = 0; k < outputs; k++) {
            out.compartment(Compartment.integrateAndFire(vthMant, refractory, false));
            b.output(out.ref(k));
        }
        for (int c = 0; c < hiddenCores; c++) {
            var cb = hiddenBuilders.get(c);
            for (int k = 0; k < cb.compartmentCount(); k++) {
                int ax = out.axon(0);
                for (int o = 0; o < outputs; o++) {
                    out.synapse(ax, o, randomWeight(spec, rnd), 0);
                }
                cb.route(k, out.axonRef(ax));
            }
        }
        for (int i = 0; i < inputs; i++) {
            List<AxonRef> dest = new ArrayList<>();
            for (var cb : hiddenBuilders) {
                dest.add(cb.axonRef(i));
            }
            b.input(dest);
        }
        b.layer("hidden", hiddenSegments);
        b.layer("out", List.of(new Segment(0, hiddenCores, 0, outputs)));
        return b.build();
    }

    /** Mostly excitatory weights, as trained TTFS networks' first layers tend to be: [-max/2, max]. */
    private static int randomWeight(ChipSpec spec, Random rnd) {
        int max = spec.weightMax();
        int min = Math.max(spec.weightMin(), -max / 2);
        return min + rnd.nextInt(max - min + 1);
    }

    /** {@code spikes} distinct input ports, each spiking once at a uniformly random step of the window. */
    public static SpikeInput sparseInput(int ports, int spikes, int window, Random rnd) {
        int[] perm = new int[ports];
        for (int i = 0; i < ports; i++) {
            perm[i] = i;
        }
        int[] p = new int[spikes];
        int[] s = new int[spikes];
        for (int i = 0; i < spikes; i++) {
            int j = i + rnd.nextInt(ports - i);
            int tmp = perm[i];
            perm[i] = perm[j];
            perm[j] = tmp;
            p[i] = perm[i];
            s[i] = rnd.nextInt(window);
        }
        return new SpikeInput(p, s);
    }
}
