package io.kairos.hardware.cost;

import io.kairos.hardware.sim.ChipSimulator;
import io.kairos.hardware.sim.RunOptions;
import io.kairos.hardware.sim.SampleResult;
import io.kairos.hardware.sim.SpikeInput;
import io.kairos.hardware.spec.ChipSpec;
import io.kairos.hardware.spec.ChipSpecLoader;
import io.kairos.hardware.tables.Compartment;
import io.kairos.hardware.tables.CoreTables;
import io.kairos.hardware.tables.CoreTablesBuilder;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Cycle counts derived by hand. Loihi 1 preset at its 10 GHz counting clock: synop 35, word fetch
 * 10, active 84, idle 53, in-tile 21, EW hop 41, NS hop 65, link occupancy round(10/3.44) = 3,
 * chip hop 1000 cycles; barrier 1130 + 352 per tile of mesh extent + 2000 per extra chip.
 */
class TimingModelTest {
    private static final ChipSpec LOIHI1 = ChipSpecLoader.preset("loihi1");
    private static final TimingModel MODEL = new TimingModel(LOIHI1);

    private static SampleResult run(CoreTables t, int window, int... inputPorts) {
        return new ChipSimulator(LOIHI1, t).run(new SpikeInput(inputPorts, new int[inputPorts.length]), RunOptions.window(window));
    }

    @Test
    void parametersAreThePublishedTimesInCycles() {
        TimingParameters p = MODEL.parameters();
        assertEquals(35, p.synop());
        assertEquals(84, p.compActive());
        assertEquals(53, p.compIdle());
        assertEquals(21, p.inTile());
        assertEquals(41, p.hopEw());
        assertEquals(65, p.hopNs());
        assertEquals(3, p.linkOccupancy());
        assertEquals(87, p.chipOccupancy()); // 0.2907 ns / 0.0333 = 8.73 ns
    }

    @Test
    void oneCoreWithNSynapsesAndMCompartments() {
        // One axon with 5 synapses onto 5 of 8 compartments; nothing fires.
        CoreTablesBuilder b = new CoreTablesBuilder();
        var c = b.core(0, 0, 0, 0);
        for (int i = 0; i < 8; i++) {
            c.compartment(Compartment.integrateAndFire(10_000, 1, false));
        }
        int ax = c.axon(0);
        for (int i = 0; i < 5; i++) {
            c.synapse(ax, i, 1, 0);
        }
        b.input(List.of(c.axonRef(ax)));
        TimingReport r = MODEL.time(run(b.build(), 2, 0).events());
        // step 0: 5 x 21 bits = 105 bits = 2 words; syn = 10 + max(2 x 10, 5 x 35) = 185
        //         cmp = 5 x 84 + 3 x 53 = 579; core = 764; + barrier 1130 = 1894
        assertEquals(new StepTiming(0, 764, 0, 0, 1130, 1894), r.steps().get(0));
        // step 1: no input, the 5 charged compartments stay active (v != 0): 579 + 1130 = 1709
        assertEquals(new StepTiming(1, 579, 0, 0, 1130, 1709), r.steps().get(1));
        assertEquals(1894 + 1709, r.totalCycles());
        assertEquals(360.3, r.latency().value(), 1e-9);
    }

    /** Source core at tile (0,0) whose compartments each fire on input and send to core(s) at the given tiles. */
    private static CoreTables senders(int[][] sources, int[][] destinations) {
        CoreTablesBuilder b = new CoreTablesBuilder();
        for (int d = 0; d < destinations.length; d++) {
            var dc = b.core(destinations[d][0], 100 + d, destinations[d][1], destinations[d][2]);
            dc.compartment(Compartment.integrateAndFire(10_000, 1, false));
            dc.synapse(dc.axon(0), 0, 1, 0);
        }
        for (int s = 0; s < sources.length; s++) {
            var sc = b.core(sources[s][0], s, sources[s][1], sources[s][2]);
            int k = sc.compartment(Compartment.integrateAndFire(1, 1, false));
            int ax = sc.axon(0);
            sc.synapse(ax, k, 100, 0);
            sc.route(k, new io.kairos.hardware.tables.AxonRef(destinations[sources[s][3]][0], 100 + sources[s][3], 0));
            b.input(List.of(sc.axonRef(ax)));
        }
        return b.build();
    }

