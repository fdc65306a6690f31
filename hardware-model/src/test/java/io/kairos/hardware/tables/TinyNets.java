package io.kairos.hardware.tables;

import java.util.List;

/** Small hand-built core tables shared by the tests. */
public final class TinyNets {
    private TinyNets() {
    }

    /**
     * Two cores on chip 0: core 0 at tile (0,0) holds 3 hidden IF compartments fed by 2 input axons;
     * core 1 at tile (1,0) holds 2 output compartments fed by one axon per hidden compartment.
     * Layers "hidden" and "out"; inputs 0 and 1 drive core 0 axons 0 and 1.
     */
    public static CoreTables twoLayer() {
        CoreTablesBuilder b = new CoreTablesBuilder();
        var c0 = b.core(0, 0, 0, 0);
        var c1 = b.core(0, 4, 1, 0);
        for (int i = 0; i < 3; i++) {
            c0.compartment(Compartment.integrateAndFire(100, 1, false));
        }
        for (int i = 0; i < 2; i++) {
            c1.compartment(Compartment.integrateAndFire(50, 1, false));
        }
        int a0 = c0.axon(0);
        int a1 = c0.axon(-2);
        c0.synapse(a0, 0, 120, 0).synapse(a0, 1, 60, 0).synapse(a0, 2, -3, 1);
        c0.synapse(a1, 1, 127, 0).synapse(a1, 2, 5, 2);
        for (int h = 0; h < 3; h++) {
            int ax = c1.axon(h - 1);
            c1.synapse(ax, 0, 40 + h, 0).synapse(ax, 1, -20 * h, 0);
            c0.route(h, c1.axonRef(ax));
        }
        b.layer("hidden", List.of(new Segment(0, 0, 0, 3)));
        b.layer("out", List.of(new Segment(0, 4, 0, 2)));
        b.input(List.of(c0.axonRef(a0)));
        b.input(List.of(c0.axonRef(a1)));
        b.output(c1.ref(0));
        b.output(c1.ref(1));
        return b.build();
    }
}