    @Test
    void twoCoresFiveHopsApart() {
        // Sender at (0,0), receiver at (3,2): 3 EW + 2 NS hops.
        CoreTables t = senders(new int[][]{{0, 0, 0, 0}}, new int[][]{{0, 3, 2}});
        StepTiming s0 = MODEL.time(run(t, 1, 0).events()).steps().get(0);
        // sender: syn = 10 + max(10, 35) = 45, cmp = 84 -> 129; receiver idle: 53
        // message: 129 + 21 + 3 x 41 + 2 x 65 = 403
        // barrier: extent 4 x 3 tiles: 113 + 35.2 x (3 + 2) = 289 ns = 2890 cycles
        assertEquals(new StepTiming(0, 129, 1, 403, 2890, 403 + 2890), s0);
    }

    @Test
    void contentionOnOneLinkDelaysTheSecondMessage() {
        // Two senders in tile (0,0) fire at the same time; both messages need link (0,0) -> (1,0).
        CoreTables shared = senders(new int[][]{{0, 0, 0, 0}, {0, 0, 0, 0}}, new int[][]{{0, 1, 0}});
        // first: 129 + 21 + 41 = 191; second waits 3 cycles of link occupancy: 194
        assertEquals(194, MODEL.time(run(shared, 1, 0, 1).events()).steps().get(0).nocCycles());
        // Control: the same two senders to receivers on different links (east and north) do not queue.
        CoreTables apart = senders(new int[][]{{0, 0, 0, 0}, {0, 0, 0, 1}}, new int[][]{{0, 1, 0}, {0, 0, 1}});
        // east: 191; north: 129 + 21 + 65 = 215
        assertEquals(215, MODEL.time(run(apart, 1, 0, 1).events()).steps().get(0).nocCycles());
        // A single sender has no queue: 191
        CoreTables alone = senders(new int[][]{{0, 0, 0, 0}}, new int[][]{{0, 1, 0}});
        assertEquals(191, MODEL.time(run(alone, 1, 0).events()).steps().get(0).nocCycles());
    }

    @Test
    void messageAcrossChipsUsesTheChipLink() {
        // Sender chip 0 tile (1,0) -> gateway (0,0): 1 EW; chip link 1000; chip 1 (0,0) -> (0,1): 1 NS.
        CoreTables t = senders(new int[][]{{0, 1, 0, 0}}, new int[][]{{1, 0, 1}});
        SampleResult r = run(t, 1, 0);
        assertEquals(new io.kairos.hardware.sim.EventTrace.SpikeMessage(1, 1, 0, 0, 1, 1, 1), r.events().messages(0).get(0));
        StepTiming s0 = MODEL.time(r.events()).steps().get(0);
        assertEquals(129 + 21 + 41 + 1000 + 65, s0.nocCycles());
        // barrier: extent 2 x 2 tiles over 2 chips: 113 + 35.2 x 2 + 200 = 383.4 ns
        assertEquals(3834, s0.barrierCycles());
    }

    @Test
    void barrierGrowsWithMeshExtentFrom113To465Ns() {
        TimingParameters p = MODEL.parameters();
        assertEquals(1130, p.barrier(1, 1, 1)); // 1 tile: 113 ns
        assertEquals(1130 + 352, p.barrier(2, 1, 1));
        assertEquals(1130 + 352 * 4, p.barrier(3, 3, 1));
        assertEquals(4650, p.barrier(8, 4, 1)); // 32 tiles: 465 ns
        assertEquals(4650 + 2000, p.barrier(8, 4, 2));
        // From a mapping: cores at tiles (0,0) and (7,3) span the whole 8 x 4 mesh.
        CoreTablesBuilder b = new CoreTablesBuilder();
        b.core(0, 0, 0, 0).compartment(Compartment.integrateAndFire(1, 1, false));
        b.core(0, 127, 7, 3).compartment(Compartment.integrateAndFire(1, 1, false));
        assertEquals(4650, MODEL.barrierCycles(new ChipSimulator(LOIHI1, b.build()).network()));
    }
}
